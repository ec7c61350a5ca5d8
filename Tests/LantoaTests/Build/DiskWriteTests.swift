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
        // The staging folder is cleaned up and nothing else appeared beside public/.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
        #expect(siblings == ["content", "public", "templates"])
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
