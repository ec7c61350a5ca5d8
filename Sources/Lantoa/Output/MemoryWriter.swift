import Foundation

/// Keeps every written file in memory, for tests.
public final class MemoryWriter: OutputWriter, @unchecked Sendable {
    private var storage: [String: [UInt8]] = [:]
    private let lock = NSLock()

    public init() {}

    public func write(_ file: OutputFile) throws {
        let bytes: [UInt8]
        switch file.content {
        case .text(let text): bytes = Array(text.utf8)
        case .bytes(let b): bytes = b
        case .copy(let url): bytes = [UInt8](try Data(contentsOf: url))
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
