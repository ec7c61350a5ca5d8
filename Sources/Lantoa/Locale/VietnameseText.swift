import Foundation

/// Vietnamese text rules: normalisation, folding and URL slugs.
public enum VietnameseText {
    /// Unicode NFC: a title typed in decomposed form becomes the same string as the composed one.
    public static func normalized(_ text: String) -> String {
        // Composed Vietnamese is already NFC; only text holding a combining mark (or one of the
        // few scripts and symbols that NFC rewrites) needs the costly pass.
        var probe = text
        guard probe.withUTF8(mayChangeUnderNFC) else { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// Reads the UTF-8 bytes, decoding only from lead bytes 0xCC up (scalars from U+0300):
    /// everything below cannot change under NFC, and most of Vietnamese text is below.
    private static func mayChangeUnderNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0xCC { i += 1; continue }
            // U+1E00–U+1EFF (E1 B8…BB): Latin Extended Additional, most of Vietnamese's letters.
            if b == 0xE1, i + 1 < bytes.count, bytes[i + 1] >= 0xB8, bytes[i + 1] <= 0xBB { i += 3; continue }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            guard i + length <= bytes.count else { return true }
            var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            if let scalar = Unicode.Scalar(value), mayChangeUnderNFC(scalar) { return true }
            i += length
        }
        return false
    }

    private static func mayChangeUnderNFC(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0..<0x0300: false
        case 0x0300...0x036F, 0x0374, 0x037E, 0x0387, 0x0483...0x0489, 0x0591...0x05C7, 0x0610...0x061A, 0x064B...0x065F,
             0x0900...0x0DFF, 0x0F00...0x0FFF, 0x1100...0x11FF, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x1F00...0x1FFF,
             0x2000...0x2001, 0x20D0...0x20FF, 0x2126, 0x212A...0x212B, 0x2329...0x232A, 0x3099...0x309A,
             0xF900...0xFAFF, 0xFB1D...0xFB4F, 0xFE20...0xFE2F, 0x10000...: true
        default: false
        }
    }

    /// Lowercase with every tone and vowel mark removed and đ → d: "Đắk Lắk" → "dak lak".
    /// Anything that is not a letter or digit stays as it is.
    public static func folded(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        eachFolded(text) { scalar, folded in
            guard let folded else { return out.append(scalar) }
            out.append(contentsOf: String(decoding: folded, as: UTF8.self).unicodeScalars)
        }
        return String(out)
    }

    /// A URL slug: folded, ASCII letters and digits joined by single hyphens. Made for every
    /// file, heading and tag, so it works on the folded bytes, not on strings.
    public static func slug(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        eachFolded(text) { scalar, folded in
            // Apostrophes belong to the name: "Cư M'gar" → cu-mgar, "M'Drắk" → mdrak.
            if scalar == "'" || scalar == "\u{2019}" { return }
            guard let folded else { pendingHyphen = true; return }
            for byte in folded {
                guard (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) else { pendingHyphen = true; continue }
                if pendingHyphen && !out.isEmpty { out.append(0x2D) }
                pendingHyphen = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// What folding makes of each scalar of `text`: its folded UTF-8 (ASCII lowercased, a letter
    /// without its marks, đ → d), nil for a separator, and nothing at all for the marks of a
    /// decomposed letter. Reads the search scanner's table of letters.
    private static func eachFolded(_ text: String, _ body: (Unicode.Scalar, UnsafeBufferPointer<UInt8>?) -> Void) {
        let table = SearchWords.table
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                var byte = v >= 0x41 && v <= 0x5A ? UInt8(v + 32) : UInt8(v)
                withUnsafePointer(to: &byte) { body(scalar, UnsafeBufferPointer(start: $0, count: 1)) }
            } else if v < SearchWords.Table.end {
                let entry = table.letters[Int(v - SearchWords.Table.start)]
                switch entry.kind {
                case .tone, .mark: continue
                case .separator: body(scalar, nil)
                case .letter: body(scalar, UnsafeBufferPointer(start: table.storage + Int(entry.folded), count: Int(entry.foldedCount)))
                }
            } else {
                let letter = SearchWords.Letter.describe(scalar)
                switch letter.kind {
                case .tone, .mark: continue
                case .separator: body(scalar, nil)
                case .letter:
                    var folded = letter.folded
                    folded.withUTF8 { body(scalar, $0) }
                }
            }
        }
    }
}
