import Foundation

/// One file of the output: where it goes and what it holds.
public struct OutputFile: Sendable {
    /// What the file holds: rendered text or bytes, or a project file copied as it is.
    public enum Content: Sendable {
        /// A rendered page, kept as the string it was rendered into (its UTF-8 is written as it
        /// is: copying every page into an array was 7 % of rendering).
        case text(String)
        case bytes([UInt8])
        case copy(URL)
    }

    /// Path relative to the output folder, `/`-separated.
    public var path: String
    public var content: Content

    public init(path: String, text: String) {
        self.path = path
        self.content = .text(text)
    }

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.content = .bytes(bytes)
    }

    public init(path: String, copying source: URL) {
        self.path = path
        self.content = .copy(source)
    }

    /// The file's bytes, the copied file read whole (for writers that compare or hash them).
    func bytes() throws -> [UInt8] {
        switch content {
        case .text(let text): return Array(text.utf8)
        case .bytes(let bytes): return bytes
        case .copy(let source):
            guard let bytes = ProjectFiles.bytes(atPath: source.path) else { throw DiskWriter.WriteError.cannotRead(source.path, errno) }
            return Array(bytes)
        }
    }
}

/// Where rendered files go: a folder on disk, memory in tests, nowhere for `lantoa check`.
public protocol OutputWriter: Sendable {
    /// Writes one file; called from several threads at once.
    func write(_ file: OutputFile) throws
    /// Makes what was written the site, once every file is written: the disk writer swaps its
    /// folder in. Nothing for the others.
    func commit() throws
    /// Leaves the published site as it was, after a build that failed.
    func abandon(diskFull: Bool)
    /// Starts making the folders `files` will be written in, while the build does other work;
    /// `write` makes any folder that is not there yet. Nothing for writers without folders.
    func makeFolders(for files: [String])
}

extension OutputWriter {
    public func commit() throws {}
    public func abandon(diskFull: Bool) {}
    public func makeFolders(for files: [String]) {}
}

/// Nowhere: `lantoa check` renders every page, which finds what only rendering finds, and keeps none.
struct NullWriter: OutputWriter {
    func write(_ file: OutputFile) {}
}
