import Foundation

/// Reads the project folder: lists files under a folder and decodes them.
public struct ProjectFiles: Sendable {
    /// The project root (the folder holding `content/` and `templates/`).
    public let root: URL

    public init(root: URL) { self.root = root.standardizedFileURL }

    /// Project-relative paths of the regular files under `folder`, sorted, hidden files skipped.
    public func list(_ folder: String, extension ext: String? = nil) -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var paths: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let name = url.lastPathComponent
            if name.hasSuffix("~") || name.hasPrefix("#") { continue } // editor backups
            if let ext, url.pathExtension.lowercased() != ext { continue }
            let relative = url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count)
            paths.append(folder + (relative.hasPrefix("/") ? "" : "/") + relative)
        }
        return paths.sorted()
    }

    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    public func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// Reads and decodes a text file.
    public func read(_ path: String) -> Result<SourceFile, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: url(path).path) else {
            return .failure(.error(SourceLocation(file: path), "the file cannot be read", hint: "check that it exists and that you may read it"))
        }
        return SourceFile.decode(path: path, bytes: [UInt8](data))
    }
}
