/// Parses a body with libcmark, adds the GitHub-Flavored extensions on its tree, and renders HTML.
public enum MarkdownRenderer {
    /// Renders `markdown`, whose first line is `start.line` of `start.file`; problems go to
    /// `diagnostics`. `page` places the body, for links relative to its file.
    public static func render(_ markdown: String, start: SourceLocation, options: MarkdownOptions, page: MarkdownPage? = nil,
                              diagnostics: inout [Diagnostic]) -> RenderedMarkdown {
        // Safe mode is cmark's default: raw HTML becomes a comment unless the site allows it.
        let unsafe = options.allowRawHTML, smart = options.smart
        // Each extension looks at the tree only when its mark is somewhere in the text: most
        // bodies have no table, note or tilde, and walking the tree for them costs.
        let marks = Marks(markdown)
        var extensions = options.extensions
        if !marks.pipe { extensions.remove(.tables) }
        if !marks.tilde { extensions.remove(.strikethrough) }
        if !marks.bracket { extensions.remove(.taskLists) }
        if !marks.footnote { extensions.remove(.footnotes) }
        if !marks.headingID { extensions.remove(.headingAttributes) }
        if !marks.address { extensions.remove(.autolinks) }
        // Footnote definitions leave the source before parsing (see GFMFootnotes).
        var notes = extensions.contains(.footnotes) ? GFMFootnotes(markdown) : nil
        guard var document = MarkdownNode.parse(notes?.source ?? markdown, smart: smart, unsafe: unsafe) else { return .empty }
        var quotes: [String: MarkdownNode] = [:]
        if let found = notes, !found.definitions.isEmpty {
            if let q = found.quotes(in: document) {
                quotes = q
                for definition in found.definitions { q[definition.label]?.sourceLine = definition.line }
            } else if let plain = MarkdownNode.parse(markdown, smart: smart, unsafe: unsafe) {
                document.free()
                document = plain
                notes = nil
            }
        }
        defer { document.free() }
        let lineMap: (Int) -> Int = { [notes] in notes?.originalLine($0) ?? $0 }

        // Tables first: their cells are parsed apart and join the tree as inlines the rest rewrite.
        let cells = extensions.contains(.tables) ? GFMTables.apply(document, source: SourceLines(notes?.source ?? markdown), style: options.markup,
                                                                    smart: smart, unsafe: unsafe, lineMap: lineMap) : [:]
        document.consolidateText()
        if !quotes.isEmpty { GFMFootnotes.link(document, quotes: quotes, style: options.markup, words: options.documentWords) }
        if extensions.contains(.strikethrough) { GFMInlines.strikethrough(document) }
        if extensions.contains(.autolinks) { GFMInlines.autolinks(document, site: options.markup == .site) }
        if extensions.contains(.taskLists) { GFMBlocks.taskLists(document, style: options.markup) }
        let attributes = extensions.contains(.headingAttributes) ? GFMBlocks.headingAttributes(document) : [:]
        if extensions.contains(.tagFilter) && unsafe { GFMBlocks.filterTags(document) }

        var walk = MarkdownTreeWalk(start: start, options: options, page: page, source: notes?.source ?? markdown, lineMap: lineMap, attributes: attributes,
                                    cells: cells)
        walk.findsShortcodes = options.markup == .site && marks.template
        // The notes' heading has the id `chu-thich`: a heading of the text named so gets `chu-thich-2`.
        if !quotes.isEmpty && options.markup == .site { walk.reserve("chu-thich") }
        walk.visit(document)
        diagnostics.append(contentsOf: walk.diagnostics)
        if options.markup == .site {
            for (node, id) in zip(walk.headingNodes, walk.headings.map(\.id)) {
                replaceHeading(node, id: id)
            }
        }
        for (node, html) in walk.blockReplacements {
            replace(node, withHTML: html)
        }
        // Kept as cmark's bytes: a Swift string of every body would be made and checked for nothing.
        let html = document.withHTML(smart: smart, unsafe: unsafe) { bytes in
            guard options.markup == .site && Bytes.contains("<img src=", in: bytes) else { return options.store.keep(bytes: bytes) }
            return options.store.keep(String(decoding: bytes, as: UTF8.self).replacingAll("<img src=", with: "<img loading=\"lazy\" src="))
        }
        var rendered = RenderedMarkdown(htmlText: html, firstParagraph: walk.firstParagraph ?? "", headings: walk.headings,
                                        references: walk.references, wordCount: walk.wordCount)
        rendered.resources = walk.resources
        rendered.pageLinks = walk.pageLinks
        rendered.drawsBlocks = walk.drewBlocks
        rendered.readsWords = !quotes.isEmpty
        return rendered
    }

    /// Puts build-time HTML (a chart, a table) where a fenced block was.
    private static func replace(_ node: MarkdownNode, withHTML html: String) {
        node.insertBefore(.custom(block: true, enter: html))
        node.free()
    }

    /// cmark's HTML has no heading ids; a custom block with the same children adds one
    /// (custom blocks print their literal markup even in safe mode).
    private static func replaceHeading(_ heading: MarkdownNode, id: String) {
        let level = heading.headingLevel
        let block = MarkdownNode.custom(block: true, enter: "<h\(level) id=\"\(id)\">", exit: "</h\(level)>")
        heading.moveChildren(to: block)
        heading.insertBefore(block)
        heading.free()
    }
}

/// Which extension marks a text holds, found in one pass over its bytes.
private struct Marks {
    var pipe = false, tilde = false, bracket = false, footnote = false, headingID = false, address = false, template = false

    init(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var previous: UInt8 = 0
            for (i, b) in bytes.enumerated() {
                switch b {
                case UInt8(ascii: "|"): pipe = true
                case UInt8(ascii: "~"): tilde = true
                case UInt8(ascii: "["): bracket = true
                case UInt8(ascii: "^") where previous == UInt8(ascii: "["): footnote = true
                case UInt8(ascii: "#") where previous == UInt8(ascii: "{"): headingID = true
                case UInt8(ascii: "{") where previous == UInt8(ascii: "{"), UInt8(ascii: "%") where previous == UInt8(ascii: "{"): template = true
                case UInt8(ascii: "@"): address = true
                case UInt8(ascii: "/") where previous == UInt8(ascii: "/") && i >= 2 && bytes[i - 2] == UInt8(ascii: ":"): address = true
                case UInt8(ascii: ".") where i >= 3 && previous == UInt8(ascii: "w") && bytes[i - 2] == UInt8(ascii: "w") && bytes[i - 3] == UInt8(ascii: "w"): address = true
                default: break
                }
                previous = b
            }
        }
    }
}
