import Foundation

/// Reads a folder into a path → bytes map, for byte-for-byte comparisons of output trees.
public enum FileTree {
    public static func read(_ folder: URL) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let base = folder.standardizedFileURL.resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [:] }
        for case let relative as String in enumerator {
            var isDirectory: ObjCBool = false
            let full = base + "/" + relative
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
               let data = FileManager.default.contents(atPath: full) {
                files[relative] = [UInt8](data)
            }
        }
        return files
    }
}
