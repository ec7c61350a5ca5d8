/// The normalisation of the GFM spec's own runner (`normalize.py` beside `spec_tests.py`), so that
/// HTML differing only where browsers see no difference compares equal:
///
/// - runs of whitespace become one space, except inside `<pre>`;
/// - whitespace next to a block-level tag (`p`, `li`, `table`, `tr`, `td`, … its list) is dropped;
/// - a line break right after `<br>` is dropped;
/// - `<br />` is written `<br>` (self-closing tags become start tags);
/// - attributes are sorted, their values escaped (`&`, `<`, `>`, `"`);
/// - character references become characters, except `&lt;`, `&gt;`, `&amp;`, `&quot;`, which stay
///   escaped; named references this table does not know are kept as written.
enum HTMLNormalizer {
    static let blockTags: Set<String> = [
        "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li", "map", "button", "object",
        "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd", "progress", "div", "section", "dl",
        "table", "td", "dt", "tbody", "embed", "textarea", "fieldset", "tfoot", "figcaption", "th", "figure", "thead",
        "footer", "tr", "form", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "video", "script", "style",
    ]

    enum Last { case startTag, endTag, data, other }

    static func normalize(_ html: String) -> String {
        var output = ""
        var last = Last.startTag, lastTag = "", inPre = false
        let s = Array(html.unicodeScalars)
        var i = 0
        var data = ""

        func flushData() {
            guard !data.isEmpty else { return }
            var text = data
            data = ""
            let afterTag = last == .endTag || last == .startTag
            if afterTag && lastTag == "br" { text = String(text.drop { $0 == "\n" }) }
            if !inPre { text = collapse(text) }
            if afterTag && blockTags.contains(lastTag) && !inPre {
                text = last == .startTag ? String(text.drop { $0 == " " }) : text.trimmingSpaces()
            }
            output += text
            last = .data
        }
        func rstrip() { while let l = output.last, l == " " || l == "\n" || l == "\t" { output.removeLast() } }

        while i < s.count {
            let c = s[i]
            if c == "&", let (decoded, length) = reference(s, i) {
                data += decoded
                i += length
                continue
            }
            guard c == "<" else { data.unicodeScalars.append(c); i += 1; continue }
            let rest = String(String.UnicodeScalarView(s[i...]))
            if rest.hasPrefix("<!--"), let end = rest.range(of: "-->", range: rest.index(rest.startIndex, offsetBy: 4)..<rest.endIndex) {
                flushData()
                output += rest[..<end.upperBound]
                last = .other
                i += rest.unicodeScalars.distance(from: rest.unicodeScalars.startIndex, to: end.upperBound)
                continue
            }
            if rest.hasPrefix("<!") || rest.hasPrefix("<?"), let end = rest.firstIndex(of: ">") {
                flushData()
                output += rest[...end]
                last = .other
                i += rest.unicodeScalars.distance(from: rest.unicodeScalars.startIndex, to: end) + 1
                continue
            }
            guard let tag = Tag(s, i) else { data.unicodeScalars.append(c); i += 1; continue }
            flushData()
            if tag.closing {
                if tag.name == "pre" { inPre = false } else if blockTags.contains(tag.name) { rstrip() }
                output += "</\(tag.name)>"
                last = .endTag
            } else {
                if tag.name == "pre" { inPre = true }
                if blockTags.contains(tag.name) { rstrip() }
                output += "<" + tag.name
                for (k, v) in tag.attributes.sorted(by: { $0.0 < $1.0 }) {
                    output += " " + k
                    if let v { output += "=\"" + escape(v) + "\"" }
                }
                output += ">"
                last = tag.selfClosing ? .endTag : .startTag
            }
            lastTag = tag.name
            i = tag.end
        }
        flushData()
        return output
    }

    private static func collapse(_ text: String) -> String {
        var out = ""
        var space = false
        for c in text.unicodeScalars {
            if c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}" {
                if !space { out += " " }
                space = true
            } else {
                out.unicodeScalars.append(c)
                space = false
            }
        }
        return out
    }

    private static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private static let named: [String: String] = ["lt": "&lt;", "gt": "&gt;", "amp": "&amp;", "quot": "&quot;", "nbsp": "\u{A0}", "copy": "©"]

    /// A character reference at `i`: its normalised text and length.
    private static func reference(_ s: [Unicode.Scalar], _ i: Int) -> (String, Int)? {
        var j = i + 1
        while j < s.count && j - i < 40 && s[j] != ";" && (s[j].properties.isAlphabetic || (48...57).contains(s[j].value) || s[j] == "#") { j += 1 }
        guard j < s.count, s[j] == ";", j > i + 1 else { return nil }
        let name = String(String.UnicodeScalarView(s[(i + 1)..<j]))
        let length = j - i + 1
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            switch scalar {
            case "<": return ("&lt;", length)
            case ">": return ("&gt;", length)
            case "&": return ("&amp;", length)
            case "\"": return ("&quot;", length)
            default: return (String(scalar), length)
            }
        }
        return named[name].map { ($0, length) }
    }

    /// A start or end tag at `i`.
    private struct Tag {
        var name = "", closing = false, selfClosing = false
        var attributes: [(String, String?)] = []
        var end = 0

        init?(_ s: [Unicode.Scalar], _ start: Int) {
            var i = start + 1
            if i < s.count, s[i] == "/" { closing = true; i += 1 }
            let nameStart = i
            while i < s.count, s[i].properties.isAlphabetic || (48...57).contains(s[i].value) || s[i] == "-" { i += 1 }
            guard i > nameStart, s[nameStart].properties.isAlphabetic else { return nil }
            name = String(String.UnicodeScalarView(s[nameStart..<i])).lowercased()
            while i < s.count {
                while i < s.count, s[i] == " " || s[i] == "\n" || s[i] == "\t" { i += 1 }
                guard i < s.count else { return nil }
                if s[i] == ">" { end = i + 1; return }
                if s[i] == "/", i + 1 < s.count, s[i + 1] == ">" { selfClosing = true; end = i + 2; return }
                let keyStart = i
                while i < s.count, !" \n\t=>/".unicodeScalars.contains(s[i]) { i += 1 }
                guard i > keyStart else { return nil }
                let key = String(String.UnicodeScalarView(s[keyStart..<i])).lowercased()
                while i < s.count, s[i] == " " { i += 1 }
                if i < s.count, s[i] == "=" {
                    i += 1
                    while i < s.count, s[i] == " " { i += 1 }
                    guard i < s.count else { return nil }
                    var value = ""
                    if s[i] == "\"" || s[i] == "'" {
                        let q = s[i]
                        i += 1
                        while i < s.count, s[i] != q { value.unicodeScalars.append(s[i]); i += 1 }
                        guard i < s.count else { return nil }
                        i += 1
                    } else {
                        while i < s.count, !" \n\t>".unicodeScalars.contains(s[i]) { value.unicodeScalars.append(s[i]); i += 1 }
                    }
                    attributes.append((key, HTMLNormalizer.decodeReferences(value)))
                } else {
                    attributes.append((key, nil))
                }
            }
            return nil
        }
    }

    static func decodeReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let s = Array(text.unicodeScalars)
        var out = "", i = 0
        while i < s.count {
            if s[i] == "&", let (decoded, length) = reference(s, i) {
                out += decoded.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
                i += length
            } else {
                out.unicodeScalars.append(s[i])
                i += 1
            }
        }
        return out
    }
}

private extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " { s.removeFirst() }
        while let l = s.last, l == " " { s.removeLast() }
        return String(s)
    }
}
