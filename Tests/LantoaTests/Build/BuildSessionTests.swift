import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// The preview's warm rebuilds must give exactly what a full build gives.
@Suite("Incremental rebuilds")
struct BuildSessionTests {
    @Test("a body-only edit renders only that page and the feeds, and the output equals a full build")
    func bodyEdit() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        let output = site.root.appendingPathComponent("preview")
        let session = BuildSession(options: site.options(output: output))
        #expect(session.build().succeeded)
        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Kaizen ở hợp tác xã\ndate: 2025-01-09\ntags: [Kaizen, năng suất]\n---\nĐoạn đầu tiên làm tóm tắt.\n\nĐoạn thứ hai đã sửa.\n")
        let result = session.rebuild(changed: ["content/articles/2025/kaizen.md"])
        #expect(result.succeeded && session.lastWasIncremental)
        #expect(FileTree.read(output) == site.build().writer.files)
    }

    @Test("a new title, a template change or a broken file are handled without stale output")
    func fallbacks() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        let output = site.root.appendingPathComponent("preview")
        let session = BuildSession(options: site.options(output: output))
        #expect(session.build().succeeded)
        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Tên mới\ndate: 2025-01-09\n---\nMới.\n")
        #expect(session.rebuild(changed: ["content/articles/2025/kaizen.md"]).succeeded)
        #expect(!session.lastWasIncremental)
        #expect(FileTree.read(output) == site.build().writer.files)

        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Tên mới\ndate: 2025-13-09\n---\nMới.\n")
        let broken = session.rebuild(changed: ["content/articles/2025/kaizen.md"])
        #expect(!broken.succeeded)
        #expect(broken.errors.map { "\($0.location)" } == ["content/articles/2025/kaizen.md:3:7"])
        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Tên mới\ndate: 2025-01-09\n---\nĐã sửa.\n")
        #expect(session.rebuild(changed: ["content/articles/2025/kaizen.md"]).succeeded)
        #expect(FileTree.read(output) == site.build().writer.files)
    }
}
