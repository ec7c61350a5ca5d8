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
/// Texts are gathered in a buffer and written a mebibyte at a time: one small write per text
/// cost a tenth more time in the kernel for the same bytes. What is read back was written
/// moments before, so it usually comes from the page cache, not the disk. When the disk refuses
/// a write (full, out of quota), the store keeps whatever is still unwritten in memory instead.
public final class TextStore: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    /// Texts from `written` on, not on disk yet.
    private var pending: [UInt8] = []
    private var written = 0
    private var diskFailed = false
    private static let chunk = 1 << 20

    /// A store in `folder`, or nil when no file can be made there (the text then stays in memory).
    public init?(folder: URL) {
        var fd: Int32 = -1
        #if os(Linux)
        // O_TMPFILE (not imported into Swift; Linux's value): a file on `folder`'s disk that never has a name.
        let unnamed: Int32 = 0o20000000 | O_DIRECTORY
        fd = open(folder.path, unnamed | O_RDWR | O_CLOEXEC, 0o600)
        #endif
        if fd < 0 {
            // Another system, or a file system without O_TMPFILE: a named file, unlinked at once.
            var template = Array(folder.appendingPathComponent(".lantoa-text-XXXXXX").path.utf8CString)
            fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard fd >= 0 else { return nil }
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        }
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// Stores `text`, from any thread.
    public func keep(_ text: String) -> StoredText {
        guard !text.isEmpty else { return StoredText(text) }
        var text = text
        return text.withUTF8 { keep(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Stores text given as UTF-8 bytes (known to be valid), from any thread.
    func keep(bytes: UnsafeRawBufferPointer) -> StoredText {
        guard !bytes.isEmpty else { return StoredText("") }
        lock.lock()
        defer { lock.unlock() }
        let offset = written + pending.count
        pending.append(contentsOf: bytes)
        if pending.count >= Self.chunk, !diskFailed { writePending() }
        return StoredText(.file(self, offset: offset, count: bytes.count))
    }

    /// Writes the buffer out (under the lock); on failure it stays, and grows, in memory.
    private func writePending() {
        var done = 0
        while done < pending.count {
            let n = pending.withUnsafeBytes { pwrite(descriptor, $0.baseAddress! + done, $0.count - done, off_t(written + done)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                diskFailed = true
                return
            }
            done += n
        }
        written += pending.count
        pending.removeAll(keepingCapacity: true)
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

    /// A text lies wholly in the buffer or wholly on disk: the buffer is written whole.
    private func read(offset: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) {
        lock.lock()
        if offset >= written {
            let start = offset - written
            pending.withUnsafeBufferPointer { _ = memcpy(buffer.baseAddress!, $0.baseAddress! + start, buffer.count) }
            lock.unlock()
            return
        }
        lock.unlock()
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
}

extension Optional where Wrapped == TextStore {
    /// `text` in the store, or in memory when there is none.
    func keep(_ text: String) -> StoredText {
        self?.keep(text) ?? StoredText(text)
    }

    /// Valid UTF-8 `bytes` in the store, or in memory when there is none.
    func keep(bytes: UnsafeRawBufferPointer) -> StoredText {
        self?.keep(bytes: bytes) ?? StoredText(String(decoding: bytes, as: UTF8.self))
    }
}
