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

    let root: URL
    let folders: [String]
    private var snapshot: [String: Stamp] = [:]

    init(root: URL, folders: [String]) {
        self.root = root
        self.folders = folders
        snapshot = Self.scan(root: root.path, folders: folders)
    }

    /// The files added, removed or changed since the last call.
    mutating func changes() -> [String] {
        let now = Self.scan(root: root.path, folders: folders)
        var changed = now.keys.filter { snapshot[$0] != now[$0] }
        changed += snapshot.keys.filter { now[$0] == nil }
        snapshot = now
        return changed.sorted()
    }

    static func scan(root: String, folders: [String]) -> [String: Stamp] {
        var found: [String: Stamp] = [:]
        for folder in folders { walk(root: root, folder, into: &found) }
        return found
    }

    private static func walk(root: String, _ folder: String, into found: inout [String: Stamp]) {
        guard let dir = opendir(root + "/" + folder) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            // Hidden files and editor swap files change while typing without being saved.
            if name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") { continue }
            let path = folder + "/" + name
            var info = stat()
            guard stat(root + "/" + path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(root: root, path, into: &found)
            } else if (info.st_mode & S_IFMT) == S_IFREG {
                found[path] = Stamp(seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec, size: Int(info.st_size))
            }
        }
    }
}
