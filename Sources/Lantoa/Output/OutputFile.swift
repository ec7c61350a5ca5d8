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
}

/// Where rendered files go: a folder on disk, or memory in tests.
public protocol OutputWriter: Sendable {
    /// Writes one file; called from several threads at once.
    func write(_ file: OutputFile) throws
}
