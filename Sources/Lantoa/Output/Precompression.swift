import CBrotli
import CZlib

/// The compressed copies a web server sends in place of a text file when the browser accepts
/// them: `page.html.gz` (gzip, zlib's deflate at level 6) and `page.html.br` (Brotli at
/// quality 4) beside `page.html`. nginx's `gzip_static`/`brotli_static`, Apache's
/// rewrite rules and Caddy's `precompressed` serve them without compressing at every request,
/// which matters to a provincial server when a story spreads. Both are deterministic: the same
/// page gives the same bytes (gzip's header carries no time and no name).
public enum Precompression {
    /// The text files worth compressing; pictures and archives are compressed already.
    static let extensions: Set<Substring> = ["html", "css", "js", "json", "xml", "svg", "csv", "txt", "webmanifest", "ics"]
    /// Below this size a file fits the first packets of a response either way.
    public static let threshold = 1024
    public static let suffixes = [".gz", ".br"]

    /// Whether a file at `path` of `size` bytes gets compressed copies.
    static func applies(to path: String, size: Int) -> Bool {
        guard size >= threshold, let dot = path.lastIndex(of: ".") else { return false }
        return extensions.contains(path[path.index(after: dot)...])
    }

    /// The compressed copy for `suffix`, or nil when it would not be smaller.
    static func compress(_ bytes: UnsafeRawBufferPointer, suffix: String) -> [UInt8]? {
        let packed = suffix == ".gz" ? gzip(bytes) : brotli(bytes)
        return packed.flatMap { $0.count < bytes.count ? $0 : nil }
    }

    /// gzip (RFC 1952) at zlib's default level 6 (level 9 made the 10,000-article pages a fraction of
    /// a percent smaller for twice the time): deflate with the gzip wrapper (window bits 15 + 16).
    static func gzip(_ bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        var stream = z_stream()
        guard deflateInit2_(&stream, 6, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return nil
        }
        defer { deflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 32)
        let result: Int32 = out.withUnsafeMutableBufferPointer { target in
            stream.next_in = UnsafeMutablePointer(mutating: bytes.baseAddress?.assumingMemoryBound(to: Bytef.self))
            stream.avail_in = uInt(bytes.count)
            stream.next_out = target.baseAddress
            stream.avail_out = uInt(target.count)
            return deflate(&stream, Z_FINISH)
        }
        guard result == Z_STREAM_END else { return nil }
        out.removeLast(out.count - Int(stream.total_out))
        return out
    }

    /// Brotli (RFC 7932) in the text mode with the default window, at quality 4: measured on the
    /// example portal's text files, quality 11 makes them 10 % smaller than 5 does (26.9 % of the
    /// original against 29.8 %) at a fortieth of the speed (0.8 MB/s against 37 MB/s), and 4 is
    /// 31.6 % at 45 MB/s (gzip -6: 31.2 %): minutes of a 10,000-article build for a few kilobytes
    /// a page are not worth it. The whole cost is in BENCHMARKS.md ("Precompressed copies").
    static let brotliQuality: Int32 = 4

    static func brotli(_ bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        var size = BrotliEncoderMaxCompressedSize(bytes.count)
        guard size > 0 else { return nil }
        var out = [UInt8](repeating: 0, count: size)
        let ok = out.withUnsafeMutableBufferPointer { target in
            BrotliEncoderCompress(brotliQuality, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, bytes.count,
                                  bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), &size, target.baseAddress)
        }
        guard ok == BROTLI_TRUE else { return nil }
        out.removeLast(out.count - size)
        return out
    }
}
