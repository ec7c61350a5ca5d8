import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file as a build left it: size, modification time and a hash of its bytes. Size and time
/// tell whether it was touched since; the hash whether a new page is the same.
struct FileRecord: Equatable {
    var size: Int
    var seconds: Int
    var nanoseconds: Int
    var hash: ContentHash

    init(_ info: stat, hash: ContentHash) {
        (size, seconds, nanoseconds, self.hash) = (Int(info.st_size), Int(info.modified.tv_sec), Int(info.modified.tv_nsec), hash)
    }

    /// The file at `path` as it is now, with `hash` taken as its bytes' (checked by the caller).
    init?(path: String, hash: ContentHash) {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.init(info, hash: hash)
    }

    private init(size: Int, seconds: Int, nanoseconds: Int, hash: ContentHash) {
        (self.size, self.seconds, self.nanoseconds, self.hash) = (size, seconds, nanoseconds, hash)
    }

    /// One line per file: `size seconds nanoseconds hash path`.
    static func write(_ records: [String: FileRecord], to path: String) {
        var text = ""
        for (file, r) in records { text += "\(r.size) \(r.seconds) \(r.nanoseconds) \(r.hash.hex) \(file)\n" }
        // Written beside and renamed over, so a build stopped half-way never leaves half a list:
        // the list is what marks the output folder as Lan Tỏa's (see DiskWriter.foreignFiles).
        let temporary = path + ".new"
        guard (try? text.write(toFile: temporary, atomically: false, encoding: .utf8)) != nil else { return }
        rename(temporary, path)
    }

    /// The list at `path`; empty when there is none or it cannot be read (every file is then
    /// compared as it is written).
    static func read(_ path: String) -> [String: FileRecord] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
        var records: [String: FileRecord] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 4)
            guard fields.count == 5, let size = Int(fields[0]), let seconds = Int(fields[1]), let nanoseconds = Int(fields[2]),
                  let hash = ContentHash(hex: fields[3]) else { continue }
            records[String(fields[4])] = FileRecord(size: size, seconds: seconds, nanoseconds: nanoseconds, hash: hash)
        }
        return records
    }
}
