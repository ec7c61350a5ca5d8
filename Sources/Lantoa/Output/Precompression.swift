import CBrotli
import CDeflate
import Foundation

/// The compressed copies a web server sends in place of a text file when the browser accepts
/// them: `page.html.gz` (gzip at level 6, libdeflate's) and `page.html.br` (Brotli at
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

    /// gzip (RFC 1952) at level 6 with libdeflate, which makes the same sizes as zlib's
    /// default level 6 at 2.6 times its speed (measured on 600 of the 10,000-article portal's
    /// pages, 8.4 MB: 27.43 % of the original in 0.083 s against zlib's 27.40 % in 0.220 s).
    /// Level 9 of zlib made the pages a fraction of a percent smaller for twice the time.
    static func gzip(_ bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        let compressor = compressors.take()
        defer { compressors.give(compressor) }
        let bound = libdeflate_gzip_compress_bound(compressor, bytes.count)
        var out = [UInt8](repeating: 0, count: bound)
        let size = out.withUnsafeMutableBufferPointer { target in
            libdeflate_gzip_compress(compressor, bytes.baseAddress, bytes.count, target.baseAddress, target.count)
        }
        guard size > 0 else { return nil }
        out.removeLast(out.count - size)
        return out
    }

    /// libdeflate's compressors at level 6, one per thread at a time (each holds its own tables):
    /// for the gzip copies and the PNG pictures' zlib streams (`PNG.encode`).
    static let compressors = Compressors()

    final class Compressors: @unchecked Sendable {
        private let lock = NSLock()
        private var idle: [OpaquePointer] = []

        func take() -> OpaquePointer {
            lock.lock()
            defer { lock.unlock() }
            return idle.popLast() ?? libdeflate_alloc_compressor(6)
        }

        func give(_ compressor: OpaquePointer) {
            lock.lock()
            idle.append(compressor)
            lock.unlock()
        }
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
