import Foundation
#if canImport(Glibc)
import Glibc
#endif
import CDeflate
import CZlib
import LantoaPixels
import LantoaSystem

/// PNG files from the charts' own SVG, drawn by librsvg (Debian `librsvg2-bin` brings it and its
/// `rsvg-convert`) with the fonts the system has (Noto Sans, from `fonts-noto-core`, which the
/// charts name first): in this process when the library can be loaded (`LibRSVG`), by
/// `rsvg-convert` otherwise; either way only where `rsvg-convert` is on the PATH.
///
/// Drawing a 1920 × 1080 picture takes about a tenth of a second, so a picture is drawn only when
/// its SVG changed: every PNG carries a stamp of what it was drawn from (a `tEXt` chunk holding a
/// hash of the SVG, the size and the rasteriser's version), and when the previous build's file at
/// the same path has the same stamp its bytes are taken as they are. The output stays
/// deterministic: the same SVG gives the same PNG, stamp included.
public final class Rasteriser: @unchecked Sendable {
    public static let package = "librsvg2-bin"
    static let program = "rsvg-convert"
    static let stampKey = "lantoa-svg"

    /// Where the previous build's files are (its output folder); nil draws every picture.
    let previous: URL?
    /// `check` renders every route but writes nothing: pictures are not drawn.
    let draws: Bool
    private let lock = NSLock()
    private var failures: [(path: String, message: Message)] = []
    private(set) var drawn = 0, reused = 0

    public init(previous: URL?, draws: Bool = true) {
        self.previous = previous
        self.draws = draws
    }

    /// Why pictures cannot be drawn on this machine, or nil when they can.
    public static func missing() -> Message? {
        executable == nil ? .wasNotFoundPath(program) : nil
    }

    /// librsvg in this process, when `rsvg-convert` is there too: pictures need Debian's
    /// `librsvg2-bin` either way (it brings the library), and a machine without the program says
    /// so the same way, whether or not some other package brought the library.
    static let library: LibRSVG? = executable == nil ? nil : LibRSVG.shared

    /// The program's full path, found once.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// How this program draws and encodes: raise it with any change that gives other bytes for the
    /// same SVG (`LibRSVG`'s resolution and scaling, `PNG.encode`, `LantoaPixels`' rows), or the
    /// pictures drawn before it are kept. `PictureTests.drawingRecorded` holds the bytes each
    /// version draws and fails when they change under the same version.
    static let drawingVersion = "4"

    /// The rasteriser's version, part of every stamp: librsvg's (an upgrade draws the pictures
    /// again), this program's drawing, and the charts' font files as fontconfig finds them.
    static let version: String = {
        let drawing = " drawing \(drawingVersion)" + (ChartFonts.fingerprint.map { " fonts \($0)" } ?? "")
        if let library { return library.version + drawing }
        guard let executable, let out = try? run(executable, ["--version"], input: []) else { return "" }
        return String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) + drawing
    }()

    /// The PNG for `svg` drawn at `width` × `height` pixels, for the file at `path` of the output.
    public func png(_ svg: String, width: Int, height: Int, path: String) -> [UInt8] {
        guard draws else { return [] }

        let stamp = ContentHash(svg).hex
            + "-\(svg.utf8.count)-\(width)x\(height)-" + Self.version
        if let previous, let old = ProjectFiles.bytes(atPath: previous.appendingPathComponent(path).path), PNG.stamp(old, key: Self.stampKey) == stamp,
           PNG.isWhole(old) {
            count(reused: true)
            return old
        }
        guard let executable = Self.executable else {
            fail(path, .wasNotFoundPath(Self.program))
            return []
        }
        do {
            let drawn = if let library = Self.library { try library.png(svg, width: width, height: height) } else {
                try Self.run(executable, ["--width", "\(width)", "--height", "\(height)", "--format", "png"], input: Array(svg.utf8))
            }
            guard PNG.isPNG(drawn) else { throw RasterError.failed(String(decoding: drawn.prefix(300), as: UTF8.self)) }
            count(reused: false)
            return PNG.stamped(drawn, key: Self.stampKey, value: stamp)
        } catch {
            fail(path, .verbatim("\(error)"))
            return []
        }
    }

    /// The pictures that could not be drawn, as errors; empties the list.
    func takeProblems() -> [Diagnostic] {
        lock.lock()
        defer { failures = []; lock.unlock() }
        return failures.sorted { $0.path < $1.path }.prefix(1).map { first in
            let message: Message = failures.count == 1 ? .cannotDrawPngPicture(first.path, first.message)
                : .cannotDrawPngPictures(failures.count, first.path, first.message)
            return .error(SourceLocation(file: first.path), message,
                          hint: .installDebianPackageScriptsSetup(Self.package),
                          stage: .write)
        }
    }

    private func fail(_ path: String, _ message: Message) {
        lock.lock()
        failures.append((path, message))
        lock.unlock()
    }

    private func count(reused was: Bool) {
        lock.lock()
        if was { reused += 1 } else { drawn += 1 }
        lock.unlock()
    }

    enum RasterError: Error, CustomStringConvertible {
        case failed(String)
        var description: String {
            switch self {
            case .failed(let words): "\(Rasteriser.program) failed: \(words.trimmingCharacters(in: .whitespacesAndNewlines))"
            }
        }
    }

    /// Runs a program with `input` on its standard input; returns its standard output.
    ///
    /// The program gets none of this process's other files (`lantoa_spawn`): a build may run with
    /// few file handles, or hold a descriptor inherited above its limit, while other threads open
    /// and close files all the while. Foundation's `Process` closes the parent's descriptors in
    /// the child one by one, and one above the limit, or closed by another thread meanwhile,
    /// fails the start (swiftlang/swift#57827); each failed start kept its pipes open, until the
    /// build ran out of file handles.
    static func run(_ executable: String, _ arguments: [String], input: [UInt8]) throws -> [UInt8] {
        // stdin, stdout and stderr: each end closed on exec, so the child has only its own three.
        var pipes: [[Int32]] = [[-1, -1], [-1, -1], [-1, -1]]
        func end(_ k: Int, _ side: Int) {
            if pipes[k][side] >= 0 { close(pipes[k][side]); pipes[k][side] = -1 }
        }
        defer { for k in 0..<3 { end(k, 0); end(k, 1) } }
        for k in 0..<3 {
            guard lantoa_pipe(&pipes[k]) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EMFILE) }
        }
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = lantoa_spawn(executable, argv, environ, pipes[0][0], pipes[1][1], pipes[2][1], &pid)
        guard started == 0 else { throw POSIXError(POSIXErrorCode(rawValue: started) ?? .EINVAL) }
        end(0, 0); end(1, 1); end(2, 1)

        // Feed the input and read both outputs as each is ready, so neither side waits on a full
        // pipe. A program that stops before reading everything must not take this process with
        // it: the write then fails (EPIPE) instead of raising SIGPIPE, and its exit status says why.
        signal(SIGPIPE, SIG_IGN)
        if input.isEmpty { end(0, 1) } else { _ = fcntl(pipes[0][1], F_SETFL, fcntl(pipes[0][1], F_GETFL) | O_NONBLOCK) }
        var output: [UInt8] = [], errors: [UInt8] = [], written = 0
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while pipes[1][0] >= 0 || pipes[2][0] >= 0 {
            let watched = [(0, 1, Int16(POLLOUT)), (1, 0, Int16(POLLIN)), (2, 0, Int16(POLLIN))]
                .filter { pipes[$0.0][$0.1] >= 0 }
            var polled = watched.map { pollfd(fd: pipes[$0.0][$0.1], events: $0.2, revents: 0) }
            guard poll(&polled, nfds_t(polled.count), -1) >= 0 else {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            for (k, ready) in zip(watched.indices, polled) where ready.revents != 0 {
                let (pipe, side, _) = watched[k]
                if pipe == 0 {
                    let n = input.withUnsafeBytes { write(ready.fd, $0.baseAddress! + written, $0.count - written) }
                    if n > 0 { written += n }
                    if written == input.count || (n < 0 && errno != EAGAIN && errno != EINTR) { end(0, 1) }
                } else {
                    let n = read(ready.fd, &buffer, buffer.count)
                    if n > 0 {
                        if pipe == 1 { output += buffer[..<n] } else { errors += buffer[..<n] }
                    } else if n == 0 || (errno != EAGAIN && errno != EINTR) {
                        end(pipe, side)
                    }
                }
            }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // Exited (no signal) with status 0.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw RasterError.failed(String(decoding: errors.prefix(300), as: UTF8.self))
        }
        return output
    }
}

/// The little of the PNG format the rasteriser needs: writing cairo's pixels, reading and adding
/// a `tEXt` chunk.
enum PNG {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    /// A PNG of cairo's premultiplied ARGB pixels (in memory blue, green, red, alpha on a
    /// little-endian machine; a row every `stride` bytes): RGB when every pixel is opaque, RGBA
    /// otherwise with the colours unpremultiplied as cairo's own writer does; each row filtered
    /// the way that leaves the smallest sum (None, Sub, Up or Paeth, as libpng chooses), then
    /// deflated by libdeflate at level 6: the example portal's 38 pictures take 3.9 MB against
    /// 4.5 MB from zlib's level 3, in the same build time (zlib's level 6 took twice as long).
    /// The rows are made in C (`LantoaPixels`), optimised in every build.
    static func encode(argb: UnsafeBufferPointer<UInt8>, width: Int, height: Int, stride: Int) -> [UInt8] {
        let opaque = lantoa_argb_opaque(argb.baseAddress, Int32(width), Int32(height), Int32(stride)) == 1
        let bpp = opaque ? 3 : 4
        var raw = [UInt8](repeating: 0, count: (width * bpp + 1) * height)
        let rows = raw.withUnsafeMutableBufferPointer { lantoa_png_scanlines(argb.baseAddress, Int32(width), Int32(height), Int32(stride), Int32(bpp), $0.baseAddress) }
        precondition(rows == 0, "no memory for a \(width) × \(height) picture's rows")
        let compressor = Precompression.compressors.take()
        defer { Precompression.compressors.give(compressor) }
        var deflated = [UInt8](repeating: 0, count: libdeflate_zlib_compress_bound(compressor, raw.count))
        let size = deflated.withUnsafeMutableBufferPointer { out in
            raw.withUnsafeBufferPointer { libdeflate_zlib_compress(compressor, $0.baseAddress, $0.count, out.baseAddress, out.count) }
        }
        precondition(size > 0, "libdeflate could not deflate \(raw.count) bytes")
        deflated.removeLast(deflated.count - size)
        let header = be32(UInt32(width)) + be32(UInt32(height)) + [8, opaque ? 2 : 6, 0, 0, 0]
        return signature + chunk("IHDR", header) + chunk("IDAT", deflated) + chunk("IEND", [])
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return be32(UInt32(data.count)) + body + be32(crc32(body))
    }

    static func isPNG(_ bytes: [UInt8]) -> Bool { bytes.count > 33 && Array(bytes.prefix(8)) == signature }

    /// Whether every chunk is whole with its checksum right, up to an `IEND` that ends the file:
    /// a picture cut short or damaged in the output is drawn again, not taken.
    static func isWhole(_ bytes: [UInt8]) -> Bool {
        guard isPNG(bytes) else { return false }
        var at = 8
        while at + 12 <= bytes.count {
            let length = Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
            let end = at + 12 + length
            guard end <= bytes.count else { return false }
            let crc = UInt32(bytes[end - 4]) << 24 | UInt32(bytes[end - 3]) << 16 | UInt32(bytes[end - 2]) << 8 | UInt32(bytes[end - 1])
            guard crc32(Array(bytes[(at + 4)..<(end - 4)])) == crc else { return false }
            if bytes[(at + 4)..<(at + 8)].elementsEqual("IEND".utf8) { return end == bytes.count }
            at = end
        }
        return false
    }

    /// `bytes` with a `tEXt` chunk `key`=`value` right after the header chunk.
    static func stamped(_ bytes: [UInt8], key: String, value: String) -> [UInt8] {
        // Signature (8) and the IHDR chunk (4 + 4 + 13 + 4).
        Array(bytes[..<33]) + chunk("tEXt", Array(key.utf8) + [0] + Array(value.utf8)) + Array(bytes[33...])
    }

    /// The value of the `tEXt` chunk `key` right after the header, if there is one.
    static func stamp(_ bytes: [UInt8], key: String) -> String? {
        guard isPNG(bytes), bytes.count > 41 else { return nil }
        let length = Int(bytes[33]) << 24 | Int(bytes[34]) << 16 | Int(bytes[35]) << 8 | Int(bytes[36])
        guard Array(bytes[37..<41]) == Array("tEXt".utf8), 41 + length <= bytes.count else { return nil }
        let data = bytes[41..<(41 + length)]
        guard let zero = data.firstIndex(of: 0), String(decoding: data[..<zero], as: UTF8.self) == key else { return nil }
        return String(decoding: data[(zero + 1)...], as: UTF8.self)
    }

    static func be32(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }

    /// PNG's chunk checksum, the CRC-32 that zlib computes (as the zip archives' does).
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(CZlib.crc32(0, $0.baseAddress, uInt($0.count))) }
    }
}
