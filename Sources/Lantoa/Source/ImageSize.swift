import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The width and height of a picture, read from its file's header (PNG, JPEG, GIF, WebP, SVG),
/// so pages give `<img>` its size and nothing moves while pictures load.
public struct ImageSize: Sendable, Equatable {
    public var width: Int
    public var height: Int

    /// The size of the picture at `path`, or nil when it is not a picture this reads.
    public static func read(path: String) -> ImageSize? {
        let lower = path.lowercased()
        guard [".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg"].contains(where: lower.hasSuffix) else { return nil }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        // JPEG keeps its size after its other segments (Exif thumbnails can be tens of KB).
        let bytes = [UInt8]((try? handle.read(upToCount: lower.hasSuffix(".svg") ? 4096 : 256 * 1024)) ?? Data())
        return parse(bytes)
    }

    /// The size in a file's first bytes.
    static func parse(_ b: [UInt8]) -> ImageSize? {
        func be16(_ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }
        func be32(_ i: Int) -> Int { be16(i) << 16 | be16(i + 2) }
        func le16(_ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
        func le24(_ i: Int) -> Int { le16(i) | Int(b[i + 2]) << 16 }
        if b.count >= 24, b.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
            return valid(be32(16), be32(20))
        }
        if b.count >= 10, b.starts(with: Array("GIF8".utf8)) {
            return valid(le16(6), le16(8))
        }
        if b.count >= 30, b.starts(with: Array("RIFF".utf8)), Array(b[8..<12]) == Array("WEBP".utf8) {
            switch String(decoding: b[12..<16], as: UTF8.self) {
            case "VP8 ": return valid(le16(26) & 0x3FFF, le16(28) & 0x3FFF)
            case "VP8L": return valid((le16(21) & 0x3FFF) + 1, ((le24(22) >> 6) & 0x3FFF) + 1)
            case "VP8X": return valid(le24(24) + 1, le24(27) + 1)
            default: return nil
            }
        }
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xD8 {
            var i = 2
            while i + 9 < b.count {
                guard b[i] == 0xFF else { return nil }
                let marker = b[i + 1]
                if marker == 0xFF { i += 1; continue }
                if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { i += 2; continue }
                // Start of frame: every SOFn but DHT (C4), JPG (C8) and DAC (CC).
                if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                    return valid(be16(i + 7), be16(i + 5))
                }
                i += 2 + be16(i + 2)
            }
            return nil
        }
        if let text = String(bytes: b, encoding: .utf8), let open = text.range(of: "<svg") {
            let tag = text[open.upperBound...].prefix { $0 != ">" }
            func attribute(_ name: String) -> Double? {
                guard let r = tag.range(of: " \(name)=") ?? tag.range(of: "\n\(name)="), let quote = tag[r.upperBound...].first else { return nil }
                let value = tag[tag.index(after: r.upperBound)...].prefix { $0 != quote }
                return Double(value.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "px", with: ""))
            }
            if let w = attribute("width"), let h = attribute("height") { return valid(Int(w.rounded()), Int(h.rounded())) }
            if let r = tag.range(of: "viewBox=\""), case let parts = tag[r.upperBound...].prefix(while: { $0 != "\"" })
                .split(whereSeparator: { $0 == " " || $0 == "," }).compactMap({ Double($0) }), parts.count == 4 {
                return valid(Int(parts[2].rounded()), Int(parts[3].rounded()))
            }
        }
        return nil
    }

    private static func valid(_ width: Int, _ height: Int) -> ImageSize? {
        width > 0 && height > 0 && width < 100_000 && height < 100_000 ? ImageSize(width: width, height: height) : nil
    }
}

/// Every file under `content/`, listed once per build, for what Markdown links point at and the
/// sizes of pictures (each read once, from any thread).
public final class ContentIndex: @unchecked Sendable {
    public let root: URL
    public let files: Set<String>
    private let lock = NSLock()
    private var sizes: [String: ImageSize?] = [:]

    public init(root: URL, files: Set<String>) {
        self.root = root
        self.files = files
    }

    public func contains(_ path: String) -> Bool { files.contains(path) }

    /// `path` as the folder spells it, or nil when it has no such file. Swift compares strings by
    /// canonical equivalence, so a link typed in composed letters (NFC) finds a file whose name
    /// is in decomposed ones (NFD, as a Mac or a zip file may save Vietnamese names), and the
    /// other way round; the disk compares bytes, so the file is read, copied and linked by these.
    public func spelling(of path: String) -> String? { files.firstIndex(of: path).map { files[$0] } }

    private var folded: [String: String]?

    /// The picture named like `path` but for its kind (`anh.png` for `anh.jpg`, in any capitals),
    /// when there is exactly one: a photo saved as another format than the link says.
    public func otherPictureKind(_ path: String) -> String? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let stem = path[..<dot]
        let found = ContentTypes.pictureExtensions.filter { $0 != path[path.index(after: dot)...].lowercased() }.compactMap { kind -> String? in
            let named = "\(stem).\(kind)"
            return contains(named) ? named : (differingInCase(named) ?? differingInCase("\(stem).\(kind.uppercased())"))
        }
        return Set(found).count == 1 ? found[0] : nil
    }

    /// The file whose name differs from `path` only in capitals (`Anh.JPG` for `anh.jpg`), when
    /// there is exactly one: what a link that finds nothing probably meant. Servers tell capitals
    /// apart, so the link must be written as the file is named.
    public func differingInCase(_ path: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if folded == nil {
            var byFolded: [String: String] = [:], twice: Set<String> = []
            for file in files {
                let key = file.lowercased()
                if byFolded.updateValue(file, forKey: key) != nil { twice.insert(key) }
            }
            for key in twice { byFolded[key] = nil }
            folded = byFolded
        }
        return folded?[path.lowercased()].flatMap { $0 == path ? nil : $0 }
    }

    public func imageSize(_ path: String) -> ImageSize? {
        lock.lock()
        if let known = sizes[path] { lock.unlock(); return known }
        lock.unlock()
        let size = spelling(of: path).flatMap { ImageSize.read(path: root.path + "/" + $0) }
        lock.lock()
        sizes[path] = size
        lock.unlock()
        return size
    }
}
