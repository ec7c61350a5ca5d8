import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Wakes the watcher as soon as the kernel says a file under the watched folders was saved,
/// instead of at its next tick: on Linux, inotify. What changed is still found by the watcher's
/// own scan (`FileWatcher`), so an event that is missed or not supported (a network mount, a
/// full inotify table, another system) costs only the tick's delay, never a change.
final class ChangeSignal: @unchecked Sendable {
    #if os(Linux)
    private let descriptor: Int32
    #endif
    let root: URL
    let folders: [String]

    init(root: URL, folders: [String]) {
        self.root = root
        self.folders = folders
        #if os(Linux)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        watchFolders()
        #endif
    }

    deinit {
        #if os(Linux)
        if descriptor >= 0 { close(descriptor) }
        #endif
    }

    /// Returns when a saved file is signalled or `seconds` have passed, whichever comes first.
    /// Blocks its thread: call it off the concurrency pool (see `next(within:)`).
    func wait(seconds: Double) -> Bool {
        #if os(Linux)
        guard descriptor >= 0 else { usleep(useconds_t(seconds * 1_000_000)); return false }
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, Int32(seconds * 1000)) > 0 else { return false }
        var (saved, newFolder) = drain()
        // Until the folder is quiet for a moment (at most a fifth of a second): an editor or
        // `sed -i` that writes a copy and renames it over the file makes two events a moment
        // apart, and a scan between them would take the copy for a new file.
        for _ in 0..<8 {
            entry.revents = 0
            guard poll(&entry, 1, Self.quiet) > 0 else { break }
            let more = drain()
            (saved, newFolder) = (saved || more.saved, newFolder || more.newFolder)
        }
        if newFolder { watchFolders() }
        return saved
        #else
        usleep(useconds_t(seconds * 1_000_000))
        return false
        #endif
    }

    /// Whether the kernel has said something was saved since the last `wait`, without waiting
    /// and without taking the events (the next `wait` reads them). Any thread.
    var hasPending: Bool {
        #if os(Linux)
        guard descriptor >= 0 else { return false }
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 0) > 0
        #else
        return false
        #endif
    }

    /// Takes the events waiting without waiting for more: those of the changes a scan just
    /// found, which must not count as a new save (`hasPending`). Call it right after the scan.
    func discardPending() {
        #if os(Linux)
        guard descriptor >= 0 else { return }
        if drain().newFolder { watchFolders() }
        #endif
    }

    /// `wait(seconds:)` on a thread of its own, so the server's threads keep serving.
    func next(within seconds: Double) async -> Bool {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: self.wait(seconds: seconds)) }
        }
    }

    #if os(Linux)
    /// How long the folders must stay quiet after an event before the scan, in milliseconds.
    private static let quiet: Int32 = 25

    /// Saved, renamed into place, deleted, moved away, or its folder gone; a file merely created
    /// (still empty while an editor writes it) does not count: its close does.
    private static let savedMask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_ATTRIB | IN_DELETE_SELF)

    /// Reads every waiting event: whether one is a save, and whether a folder was made.
    private func drain() -> (saved: Bool, newFolder: Bool) {
        var saved = false, newFolder = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            buffer.withUnsafeBytes { bytes in
                // struct inotify_event: wd, mask, cookie, len (four 32-bit fields), then len bytes of name.
                while offset + 16 <= count {
                    let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    if mask & Self.savedMask != 0 || mask & UInt32(IN_Q_OVERFLOW) != 0 { saved = true }
                    if mask & UInt32(IN_CREATE) != 0 && mask & UInt32(IN_ISDIR) != 0 { (saved, newFolder) = (true, true) }
                    offset += 16 + length
                }
            }
        }
        return (saved, newFolder)
    }

    /// Watches every folder under the watched ones (a folder watched already keeps its watch).
    private func watchFolders() {
        guard descriptor >= 0 else { return }
        let mask = Self.savedMask | UInt32(IN_CREATE)
        var pending = folders
        while let folder = pending.popLast() {
            let path = root.appendingPathComponent(folder).path
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { continue }
            guard inotify_add_watch(descriptor, path, mask) >= 0 else { continue }
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where !name.hasPrefix(".") {
                pending.append(folder + "/" + name)
            }
        }
    }
    #endif
}
