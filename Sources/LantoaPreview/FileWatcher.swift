import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Notices changes under the watched folders by comparing modification times and sizes;
/// polling works the same on every file system, inside containers and over network mounts.
/// A scan is readdir and stat only: 10,000 articles take a few milliseconds.
struct FileWatcher {
    /// What identifies a version of a file.
    struct Stamp: Equatable {
        var seconds: Int, nanoseconds: Int, size: Int
    }

    /// Opens a folder for `readdir`; tests put in one that fails the way `opendir` does when the
    /// process has no file handle left.
    typealias FolderOpener = @Sendable (String) -> OpaquePointer?

    let root: URL
    let folders: [String]
    private let open: FolderOpener
    private var snapshot: [String: Stamp] = [:]

    init(root: URL, folders: [String], open: @escaping FolderOpener = { opendir($0) }) {
        self.root = root
        self.folders = folders
        self.open = open
        snapshot = Self.scan(root: root.path, folders: folders, open: open) ?? [:]
    }

    /// The files added, removed or changed since the last call.
    mutating func changes() -> [String] {
        // A folder that exists but cannot be read (EMFILE while connections flood the server)
        // would look empty and its files deleted, and the rebuild would print errors that are
        // not there: the scan is skipped and tried again at the next tick.
        guard let now = Self.scan(root: root.path, folders: folders, open: open) else { return [] }
        var changed = now.keys.filter { snapshot[$0] != now[$0] }
        changed += snapshot.keys.filter { now[$0] == nil }
        snapshot = now
        return changed.sorted()
    }

    /// Every file under `folders`, or nil when a folder could not be read; a missing folder is empty.
    static func scan(root: String, folders: [String], open: FolderOpener = { opendir($0) }) -> [String: Stamp]? {
        var found: [String: Stamp] = [:]
        for folder in folders {
            guard walk(root: root, folder, open: open, into: &found) else { return nil }
        }
        return found
    }

    private static func walk(root: String, _ folder: String, open: FolderOpener, into found: inout [String: Stamp]) -> Bool {
        guard let dir = open(root + "/" + folder) else { return errno == ENOENT || errno == ENOTDIR }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            // Hidden files and editor swap files change while typing without being saved.
            if name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") { continue }
            let path = folder + "/" + name
            var info = stat()
            guard stat(root + "/" + path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                guard walk(root: root, path, open: open, into: &found) else { return false }
            } else if (info.st_mode & S_IFMT) == S_IFREG {
                found[path] = Stamp(seconds: info.modified.tv_sec, nanoseconds: info.modified.tv_nsec, size: Int(info.st_size))
            }
        }
        return true
    }
}
