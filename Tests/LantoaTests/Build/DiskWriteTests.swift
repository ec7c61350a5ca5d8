import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

@Suite("Writing to disk")
struct DiskWriteTests {
    @Test("a failed build leaves the previous public/ byte-for-byte unchanged")
    func failedBuildKeepsOutput() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        #expect(site.buildToDisk().succeeded)
        let output = site.root.appendingPathComponent("public")
        let before = FileTree.read(output)
        #expect(before["tin-tuc/kaizen/index.html"] != nil)

        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Hỏng\ndate: 2025-99-99\n---\n")
        let failed = site.buildToDisk()
        #expect(!failed.succeeded)
        #expect(FileTree.read(output) == before)
        // A build that fails before writing leaves nothing beside public/ but the list of its files.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
        #expect(siblings == [".public.lantoa-files", "content", "public", "templates"])
    }

    @Test("a successful build replaces public/ whole: files of removed articles disappear")
    func swapReplaces() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        #expect(site.buildToDisk().succeeded)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/2025/kaizen.md"))
        #expect(site.buildToDisk().succeeded)
        let files = FileTree.read(site.root.appendingPathComponent("public"))
        #expect(files["tin-tuc/kaizen/index.html"] == nil)
        #expect(files["tin-tuc/tap-huan-5s/index.html"] != nil)
    }

    @Test("rebuilding into a reused staging folder gives exactly the new site: stale files and folders are pruned")
    func reusedStaging() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        #expect(site.buildToDisk().succeeded)
        #expect(site.buildToDisk().succeeded) // the first output is now the staging folder
        try site.write("content/articles/2026/tap-huan-5s.md", "---\ntitle: Đổi tên\ndate: 2026-03-05\nslug: doi-ten\n---\nMới.\n")
        #expect(site.buildToDisk().succeeded)
        let disk = FileTree.read(site.root.appendingPathComponent("public"))
        let memory = site.build().writer.files
        #expect(disk == memory)
        let staleFolder = site.root.appendingPathComponent("public/tin-tuc/tap-huan-5s")
        #expect(!FileManager.default.fileExists(atPath: staleFolder.path))
    }

    @Test("a page that comes out the same is not rewritten (it keeps its time); a changed one is, even when shorter")
    func unchangedPagesKept() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        let public_ = site.root.appendingPathComponent("public")
        let kept = public_.appendingPathComponent("tin-tuc/kaizen/index.html").path
        let changed = public_.appendingPathComponent("tin-tuc/tap-huan-5s/index.html").path
        func modified(_ path: String) throws -> Date { try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as! Date }
        #expect(site.buildToDisk().succeeded)
        let first = (try modified(kept), try modified(changed))
        Thread.sleep(forTimeInterval: 0.05)
        #expect(site.buildToDisk().succeeded) // the first output is now the staging folder
        Thread.sleep(forTimeInterval: 0.05)
        // A shorter body; the front matter (and so every list) stays the same.
        try site.write("content/articles/2026/tap-huan-5s.md", """
            ---
            title: Tập huấn 5S
            date: 2026-03-05 08:30
            summary: Tóm tắt bài tập huấn.
            tags: [5S, Năng suất]
            categories: [Đào tạo]
            author: Ban biên tập
            ---
            Mới.

            """)
        #expect(site.buildToDisk().succeeded) // written into the first output again
        #expect(try modified(kept) == first.0)
        #expect(try modified(changed) != first.1)
        #expect(FileTree.read(public_) == site.build().writer.files)
        // The lists of files sit beside the folders, never in what is published.
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".public.lantoa-files").path))
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".public.lantoa-staging-files").path))
    }

    @Test("a file changed by hand in the output folder is written again, even with the same size")
    func editedOutputRewritten() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        let page = site.root.appendingPathComponent("public/tin-tuc/kaizen/index.html")
        #expect(site.buildToDisk().succeeded)
        var bytes = try [UInt8](Data(contentsOf: page))
        let k = try #require(bytes.firstIndex(of: UInt8(ascii: "K")))
        bytes[k] = UInt8(ascii: "X")
        Thread.sleep(forTimeInterval: 0.05)
        try Data(bytes).write(to: page)
        #expect(site.buildToDisk().succeeded)
        #expect(site.buildToDisk().succeeded) // back into the folder that was edited
        #expect(FileTree.read(site.root.appendingPathComponent("public")) == site.build().writer.files)
    }

    @Test("an output folder that is or contains the project, content/ or templates/ is refused before anything is read",
          arguments: [".", "..", "content", "templates", "content/out", "/"])
    func unsafeOutput(relative: String) throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        let output = relative.hasPrefix("/") ? URL(fileURLWithPath: relative) : site.root.appendingPathComponent(relative)
        let before = FileTree.read(site.root)
        let result = site.buildToDisk(output: output)
        #expect(!result.succeeded)
        #expect(result.errors.count == 1)
        #expect(result.errors[0].message.hasPrefix("refusing to write the site into"))
        #expect(FileTree.read(site.root) == before)
    }

    @Test("an output folder elsewhere is fine, and only it is written")
    func outputElsewhere() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        let output = site.root.appendingPathComponent("build/site")
        #expect(site.buildToDisk(output: output).succeeded)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public").path))
    }
}
