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

    private static func hex(_ n: UInt64) -> String {
        let digits = String(n, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
