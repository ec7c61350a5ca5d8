import Foundation

/// Notices changes under the watched folders by comparing modification times and sizes;
/// polling works the same on every file system, inside containers and over network mounts.
struct FileWatcher {
    let root: URL
    let folders: [String]
    private var snapshot: [String: (Date, Int)] = [:]

    init(root: URL, folders: [String]) {
        self.root = root
        self.folders = folders
        snapshot = Self.scan(root: root, folders: folders)
    }

    /// The files added, removed or changed since the last call.
    mutating func changes() -> [String] {
        let now = Self.scan(root: root, folders: folders)
        var changed = now.keys.filter { key in snapshot[key].map { $0 != now[key]! } ?? true }
        changed += snapshot.keys.filter { now[$0] == nil }
        snapshot = now
        return changed.sorted()
    }

    static func scan(root: URL, folders: [String]) -> [String: (Date, Int)] {
        var found: [String: (Date, Int)] = [:]
        let manager = FileManager.default
        for folder in folders {
            let base = root.appendingPathComponent(folder).path
            guard let paths = manager.enumerator(atPath: base) else { continue }
            for case let relative as String in paths where !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                guard let attributes = try? manager.attributesOfItem(atPath: base + "/" + relative),
                      attributes[.type] as? FileAttributeType == .typeRegular else { continue }
                found[folder + "/" + relative] = ((attributes[.modificationDate] as? Date) ?? .distantPast,
                                                  (attributes[.size] as? NSNumber)?.intValue ?? 0)
            }
        }
        return found
    }
}

private func != (a: (Date, Int), b: (Date, Int)) -> Bool { a.0 != b.0 || a.1 != b.1 }
