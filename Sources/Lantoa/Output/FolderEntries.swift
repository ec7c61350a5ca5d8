#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LantoaSystem

/// A folder's entries, read from its descriptor. On Linux straight from the kernel, 32 KiB of
/// entries at a time (`getdents64`): `fdopendir` and `readdir` ask for the folder's `fstat` and
/// two `fcntl`s more, seven system calls a folder instead of four, and the check of a large
/// site's output folder opens 14,000 folders (a page is a folder's `index.html`).
enum FolderEntries {
    /// Calls `body` with each entry's name (ending in a zero byte), the name's length and its
    /// type (`DT_DIR`, `DT_REG`, … or `DT_UNKNOWN`), leaving out `.` and `..`, until `body` says
    /// false. True when every entry was given; false when `body` stopped or the folder could not
    /// be read. `fd` stays open.
    static func forEach(in fd: Int32, _ body: (UnsafePointer<CChar>, Int, UInt8) -> Bool) -> Bool {
        #if os(Linux)
        return withUnsafeTemporaryAllocation(byteCount: 1 << 15, alignment: 8) { buffer -> Bool in
            let start = buffer.baseAddress!
            while true {
                let read = lantoa_folder_entries(fd, start, buffer.count)
                if read < 0 && errno == EINTR { continue }
                guard read >= 0 else { return false }
                if read == 0 { return true }
                var offset = 0
                while offset < read {
                    // struct linux_dirent64: d_ino, d_off, d_reclen, d_type, d_name.
                    let record = start + offset
                    let length = Int(record.loadUnaligned(fromByteOffset: 16, as: UInt16.self))
                    guard length > 19, offset + length <= read else { return false }
                    let name = (record + 19).assumingMemoryBound(to: CChar.self)
                    let nameLength = strnlen(name, length - 19)
                    offset += length
                    if isDots(name, nameLength) { continue }
                    guard body(name, nameLength, record.load(fromByteOffset: 18, as: UInt8.self)) else { return false }
                }
            }
        }
        #else
        let copy = dup(fd)
        guard copy >= 0, let directory = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            return false
        }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let stop = withUnsafeBytes(of: &entry.pointee.d_name) { raw -> Bool in
                let name = raw.bindMemory(to: CChar.self).baseAddress!
                let length = strlen(name)
                return !isDots(name, length) && !body(name, length, entry.pointee.d_type)
            }
            if stop { return false }
        }
        return true
        #endif
    }

    private static func isDots(_ name: UnsafePointer<CChar>, _ length: Int) -> Bool {
        (length == 1 && name[0] == 0x2E) || (length == 2 && name[0] == 0x2E && name[1] == 0x2E)
    }
}
