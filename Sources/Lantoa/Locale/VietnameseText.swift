import Foundation

/// Vietnamese text rules: normalisation, folding and URL slugs.
public enum VietnameseText {
    /// Unicode NFC: a title typed in decomposed form becomes the same string as the composed one.
    public static func normalized(_ text: String) -> String {
        // ASCII needs no work, and most of a Markdown file's bytes are ASCII-only lines.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// Lowercase with every tone and vowel mark removed and đ → d: "Đắk Lắk" → "dak lak".
    public static func folded(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue // combining marks
            case 0x0111: out.append("d") // đ
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// A URL slug: folded, ASCII letters and digits joined by single hyphens.
    public static func slug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in folded(text).unicodeScalars {
            let isWord = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
            if isWord {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out
    }
}
