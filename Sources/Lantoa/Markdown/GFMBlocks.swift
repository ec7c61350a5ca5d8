/// GitHub-Flavored task lists (`- [x] Đã xong`), heading attributes (`## Kết quả {#ket-qua}`,
/// as Hugo and Pandoc write them) and GitHub's filter of dangerous raw HTML tags.
enum GFMBlocks {
    /// Turns list items that start with `[ ]` or `[x]` into read-only checkboxes. On the site the
    /// checkbox and the item's first paragraph are one `<label>`, so the box has a name.
    static func taskLists(_ document: MarkdownNode, style: MarkdownMarkup) {
        for item in document.collect({ $0.kind == .item }) {
            guard let paragraph = item.firstChild, paragraph.kind == .paragraph,
                  let first = paragraph.firstChild, first.kind == .text, first.startsWithBracket, let literal = first.literal else { continue }
            let scalars = Array(literal.unicodeScalars)
            guard scalars.count >= 3, scalars[0] == "[", scalars[2] == "]", " xX".unicodeScalars.contains(scalars[1]) else { continue }
            let checked = scalars[1] != " "
            if scalars.count == 3 {
                guard first.next.map({ $0.kind == .softBreak }) ?? true else { continue }
                first.free()
            } else {
                guard scalars[3] == " " || scalars[3] == "\t" else { continue }
                let rest = String(String.UnicodeScalarView(scalars.dropFirst(3).drop { $0 == " " || $0 == "\t" }))
                if rest.isEmpty { first.free() } else { first.literal = rest }
            }
            switch style {
            case .spec:
                paragraph.prepend(.custom(block: false, enter: checked ? "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> " : "<input type=\"checkbox\" disabled=\"\" /> "))
            case .site:
                let label = MarkdownNode.custom(block: false, enter: "<label class=\"task\"><input type=\"checkbox\" disabled\(checked ? " checked" : "")> ", exit: "</label>")
                paragraph.moveChildren(to: label)
                paragraph.append(label)
            }
        }
    }

    /// `{#id}` at the end of a heading: the id it asks for, taken out of its text, by heading.
    /// Classes and other attributes in the braces are returned for a warning.
    static func headingAttributes(_ document: MarkdownNode) -> [MarkdownNode: (id: String?, ignored: String?)] {
        var found: [MarkdownNode: (String?, String?)] = [:]
        for heading in document.collect({ $0.kind == .heading }) {
            guard let last = heading.lastChild, last.kind == .text, let literal = last.literal,
                  literal.hasSuffix("}"), let open = literal.lastIndex(of: "{") else { continue }
            let inside = literal[literal.index(after: open)..<literal.index(before: literal.endIndex)].trimmed
            let tokens = inside.split(separator: " ")
            guard let firstToken = tokens.first, firstToken.hasPrefix("#") || firstToken.hasPrefix(".") else { continue }
            var id: String?
            var ignored: [String] = []
            for token in tokens {
                if token.hasPrefix("#"), id == nil, token.count > 1,
                   token.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber || "-_:.".contains($0) }) {
                    id = String(token.dropFirst())
                } else {
                    ignored.append(String(token))
                }
            }
            let text = String(literal[..<open]).trimmed
            if text.isEmpty { last.free() } else { last.literal = text }
            found[heading] = (id, ignored.isEmpty ? nil : ignored.joined(separator: " "))
        }
        return found
    }

    /// GitHub's tag filter: `<script>`, `<iframe>` and the like in raw HTML are printed as text.
    static func filterTags(_ document: MarkdownNode) {
        let names = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]
        for node in document.collect({ $0.kind == .htmlBlock || $0.kind == .htmlInline }) {
            guard let literal = node.literal, literal.contains("<") else { continue }
            var out = ""
            var rest = Substring(literal)
            while let lt = rest.firstIndex(of: "<") {
                out += rest[..<lt]
                var after = rest[rest.index(after: lt)...]
                if after.first == "/" { after = after.dropFirst() }
                let name = after.prefix { $0.isLetter }.lowercased()
                let next = after.dropFirst(name.count).first
                if names.contains(name), next.map({ $0.isWhitespace || $0 == ">" || $0 == "/" }) ?? true {
                    out += "&lt;"
                } else {
                    out += "<"
                }
                rest = rest[rest.index(after: lt)...]
            }
            node.literal = out + rest
        }
    }
}
