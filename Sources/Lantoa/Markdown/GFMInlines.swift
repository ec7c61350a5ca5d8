/// GitHub-Flavored inline extensions, applied to libcmark's text nodes after parsing:
/// strikethrough (`~a~`, `~~a~~`) and extended autolinks (`www.…`, `https://…`, `an@example.org`).
///
/// libcmark leaves both as text; they are found the way cmark-gfm finds them (its delimiter
/// rules for `~`, its domain and trailing-punctuation rules for links), within one inline
/// container at a time. Where cmark-gfm would look at a character of the source beside a text
/// node, the neighbouring node stands for it (`*` for emphasis, `` ` `` for code, a line end
/// for a container's start or end).
enum GFMInlines {
    // MARK: - Strikethrough

    /// Wraps matched `~` runs of every inline container under `root` in `<del>`.
    static func strikethrough(_ root: MarkdownNode) {
        let containers = root.collect { node in
            node.kind != .text && node.firstChild.map { !$0.isBlock } == true
                && node.children.contains { $0.kind == .text && $0.literalContains(anyOf: [126]) }
        }
        for container in containers { strikethrough(in: container) }
    }

    private struct Delimiter {
        var node: MarkdownNode
        var length: Int
        var canOpen: Bool
        var canClose: Bool
        var active = true
    }

    private static func strikethrough(in container: MarkdownNode) {
        let kids = container.children
        var delimiters: [Delimiter] = []
        for (k, node) in kids.enumerated() where node.kind == .text && node.literalContains(anyOf: [126]) {
            let s = Array((node.literal ?? "").unicodeScalars)
            var pieces: [(Range<Int>, Delimiter?)] = []
            var start = 0, i = 0
            while i < s.count {
                guard s[i] == "~" else { i += 1; continue }
                var j = i
                while j < s.count && s[j] == "~" { j += 1 }
                let before = i > 0 ? s[i - 1] : previousCharacter(kids, k, in: container)
                let after = j < s.count ? s[j] : nextCharacter(kids, k, in: container)
                let (left, right) = flanking(before: before, after: after)
                if (left || right) && j - i <= 2 {
                    if i > start { pieces.append((start..<i, nil)) }
                    pieces.append((i..<j, Delimiter(node: node, length: j - i, canOpen: left, canClose: right)))
                    start = j
                }
                i = j
            }
            guard pieces.contains(where: { $0.1 != nil }) else { continue }
            if start < s.count { pieces.append((start..<s.count, nil)) }
            for (range, delimiter) in pieces {
                let piece = MarkdownNode.text(String(String.UnicodeScalarView(s[range])))
                node.insertBefore(piece)
                if var delimiter {
                    delimiter.node = piece
                    delimiters.append(delimiter)
                }
            }
            node.free()
        }
        // cmark-gfm's process_emphasis, for the one delimiter character `~`.
        var bottom = [-1, -1, -1]
        var c = 0
        while c < delimiters.count {
            let closer = delimiters[c]
            guard closer.active, closer.canClose else { c += 1; continue }
            var o = c - 1
            var found = false
            while o >= 0 && o > bottom[closer.length % 3] {
                let opener = delimiters[o]
                if opener.active && opener.canOpen
                    && (!(closer.canOpen || opener.canClose) || closer.length % 3 == 0 || (opener.length + closer.length) % 3 != 0) {
                    found = true
                    break
                }
                o -= 1
            }
            if found {
                let opener = delimiters[o]
                if opener.length == closer.length {
                    let del = MarkdownNode.custom(block: false, enter: "<del>", exit: "</del>")
                    opener.node.insertBefore(del)
                    var n = opener.node.next
                    while let node = n, node != closer.node {
                        n = node.next
                        del.append(node)
                    }
                    opener.node.free()
                    closer.node.free()
                }
                for k in o...c { delimiters[k].active = false }
            } else {
                bottom[closer.length % 3] = c - 1
                if !closer.canOpen { delimiters[c].active = false }
            }
            c += 1
        }
    }

    /// CommonMark's left- and right-flanking rules.
    static func flanking(before: Unicode.Scalar, after: Unicode.Scalar) -> (left: Bool, right: Bool) {
        let left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before))
        let right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after))
        return (left, right)
    }

    /// The source character just before the child at `index`, as far as the tree tells it.
    static func previousCharacter(_ kids: [MarkdownNode], _ index: Int, in container: MarkdownNode) -> Unicode.Scalar {
        guard index > 0 else { return edge(of: container) }
        let node = kids[index - 1]
        switch node.kind {
        case .text: return node.literal?.unicodeScalars.last ?? "\n"
        case .softBreak, .lineBreak: return "\n"
        case .code: return "`"
        case .emph, .strong: return "*"
        case .link, .image: return ")"
        case .htmlInline: return ">"
        default: return "]"
        }
    }

    static func nextCharacter(_ kids: [MarkdownNode], _ index: Int, in container: MarkdownNode) -> Unicode.Scalar {
        guard index + 1 < kids.count else { return edge(of: container) }
        let node = kids[index + 1]
        switch node.kind {
        case .text: return node.literal?.unicodeScalars.first ?? "\n"
        case .softBreak, .lineBreak: return "\n"
        case .code: return "`"
        case .emph, .strong: return "*"
        case .link: return "["
        case .image: return "!"
        case .htmlInline: return "<"
        default: return "["
        }
    }

    /// What stands at the inner edge of a container in the source.
    private static func edge(of container: MarkdownNode) -> Unicode.Scalar {
        switch container.kind {
        case .emph, .strong: "*"
        case .link: "["
        default: "\n"
        }
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 9, 10, 12, 13, 32, 160, 5760, 8192...8202, 8239, 8287, 12288: true
        default: false
        }
    }

    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return (33...47).contains(c.value) || (58...64).contains(c.value) || (91...96).contains(c.value) || (123...126).contains(c.value) }
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    // MARK: - Extended autolinks

    /// Links bare `www.` addresses, `http(s)://` URLs and e-mail addresses in text outside links.
    /// `site` adds what typographic quotes change: curly quotes after a URL are not part of it,
    /// and the dashes and ellipsis they made of `--` and `...` inside it are put back.
    static func autolinks(_ root: MarkdownNode, site: Bool) {
        var texts: [MarkdownNode] = []
        var inLink = 0
        root.walk { node, entering in
            switch node.kind {
            case .link, .image: inLink += entering ? 1 : -1
            case .text where entering && inLink == 0 && node.literalContains(anyOf: [58, 64, 119]): texts.append(node)
            default: break
            }
        }
        for node in texts { autolink(node, site: site) }
    }

    private enum Piece { case text(String), link(url: String, text: String) }

    private static func autolink(_ node: MarkdownNode, site: Bool) {
        let s = Array((node.literal ?? "").unicodeScalars)
        var pieces: [Piece] = []
        var textStart = 0, i = 0
        func string(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(s[range])) }
        func found(_ range: Range<Int>, url: String) {
            if range.lowerBound > textStart { pieces.append(.text(string(textStart..<range.lowerBound))) }
            var text = string(range), href = url
            if site {
                for (typographic, plain) in [("—", "---"), ("–", "--"), ("…", "...")] {
                    text = text.replacingAll(typographic, with: plain)
                    href = href.replacingAll(typographic, with: plain)
                }
            }
            pieces.append(.link(url: href, text: text))
            textStart = range.upperBound
            i = range.upperBound
        }
        let kids = node.parent?.children ?? [node]
        let index = kids.firstIndex(of: node) ?? 0
        let before = node.parent.map { previousCharacter(kids, index, in: $0) } ?? "\n"
        while i < s.count {
            let c = s[i]
            if c == "w", let end = www(s, at: i, before: i > 0 ? s[i - 1] : before, site: site) {
                found(i..<end, url: "http://" + string(i..<end))
            } else if c == ":", let (start, end) = url(s, at: i, floor: textStart, site: site) {
                found(start..<end, url: string(start..<end))
            } else if c == "@", let (start, end) = email(s, at: i, floor: textStart, site: site) {
                found(start..<end, url: "mailto:" + string(start..<end))
            } else {
                i += 1
            }
        }
        guard !pieces.isEmpty else { return }
        if textStart < s.count { pieces.append(.text(string(textStart..<s.count))) }
        for piece in pieces {
            switch piece {
            case .text(let text): node.insertBefore(.text(text))
            case .link(let url, let text):
                let link = MarkdownNode.link(url: url)
                link.append(.text(text))
                node.insertBefore(link)
            }
        }
        node.free()
    }

    private static func www(_ s: [Unicode.Scalar], at i: Int, before: Unicode.Scalar, site: Bool) -> Int? {
        // The site also links an address in typographic quotes, which straight ones became.
        guard isSpace(before) || "*_~(\n".unicodeScalars.contains(before) || (site && "“‘«".unicodeScalars.contains(before)),
              i + 4 <= s.count, s[i] == "w", s[i + 1] == "w", s[i + 2] == "w", s[i + 3] == "." else { return nil }
        let domain = checkDomain(s, from: i, allowShort: false)
        guard domain > 0 else { return nil }
        var end = i + domain
        while end < s.count && !isSpace(s[end]) && s[end] != "<" { end += 1 }
        end = trimmed(s, i, end, site: site)
        return end > i ? end : nil
    }

    private static func url(_ s: [Unicode.Scalar], at i: Int, floor: Int, site: Bool) -> (Int, Int)? {
        guard i + 3 < s.count, s[i + 1] == "/", s[i + 2] == "/" else { return nil }
        var start = i
        while start > floor && s[start - 1].isASCII && s[start - 1].properties.isAlphabetic { start -= 1 }
        let scheme = String(String.UnicodeScalarView(s[start..<i])).lowercased()
        guard ["http", "https"].contains(scheme) || (!site && scheme == "ftp") else { return nil }
        let first = s[i + 3]
        guard first.value >= 0x80 || (first.isASCII && (first.properties.isAlphabetic || (48...57).contains(first.value))) else { return nil }
        let domain = checkDomain(s, from: i + 3, allowShort: true)
        guard domain > 0 else { return nil }
        var end = i + 3 + domain
        while end < s.count && !isSpace(s[end]) && s[end] != "<" { end += 1 }
        end = trimmed(s, start, end, site: site)
        return end > i + 3 ? (start, end) : nil
    }

    private static func email(_ s: [Unicode.Scalar], at i: Int, floor: Int, site: Bool) -> (Int, Int)? {
        func alnum(_ c: Unicode.Scalar) -> Bool { c.isASCII && (c.properties.isAlphabetic || (48...57).contains(c.value)) }
        var start = i
        while start > floor, alnum(s[start - 1]) || ".+-_".unicodeScalars.contains(s[start - 1]) { start -= 1 }
        guard start < i, start == floor || s[start - 1] != "/" else { return nil }
        var end = i, ats = 0, dots = 0
        while end < s.count {
            let c = s[end]
            if alnum(c) { end += 1; continue }
            if c == "@" { ats += 1 } else if c == ".", end + 1 < s.count, alnum(s[end + 1]) { dots += 1 } else if c != "-" && c != "_" { break }
            end += 1
        }
        guard end - i >= 2, ats == 1, dots > 0, s[end - 1].properties.isAlphabetic && s[end - 1].isASCII || s[end - 1] == "." else { return nil }
        end = trimmed(s, i, end, site: site)
        return end > i ? (start, end) : nil
    }

    /// cmark-gfm's check_domain: the length of the domain at `start` (the first character is
    /// taken as valid), 0 when an underscore sits in one of its last two parts or, unless
    /// `allowShort`, it has no period.
    private static func checkDomain(_ s: [Unicode.Scalar], from start: Int, allowShort: Bool) -> Int {
        var periods = 0, underscores1 = 0, underscores2 = 0
        var j = start + 1
        while j < s.count - 1 {
            if s[j] == "\\" && j < s.count - 2 { j += 1 }
            if s[j] == "_" {
                underscores2 += 1
            } else if s[j] == "." {
                underscores1 = underscores2
                underscores2 = 0
                periods += 1
            } else if (isSpace(s[j]) || isPunctuation(s[j])) && s[j] != "-" {
                break
            }
            j += 1
        }
        if (underscores1 > 0 || underscores2 > 0) && periods <= 10 { return 0 }
        return allowShort || periods > 0 ? j - start : 0
    }

    /// cmark-gfm's autolink_delim: trailing punctuation, an entity-like `&x;` and unbalanced
    /// closing parentheses are not part of the link.
    private static func trimmed(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, site: Bool) -> Int {
        var end = end
        if let lt = s[start..<end].firstIndex(of: "<") { end = lt }
        let trailing = site ? "?!.,:*_~'\"’”»" : "?!.,:*_~'\""
        while end > start {
            let c = s[end - 1]
            if trailing.unicodeScalars.contains(c) {
                end -= 1
            } else if c == ";" {
                var n = end - 2
                while n > start && s[n].isASCII && s[n].properties.isAlphabetic { n -= 1 }
                if n < end - 2 && s[n] == "&" { end = n } else { end -= 1 }
            } else if c == ")" {
                let opening = s[start..<end].filter { $0 == "(" }.count
                let closing = s[start..<end].filter { $0 == ")" }.count
                if closing <= opening { break }
                end -= 1
            } else {
                break
            }
        }
        return end
    }
}
