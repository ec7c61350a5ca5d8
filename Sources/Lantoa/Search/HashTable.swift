/// Open addressing from a 64-bit term hash to a number. Swift's Dictionary would hash the hash
/// again (SipHash) for each of the millions of words of a large site; here one multiplication
/// spreads it (Fibonacci hashing: the top bits of hash × 2⁶⁴/φ pick the slot).
struct HashTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt32]
    private(set) var count = 0
    /// 64 − log2 of the number of slots.
    private var shift: UInt64

    /// `capacity` is rounded up to a power of two.
    init(capacity: Int) {
        var size = 16
        shift = 60
        while size < capacity { size *= 2; shift -= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [UInt32](repeating: 0, count: size)
    }

    /// 0 marks an empty slot; a key that is 0 is stored as another number.
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 0x9E37_79B9_7F4A_7C15 : key }

    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    func value(for key: UInt64) -> UInt32? {
        let key = Self.stored(key)
        let mask = keys.count - 1
        var slot = slot(key)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The value stored for `key`, or `value` stored for it now (`inserted`).
    mutating func value(for key: UInt64, orInsert value: UInt32) -> (value: UInt32, inserted: Bool) {
        let key = Self.stored(key)
        let mask = keys.count - 1
        var slot = slot(key)
        while true {
            let found = keys[slot]
            if found == key { return (values[slot], false) }
            if found == 0 { break }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = value
        count += 1
        if count * 2 > keys.count { grow() }
        return (value, true)
    }

    /// The table as bytes, for the next build (see `SearchIndex.write(to:)`).
    func write(to w: inout ByteWriter) {
        w.write(raw: keys); w.write(raw: values); w.write(count); w.write(Int(shift))
    }

    init(_ r: inout ByteReader) throws {
        (keys, values, count, shift) = (try r.numbers(), try r.numbers(), try r.int(), UInt64(try r.int()))
        guard keys.count == values.count, keys.count.nonzeroBitCount == 1, keys.count == 1 << (64 - Int(shift)), count * 2 <= keys.count else {
            throw ByteReader.Malformed()
        }
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [UInt32](repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        let mask = keys.count - 1
        for (key, value) in zip(oldKeys, oldValues) where key != 0 {
            var slot = slot(key)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }
}
