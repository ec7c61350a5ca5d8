import Foundation

/// Writes into a staging folder beside the output folder, then swaps it in whole.
///
/// A failed build never touches the previous output, and nothing is written or deleted outside
/// the output folder and its staging sibling.
public final class DiskWriter: OutputWriter, @unchecked Sendable {
    public let output: URL
    public let staging: URL
    private let manager = FileManager()

    /// Refuses output folders that would overwrite the project, then makes an empty staging folder.
    public init(output: URL, projectRoot: URL) throws {
        let output = output.standardizedFileURL.resolvingSymlinksInPath()
        let root = projectRoot.standardizedFileURL.resolvingSymlinksInPath()
        try Self.checkSafe(output: output, root: root)
        self.output = output
        self.staging = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).lantoa-staging")
        if manager.fileExists(atPath: staging.path) { try manager.removeItem(at: staging) }
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    static func checkSafe(output: URL, root: URL) throws {
        let out = output.path
        func isInside(_ path: String, _ folder: String) -> Bool { path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") }
        let guarded = [root.path, root.appendingPathComponent("content").path, root.appendingPathComponent("templates").path]
        if out == "/" || guarded.contains(where: { isInside($0, out) }) {
            throw WriteError.unsafeOutput(out, "it is, or contains, the project folder, content/ or templates/")
        }
        if guarded.dropFirst().contains(where: { isInside(out, $0) }) {
            throw WriteError.unsafeOutput(out, "it is inside content/ or templates/")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw WriteError.unsafeOutput(out, "a file, not a folder, already has that name")
        }
    }

    public func write(_ file: OutputFile) throws {
        let segments = file.path.split(separator: "/")
        guard !file.path.hasPrefix("/"), !segments.isEmpty, !segments.contains(where: { $0 == ".." || $0 == "." }) else {
            throw WriteError.pathEscapes(file.path)
        }
        let target = staging.appendingPathComponent(file.path)
        try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        switch file.content {
        case .bytes(let bytes):
            guard manager.createFile(atPath: target.path, contents: Data(bytes)) else { throw WriteError.cannotWrite(file.path) }
        case .copy(let source):
            try manager.copyItem(at: source, to: target)
        }
    }

    /// Swaps the finished staging folder in place of the output folder.
    public func commit() throws {
        let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).lantoa-old")
        if manager.fileExists(atPath: old.path) { try manager.removeItem(at: old) }
        if manager.fileExists(atPath: output.path) {
            try manager.moveItem(at: output, to: old)
            do {
                try manager.moveItem(at: staging, to: output)
            } catch {
                try? manager.moveItem(at: old, to: output)
                throw error
            }
            try manager.removeItem(at: old)
        } else {
            try manager.moveItem(at: staging, to: output)
        }
    }

    /// Removes the staging folder after a failed build; the output folder is left as it was.
    public func abandon() {
        try? manager.removeItem(at: staging)
    }

    /// Why writing stopped.
    public enum WriteError: Error, CustomStringConvertible {
        case unsafeOutput(String, String)
        case pathEscapes(String)
        case cannotWrite(String)

        public var description: String {
            switch self {
            case let .unsafeOutput(path, why): "refusing to write the site into \(path): \(why)"
            case let .pathEscapes(path): "refusing to write \(path): the path leaves the output folder"
            case let .cannotWrite(path): "cannot write \(path)"
            }
        }
    }
}
