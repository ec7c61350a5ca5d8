import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which font files the pictures' text is drawn with: the files fontconfig gives for the charts'
/// font (`ChartStyle.family`) at the weights charts use, regular and bold, as librsvg's text finds
/// them. A hash of their bytes is part of every picture's stamp (`Rasteriser.version`) and of the
/// build record (`BuildRecord.drawing`): a picture drawn before Noto Sans was installed (with a
/// fallback font, its labels placed for another one), or before the font was upgraded, is drawn
/// again, even by a build whose sources did not change.
///
/// fontconfig is loaded at run time (`dlopen`, as `LibRSVG` loads librsvg, which links it), alone:
/// a build that finds nothing changed asks it, in about 5 ms on another core, without loading
/// librsvg's forty libraries. Nothing is linked; a machine without fontconfig has no fingerprint.
enum ChartFonts {
    /// A hash of the files' bytes (16 hex digits), or nil without fontconfig or a match.
    static let fingerprint: String? = files.map { files in
        var bytes: [UInt8] = []
        for file in files { bytes += ProjectFiles.bytes(atPath: file) ?? Array(file.utf8) }
        return String(bytes.withUnsafeBytes { ContentHash($0).hex }.prefix(16))
    }

    /// The matched files' paths, regular then bold.
    static let files: [String]? = {
        typealias NameParse = @convention(c) (UnsafePointer<CChar>?) -> OpaquePointer?
        typealias Substitute = @convention(c) (OpaquePointer?, OpaquePointer?, Int32) -> Int32
        typealias DefaultSubstitute = @convention(c) (OpaquePointer?) -> Void
        typealias FontMatch = @convention(c) (OpaquePointer?, OpaquePointer?, UnsafeMutablePointer<Int32>?) -> OpaquePointer?
        typealias GetString = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, Int32, UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?) -> Int32
        typealias Destroy = @convention(c) (OpaquePointer?) -> Void
        guard let library = dlopen("libfontconfig.so.1", RTLD_NOW | RTLD_LOCAL) else { return nil }
        func function<T>(_ name: String, _: T.Type) -> T? { dlsym(library, name).map { unsafeBitCast($0, to: T.self) } }
        guard let parse = function("FcNameParse", NameParse.self), let substitute = function("FcConfigSubstitute", Substitute.self),
              let defaults = function("FcDefaultSubstitute", DefaultSubstitute.self), let match = function("FcFontMatch", FontMatch.self),
              let getString = function("FcPatternGetString", GetString.self), let destroy = function("FcPatternDestroy", Destroy.self)
        else { return nil }
        var files: [String] = []
        for weight in ["regular", "bold"] {
            guard let pattern = parse("\(ChartStyle.family):weight=\(weight)") else { return nil }
            defer { destroy(pattern) }
            // As a font is looked for: FcMatchPattern (0) substitutions, then the defaults.
            _ = substitute(nil, pattern, 0)
            defaults(pattern)
            var result: Int32 = 0
            guard let found = match(nil, pattern, &result) else { return nil }
            defer { destroy(found) }
            // FcResultMatch is 0.
            var file: UnsafeMutablePointer<UInt8>?
            guard getString(found, "file", 0, &file) == 0, let file else { return nil }
            files.append(String(cString: file))
        }
        return files
    }()
}
