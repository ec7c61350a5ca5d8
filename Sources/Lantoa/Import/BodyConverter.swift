/// Converts a Hugo or Jekyll body to the Markdown Lan Tỏa reads: the common shortcodes and
/// Liquid tags become Markdown (`figure` → a picture with its caption, `youtube`/`vimeo` → a
/// plain link to the video, `ref`/`relref`/`link`/`post_url` → the page's new address,
/// `highlight` → a fenced code block), addresses of moved files and pages are rewritten, and
/// what is left is reported at its line.
struct BodyConverter {
    /// The new address of a page named by a `ref`, `relref`, `link` or `post_url` argument.
    let page: (String) -> String?
    /// The new address for an old site path (`/images/a.png` → `/media/images/a.png`,
    /// `/posts/bai/` → `/tin-tuc/bai/`), or nil to keep it.
    let address: (String) -> String?
    /// The source site's settings by dotted key, for `{{ site.repository }}` and `{{< param x >}}`.
    var variables: [String: String] = [:]
    /// The source file (for messages) and the line its body starts on.
    let file: String
    let firstLine: Int
    var problems: [Diagnostic] = []

    init(file: String, firstLine: Int, page: @escaping (String) -> String?, address: @escaping (String) -> String?) {
        self.file = file
        self.firstLine = firstLine
        self.page = page
        self.address = address
    }

    mutating func convert(_ body: String) -> String {
        var out: [String] = []
        var fence: (Character, Int)?
        var highlight: String? // the closing tag of an open highlight block
        for (k, raw) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = String(raw)
            let number = firstLine + k
            if let close = highlight {
                if line.trimmed.replacingOccurrences(of: " ", with: "") == close {
                    out.append("```")
                    highlight = nil
                } else {
                    out.append(Self.unescapeShortcodes(line))
                }
                continue
            }
            if let open = fence {
                if let f = GFMFootnotes.fence(line), f.0 == open.0, f.1 >= open.1, f.2 { fence = nil }
                out.append(Self.unescapeShortcodes(line).replacingOccurrences(of: "{% raw %}", with: "").replacingOccurrences(of: "{% endraw %}", with: ""))
                continue
            }
            if let f = GFMFootnotes.fence(line) {
                fence = (f.0, f.1)
                out.append(line)
                continue
            }
            // A highlight block: `{{< highlight go "linenos=table" >}}` or `{% highlight ruby %}`.
            if let (language, close) = Self.highlightStart(line) {
                out.append("```" + language)
                highlight = close
                continue
            }
            // Hugo's and Jekyll's summary divider: the summary is the first paragraph here.
            if line.trimmed == "<!--more-->" || line.trimmed == "<!-- more -->" { continue }
            line = convertInline(line, line: number)
            line = rewriteAddresses(line)
            for left in Shortcode.find(in: line) {
                problems.append(.warning(SourceLocation(file: file, line: number), .notConverted(left.message), hint: left.hint))
            }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }

    /// `{{</* x */>}}` is how Hugo shows a shortcode as an example: the shortcode itself.
    static func unescapeShortcodes(_ line: String) -> String {
        line.replacingOccurrences(of: "{{</*", with: "{{<").replacingOccurrences(of: "*/>}}", with: ">}}")
            .replacingOccurrences(of: "{{%/*", with: "{{%").replacingOccurrences(of: "*/%}}", with: "%}}")
    }

    static func highlightStart(_ line: String) -> (String, String)? {
        let t = line.trimmed
        for (open, close, end) in [("{{<", "{{</highlight>}}", ">}}"), ("{{%", "{{%/highlight%}}", "%}}"), ("{%", "{%endhighlight%}", "%}")] {
            guard t.hasPrefix(open), t.hasSuffix(end) else { continue }
            let inside = t.dropFirst(open.count).dropLast(end.count).trimmed
            let words = inside.split(separator: " ")
            guard words.first == "highlight" else { continue }
            return (words.count > 1 ? words[1].trimmingCharacters(in: ["\"", "'"]) : "", close)
        }
        return nil
    }

    // MARK: - Shortcodes and tags within a line

    mutating func convertInline(_ line: String, line number: Int) -> String {
        var text = line
        // Jekyll's site.baseurl and relative_url filters: the site is served from the base URL already.
        for pattern in ["{{ site.baseurl }}", "{{site.baseurl}}", "{{ site.url }}{{ site.baseurl }}", "{{ site.url }}", "{{site.url}}"] {
            text = text.replacingOccurrences(of: pattern, with: "")
        }
        text = text.replacingOccurrences(of: "{% raw %}", with: "").replacingOccurrences(of: "{% endraw %}", with: "")
        var out = ""
        var rest = Substring(text)
        while let open = Self.nextTag(in: rest) {
            out += rest[..<open.range.lowerBound]
            rest = rest[open.range.upperBound...]
            if let replacement = convert(open.kind, open.inside, line: number) {
                out += replacement
            } else {
                out += text[open.range]
            }
        }
        return out + rest
    }

    enum TagKind { case hugo, liquid, output }

    /// The next `{{< … >}}`, `{{% … %}}`, `{% … %}` or `{{ … }}` in `text`.
    static func nextTag(in text: Substring) -> (range: Range<String.Index>, kind: TagKind, inside: String)? {
        var search = text.startIndex
        while let brace = text[search...].firstIndex(of: "{") {
            let after = text[brace...]
            for (open, close, kind) in [("{{<", ">}}", TagKind.hugo), ("{{%", "%}}", .hugo), ("{%", "%}", .liquid), ("{{", "}}", .output)] where after.hasPrefix(open) {
                guard let end = after.range(of: close, range: after.index(after.startIndex, offsetBy: open.count - 1)..<after.endIndex) else { continue }
                let inside = String(after[after.index(after.startIndex, offsetBy: open.count)..<end.lowerBound]).trimmed
                return (brace..<end.upperBound, kind, inside)
            }
            search = text.index(after: brace)
        }
        return nil
    }

    /// The Markdown for one shortcode or tag, or nil to keep it as it is (and report it).
    private mutating func convert(_ kind: TagKind, _ inside: String, line: Int) -> String? {
        let args = Self.arguments(inside)
        guard let name = args.positional.first?.lowercased() else { return nil }
        let positional = Array(args.positional.dropFirst())
        func named(_ keys: String...) -> String? { keys.lazy.compactMap { args.named[$0] }.first }
        switch (kind, name) {
        case (.hugo, "youtube"), (.hugo, "youtube_simple"):
            guard let id = named("id") ?? positional.first else { return nil }
            return "[Xem video trên YouTube](https://www.youtube.com/watch?v=\(id))"
        case (.hugo, "vimeo"), (.hugo, "vimeo_simple"):
            guard let id = named("id") ?? positional.first else { return nil }
            return "[Xem video trên Vimeo](https://vimeo.com/\(id))"
        case (.hugo, "gist"):
            guard positional.count >= 2 else { return nil }
            return "[Xem đoạn mã trên GitHub](https://gist.github.com/\(positional[0])/\(positional[1]))"
        case (.hugo, "tweet"), (.hugo, "x"), (.hugo, "twitter"), (.hugo, "twitter_simple"), (.hugo, "x_simple"):
            guard let user = named("user"), let id = named("id") else { return nil }
            return "[Xem bài đăng](https://x.com/\(user)/status/\(id))"
        case (.hugo, "instagram"):
            guard let id = named("id") ?? positional.first else { return nil }
            return "[Xem trên Instagram](https://www.instagram.com/p/\(id)/)"
        case (.hugo, "figure"):
            guard let src = named("src") else { return nil }
            let caption = named("caption") ?? named("title") ?? ""
            let alt = named("alt") ?? (caption.isEmpty ? "" : caption)
            let image = "![\(alt.replacingOccurrences(of: "]", with: "\\]"))](\(address(src) ?? src)\(caption.isEmpty ? "" : " \"\(caption.replacingOccurrences(of: "\"", with: "\\\""))\""))"
            if alt.isEmpty { problems.append(.warning(SourceLocation(file: file, line: line), .figureHasNoDescription(src), hint: .writeWhatPictureShowsBetween)) }
            return image
        case (.hugo, "ref"), (.hugo, "relref"), (.liquid, "link"), (.liquid, "post_url"):
            guard let target = positional.first ?? named("path") else { return nil }
            let (path, anchor) = target.split(separator: "#", maxSplits: 1).map(String.init).count == 2
                ? (String(target.split(separator: "#")[0]), "#" + target.split(separator: "#", maxSplits: 1)[1]) : (target, "")
            if path.isEmpty { return anchor }
            guard let url = page(path) else {
                problems.append(.warning(SourceLocation(file: file, line: line), .notConverted(.namesNotPageSourceSite(name, target)),
                                         hint: .writePageAddressInsteadOfMissingRef))
                return nil
            }
            return url + anchor
        case (.liquid, "include"):
            guard let include = positional.first, include.lowercased().contains("youtube"), let id = named("id") ?? positional.dropFirst().first else { return nil }
            return "[Xem video trên YouTube](https://www.youtube.com/watch?v=\(id))"
        case (.liquid, "comment"), (.liquid, "endcomment"):
            return ""
        case (.hugo, "param"):
            guard let key = positional.first, let value = variables["params." + key] ?? variables[key] else { return nil }
            return value
        case (.output, _) where inside.hasPrefix("site.") && !inside.contains("|") && !inside.contains(" "):
            // A setting of the site, written out.
            return variables[String(inside.dropFirst(5))]
        case (.output, _):
            // {{ "/assets/a.png" | relative_url }}
            let parts = inside.split(separator: "|").map { $0.trimmed }
            if parts.count == 2, ["relative_url", "absolute_url"].contains(parts[1]), let first = parts.first, first.count >= 2, first.hasPrefix("\"") || first.hasPrefix("'") {
                return String(first.dropFirst().dropLast())
            }
            return nil
        default:
            return nil
        }
    }

    /// `name a "b c" key="v" key2=v2`: positional words and named values.
    static func arguments(_ text: String) -> (positional: [String], named: [String: String]) {
        var positional: [String] = []
        var named: [String: String] = [:]
        var s = Substring(text.replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\""))
        func value() -> String {
            s = s.drop { $0 == " " }
            if let q = s.first, q == "\"" || q == "'" || q == "`" {
                let body = s.dropFirst()
                let end = body.firstIndex(of: q) ?? body.endIndex
                let v = String(body[..<end])
                s = end < body.endIndex ? body[body.index(after: end)...] : ""
                return v
            }
            let v = s.prefix { $0 != " " }
            s = s.dropFirst(v.count)
            return String(v)
        }
        while true {
            s = s.drop { $0 == " " || $0 == "/" && s.count == 1 }
            guard !s.isEmpty else { break }
            let word = s.prefix { $0 != " " && $0 != "=" && $0 != "\"" && $0 != "'" }
            if !word.isEmpty, s.dropFirst(word.count).first == "=" {
                s = s.dropFirst(word.count + 1)
                named[String(word)] = value()
            } else {
                positional.append(value())
            }
        }
        return (positional, named)
    }

    // MARK: - Addresses

    /// Rewrites Markdown link targets `](…)`, reference definitions and HTML `src`/`href`.
    func rewriteAddresses(_ line: String) -> String {
        var out = line
        for (open, close) in [("](", ")"), ("src=\"", "\""), ("href=\"", "\"")] {
            var result = ""
            var rest = Substring(out)
            while let r = rest.range(of: open) {
                result += rest[..<r.upperBound]
                rest = rest[r.upperBound...]
                let target = rest.prefix { $0 != Character(close) && $0 != " " }
                if let new = address(String(target)) {
                    result += new
                    rest = rest.dropFirst(target.count)
                }
            }
            out = result + rest
        }
        // [label]: /old/address
        let t = out.drop { $0 == " " }
        if t.hasPrefix("["), let r = t.range(of: "]: ") {
            let target = t[r.upperBound...].prefix { $0 != " " }
            if let new = address(String(target)) { out = out.replacingOccurrences(of: "]: " + target, with: "]: " + new) }
        }
        return out
    }
}
