import CXXHash
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

    /// One line per file: `size seconds nanoseconds hash path`. The lines of `records` but those
    /// of `leaving` and `more`, then those of `more`. Filled into one buffer of the size worked
    /// out first: a large site's list has 45,000 lines, and a one-edit build writes it at its end,
    /// where nothing else runs beside it. The few files left out are found by their place in
    /// `records`, not by hashing every name of it.
    static func write(_ records: [String: FileRecord], then more: [String: FileRecord] = [:],
                      leaving: some Sequence<String> = [String](), to path: String) {
        let left = (Array(leaving) + more.keys).compactMap { records.index(forKey: $0) }.sorted()
        func lines(_ body: (String, FileRecord) -> Void) {
            var next = left.startIndex
            for i in records.indices {
                if next < left.endIndex, left[next] == i {
                    // (A file named twice is at one place.)
                    while next < left.endIndex, left[next] == i { next += 1 }
                    continue
                }
                let (file, r) = records[i]
                body(file, r)
            }
            for (file, r) in more { body(file, r) }
        }
        var capacity = 0
        lines { file, _ in capacity += lineCapacity(file) }
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            var out = buffer.baseAddress!
            lines { file, r in out = put(file, r, at: out) }
            count = buffer.baseAddress!.distance(to: out)
        }
        put(bytes, at: path)
    }

    /// The lines of `list` but those of `leaving` and `more`, then those of `more`: the old
    /// lines copied as they are, none parsed or made into a string.
    static func write(_ list: FileList, then more: [String: FileRecord] = [:], leaving: some Sequence<String> = [String](), to path: String) {
        var skipped = Set<UInt64>()
        for name in leaving { skipped.insert(FileList.key(name)) }
        for name in more.keys { skipped.insert(FileList.key(name)) }
        var capacity = list.byteCount + 1
        for (file, _) in more { capacity += lineCapacity(file) }
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            var out = buffer.baseAddress!
            list.forEachLine(skipping: skipped) { line in
                out.update(from: line.baseAddress!.assumingMemoryBound(to: UInt8.self), count: line.count)
                out[line.count] = 0x0A
                out += line.count + 1
            }
            for (file, r) in more { out = put(file, r, at: out) }
            count = buffer.baseAddress!.distance(to: out)
        }
        put(bytes, at: path)
    }

    /// The most bytes `file`'s line takes: three numbers of at most 20 characters, 32 digits,
    /// four spaces and a line break.
    private static func lineCapacity(_ file: String) -> Int { file.utf8.count + 3 * 20 + 32 + 5 }

    /// One line, `size seconds nanoseconds hash path`, at `out`; returns where it ends.
    private static func put(_ file: String, _ r: FileRecord, at out: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var out = put(r.size, at: out)
        out = put(r.seconds, at: out)
        out = put(r.nanoseconds, at: out)
        r.hash.writeHex(to: out)
        out[32] = 0x20
        out += 33
        var name = file
        name.withUTF8 { out.update(from: $0.baseAddress!, count: $0.count); out += $0.count }
        out.pointee = 0x0A
        return out + 1
    }

    /// Written beside and renamed over, so a build stopped half-way never leaves half a list:
    /// the list is what marks the output folder as Lan Tỏa's (see DiskWriter.foreignFiles).
    private static func put(_ bytes: [UInt8], at path: String) {
        let temporary = path + ".new"
        guard (try? bytes.withUnsafeBytes { try DiskWriter.put(temporary, $0, compare: false) }) != nil else { return }
        rename(temporary, path)
    }

    /// `number` in decimal at `out`, and a space; returns where they end.
    private static func put(_ number: Int, at out: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var out = out
        if number < 0 { out.pointee = UInt8(ascii: "-"); out += 1 }
        var n = number.magnitude, digits = 1
        while n >= 10 { n /= 10; digits += 1 }
        n = number.magnitude
        for k in stride(from: digits - 1, through: 0, by: -1) {
            out[k] = 0x30 + UInt8(n % 10)
            n /= 10
        }
        out[digits] = 0x20
        return out + digits + 1
    }

    /// The list at `path`; empty when there is none or it cannot be read (every file is then
    /// compared as it is written). A line that is not as `write` leaves it is skipped. Read as
    /// bytes: a large site's list has 45,000 lines, and splitting it as Swift strings took a
    /// tenth of a second. (`FileList` keeps the bytes and makes no strings at all.)
    static func read(_ path: String) -> [String: FileRecord] {
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        var records: [String: FileRecord] = [:]
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            records.reserveCapacity(raw.count / 90)
            forEachLine(in: raw) { record, name, _ in
                records[String(decoding: UnsafeRawBufferPointer(rebasing: raw[name]), as: UTF8.self)] = record
            }
        }
        return records
    }

    /// Each well-formed line of a list's bytes: its record, where its name is, and where the
    /// line starts.
    static func forEachLine(in raw: UnsafeRawBufferPointer, _ body: (FileRecord, Range<Int>, Int) -> Void) {
        var i = 0
        while i < raw.count {
            let end = lineEnd(in: raw, from: i)
            if let (record, name) = line(in: raw, from: i, to: end) { body(record, name, i) }
            i = end + 1
        }
    }

    /// Where the line that starts at `start` ends: its line break, or the end of the bytes.
    static func lineEnd(in raw: UnsafeRawBufferPointer, from start: Int) -> Int {
        memchr(raw.baseAddress! + start, 0x0A, raw.count - start).map { raw.baseAddress!.distance(to: UnsafeRawPointer($0)) } ?? raw.count
    }

    /// The record of the line from `start` to `end` (its line break), and where its name is;
    /// nil when the line is not as `write` leaves it.
    static func line(in bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> (FileRecord, Range<Int>)? {
        var i = start
        /// The decimal number at `i`, up to the next space.
        func number() -> Int? {
            let negative = i < end && bytes[i] == 0x2D
            if negative { i += 1 }
            var n = 0, digits = 0
            while i < end, bytes[i] >= 0x30, bytes[i] <= 0x39, digits < 19 { n = n * 10 + Int(bytes[i] - 0x30); i += 1; digits += 1 }
            guard digits > 0, i < end, bytes[i] == 0x20 else { return nil }
            i += 1
            return negative ? -n : n
        }
        func hex16() -> UInt64? {
            guard i + 16 <= end else { return nil }
            var n: UInt64 = 0
            for _ in 0..<16 {
                let b = bytes[i]
                let digit: UInt8
                switch b {
                case 0x30...0x39: digit = b - 0x30
                case 0x61...0x66: digit = b - 0x61 + 10
                default: return nil
                }
                n = n << 4 | UInt64(digit)
                i += 1
            }
            return n
        }
        guard let size = number(), let seconds = number(), let nanoseconds = number(),
              let high = hex16(), let low = hex16(), i < end, bytes[i] == 0x20, i + 1 < end else { return nil }
        return (FileRecord(size: size, seconds: seconds, nanoseconds: nanoseconds, hash: ContentHash(high: high, low: low)), (i + 1)..<end)
    }
}

/// A list of files as `FileRecord.write` leaves it, kept as its bytes, with where each line
/// starts by the hash of its name. A one-edit build reads the output folder's list and the
/// staging folder's (49,000 lines each at 10,000 articles), checks the first against the folder,
/// looks up the few files it writes, and writes both lists again: as dictionaries of strings that
/// took about a third of such a build's CPU time.
struct FileList: Sendable {
    private let bytes: [UInt8]
    /// The 64-bit XXH3 of a name → where its line starts (the last line of a name wins).
    private let starts: [UInt64: Int]

    init() { (bytes, starts) = ([], [:]) }

    /// The list at `path`; empty when there is none or it cannot be read.
    init(reading path: String) {
        let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
        var starts: [UInt64: Int] = [:]
        starts.reserveCapacity(bytes.count / 90)
        bytes.withUnsafeBytes { raw in
            FileRecord.forEachLine(in: raw) { _, name, start in starts[Self.key(UnsafeRawBufferPointer(rebasing: raw[name]))] = start }
        }
        (self.bytes, self.starts) = (bytes, starts)
    }

    var count: Int { starts.count }
    var isEmpty: Bool { starts.isEmpty }
    var byteCount: Int { bytes.count }

    static func key(_ name: UnsafeRawBufferPointer) -> UInt64 { XXH3_64bits(name.baseAddress, name.count) }

    static func key(_ name: String) -> UInt64 {
        var name = name
        return name.withUTF8 { key(UnsafeRawBufferPointer($0)) }
    }

    subscript(name: String) -> FileRecord? {
        var name = name
        return name.withUTF8 { record(named: UnsafeRawBufferPointer($0)) }
    }

    /// The record of the file `name` (its path in the folder, as bytes), if listed. The name on
    /// the line is compared too: two names with one hash are not taken for each other.
    func record(named name: UnsafeRawBufferPointer) -> FileRecord? {
        guard let start = starts[Self.key(name)] else { return nil }
        return bytes.withUnsafeBytes { raw -> FileRecord? in
            let end = FileRecord.lineEnd(in: raw, from: start)
            guard let (record, at) = FileRecord.line(in: raw, from: start, to: end), at.count == name.count,
                  memcmp(raw.baseAddress! + at.lowerBound, name.baseAddress!, name.count) == 0 else { return nil }
            return record
        }
    }

    /// Each line (without its line break) of a listed name whose key is not in `skipped`, in the
    /// list's order.
    func forEachLine(skipping skipped: Set<UInt64>, _ body: (UnsafeRawBufferPointer) -> Void) {
        bytes.withUnsafeBytes { raw in
            FileRecord.forEachLine(in: raw) { _, name, start in
                let key = Self.key(UnsafeRawBufferPointer(rebasing: raw[name]))
                guard starts[key] == start, !skipped.contains(key) else { return }
                body(UnsafeRawBufferPointer(rebasing: raw[start..<name.upperBound]))
            }
        }
    }
}
