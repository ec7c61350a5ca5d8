import Foundation

/// Keeps every written file in memory, for tests and for `lantoa check`.
public final class MemoryWriter: OutputWriter, @unchecked Sendable {
    private var storage: [String: [UInt8]] = [:]
    private let lock = NSLock()
    /// When false, contents are dropped and only paths are kept (a dry run).
    private let keepContents: Bool

    public init(keepContents: Bool = true) { self.keepContents = keepContents }

    public func write(_ file: OutputFile) throws {
        var bytes: [UInt8] = []
        if keepContents {
            switch file.content {
            case .bytes(let b): bytes = b
            case .copy(let url): bytes = [UInt8](try Data(contentsOf: url))
            }
        }
        lock.lock()
        storage[file.path] = bytes
        lock.unlock()
    }

    /// Every written file, by output path.
    public var files: [String: [UInt8]] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }

    /// A file's text, if it was written.
    public func text(_ path: String) -> String? { files[path].map { String(decoding: $0, as: UTF8.self) } }
}
