import CMark
#if canImport(Glibc)
import Glibc
#endif

/// The one place that touches `cmark_node`: parses a body with libcmark and renders HTML.
public enum MarkdownRenderer {
    /// Renders `markdown`, whose first line is `start.line` of `start.file`; problems go to `diagnostics`.
    public static func render(_ markdown: String, start: SourceLocation, options: MarkdownOptions,
                              diagnostics: inout [Diagnostic]) -> RenderedMarkdown {
        // Safe mode is cmark's default: raw HTML becomes a comment unless the site allows it.
        let flags = CMARK_OPT_SMART | (options.allowRawHTML ? CMARK_OPT_UNSAFE : 0)
        let count = markdown.utf8.count
        guard let document = markdown.withCString({ cmark_parse_document($0, count, flags) }) else { return .empty }
        defer { cmark_node_free(document) }

        var walk = TreeWalk(start: start, options: options)
        walk.visit(document)
        diagnostics.append(contentsOf: walk.diagnostics)
        for (node, id) in zip(walk.headingNodes, walk.headings.map(\.id)) {
            replaceHeading(node, id: id)
        }
        for (node, html) in walk.blockReplacements {
            replace(node, withHTML: html)
        }
        guard let raw = cmark_render_html(document, flags) else { return .empty }
        defer { free(raw) }
        var html = String(cString: raw)
        if html.containsText("<img ") { html = html.replacingAll("<img src=", with: "<img loading=\"lazy\" src=") }
        return RenderedMarkdown(htmlText: options.store.keep(html), firstParagraph: walk.firstParagraph ?? "", headings: walk.headings,
                                references: walk.references, wordCount: walk.wordCount)
    }

    /// Puts build-time HTML (a chart, a table) where a fenced block was.
    private static func replace(_ node: OpaquePointer, withHTML html: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, html)
        cmark_node_set_on_exit(block, "")
        cmark_node_insert_before(node, block)
        cmark_node_free(node)
    }

    /// cmark's HTML has no heading ids; a custom block with the same children adds one
    /// (custom blocks print their literal markup even in safe mode).
    private static func replaceHeading(_ heading: OpaquePointer, id: String) {
        let level = cmark_node_get_heading_level(heading)
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, "<h\(level) id=\"\(id)\">")
        cmark_node_set_on_exit(block, "</h\(level)>")
        while let child = cmark_node_first_child(heading) {
            cmark_node_append_child(block, child)
        }
        cmark_node_insert_before(heading, block)
        cmark_node_free(heading)
    }
}

/// One pass over the parsed tree: rewrites root-relative links, collects headings, links and problems.
private struct TreeWalk {
    let start: SourceLocation
    let options: MarkdownOptions
    var diagnostics: [Diagnostic] = []
    var headings: [RenderedMarkdown.Heading] = []
    var headingNodes: [OpaquePointer] = []
    var references: [RenderedMarkdown.Reference] = []
    var blockReplacements: [(OpaquePointer, String)] = []
    private var blockCount = 0
    var firstParagraph: String?
    var wordCount = 0
    private var usedIDs: [String: Int] = [:]
    private var blockLine = 1
    private var warnedRawHTML = false

    init(start: SourceLocation, options: MarkdownOptions) {
        self.start = start
        self.options = options
    }

    mutating func visit(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let line = Int(cmark_node_get_start_line(node))
            if line > 0 { blockLine = line }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                visitLink(node)
            case CMARK_NODE_HEADING:
                let text = plainText(node)
                var id = VietnameseText.slug(text)
                if id.isEmpty { id = "muc" }
                let seen = usedIDs[id, default: 0]
                usedIDs[id] = seen + 1
                if seen > 0 { id += "-\(seen + 1)" }
                headings.append(.init(level: Int(cmark_node_get_heading_level(node)), text: text, id: id))
                headingNodes.append(node)
            case CMARK_NODE_PARAGRAPH where firstParagraph == nil && cmark_node_get_type(cmark_node_parent(node)) == CMARK_NODE_DOCUMENT:
                firstParagraph = plainText(node)
            case CMARK_NODE_TEXT:
                if let literal = cmark_node_get_literal(node) { wordCount += Self.countWords(literal) }
            case CMARK_NODE_CODE_BLOCK:
                visitCodeBlock(node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                guard !options.allowRawHTML, !warnedRawHTML else { break }
                warnedRawHTML = true
                diagnostics.append(.warning(location(), "raw HTML in Markdown is left out of the page",
                                            hint: "write it in Markdown instead, or set 'allow_raw_html: true' in content/site.yml if you trust every author"))
            default:
                break
            }
        }
    }

    /// Words in a C string: runs of bytes that are not ASCII spaces.
    static func countWords(_ text: UnsafePointer<CChar>) -> Int {
        var count = 0, inWord = false, p = text
        while p.pointee != 0 {
            let space = p.pointee == 32 || p.pointee == 10 || p.pointee == 9 || p.pointee == 13
            if !space && !inWord { count += 1 }
            inWord = !space
            p += 1
        }
        return count
    }

    private mutating func visitCodeBlock(_ node: OpaquePointer) {
        guard let handler = options.fencedBlock, let info = cmark_node_get_fence_info(node).map({ String(cString: $0) }), !info.isEmpty else { return }
        let trimmed = info.trimmed
        let kind = String(trimmed.prefix { !$0.isWhitespace })
        blockCount += 1
        let block = FencedBlock(kind: kind, argument: String(trimmed.dropFirst(kind.count)).trimmed,
                                literal: cmark_node_get_literal(node).map { String(cString: $0) } ?? "",
                                location: location(), index: blockCount)
        switch handler(block) {
        case .success(let html)?: blockReplacements.append((node, html))
        case .failure(let diagnostic)?: diagnostics.append(diagnostic)
        case nil: break
        }
    }

    private mutating func visitLink(_ node: OpaquePointer) {
        let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        references.append(.init(url: url, location: location(), isImage: isImage))
        if isImage && plainText(node).trimmed.isEmpty {
            diagnostics.append(.warning(location(), "the image '\(url)' has no alt text",
                                        hint: "describe the image between the brackets: ![Học viên thực hành 5S tại xưởng](\(url))"))
        }
        // Root-relative links name site paths; the site may be mounted below a sub-path.
        if url.hasPrefix("/") && !url.hasPrefix("//") && options.basePath != "/" {
            cmark_node_set_url(node, options.basePath + url.dropFirst())
        }
    }

    private func location() -> SourceLocation { start.shifted(lines: blockLine - 1, column: 1) }

    /// The text inside a node, without markup.
    func plainText(_ node: OpaquePointer) -> String {
        var out = ""
        var child = cmark_node_first_child(node)
        while let c = child {
            switch cmark_node_get_type(c) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(c) { out += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                out += " "
            default:
                out += plainText(c)
            }
            child = cmark_node_next(c)
        }
        return out
    }
}
