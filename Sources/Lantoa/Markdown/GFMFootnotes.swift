/// GitHub-Flavored footnotes: `[^1]` in the text, `[^1]: Nguồn …` anywhere at the left margin.
///
/// libcmark would read a definition as a paragraph (or, `[^1]: https://…`, as a link reference
/// definition), so definitions are taken out of the source before parsing: each definition's lines
/// (its first line after `]:`, then the lines indented by four spaces, and lazy continuation lines
/// of a paragraph) are blanked where they stood, keeping every other line's number, and appended at
/// the end inside a block quote of their own, where libcmark parses their blocks with the rest of
/// the document (so they use its link references). After parsing, references become numbered
/// links, and the block quotes become the list of notes at the end, each with a link back.
struct GFMFootnotes {
    /// A definition taken out of the source.
    struct Definition {
        var label: String
        /// Line of the definition's first line in the original source.
        var line: Int
        var lines: [String]
        /// The original line of each of `lines`.
        var lineNumbers: [Int]
    }

    var definitions: [Definition] = []
    /// The source with definitions blanked and appended as block quotes.
    var source: String
    /// The first line of the appended part.
    var appendedFrom = 0
    /// For each line from `appendedFrom` on, the original line.
    var appendedLines: [Int] = []

    /// Takes the definitions out of `text`; `source` is `text` itself when there are none.
    init(_ text: String) {
        source = text
        // The renderer reads notes only when the text has `[^`.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var fence: (Character, Int)?
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if let open = fence {
                if Self.fence(line).map({ $0.0 == open.0 && $0.1 >= open.1 && $0.2 }) == true { fence = nil }
                i += 1
                continue
            }
            if let f = Self.fence(line) {
                fence = (f.0, f.1)
                i += 1
                continue
            }
            guard let (label, rest) = Self.definitionStart(line) else { i += 1; continue }
            var body = [rest], numbers = [i + 1]
            var paragraph = !rest.isEmpty
            var j = i + 1
            while j < lines.count {
                let next = lines[j]
                if next.trimmed.isEmpty {
                    // Blank lines belong to the definition when an indented line follows them.
                    var k = j
                    while k < lines.count && lines[k].trimmed.isEmpty { k += 1 }
                    guard k < lines.count, Self.indent(lines[k]) >= 4 else { break }
                    for b in j..<k { body.append(""); numbers.append(b + 1) }
                    paragraph = false
                    j = k
                } else if Self.indent(next) >= 4 {
                    let dedented = Self.dedent(next, by: 4)
                    body.append(dedented)
                    numbers.append(j + 1)
                    paragraph = Self.indent(dedented) < 4 && (paragraph || !dedented.isEmpty)
                    j += 1
                } else if paragraph && !Self.startsBlock(next) {
                    body.append(next)
                    numbers.append(j + 1)
                    j += 1
                } else {
                    break
                }
            }
            if !definitions.contains(where: { $0.label == label }) {
                definitions.append(Definition(label: label, line: i + 1, lines: body, lineNumbers: numbers))
            }
            for k in i..<j { lines[k] = "" }
            i = j
        }
        guard !definitions.isEmpty else { return }
        // A fence left open would swallow what is appended: closing it at the end changes nothing else.
        if let open = fence { lines.append(String(repeating: open.0, count: open.1)) }
        lines.append("")
        appendedFrom = lines.count + 1
        for definition in definitions {
            lines.append("")
            appendedLines.append(definition.line)
            for (line, number) in zip(definition.lines, definition.lineNumbers) {
                lines.append(line.isEmpty ? ">" : "> " + line)
                appendedLines.append(number)
            }
        }
        source = lines.joined(separator: "\n")
    }

    /// The original line of a line of `source`.
    func originalLine(_ line: Int) -> Int {
        guard !definitions.isEmpty, line >= appendedFrom else { return line }
        let k = line - appendedFrom
        return k < appendedLines.count ? appendedLines[k] : definitions.last!.line
    }

    /// The block quotes made of the definitions, by label, or nil when the document did not parse
    /// as expected (an HTML block left open swallowed them): then footnotes are not read.
    func quotes(in document: MarkdownNode) -> [String: MarkdownNode]? {
        guard !definitions.isEmpty else { return [:] }
        let appended = document.children.filter { $0.startLine >= appendedFrom }
        guard appended.count == definitions.count, appended.allSatisfy({ $0.kind == .blockQuote }) else { return nil }
        var byLabel: [String: MarkdownNode] = [:]
        for (definition, quote) in zip(definitions, appended) { byLabel[definition.label] = quote }
        return byLabel
    }

    // MARK: - References and the list of notes

    /// Turns `[^label]` in text into numbered links and puts the notes at the end of `document`.
    /// Definitions no text refers to are dropped, as on GitHub.
    static func link(_ document: MarkdownNode, quotes: [String: MarkdownNode], style: MarkdownMarkup, words t: Interface) {
        guard !quotes.isEmpty else { return }
        var numbers: [String: Int] = [:]
        var order: [String] = []
        var uses: [String: Int] = [:]
        let texts = document.collect { $0.kind == .text && $0.literalContains(anyOf: [94]) }
        for node in texts {
            let s = Array((node.literal ?? "").unicodeScalars)
            var pieces: [MarkdownNode] = []
            var start = 0, i = 0
            while i + 2 < s.count {
                guard s[i] == "[", s[i + 1] == "^", let close = s[(i + 2)...].firstIndex(of: "]"), close > i + 2 else { i += 1; continue }
                let label = String(String.UnicodeScalarView(s[(i + 2)..<close])).lowercased()
                guard !label.unicodeScalars.contains(where: GFMInlines.isSpace), quotes[label] != nil else { i += 1; continue }
                if numbers[label] == nil { order.append(label); numbers[label] = order.count }
                uses[label, default: 0] += 1
                let number = numbers[label]!, use = uses[label]!
                if i > start { pieces.append(.text(String(String.UnicodeScalarView(s[start..<i])))) }
                pieces.append(.custom(block: false, enter: reference(number, use: use, style: style)))
                i = close + 1
                start = i
            }
            guard !pieces.isEmpty else { continue }
            if start < s.count { pieces.append(.text(String(String.UnicodeScalarView(s[start...])))) }
            for piece in pieces { node.insertBefore(piece) }
            node.free()
        }
        if !order.isEmpty {
            let section = MarkdownNode.custom(block: true, enter: style == .spec ? "<section class=\"footnotes\">\n<ol>"
                : "<section class=\"footnotes\" aria-labelledby=\"chu-thich\"><h2 id=\"chu-thich\" class=\"small-heading\">\(XML.escape(t(.footnotes)))</h2><ol>",
                exit: "</ol>\n</section>")
            for label in order {
                let number = numbers[label]!
                let quote = quotes[label]!
                let item = MarkdownNode.custom(block: true, enter: style == .spec ? "<li id=\"fn\(number)\">" : "<li id=\"fn-\(number)\">", exit: "</li>")
                item.sourceLine = quote.sourceLine
                quote.moveChildren(to: item)
                let back = (1...uses[label]!).map { backReference(number, use: $0, style: style, words: t) }.joined(separator: " ")
                if let last = item.lastChild, last.kind == .paragraph {
                    last.append(.custom(block: false, enter: " " + back))
                } else {
                    item.append(.custom(block: true, enter: back))
                }
                section.append(item)
            }
            document.append(section)
        }
        for quote in quotes.values { quote.free() }
    }

    private static func reference(_ number: Int, use: Int, style: MarkdownMarkup) -> String {
        let suffix = use > 1 ? "-\(use)" : ""
        switch style {
        case .spec: return "<sup class=\"footnote-ref\"><a href=\"#fn\(number)\" id=\"fnref\(number)\(suffix)\">\(number)</a></sup>"
        case .site: return "<sup class=\"footnote-ref\"><a href=\"#fn-\(number)\" id=\"fnref-\(number)\(suffix)\" aria-describedby=\"chu-thich\">\(number)</a></sup>"
        }
    }

    private static func backReference(_ number: Int, use: Int, style: MarkdownMarkup, words t: Interface) -> String {
        let suffix = use > 1 ? "-\(use)" : ""
        switch style {
        case .spec: return "<a href=\"#fnref\(number)\(suffix)\" class=\"footnote-backref\">↩</a>"
        case .site:
            return "<a href=\"#fnref-\(number)\(suffix)\" class=\"footnote-backref\" aria-label=\"\(XML.escape(t(use > 1 ? .footnoteBackAgain : .footnoteBack, ["number": String(number), "use": String(use)])))\">↩\u{FE0E}</a>"
        }
    }

    // MARK: - Reading lines

    /// `[^label]: rest` at the left margin (up to three spaces in), label without spaces.
    static func definitionStart(_ line: String) -> (label: String, rest: String)? {
        let text = line.drop { $0 == " " }
        guard line.count - text.count <= 3, text.hasPrefix("[^"), let close = text.firstIndex(of: "]") else { return nil }
        let label = text[text.index(text.startIndex, offsetBy: 2)..<close]
        let after = text[text.index(after: close)...]
        guard !label.isEmpty, !label.contains(where: \.isWhitespace), after.hasPrefix(":") else { return nil }
        return (label.lowercased(), after.dropFirst().trimmed)
    }

    /// A fence line: its character, length, and whether it could close a fence (nothing after it).
    static func fence(_ line: String) -> (Character, Int, Bool)? {
        let text = line.drop { $0 == " " }
        guard line.count - text.count <= 3, let c = text.first, c == "`" || c == "~" else { return nil }
        let count = text.prefix { $0 == c }.count
        guard count >= 3 else { return nil }
        let rest = text.dropFirst(count)
        if c == "`" && rest.contains("`") { return nil }
        return (c, count, rest.trimmed.isEmpty)
    }

    static func indent(_ line: String) -> Int {
        var n = 0
        for c in line {
            if c == " " { n += 1 } else if c == "\t" { n += 4 - n % 4 } else { break }
        }
        return n
    }

    static func dedent(_ line: String, by count: Int) -> String {
        var removed = 0
        var rest = Substring(line)
        while removed < count, let c = rest.first, c == " " || c == "\t" {
            removed += c == "\t" ? 4 - removed % 4 : 1
            rest = rest.dropFirst()
        }
        return String(rest)
    }

    /// Whether a line starts a block, ending a lazy paragraph line.
    static func startsBlock(_ line: String) -> Bool {
        let text = line.drop { $0 == " " }
        guard let c = text.first else { return true }
        if "#>|<".contains(c) || fence(line) != nil || definitionStart(line) != nil { return true }
        if "-+*".contains(c), text.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true { return true }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = text.dropFirst(digits.count).first, after == "." || after == ")" { return true }
        return false
    }
}
