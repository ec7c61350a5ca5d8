import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// librsvg and cairo called in this process, found at run time (`dlopen`): the library that
/// `rsvg-convert` is made of, without starting a program for each picture. Most of that
/// program's time went to encoding the PNG (zlib and libpng's filters, three quarters of it on
/// the portal's 38 pictures); here cairo draws into memory and `PNG.encode` writes the file.
///
/// Nothing is linked: a machine without librsvg (Debian `librsvg2-2`, which `librsvg2-bin`
/// brings) finds no library, and the rasteriser falls back to `rsvg-convert`, or says it is
/// missing (`Rasteriser.library`). Drawing is done one picture at a time (librsvg's fonts are
/// shared); encoding is not.
final class LibRSVG: @unchecked Sendable {
    private typealias NewFromData = @convention(c) (UnsafePointer<UInt8>?, Int, UnsafeMutablePointer<UnsafeMutableRawPointer?>?) -> OpaquePointer?
    private typealias SetDPI = @convention(c) (OpaquePointer?, Double) -> Void
    private typealias IntrinsicSize = @convention(c) (OpaquePointer?, UnsafeMutablePointer<Double>?, UnsafeMutablePointer<Double>?) -> Int32
    private typealias RenderDocument = @convention(c) (OpaquePointer?, OpaquePointer?, UnsafePointer<Double>?, UnsafeMutablePointer<UnsafeMutableRawPointer?>?) -> Int32
    private typealias Release = @convention(c) (OpaquePointer?) -> Void
    private typealias FreeError = @convention(c) (UnsafeMutableRawPointer?) -> Void
    private typealias SurfaceCreate = @convention(c) (Int32, Int32, Int32) -> OpaquePointer?
    private typealias Create = @convention(c) (OpaquePointer?) -> OpaquePointer?
    private typealias Scale = @convention(c) (OpaquePointer?, Double, Double) -> Void
    private typealias Status = @convention(c) (OpaquePointer?) -> Int32
    private typealias Data = @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<UInt8>?
    private typealias Stride = @convention(c) (OpaquePointer?) -> Int32

    private let newFromData: NewFromData, setDPI: SetDPI, intrinsicSize: IntrinsicSize, renderDocument: RenderDocument
    private let unref: Release, freeError: FreeError
    private let surfaceCreate: SurfaceCreate, surfaceFlush: Release, surfaceStatus: Status, surfaceDestroy: Release
    private let data: Data, stride: Stride
    private let create: Create, scale: Scale, destroy: Release
    /// `librsvg 2.54.7`: part of every picture's stamp, with `Rasteriser.drawingVersion`.
    let version: String
    private let lock = NSLock()

    /// The library, loaded once; nil when this machine has none (or one older than 2.52).
    static let shared: LibRSVG? = LibRSVG()

    private init?() {
        guard let library = dlopen("librsvg-2.so.2", RTLD_NOW | RTLD_LOCAL) else { return nil }
        // cairo's and GLib's functions are found through librsvg, which links them.
        func function<T>(_ name: String, _: T.Type) -> T? { dlsym(library, name).map { unsafeBitCast($0, to: T.self) } }
        func number(_ name: String) -> UInt32? { dlsym(library, name).map { $0.assumingMemoryBound(to: UInt32.self).pointee } }
        guard let newFromData = function("rsvg_handle_new_from_data", NewFromData.self),
              let setDPI = function("rsvg_handle_set_dpi", SetDPI.self),
              let intrinsicSize = function("rsvg_handle_get_intrinsic_size_in_pixels", IntrinsicSize.self),
              let renderDocument = function("rsvg_handle_render_document", RenderDocument.self),
              let unref = function("g_object_unref", Release.self), let freeError = function("g_error_free", FreeError.self),
              let surfaceCreate = function("cairo_image_surface_create", SurfaceCreate.self),
              let surfaceFlush = function("cairo_surface_flush", Release.self), let surfaceStatus = function("cairo_surface_status", Status.self),
              let surfaceDestroy = function("cairo_surface_destroy", Release.self),
              let data = function("cairo_image_surface_get_data", Data.self), let stride = function("cairo_image_surface_get_stride", Stride.self),
              let create = function("cairo_create", Create.self), let scale = function("cairo_scale", Scale.self),
              let destroy = function("cairo_destroy", Release.self),
              let major = number("rsvg_major_version"), let minor = number("rsvg_minor_version"), let micro = number("rsvg_micro_version")
        else { dlclose(library); return nil }
        (self.newFromData, self.setDPI, self.intrinsicSize, self.renderDocument) = (newFromData, setDPI, intrinsicSize, renderDocument)
        (self.unref, self.freeError) = (unref, freeError)
        (self.surfaceCreate, self.surfaceFlush, self.surfaceStatus, self.surfaceDestroy) = (surfaceCreate, surfaceFlush, surfaceStatus, surfaceDestroy)
        (self.data, self.stride, self.create, self.scale, self.destroy) = (data, stride, create, scale, destroy)
        version = "librsvg \(major).\(minor).\(micro)"
    }

    enum DrawError: Error, CustomStringConvertible {
        case failed(String)
        var description: String {
            switch self { case .failed(let words): "librsvg: \(words)" }
        }
    }

    /// The PNG of `svg` drawn at `width` × `height` pixels, as `rsvg-convert --width --height`
    /// draws it: the document's own size scaled to the picture's, 96 dots an inch, on a
    /// transparent ground.
    func png(_ svg: String, width: Int, height: Int) throws -> [UInt8] {
        guard width > 0, height > 0 else { throw DrawError.failed("no size") }
        // Encoded from cairo's own memory, after the lock: another picture is drawn meanwhile.
        let surface = try draw(svg, width: width, height: height)
        defer { surfaceDestroy(surface) }
        let rowBytes = Int(stride(surface))
        guard let start = data(surface), rowBytes >= width * 4 else { throw DrawError.failed("no pixels") }
        return PNG.encode(argb: UnsafeBufferPointer(start: start, count: rowBytes * height), width: width, height: height, stride: rowBytes)
    }

    /// A cairo image surface of premultiplied ARGB pixels with `svg` drawn on it; the caller
    /// destroys it.
    private func draw(_ svg: String, width: Int, height: Int) throws -> OpaquePointer {
        lock.lock()
        defer { lock.unlock() }
        var error: UnsafeMutableRawPointer?
        func failure(_ what: String) -> DrawError {
            guard let error else { return .failed(what) }
            // GError: a quark, a code, then the message.
            let message = error.load(fromByteOffset: 8, as: UnsafePointer<CChar>?.self).map { String(cString: $0) } ?? what
            freeError(error)
            return .failed(message)
        }
        let bytes = Array(svg.utf8)
        guard let handle = bytes.withUnsafeBufferPointer({ newFromData($0.baseAddress, $0.count, &error) }) else { throw failure("cannot read the SVG") }
        defer { unref(handle) }
        setDPI(handle, 96)
        var (naturalWidth, naturalHeight) = (0.0, 0.0)
        guard intrinsicSize(handle, &naturalWidth, &naturalHeight) != 0, naturalWidth > 0, naturalHeight > 0 else {
            throw DrawError.failed("the SVG has no size of its own")
        }
        // CAIRO_FORMAT_ARGB32 is 0; a status of 0 is CAIRO_STATUS_SUCCESS.
        guard let surface = surfaceCreate(0, Int32(width), Int32(height)) else { throw DrawError.failed("no memory for \(width) × \(height)") }
        var kept = false
        defer { if !kept { surfaceDestroy(surface) } }
        guard surfaceStatus(surface) == 0 else { throw DrawError.failed("no memory for \(width) × \(height)") }
        guard let cr = create(surface) else { throw DrawError.failed("no drawing context") }
        scale(cr, Double(width) / naturalWidth, Double(height) / naturalHeight)
        // An `RsvgRectangle`: x, y, width, height.
        let viewport = [0, 0, naturalWidth, naturalHeight]
        let drawn = renderDocument(handle, cr, viewport, &error)
        destroy(cr)
        guard drawn != 0 else { throw failure("cannot draw the SVG") }
        surfaceFlush(surface)
        kept = true
        return surface
    }
}
