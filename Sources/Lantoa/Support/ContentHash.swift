import CXXHash

/// The hash of a file's bytes: XXH3 with 128 bits (libxxhash), which tells whether a page is the
/// same as the one a build left, and whether a picture can be reused. A well-known hash, tested
/// far beyond what a site needs: two different pages with the same 128-bit hash would leave the
/// older one in place, and that does not happen by chance. It reads about 30 GB a second, so
/// hashing every page of a 10,000-article site costs a few milliseconds.
public struct ContentHash: Hashable, Sendable {
    public var high: UInt64
    public var low: UInt64

    public init(high: UInt64, low: UInt64) { (self.high, self.low) = (high, low) }

    public init(_ raw: UnsafeRawBufferPointer) {
        let digest = XXH3_128bits(raw.baseAddress, raw.count)
        (high, low) = (digest.high64, digest.low64)
    }

    public init(_ text: String) {
        var text = text
        self = text.withUTF8 { ContentHash(UnsafeRawBufferPointer($0)) }
    }

    /// 32 hexadecimal digits.
    public var hex: String { Self.hex(high) + Self.hex(low) }

    /// The hash written as `hex`; nil for anything else (the list of an older version, say).
    public init?(hex: some StringProtocol) {
        guard hex.count == 32, let high = UInt64(hex.prefix(16), radix: 16), let low = UInt64(hex.suffix(16), radix: 16) else { return nil }
        (self.high, self.low) = (high, low)
    }

    /// `hex` as 32 ASCII bytes at `out`.
    func writeHex(to out: UnsafeMutablePointer<UInt8>) {
        func write(_ n: UInt64, _ at: UnsafeMutablePointer<UInt8>) {
            for j in 0..<16 {
                let digit = UInt8((n >> UInt64(60 - 4 * j)) & 0xF)
                at[j] = digit < 10 ? 0x30 + digit : 0x61 + digit - 10
            }
        }
        write(high, out)
        write(low, out + 16)
    }

    /// `hex`, appended as ASCII bytes.
    func appendHex(to bytes: inout [UInt8]) {
        for n in [high, low] {
            for shift in stride(from: 60, through: 0, by: -4) {
                let digit = UInt8((n >> UInt64(shift)) & 0xF)
                bytes.append(digit < 10 ? 0x30 + digit : 0x61 + digit - 10)
            }
        }
    }

    private static func hex(_ n: UInt64) -> String {
        let digits = String(n, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// `ContentHash` of bytes given a piece at a time: the same value as of all of them at once.
final class StreamingContentHash {
    private let state = XXH3_createState()

    init() { XXH3_128bits_reset(state) }

    deinit { XXH3_freeState(state) }

    func add(_ raw: UnsafeRawBufferPointer) { _ = XXH3_128bits_update(state, raw.baseAddress, raw.count) }

    var value: ContentHash {
        let digest = XXH3_128bits_digest(state)
        return ContentHash(high: digest.high64, low: digest.low64)
    }
}

/// A hash of values fed one after another that is the same in every process (Swift's `Hasher`
/// is seeded afresh at each start): what a build records for the next one to compare with.
/// Each value is written with its length or a tag, so `["ab", "c"]` and `["a", "bc"]` differ.
struct StableHasher {
    private var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(256) }

    mutating func combine(_ text: String) {
        combine(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func combine(_ n: Int) { withUnsafeBytes(of: n.littleEndian) { bytes.append(contentsOf: $0) } }

    mutating func combine(_ flag: Bool) { bytes.append(flag ? 1 : 0) }

    mutating func combine(_ n: Int?) {
        combine(n != nil)
        if let n { combine(n) }
    }

    mutating func combine(_ hash: ContentHash?) {
        combine(hash != nil)
        if let hash { combine(Int(bitPattern: UInt(hash.high))); combine(Int(bitPattern: UInt(hash.low))) }
    }

    mutating func combine(_ list: [Int]) {
        combine(list.count)
        for n in list { combine(n) }
    }

    mutating func combine(_ list: [String]) {
        combine(list.count)
        for text in list { combine(text) }
    }

    func finalize() -> UInt64 { bytes.withUnsafeBytes { XXH3_64bits($0.baseAddress, $0.count) } }
}
