/// Links the first use of each glossary term in a text to its explanation, and says which terms
/// the text uses. Works on the rendered HTML: only text is looked at, never inside a link, a
/// heading, code, a chart or a table of data, and a term is matched whole (not inside a longer
/// word), in any case. Each term links once per page.
///
/// Every article page goes through it, so it reads bytes: a text is lowercased once, and a name
/// is tried only where a word starts with its first byte. A text whose lowercase letters take
/// other byte lengths than its own (rare outside Vietnamese: `İ`) is read letter by letter,
/// as Swift's characters (`linkCharacters`), which gives the same links slower.
struct GlossaryLinker: Sendable {
    struct Name: Sendable, Equatable {
        /// The lowercased characters of one name of a term.
        var characters: [Character]
        var term: Int
        /// The same, as UTF-8.
        var bytes: [UInt8]
    }

    /// Longest names first, so "năng suất lao động" wins over "năng suất".
    let names: [Name]
    let urls: [String]
    /// For each byte, the names (by position in `names`, longest first) that start with it.
    private let startingWith: [[Int]]

    init(site: Site) {
        var names: [(String, Int)] = []
        for (k, d) in site.glossary.enumerated() {
            guard let g = d.glossary, g.link else { continue }
            for name in [d.title] + g.alsoCalled { names.append((name, k)) }
        }
        self.init(names: names, urls: site.glossary.map { site.config.baseURL.link(site.path(of: $0)) })
    }

    /// `names`: each name with its term's position in `urls` (a name of nothing but spaces is none).
    init(names: [(String, term: Int)], urls: [String]) {
        self.names = names.map { name, term in
            let key = Self.key(name)
            return Name(characters: Array(key), term: term, bytes: Array(key.utf8))
        }.filter { !$0.bytes.isEmpty }.sorted { $0.characters.count > $1.characters.count }
        self.urls = urls
        var starting = [[Int]](repeating: [], count: 256)
        for (n, name) in self.names.enumerated() { starting[Int(name.bytes[0])].append(n) }
        startingWith = starting
    }

    /// Whether `other` links the same names, in the same order, to the same addresses: then
    /// every text is linked alike, and only the terms' words in the box after it may differ.
    func linksAlike(_ other: GlossaryLinker) -> Bool {
        names == other.names && urls == other.urls
    }

    /// How names are compared: lowercased, white space as one space.
    static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Elements whose text is never linked.
    private static let skipped: Set<String> = ["a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd", "samp", "svg", "figure", "table", "script", "style", "abbr"]

    /// `html` with the first use of each term linked, and the terms found, in the order first met.
    /// `except` is a term not to link (on its own page).
    func link(_ html: String, except: Int? = nil) -> (html: String, used: [Int]) {
        guard !names.isEmpty else { return (html, []) }
        var html = html
        var state = State(except: except)
        let out = html.withUTF8 { bytes -> [UInt8] in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 256)
            var depth = 0, i = 0
            while i < bytes.count {
                guard let open = Self.find(UInt8(ascii: "<"), in: bytes, from: i) else {
                    linkText(bytes, i..<bytes.count, depth == 0, &state, into: &out)
                    break
                }
                linkText(bytes, i..<open, depth == 0, &state, into: &out)
                guard let close = Self.find(UInt8(ascii: ">"), in: bytes, from: open) else {
                    out.append(contentsOf: bytes[open...])
                    break
                }
                out.append(contentsOf: bytes[open...close])
                let (skipped, closing) = Self.skips(bytes, open..<(close + 1))
                if skipped && !(bytes[close - 1] == UInt8(ascii: "/")) { depth += closing ? -1 : 1 }
                depth = max(0, depth)
                i = close + 1
            }
            return out
        }
        return (String(decoding: out, as: UTF8.self), state.used)
    }

    /// The terms linked so far (and the one never linked), and those used, in order.
    struct State {
        var linked = Set<Int>()
        var used: [Int] = []
        init(except: Int?) { if let except { linked.insert(except) } }
    }

    private static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        while i < bytes.count {
            if bytes[i] == byte { return i }
            i += 1
        }
        return nil
    }

    /// `skipped` as bytes.
    private static let skippedBytes: [[UInt8]] = skipped.map { Array($0.utf8) }

    /// Whether the tag in `range` opens or closes an element of `skipped` (its name: the letters
    /// and digits after `<` or `</`, in any case), and whether it closes.
    private static func skips(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (skipped: Bool, closing: Bool) {
        var i = range.lowerBound + 1
        let closing = i < range.upperBound && bytes[i] == UInt8(ascii: "/")
        if closing { i += 1 }
        let start = i
        while i < range.upperBound, Self.isASCIIWordByte(bytes[i]) { i += 1 }
        // Element names are ASCII; a tag name with other letters matches no skipped element.
        if i < range.upperBound, bytes[i] >= 0x80, isWord(bytes, at: i, length: scalarLength(bytes[i])) { return (false, closing) }
        let count = i - start
        guard count > 0 && count <= 6 else { return (false, closing) }
        let skipped = skippedBytes.contains { name in
            name.count == count && name.indices.allSatisfy { k in bytes[start + k] | 0x20 == name[k] }
        }
        return (skipped, closing)
    }

    /// One run of text between tags, copied to `out`, its first use of each term not yet linked
    /// wrapped in a link (only when `linking`).
    private func linkText(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ linking: Bool, _ state: inout State, into out: inout [UInt8]) {
        guard linking, !range.isEmpty else { out.append(contentsOf: bytes[range]); return }
        let text = UnsafeBufferPointer(rebasing: bytes[range])
        // The text in lowercase, letter for letter at the same bytes; read as Swift's characters
        // when it cannot be.
        var lowered = Self.lowercased(text) ?? []
        if lowered.isEmpty {
            var lower = String(decoding: text, as: UTF8.self).lowercased()
            if lower.withUTF8({ Self.alignedScalars(text, $0) }) { lowered = Array(lower.utf8) }
        }
        guard !lowered.isEmpty else {
            out.append(contentsOf: linkCharacters(String(decoding: text, as: UTF8.self)[...], &state).utf8)
            return
        }
        lowered.withUnsafeBufferPointer { lower in
            var i = 0, copied = 0
            // Whether the character before `i` is a letter or digit (its first scalar: marks and
            // joiners after it belong to it).
            var previousIsWord = false
            while i < lower.count {
                let byte = lower[i]
                let length = Self.scalarLength(byte)
                if !previousIsWord, !startingWith[Int(byte)].isEmpty, let name = match(lower, at: i, state) {
                    let end = i + name.bytes.count
                    out.append(contentsOf: text[copied..<i])
                    out.append(contentsOf: "<a class=\"term\" href=\"\(urls[name.term])\">".utf8)
                    out.append(contentsOf: text[i..<end])
                    out.append(contentsOf: "</a>".utf8)
                    state.linked.insert(name.term)
                    state.used.append(name.term)
                    copied = end
                    previousIsWord = Self.lastCharacterIsWord(lower, before: end)
                    i = end
                    continue
                }
                let scalar = Self.scalar(lower, at: i, length: length)
                if !Self.joinsPrevious(scalar) { previousIsWord = Self.isLetterOrDigit(scalar) }
                i += length
            }
            out.append(contentsOf: text[copied...])
        }
    }

    /// The longest name of a term not yet linked that `lower` holds whole at `i`.
    private func match(_ lower: UnsafeBufferPointer<UInt8>, at i: Int, _ state: State) -> Name? {
        for n in startingWith[Int(lower[i])] {
            let name = names[n]
            let end = i + name.bytes.count
            guard end <= lower.count, !state.linked.contains(name.term) else { continue }
            var same = true
            for k in 1..<name.bytes.count where lower[i + k] != name.bytes[k] { same = false; break }
            if same && (end == lower.count || !Self.isWord(lower, at: end, length: Self.scalarLength(lower[end]))) { return name }
        }
        return nil
    }

    /// `text` lowercased as `String.lowercased()` does, when all its letters are in the tables
    /// of `lowercase` and General Punctuation (Vietnamese text is); nil otherwise.
    private static func lowercased(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: text.count)
        var i = 0
        while i < text.count {
            let lead = text[i]
            if lead < 0x80 {
                out[i] = lead >= 0x41 && lead <= 0x5A ? lead | 0x20 : lead
                i += 1
                continue
            }
            let length = scalarLength(lead)
            guard length <= 3, i + length <= text.count else { return nil }
            let value = scalar(text, at: i, length: length).value
            var lower = value
            if value < 0x250 || (value >= 0x1E00 && value <= 0x1EFF) {
                lower = lowercase[Int(value < 0x250 ? value : value - 0x1E00 + 0x250)]
                guard lower != 0 else { return nil }
            } else if !(value >= 0x2000 && value <= 0x206F) {
                return nil
            }
            if length == 2 {
                out[i] = 0xC0 | UInt8(lower >> 6)
                out[i + 1] = 0x80 | UInt8(lower & 0x3F)
            } else {
                out[i] = 0xE0 | UInt8(lower >> 12)
                out[i + 1] = 0x80 | UInt8(lower >> 6 & 0x3F)
                out[i + 2] = 0x80 | UInt8(lower & 0x3F)
            }
            i += length
        }
        return out
    }

    /// The lowercase of each scalar below U+0250, then of U+1E00–U+1EFF (Latin Extended
    /// Additional, Vietnamese's letters with two marks), as `String.lowercased()` gives it: 0
    /// when that is not one scalar of as many bytes (`İ`, `ẞ`).
    private static let lowercase: [UInt32] = (Array(0..<0x250) + Array(0x1E00...0x1EFF)).map { value -> UInt32 in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
        let lower = String(Character(scalar)).lowercased().unicodeScalars
        guard lower.count == 1, let only = lower.first, String(only).utf8.count == String(scalar).utf8.count else { return 0 }
        return only.value
    }

    /// Whether `text` and its lowercase have their letters at the same bytes.
    private static func alignedScalars(_ text: UnsafeBufferPointer<UInt8>, _ lower: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count == lower.count else { return false }
        var i = 0
        while i < text.count {
            let length = scalarLength(text[i])
            if length != scalarLength(lower[i]) { return false }
            i += length
        }
        return true
    }

    /// The bytes of the UTF-8 scalar that `lead` starts (1 for a stray continuation byte).
    private static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar of `length` bytes at `i`.
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Unicode.Scalar {
        let lead = bytes[i]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        guard i + length <= bytes.count else { return "\u{FFFD}" }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Whether the character at `i` makes a word go on: a letter or digit, or a mark or joiner
    /// that belongs to the character before it (then no name ends before it).
    private static func isWord(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Bool {
        let lead = bytes[i]
        if lead < 0x80 { return isASCIIWordByte(lead) }
        let s = scalar(bytes, at: i, length: length)
        return joinsPrevious(s) || isLetterOrDigit(s)
    }

    /// Whether the character that ends at `end` is a letter or digit, as Swift reads a
    /// character: by its first scalar.
    private static func lastCharacterIsWord(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
        var e = end
        while e > 0 {
            var start = e - 1
            while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
            let s = scalar(bytes, at: start, length: e - start)
            if !joinsPrevious(s) { return isLetterOrDigit(s) }
            e = start
        }
        return false
    }

    /// A letter or a digit, as Swift's `Character.isLetter` (Alphabetic) and `isNumber` read one.
    private static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        let value = s.value
        if value < 0x80 { return isASCIIWordByte(UInt8(value)) }
        // Latin-1's signs and spaces: only ª µ º and ¹ ² ³ ¼ ½ ¾ are letters or numbers.
        if value < 0xC0 {
            switch value {
            case 0xAA, 0xB2, 0xB3, 0xB5, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE: return true
            default: return false
            }
        }
        // General Punctuation (dashes, quotes, spaces, joiners): none.
        if value >= 0x2000 && value <= 0x206F { return false }
        // Vietnamese letters: Latin-1 (but × and ÷), Latin Extended-A and B, Latin Extended Additional.
        if value >= 0xC0 && value <= 0x24F { return value != 0xD7 && value != 0xF7 }
        if value >= 0x1EA0 && value <= 0x1EFF { return true }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil
    }

    /// A scalar that belongs to the character before it: a mark, a joiner, a skin tone.
    private static func joinsPrevious(_ s: Unicode.Scalar) -> Bool {
        let value = s.value
        if value < 0x300 || (value >= 0x1EA0 && value <= 0x1EFF) { return false }
        // General Punctuation: only the joiners (zero width, and non-joiner) belong to a character.
        if value >= 0x2000 && value <= 0x206F { return value == 0x200C || value == 0x200D }
        let p = s.properties
        return p.isGraphemeExtend || p.isEmojiModifier || p.generalCategory == .spacingMark
    }

    private static func isASCIIWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// `linkText` over Swift's characters, for a text whose lowercase letters take other bytes.
    func linkCharacters(_ text: Substring, _ state: inout State) -> String {
        let original = Array(text)
        let lower = Array(text.lowercased())
        // A letter that lowercases to several would shift positions: left as it is.
        guard lower.count == original.count else { return String(text) }
        var out = ""
        var i = 0, copied = 0
        while i < lower.count {
            var matched: Name?
            if i == 0 || !Self.isWordCharacter(lower[i - 1]) {
                for name in names where !state.linked.contains(name.term) {
                    let end = i + name.characters.count
                    if end <= lower.count, lower[i] == name.characters[0], end == lower.count || !Self.isWordCharacter(lower[end]),
                       lower[i..<end].elementsEqual(name.characters) {
                        matched = name
                        break
                    }
                }
            }
            if let name = matched {
                let end = i + name.characters.count
                out += String(original[copied..<i])
                out += "<a class=\"term\" href=\"\(urls[name.term])\">" + String(original[i..<end]) + "</a>"
                state.linked.insert(name.term)
                state.used.append(name.term)
                i = end
                copied = end
            } else {
                i += 1
            }
        }
        out += String(original[copied...])
        return out
    }

    /// `link` read entirely as Swift's characters: what the byte reading must agree with (tests).
    func linkByCharacters(_ html: String, except: Int? = nil) -> (html: String, used: [Int]) {
        guard !names.isEmpty else { return (html, []) }
        var state = State(except: except)
        var out = ""
        var depth = 0
        var rest = Substring(html)
        while !rest.isEmpty {
            guard let open = rest.firstIndex(of: "<") else {
                out += depth == 0 ? linkCharacters(rest, &state) : String(rest)
                break
            }
            let text = rest[..<open]
            out += depth == 0 ? linkCharacters(text, &state) : String(text)
            guard let close = rest[open...].firstIndex(of: ">") else { out += rest[open...]; break }
            let tag = rest[open...close]
            out += tag
            var body = tag.dropFirst()
            let closing = body.first == "/"
            if closing { body = body.dropFirst() }
            let name = String(body.prefix { $0.isLetter || $0.isNumber }).lowercased()
            if Self.skipped.contains(name) && !tag.hasSuffix("/>") { depth += closing ? -1 : 1 }
            depth = max(0, depth)
            rest = rest[rest.index(after: close)...]
        }
        return (out, state.used)
    }

    private static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }
}
