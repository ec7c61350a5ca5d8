import Foundation
import Testing
import LantoaTesting
@testable import LantoaPreview
#if canImport(Glibc)
import Glibc
#endif

@Suite("the preview's file watcher")
struct FileWatcherTests {
    // Issue 14: with every file handle taken by connections, opendir failed, the watcher saw
    // content/ as empty, and the rebuild printed errors about files that were all there.
    @Test("a folder that cannot be opened (no file handle left) is no change; a folder really removed is")
    func unreadableFolder() throws {
        let site = try TestSite(BuildOutputTestsSpec.twoArticles)
        defer { site.remove() }
        let failing = Failing()
        var watcher = FileWatcher(root: site.root, folders: ["content"]) { path in
            if failing.on { errno = EMFILE; return nil }
            return opendir(path)
        }
        failing.on = true
        #expect(watcher.changes() == [])
        failing.on = false
        #expect(watcher.changes() == [])
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/2026"))
        #expect(watcher.changes() == ["content/articles/2026/tap-huan.md"])
    }

    final class Failing: @unchecked Sendable {
        var on = false
    }
}
