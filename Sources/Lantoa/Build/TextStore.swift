import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Text the build needs again only at the end — each document's body HTML, each search entry's
/// snippet — kept in a file with no name instead of in memory, so the memory of a build does not
/// grow with the length of every article. The file is made beside the output folder (on the same
/// disk, never in `/tmp`, which may be memory), has no name from the moment it is made, and
/// disappears when the build lets go of it: nothing is left behind, even after a crash.
///
/// Writes from every core go to places reserved under a lock; reads need no lock. What is read
/// back was written moments before, so it usually comes from the page cache, not the disk.
public final class TextStore: @unchecked Sendable {
    private let descriptor: Int32
    private var end: Int = 0
    private let lock = NSLock()

    /// A store in `folder`, or nil when no file can be made there (the text then stays in memory).
    public init?(folder: URL) {
        // O_TMPFILE (not imported into Swift): a file on `folder`'s disk that never has a name.
        let unnamed: Int32 = 0o20000000 | O_DIRECTORY
        var fd = open(folder.path, unnamed | O_RDWR | O_CLOEXEC, 0o600)
        if fd < 0 {
            // A file system without O_TMPFILE: a named file, unlinked at once.
            var template = Array(folder.appendingPathComponent(".lantoa-text-XXXXXX").path.utf8CString)
            fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard fd >= 0 else { return nil }
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        }
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Stores `text`; it stays in memory when the disk refuses it (full, or out of quota).
    public func keep(_ text: String) -> StoredText {
        guard !text.isEmpty else { return StoredText(text) }
        var bytes = text
        let written = bytes.withUTF8 { bytes -> Int? in
            lock.lock()
            let offset = end
            end += bytes.count
            lock.unlock()
            var done = 0
            while done < bytes.count {
                let n = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return nil }
                done += n
            }
            return offset
        }
        guard let offset = written else { return StoredText(text) }
        return StoredText(.file(self, offset: offset, count: text.utf8.count))
    }

    /// The text at `offset`. A file the build made moments ago cannot be read only when the disk
    /// fails; the build stops then rather than publish pages with parts missing.
    fileprivate func read(offset: Int, count: Int) -> String {
        String(unsafeUninitializedCapacity: count) { buffer in
            read(offset: offset, into: buffer)
            return count
        }
    }

    /// The bytes at `offset`, without the check a new `String` makes that they are UTF-8.
    fileprivate func withBytes<R>(offset: Int, count: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: count)
        defer { buffer.deallocate() }
        read(offset: offset, into: buffer)
        return body(UnsafeBufferPointer(buffer))
    }

    private func read(offset: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) {
        var done = 0
        while done < buffer.count {
            let n = pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { fatalError("could not read back the build's text store: \(String(cString: strerror(errno))) (is the disk failing?)") }
            done += n
        }
    }
}

/// A text kept in memory or in a `TextStore`; `string` reads it back.
public struct StoredText: Sendable {
    fileprivate enum Storage: Sendable {
        case memory(String)
        case file(TextStore, offset: Int, count: Int)
    }

    fileprivate let storage: Storage

    public init(_ text: String) { storage = .memory(text) }

    fileprivate init(_ storage: Storage) { self.storage = storage }

    public var string: String {
        switch storage {
        case .memory(let text): text
        case .file(let store, let offset, let count): store.read(offset: offset, count: count)
        }
    }

    /// The text's UTF-8 bytes, read without making a `String` of them.
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        switch storage {
        case .memory(var text): text.withUTF8(body)
        case .file(let store, let offset, let count): store.withBytes(offset: offset, count: count, body)
        }
    }

    public var isEmpty: Bool {
        switch storage {
        case .memory(let text): text.isEmpty
        case .file: false
        }
    }
}

extension Optional where Wrapped == TextStore {
    /// `text` in the store, or in memory when there is none.
    func keep(_ text: String) -> StoredText {
        self?.keep(text) ?? StoredText(text)
    }
}
