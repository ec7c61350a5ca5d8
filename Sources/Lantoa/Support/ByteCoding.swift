/// Values written one after another as bytes, and read back in the same order: what a build
/// keeps for the next one when JSON would cost more to read than the work it saves (the
/// documents of 10,000 articles). Numbers are variable-length (zigzag, 7 bits a byte), texts
/// their length then their UTF-8, optionals a flag then the value.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    mutating func write(_ n: Int) {
        var z = UInt64(bitPattern: Int64(n) << 1 ^ Int64(n) >> 63)
        while z >= 0x80 {
            bytes.append(UInt8(z & 0x7F) | 0x80)
            z >>= 7
        }
        bytes.append(UInt8(z))
    }

    mutating func write(_ flag: Bool) { bytes.append(flag ? 1 : 0) }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// A text as `write(String)` writes it, its bytes copied from where they are kept (the text
    /// store's file): no string is made of them.
    mutating func write(_ text: StoredText) {
        text.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ hash: ContentHash) {
        withUnsafeBytes(of: hash.high.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: hash.low.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ texts: [String]) {
        write(texts.count)
        for text in texts { write(text) }
    }

    mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    mutating func append(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }

    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Numbers of fixed width, as they lie in memory (little-endian machines only read them back).
    mutating func write<T: FixedWidthInteger>(raw numbers: [T]) {
        write(numbers.count)
        numbers.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
}

/// Reads what a `ByteWriter` wrote; every read fails (throws) past the end or on a value that
/// cannot be, so a file cut short or damaged is refused, never half read.
struct ByteReader {
    struct Malformed: Error {}

    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func int() throws -> Int {
        var z: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[offset]
            offset += 1
            z |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: z >> 1) ^ -Int64(bitPattern: z & 1))
    }

    mutating func bool() throws -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Malformed() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    /// The next `count` bytes; a count beyond what is left is damage.
    private mutating func take(_ count: Int) throws -> UnsafeRawBufferPointer {
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }

    mutating func string() throws -> String {
        String(decoding: try take(try int()), as: UTF8.self)
    }

    /// A text put straight into `store` (or kept in memory without one).
    mutating func text(into store: TextStore?) throws -> StoredText {
        let text = try take(try int())
        if let store { return store.keep(bytes: text) }
        return StoredText(String(decoding: text, as: UTF8.self))
    }

    mutating func numbers<T: FixedWidthInteger>(_ type: T.Type = T.self) throws -> [T] {
        let count = try int()
        guard count >= 0, count <= (bytes.count - offset) / MemoryLayout<T>.stride else { throw Malformed() }
        let raw = try take(count * MemoryLayout<T>.stride)
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
            initialized = count
        }
    }

    mutating func skip(_ count: Int) throws { _ = try take(count) }

    mutating func hash() throws -> ContentHash {
        let raw = try take(16)
        return ContentHash(high: UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)),
                           low: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
    }

    mutating func strings() throws -> [String] {
        try list { try $0.string() }
    }

    mutating func optionalString() throws -> String? {
        try bool() ? string() : nil
    }

    mutating func optional<T>(_ body: (inout ByteReader) throws -> T) throws -> T? {
        try bool() ? body(&self) : nil
    }

    mutating func list<T>(_ body: (inout ByteReader) throws -> T) throws -> [T] {
        let count = try int()
        // Each element takes at least a byte: a count beyond what is left is damage.
        guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try body(&self)) }
        return values
    }
}

extension [UInt8] {
    /// `number` in decimal digits, as ASCII.
    mutating func appendDecimal(_ number: Int) {
        if number < 0 { append(UInt8(ascii: "-")) }
        let start = count
        var n = number.magnitude
        repeat { append(0x30 + UInt8(n % 10)); n /= 10 } while n > 0
        reverseInPlace(from: start)
    }

    /// The bytes from `start` to the end in reverse order, swapped in place (a number's digits are
    /// written last first). Reversing the slice `self[start...]` copied the whole array.
    mutating func reverseInPlace(from start: Int) {
        var (low, high) = (start, count - 1)
        while low < high {
            swapAt(low, high)
            low += 1
            high -= 1
        }
    }
}
