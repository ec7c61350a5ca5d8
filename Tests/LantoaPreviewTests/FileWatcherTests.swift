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

    #if os(Linux)
    @Test("the watcher is woken when a file is saved, in a folder made after it started too, and not by a file merely created")
    func signalled() throws {
        let site = try TestSite(BuildOutputTestsSpec.twoArticles)
        defer { site.remove() }
        let signal = ChangeSignal(root: site.root, folders: ["content"])
        // Nothing happens: the wait ends at its time, unsignalled.
        #expect(signal.wait(seconds: 0.05) == false)
        try site.write("content/articles/2026/tap-huan.md", "---\ntitle: Sửa\ndate: 2026-03-05\n---\nMới.\n")
        #expect(signal.wait(seconds: 5) == true)
        // A folder made now: its own files wake the watcher from then on.
        try site.write("content/articles/2027/moi.md", "---\ntitle: Mới\ndate: 2027-01-05\n---\nMới.\n")
        #expect(signal.wait(seconds: 5) == true)
        while signal.wait(seconds: 0.05) {}
        try site.write("content/articles/2027/khac.md", "---\ntitle: Khác\ndate: 2027-01-06\n---\nKhác.\n")
        #expect(signal.wait(seconds: 5) == true)
        // Opened and still being written: no signal until it is closed.
        let path = site.root.appendingPathComponent("content/articles/2027/dang-viet.md").path
        let fd = open(path, O_WRONLY | O_CREAT, 0o644)
        #expect(fd >= 0)
        #expect(signal.wait(seconds: 0.1) == false)
        close(fd)
        #expect(signal.wait(seconds: 5) == true)
    }

    @Test("a copy written and renamed over the file a moment later (sed -i, some editors) is seen as the file's change alone")
    func renamedCopy() throws {
        let site = try TestSite(BuildOutputTestsSpec.twoArticles)
        defer { site.remove() }
        let signal = ChangeSignal(root: site.root, folders: ["content"])
        var watcher = FileWatcher(root: site.root, folders: ["content"])
        let target = site.root.appendingPathComponent("content/articles/2026/tap-huan.md").path
        let copy = site.root.appendingPathComponent("content/articles/2026/sedX1y2Z3").path
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) {
            try? Data("---\ntitle: Sửa\ndate: 2026-03-05\n---\nMới.\n".utf8).write(to: URL(fileURLWithPath: copy))
            usleep(5_000)
            rename(copy, target)
        }
        #expect(signal.wait(seconds: 5) == true)
        #expect(watcher.changes() == ["content/articles/2026/tap-huan.md"])
    }
    #endif
}
