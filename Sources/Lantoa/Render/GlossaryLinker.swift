/// Links the first use of each glossary term in a text to its explanation, and says which terms
/// the text uses. Works on the rendered HTML: only text is looked at, never inside a link, a
/// heading, code, a chart or a table of data, and a term is matched whole (not inside a longer
/// word), in any case. Each term links once per page.
struct GlossaryLinker: Sendable {
    struct Name: Sendable, Equatable {
        /// The lowercased characters of one name of a term.
        var characters: [Character]
        var term: Int
    }

    /// Longest names first, so "năng suất lao động" wins over "năng suất".
    let names: [Name]
    let urls: [String]

    init(site: Site) {
        var names: [Name] = []
        for (k, d) in site.glossary.enumerated() {
            guard let g = d.glossary, g.link else { continue }
            for name in [d.title] + g.alsoCalled where !Self.key(name).isEmpty {
                names.append(Name(characters: Array(Self.key(name)), term: k))
            }
        }
        self.names = names.sorted { $0.characters.count > $1.characters.count }
        urls = site.glossary.map { site.config.baseURL.link(site.path(of: $0)) }
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
        var out = ""
        out.reserveCapacity(html.utf8.count + 256)
        var used: [Int] = []
        var linked = Set<Int>()
        if let except { linked.insert(except) }
        var depth = 0
        var rest = Substring(html)
        while !rest.isEmpty {
            guard let open = rest.firstIndex(of: "<") else {
                out += depth == 0 ? linkText(rest, &linked, &used) : String(rest)
                break
            }
            let text = rest[..<open]
            out += depth == 0 ? linkText(text, &linked, &used) : String(text)
            guard let close = rest[open...].firstIndex(of: ">") else { out += rest[open...]; break }
            let tag = rest[open...close]
            out += tag
            let name = Self.tagName(tag)
            if Self.skipped.contains(name.name) && !tag.hasSuffix("/>") { depth += name.closing ? -1 : 1 }
            depth = max(0, depth)
            rest = rest[rest.index(after: close)...]
        }
        return (out, used)
    }

    private static func tagName(_ tag: Substring) -> (name: String, closing: Bool) {
        var body = tag.dropFirst()
        let closing = body.first == "/"
        if closing { body = body.dropFirst() }
        return (String(body.prefix { $0.isLetter || $0.isNumber }).lowercased(), closing)
    }

    /// One run of text between tags, its first use of each term not yet linked wrapped in a link.
    private func linkText(_ text: Substring, _ linked: inout Set<Int>, _ used: inout [Int]) -> String {
        let original = Array(text)
        let lower = Array(text.lowercased())
        // A letter that lowercases to several (rare outside Vietnamese) would shift positions: left as it is.
        guard lower.count == original.count else { return String(text) }
        var out = ""
        var i = 0, copied = 0
        while i < lower.count {
            var matched: Name?
            if i == 0 || !Self.isWordCharacter(lower[i - 1]) {
                for name in names where !linked.contains(name.term) {
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
                linked.insert(name.term)
                used.append(name.term)
                i = end
                copied = end
            } else {
                i += 1
            }
        }
        out += String(original[copied...])
        return out
    }

    private static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }
}
