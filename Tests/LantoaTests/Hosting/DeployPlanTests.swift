import Foundation
import Testing
@testable import Lantoa

/// What `lantoa deploy` moves, and in which order. Tests/Hosting/deploy_test.py runs it against
/// real SFTP and FTP servers.
@Suite("Deploy plan")
struct DeployPlanTests {
    /// A hash for the tests: only equality matters here.
    static func h(_ n: UInt64) -> ContentHash { ContentHash(high: n << 7, low: n) }

    static let built: [String: (hash: ContentHash, size: Int)] = [
        "index.html": (h(1), 100), "index.html.gz": (h(2), 40), "assets/style.1a2b3c4d.css": (h(3), 50), "chi-so/a.png": (h(4), 1000),
        "rss.xml": (h(5), 70), "sitemap.xml": (h(6), 30), "tim-kiem/chi-muc/s/a.json": (h(7), 20), "tin-tuc/a/index.html": (h(8), 90),
    ]

    @Test("a first deploy sends everything, files pages use first, then pages, then what points at pages; it deletes what the site no longer has")
    func firstDeploy() {
        let plan = DeployPlan.make(built: Self.built, deployed: nil, remote: ["index.html", "cu/trang.html", "cu/anh.png"])
        #expect(plan.assets == ["assets/style.1a2b3c4d.css", "chi-so/a.png"])
        #expect(plan.pages == ["index.html", "index.html.gz", "tin-tuc/a/index.html"])
        #expect(plan.indexes == ["rss.xml", "sitemap.xml", "tim-kiem/chi-muc/s/a.json"])
        #expect(plan.deletions == ["cu/anh.png", "cu/trang.html"])
        #expect(plan.remoteFiles == 3 && plan.unchanged == 0 && plan.bytes == 1400)
        #expect(plan.emptiedFolders(keeping: Set(Self.built.keys)) == ["cu"])
    }

    @Test("a later deploy sends only what changed since the last one and deletes what disappeared; folders that still hold files stay")
    func laterDeploy() {
        var deployed = Self.built.mapValues(\.hash)
        deployed["tin-tuc/a/index.html"] = Self.h(99)
        deployed["tin-tuc/b/index.html"] = Self.h(10)
        deployed["tin-tuc/b/anh.png"] = Self.h(11)
        let plan = DeployPlan.make(built: Self.built, deployed: deployed, remote: [])
        #expect(plan.uploads == ["tin-tuc/a/index.html"] && plan.bytes == 90)
        #expect(plan.deletions == ["tin-tuc/b/anh.png", "tin-tuc/b/index.html"])
        #expect(plan.unchanged == 7 && plan.remoteFiles == 10)
        #expect(plan.emptiedFolders(keeping: Set(Self.built.keys)) == ["tin-tuc/b"])
    }

    @Test("the record of a deploy reads back as written, and belongs to one remote")
    func record() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lantoa-record-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        try DeployRecord(remote: "tinh:/var/www/ns", files: ["a b/index.html": Self.h(0xABC), "x.css": Self.h(1)]).write(output: output)
        let read = try #require(DeployRecord.read(output: output))
        #expect(read.remote == "tinh:/var/www/ns" && read.files == ["a b/index.html": Self.h(0xABC), "x.css": Self.h(1)])
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".public.lantoa-deployed").path))
    }
}
