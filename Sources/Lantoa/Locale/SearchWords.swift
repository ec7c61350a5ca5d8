import Foundation

/// Words of Vietnamese text as search sees them. Each word has two keys:
/// - `folded`: lowercase, every tone and vowel mark removed, đ → d ("Đắk" → "dak"), which is what
///   a reader without a Vietnamese keyboard types;
/// - `exact`: lowercase with the vowel marks kept and the tone written as a digit at the end
///   ("Đắk" → "đăk2"), so the old and new tone placements ("hoà", "hòa") are one key.
///
/// `assets/search.js` computes the same keys in the browser; change both together.
public enum SearchWords {
    public struct Word: Equatable, Sendable {
        public var folded: String
        public var exact: String
    }

    /// The tones as digits, in the order of the Vietnamese alphabet's tone marks:
    /// huyền 1, sắc 2, hỏi 3, ngã 4, nặng 5 (ngang has none).
    static func tone(ofMark v: UInt32) -> UInt8? {
        switch v {
        case 0x0300: 1
        case 0x0301: 2
        case 0x0309: 3
        case 0x0303: 4
        case 0x0323: 5
        default: nil
        }
    }

    /// Calls `body` with each word of `text`: runs of letters, marks and digits.
    public static func each(in text: String, _ body: (Word) -> Void) {
        var folded = String.UnicodeScalarView()
        var exact = String.UnicodeScalarView()
        var tone: UInt8 = 0
        func flush() {
            guard !folded.isEmpty else { return }
            var key = String(exact)
            if tone > 0 { key.unicodeScalars.append(Unicode.Scalar(48 + tone)) }
            body(Word(folded: String(folded), exact: key))
            folded = String.UnicodeScalarView()
            exact = String.UnicodeScalarView()
            tone = 0
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                switch v {
                case 0x41...0x5A:
                    let lower = Unicode.Scalar(v + 32)!
                    folded.append(lower)
                    exact.append(lower)
                case 0x61...0x7A, 0x30...0x39:
                    folded.append(scalar)
                    exact.append(scalar)
                default:
                    flush()
                }
                continue
            }
            let letter = v < tableEnd ? table[Int(v - tableStart)] : Letter(scalar)
            switch letter.kind {
            case .separator:
                flush()
            case .tone(let t):
                tone = t
            case .mark:
                exact.append(scalar)
            case .letter:
                folded.append(contentsOf: letter.folded.unicodeScalars)
                exact.append(contentsOf: letter.exact.unicodeScalars)
                if letter.tone > 0 { tone = letter.tone }
            }
        }
        flush()
    }

    /// The words of `text`, in order.
    public static func words(_ text: String) -> [Word] {
        var out: [Word] = []
        each(in: text) { out.append($0) }
        return out
    }

    /// What one character contributes to a word.
    struct Letter {
        enum Kind { case separator, letter, tone(UInt8), mark }
        var kind: Kind
        var folded = ""
        var exact = ""
        var tone: UInt8 = 0

        init(_ scalar: Unicode.Scalar) {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber:
                kind = .letter
                var base = String.UnicodeScalarView()
                var kept = String.UnicodeScalarView()
                for s in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
                    if let t = SearchWords.tone(ofMark: s.value) {
                        tone = t
                        continue
                    }
                    kept.append(s)
                    if !(0x0300...0x036F).contains(s.value) { base.append(s == "\u{0111}" ? "d" : s) }
                }
                folded = String(base)
                exact = String(kept).precomposedStringWithCanonicalMapping
            case .nonspacingMark, .spacingMark, .enclosingMark:
                kind = SearchWords.tone(ofMark: scalar.value).map { .tone($0) } ?? .mark
            default:
                kind = .separator
            }
        }
    }

    private static let tableStart: UInt32 = 0x80
    private static let tableEnd: UInt32 = 0x2000
    /// Latin with marks, the combining marks, Greek and Cyrillic, and Latin Extended Additional
    /// (where Vietnamese lives), computed once.
    private static let table: [Letter] = (tableStart..<tableEnd).map { v in
        Unicode.Scalar(v).map(Letter.init) ?? Letter(" ")
    }
}
