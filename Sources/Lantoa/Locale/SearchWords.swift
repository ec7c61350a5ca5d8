import Foundation

/// Words of Vietnamese text as search sees them. Each word has two keys:
/// - `folded`: lowercase, every tone and vowel mark removed, đ → d ("Đắk" → "dak"), which is what
///   a reader without a Vietnamese keyboard types;
/// - `exact`: lowercase with the vowel marks kept and the tone written as a digit at the end
///   ("Đắk" → "đăk2"), so the old and new tone placements ("hoà", "hòa") are one key.
/// A consonant and a lone y is keyed with i in both ("lý" → "li", "li2"): the two spellings of
/// one syllable (`endsInYForI`).
///
/// Words are runs of letters, marks and digits. `assets/search.js` computes the same keys in the
/// browser; change both together.
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

    /// Calls `body` with each word of `text`, in order.
    public static func each(in text: String, _ body: (Word) -> Void) {
        eachKey(in: text) { folded, exact in
            body(Word(folded: String(decoding: folded, as: UTF8.self), exact: String(decoding: exact, as: UTF8.self)))
        }
    }

    /// Calls `body` with the UTF-8 bytes of each word's folded and exact keys, valid during the call.
    static func eachKey(in text: String, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            let scanner = Scanner(bytes)
            while scanner.next() { body(scanner.folded, scanner.exact) }
        }
    }

    /// Reads the words of UTF-8 text one at a time into `folded` and `exact`. Indexing runs this over
    /// every page of the site, so it reads bytes, looks characters up in a table and writes into
    /// fixed buffers: no `Character`, no string, no array growth. Keys longer than `capacity`
    /// bytes are cut there.
    final class Scanner {
        static let capacity = 96
        private let bytes: UnsafeBufferPointer<UInt8>
        private var i = 0
        private let foldedBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        private let exactBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + 1)
        private var foldedCount = 0
        private var exactCount = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        deinit {
            foldedBuffer.deallocate()
            exactBuffer.deallocate()
        }

        /// The keys of the word `next()` found, valid until the next call.
        var folded: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: foldedBuffer, count: foldedCount) }
        var exact: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: exactBuffer, count: exactCount) }

        @inline(__always) private func put(_ byte: UInt8) {
            if foldedCount < Self.capacity { foldedBuffer[foldedCount] = byte; foldedCount += 1 }
            if exactCount < Self.capacity { exactBuffer[exactCount] = byte; exactCount += 1 }
        }

        @inline(__always) private func put(_ letter: Table.Entry) {
            let storage = SearchWords.table.storage
            for k in 0..<Int(letter.foldedCount) where foldedCount < Self.capacity {
                foldedBuffer[foldedCount] = storage[Int(letter.folded) + k]
                foldedCount += 1
            }
            for k in 0..<Int(letter.exactCount) where exactCount < Self.capacity {
                exactBuffer[exactCount] = storage[Int(letter.exact) + k]
                exactCount += 1
            }
        }

        /// Moves to the next word; false at the end of the text.
        func next() -> Bool {
            foldedCount = 0
            exactCount = 0
            var tone: UInt8 = 0
            let n = bytes.count
            let letters = SearchWords.table.letters
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    i += 1
                    switch b {
                    case 0x41...0x5A: put(b + 32)
                    case 0x61...0x7A, 0x30...0x39: put(b)
                    // An apostrophe inside a word is part of it: M'gar is one word, found as "mgar".
                    case 0x27 where foldedCount > 0 && letterFollows(): continue
                    default: if foldedCount > 0 { return finish(tone) }
                    }
                    continue
                }
                // ’ and ʼ (typographic apostrophes) inside a word, likewise.
                if foldedCount > 0, (b == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99) || (b == 0xCA && i + 1 < n && bytes[i + 1] == 0xBC) {
                    let width = b == 0xE2 ? 3 : 2
                    i += width
                    if letterFollows() { continue }
                    return finish(tone)
                }
                // Swift strings hold valid UTF-8: a lead byte and its continuation bytes.
                let v: UInt32
                if b < 0xE0 {
                    v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if b < 0xF0 {
                    v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else {
                    v = UInt32(b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                }
                if v < Table.end {
                    let letter = letters[Int(v - Table.start)]
                    switch letter.kind {
                    case .separator: if foldedCount > 0 { return finish(tone) }
                    case .tone: tone = letter.tone
                    case .mark, .letter:
                        put(letter)
                        if letter.tone > 0 { tone = letter.tone }
                    }
                } else {
                    // Beyond the table (CJK, symbols, emoji): rare, so computed on the spot.
                    let letter = Letter.describe(Unicode.Scalar(v)!)
                    switch letter.kind {
                    case .separator: if foldedCount > 0 { return finish(tone) }
                    case .tone: tone = letter.tone
                    case .mark, .letter:
                        for byte in letter.folded.utf8 where foldedCount < Self.capacity { foldedBuffer[foldedCount] = byte; foldedCount += 1 }
                        for byte in letter.exact.utf8 where exactCount < Self.capacity { exactBuffer[exactCount] = byte; exactCount += 1 }
                        if letter.tone > 0 { tone = letter.tone }
                    }
                }
            }
            return foldedCount > 0 && finish(tone)
        }

        /// Whether the character at `i` is a letter or digit (ASCII, or the lead byte of a Latin letter with marks).
        private func letterFollows() -> Bool {
            guard i < bytes.count else { return false }
            let c = bytes[i]
            return (0x30...0x39).contains(c) || (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) || c == 0xC3 || c == 0xC4 || c == 0xC6 || c == 0xE1
        }

        private func finish(_ tone: UInt8) -> Bool {
            if SearchWords.endsInYForI(folded), exactCount > 0, exactBuffer[exactCount - 1] == 0x79 {
                foldedBuffer[foldedCount - 1] = 0x69
                exactBuffer[exactCount - 1] = 0x69
            }
            if tone > 0 { exactBuffer[exactCount] = 48 + tone; exactCount += 1 }
            return true
        }
    }

    /// Whether a folded key is a consonant and a lone "y" ("ly", "ky", "my", "sy", "hy", "ty",
    /// "quy"): a syllable Vietnamese writes with i or y alike ("quản lí" and "quản lý", "kĩ" and
    /// "kỹ", "hi vọng" and "hy vọng", "quí" and "quý"), so both keys take i. Not "uy" ("tuy" is
    /// not "tui"), "ay" ("tay" is not "tai") or a lone "y" ("y tế").
    static func endsInYForI(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        guard folded.count >= 2, folded.count <= 4, folded[folded.count - 1] == 0x79 else { return false }
        switch String(decoding: UnsafeBufferPointer(rebasing: folded.dropLast()), as: UTF8.self) {
        case "b", "c", "ch", "d", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x":
            return true
        default:
            return false
        }
    }

    /// The words of `text`, in order.
    public static func words(_ text: String) -> [Word] {
        var out: [Word] = []
        each(in: text) { out.append($0) }
        return out
    }

    /// What one character contributes to a word.
    enum Kind: UInt8 { case separator, letter, tone, mark }

    struct Letter {
        var kind: Kind
        var folded = ""
        var exact = ""
        var tone: UInt8 = 0

        static func describe(_ scalar: Unicode.Scalar) -> Letter {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber:
                var letter = Letter(kind: .letter)
                var base = String.UnicodeScalarView()
                var kept = String.UnicodeScalarView()
                for s in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
                    if let t = SearchWords.tone(ofMark: s.value) {
                        letter.tone = t
                        continue
                    }
                    kept.append(s)
                    if !(0x0300...0x036F).contains(s.value) { base.append(s == "\u{0111}" ? "d" : s) }
                }
                letter.folded = String(base)
                letter.exact = String(kept).precomposedStringWithCanonicalMapping
                return letter
            case .nonspacingMark, .spacingMark, .enclosingMark:
                if let t = SearchWords.tone(ofMark: scalar.value) { return Letter(kind: .tone, tone: t) }
                // Another mark stays in the exact key only.
                return Letter(kind: .mark, exact: String(scalar))
            default:
                return Letter(kind: .separator)
            }
        }
    }

    /// Latin with marks, the combining marks, Greek, Cyrillic and the other scripts below U+2000,
    /// and Latin Extended Additional (where Vietnamese lives): each character's keys, computed once,
    /// with the bytes of every key in one array.
    struct Table: @unchecked Sendable {
        struct Entry {
            var kind: Kind
            var tone: UInt8
            var foldedCount: UInt8
            var exactCount: UInt8
            var folded: UInt32
            var exact: UInt32
        }
        static let start: UInt32 = 0x80
        static let end: UInt32 = 0x2000
        /// Made once for the life of the program, read from every thread.
        let letters: UnsafeMutablePointer<Entry>
        let storage: UnsafeMutablePointer<UInt8>

        init() {
            var entries: [Entry] = []
            var bytes: [UInt8] = []
            for v in Self.start..<Self.end {
                let letter = Unicode.Scalar(v).map(Letter.describe) ?? Letter(kind: .separator)
                let folded = UInt32(bytes.count)
                bytes += Array(letter.folded.utf8)
                let exact = UInt32(bytes.count)
                bytes += Array(letter.exact.utf8)
                entries.append(Entry(kind: letter.kind, tone: letter.tone, foldedCount: UInt8(letter.folded.utf8.count),
                                     exactCount: UInt8(letter.exact.utf8.count), folded: folded, exact: exact))
            }
            letters = .allocate(capacity: entries.count)
            letters.initialize(from: entries, count: entries.count)
            storage = .allocate(capacity: bytes.count)
            storage.initialize(from: bytes, count: bytes.count)
        }
    }

    static let table = Table()
}
