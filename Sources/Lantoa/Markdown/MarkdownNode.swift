import CMark
#if canImport(Glibc)
import Glibc
#endif

/// A node of libcmark's tree: the one type that calls libcmark. The GitHub-Flavored extensions
/// (`GFMTables`, `GFMInlines`, `GFMFootnotes`, …) rewrite the tree through it.
///
/// A value of this type is a pointer into a tree owned by the document it was parsed with: it
/// is valid until that document is freed, and a node unlinked from it must be freed or linked again.
struct MarkdownNode: Hashable {
    let pointer: OpaquePointer

    /// The kinds of node libcmark makes.
    enum Kind {
        case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph, heading, thematicBreak
        case text, softBreak, lineBreak, code, htmlInline, customInline, emph, strong, link, image, none
    }

    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    init?(_ pointer: OpaquePointer?) {
        guard let pointer else { return nil }
        self.pointer = pointer
    }

    // MARK: - Parsing and rendering

    /// Parses a whole document. `smart` turns straight quotes and dashes typographic; `unsafe`
    /// keeps raw HTML (cmark's default, safe mode, replaces it with a comment).
    static func parse(_ text: String, smart: Bool, unsafe: Bool) -> MarkdownNode? {
        let count = text.utf8.count
        let flags = options(smart: smart, unsafe: unsafe)
        return MarkdownNode(text.withCString { cmark_parse_document($0, count, flags) })
    }

    /// The HTML of this node and everything under it, as bytes (valid UTF-8: cmark replaces any
    /// invalid input) handed to `body` without making a Swift string of them.
    func withHTML<R>(smart: Bool, unsafe: Bool, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        guard let raw = cmark_render_html(pointer, Self.options(smart: smart, unsafe: unsafe)) else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        defer { Glibc.free(raw) }
        return body(UnsafeRawBufferPointer(start: raw, count: strlen(raw)))
    }

    private static func options(smart: Bool, unsafe: Bool) -> Int32 {
        (smart ? CMARK_OPT_SMART : 0) | (unsafe ? CMARK_OPT_UNSAFE : 0)
    }

    /// Merges neighbouring text nodes (cmark splits text at every bracket and delimiter).
    func consolidateText() { cmark_consolidate_text_nodes(pointer) }

    // MARK: - Making nodes

    /// A block or inline that prints `enter`, its children, then `exit`, as they are (even in safe mode).
    static func custom(block: Bool, enter: String, exit: String = "") -> MarkdownNode {
        let node = MarkdownNode(cmark_node_new(block ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE)!)
        cmark_node_set_on_enter(node.pointer, enter)
        cmark_node_set_on_exit(node.pointer, exit)
        return node
    }

    static func text(_ literal: String) -> MarkdownNode {
        let node = MarkdownNode(cmark_node_new(CMARK_NODE_TEXT)!)
        cmark_node_set_literal(node.pointer, literal)
        return node
    }

    static func link(url: String, title: String = "") -> MarkdownNode {
        let node = MarkdownNode(cmark_node_new(CMARK_NODE_LINK)!)
        cmark_node_set_url(node.pointer, url)
        cmark_node_set_title(node.pointer, title)
        return node
    }

    static func paragraph() -> MarkdownNode { MarkdownNode(cmark_node_new(CMARK_NODE_PARAGRAPH)!) }

    /// Frees this node and everything under it (unlinking it first).
    func free() { cmark_node_free(pointer) }

    // MARK: - Reading

    var kind: Kind {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: .customBlock
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: .customInline
        case CMARK_NODE_EMPH: .emph
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        default: .none
        }
    }

    /// Whether the node holds inline content (a paragraph, heading, emphasis, link…).
    var isBlock: Bool {
        switch kind {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .customBlock, .paragraph, .heading, .thematicBreak: true
        default: false
        }
    }

    var parent: MarkdownNode? { MarkdownNode(cmark_node_parent(pointer)) }
    var firstChild: MarkdownNode? { MarkdownNode(cmark_node_first_child(pointer)) }
    var lastChild: MarkdownNode? { MarkdownNode(cmark_node_last_child(pointer)) }
    var next: MarkdownNode? { MarkdownNode(cmark_node_next(pointer)) }
    var previous: MarkdownNode? { MarkdownNode(cmark_node_previous(pointer)) }

    var children: [MarkdownNode] {
        var out: [MarkdownNode] = []
        var child = firstChild
        while let c = child { out.append(c); child = c.next }
        return out
    }

    /// The text of a text, code, HTML or code block node.
    var literal: String? {
        get { cmark_node_get_literal(pointer).map { String(cString: $0) } }
        nonmutating set { cmark_node_set_literal(pointer, newValue ?? "") }
    }

    /// Whether the literal holds any of `bytes`, read without making a Swift string.
    func literalContains(anyOf bytes: [UInt8]) -> Bool {
        guard var p = cmark_node_get_literal(pointer) else { return false }
        while p.pointee != 0 {
            if bytes.contains(UInt8(bitPattern: p.pointee)) { return true }
            p += 1
        }
        return false
    }

    /// Whether the literal starts with `[` (a task's box), read without making a Swift string.
    var startsWithBracket: Bool { cmark_node_get_literal(pointer)?.pointee == 0x5B }

    /// Words in the literal (runs of bytes that are not ASCII spaces), read without making a Swift string.
    var literalWordCount: Int {
        guard var p = cmark_node_get_literal(pointer) else { return 0 }
        var count = 0, inWord = false
        while p.pointee != 0 {
            let space = p.pointee == 32 || p.pointee == 10 || p.pointee == 9 || p.pointee == 13
            if !space && !inWord { count += 1 }
            inWord = !space
            p += 1
        }
        return count
    }

    var url: String {
        get { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
        nonmutating set { cmark_node_set_url(pointer, newValue) }
    }

    var title: String { cmark_node_get_title(pointer).map { String(cString: $0) } ?? "" }
    var fenceInfo: String { cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? "" }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var isTightList: Bool { cmark_node_get_list_tight(pointer) != 0 }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }

    /// The line a rewritten node stands for, when it came from another parse (table cells,
    /// footnotes): set by the extension that moved it, read by the tree walk.
    var sourceLine: Int? {
        get {
            guard let data = cmark_node_get_user_data(pointer) else { return nil }
            return Int(bitPattern: data)
        }
        nonmutating set { cmark_node_set_user_data(pointer, newValue.flatMap { UnsafeMutableRawPointer(bitPattern: $0) }) }
    }

    // MARK: - Changing the tree

    func append(_ child: MarkdownNode) { cmark_node_append_child(pointer, child.pointer) }
    func prepend(_ child: MarkdownNode) { cmark_node_prepend_child(pointer, child.pointer) }
    func insertBefore(_ sibling: MarkdownNode) { cmark_node_insert_before(pointer, sibling.pointer) }
    func insertAfter(_ sibling: MarkdownNode) { cmark_node_insert_after(pointer, sibling.pointer) }
    func unlink() { cmark_node_unlink(pointer) }

    /// Moves every child of this node to the end of `target`.
    func moveChildren(to target: MarkdownNode) {
        while let child = firstChild { target.append(child) }
    }

    /// Every node under this one, in document order, each with whether it is being entered.
    /// The tree must not change during the walk (collect first, then change).
    func walk(_ visit: (MarkdownNode, _ entering: Bool) -> Void) {
        guard let iterator = cmark_iter_new(pointer) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            visit(MarkdownNode(node), event == CMARK_EVENT_ENTER)
        }
    }

    /// The nodes under this one (itself included) for which `include` holds, in document order.
    func collect(_ include: (MarkdownNode) -> Bool) -> [MarkdownNode] {
        var out: [MarkdownNode] = []
        walk { node, entering in if entering && include(node) { out.append(node) } }
        return out
    }
}
