/// GitHub-Flavored pipe tables, found in the paragraphs libcmark made of them.
///
/// libcmark reads a pipe table as one paragraph. Its lines are read back from the source (the
/// paragraph's source position, less the `>` of any block quote around it); a paragraph whose
/// lines hold a header row followed by a delimiter row with as many cells (`| --- | :-: |`)
/// becomes the paragraph of the lines before it, if any, and a table of the lines from the header
/// on. Every cell is parsed as inline Markdown on its own, in one more libcmark parse for the
/// whole document, so a cell's emphasis never runs into the next cell and reference links
/// (`[a][ref]`) still find the document's definitions.
enum GFMTables {
    enum Alignment { case none, left, center, right }

    /// A table found in a paragraph, before its cells are parsed.
    struct Found {
        var paragraph: MarkdownNode
        /// Lines of the paragraph before the header row, kept as a paragraph.
        var before: [String]
        var beforeLine: Int
        var header: [String]
        var alignments: [Alignment]
        var rows: [[String]]
        /// The line of the header row, then of each row.
        var headerLine: Int
        var rowLines: [Int]
        /// Where each cell's text starts in its line of the source, in bytes from 0 (nil when the
        /// row's text could not be found there).
        var headerStarts: [Int]?
        var rowStarts: [[Int]?]
    }

    /// Where a cell's text is in the source: its line (of the text cmark parsed) and its first
    /// byte in that line, from 0. A link in the cell is placed from it (`MarkdownTreeWalk`).
    struct CellPlace {
        var line: Int
        var byte: Int
    }

    /// Turns every pipe table under `document` into table markup. `source` is the text the
    /// document was parsed from; `lineMap` gives the line of the file for a line of `source`.
    /// Returns where each cell's text is in the source, by the node that holds the cell.
    static func apply(_ document: MarkdownNode, source: SourceLines, style: MarkdownMarkup, smart: Bool, unsafe: Bool,
                      lineMap: (Int) -> Int) -> [MarkdownNode: CellPlace] {
        let found = find(in: document, source: source)
        guard !found.isEmpty else { return [:] }
        // One parse for every cell: each is a paragraph of its own, started with a no-break space
        // so that no cell starts a block ("1. x", "# x") and flanking reads it like a line start.
        var chunks: [String] = []
        for table in found {
            if !table.before.isEmpty { chunks.append(table.before.joined(separator: "\n")) }
            chunks += table.header
            for row in table.rows { chunks += row }
        }
        var text = chunks.map { "\u{A0}" + $0 }.joined(separator: "\n\n")
        // Reference definitions live in the document: parsing it after the cells makes them known.
        if source.text.containsText("]:") { text += "\n\n" + source.text }
        guard let cells = MarkdownNode.parse(text, smart: smart, unsafe: unsafe) else { return [:] }
        defer { cells.free() }
        let paragraphs = Array(cells.children.prefix(chunks.count))
        guard paragraphs.count == chunks.count, paragraphs.allSatisfy({ $0.kind == .paragraph }) else { return [:] }
        var next = 0
        func take() -> MarkdownNode {
            let p = paragraphs[next]
            next += 1
            // The no-break space put in front of every cell.
            if let first = p.firstChild, first.kind == .text, let literal = first.literal, literal.hasPrefix("\u{A0}") {
                let rest = String(literal.dropFirst())
                if rest.isEmpty { first.free() } else { first.literal = rest }
            }
            return p
        }
        var places: [MarkdownNode: CellPlace] = [:]
        for table in found {
            var before: MarkdownNode?
            if !table.before.isEmpty {
                before = take()
                before!.unlink()
                before!.sourceLine = lineMap(table.beforeLine)
            }
            let header = table.header.map { _ in take() }
            let rows = table.rows.map { $0.map { _ in take() } }
            let node = build(table, header: header, rows: rows, style: style, lineMap: lineMap, places: &places)
            if let before { table.paragraph.insertBefore(before) }
            table.paragraph.insertBefore(node)
            table.paragraph.free()
        }
        return places
    }

    // MARK: - Finding tables

    static func find(in document: MarkdownNode, source: SourceLines) -> [Found] {
        var found: [Found] = []
        for paragraph in document.collect({ $0.kind == .paragraph }) {
            // A table has at least a header and a delimiter row, and a pipe somewhere.
            guard paragraph.endLine > paragraph.startLine, paragraph.collect({ $0.kind == .text && $0.literalContains(anyOf: [124]) }).count > 0
                    || paragraph.collect({ $0.kind == .code && $0.literalContains(anyOf: [124]) }).count > 0 else { continue }
            let lines = contentLines(of: paragraph, source: source)
            guard lines.count >= 2 else { continue }
            for i in 1..<lines.count {
                guard let alignments = delimiterRow(lines[i].text) else { continue }
                let header = cells(lines[i - 1].text)
                guard header.count == alignments.count else { continue }
                let width = header.count
                let rows = lines[(i + 1)...].map { line -> [String] in
                    let row = cells(line.text)
                    return Array(row.prefix(width)) + Array(repeating: "", count: max(0, width - row.count))
                }
                found.append(Found(paragraph: paragraph, before: lines[..<(i - 1)].map(\.text), beforeLine: lines[0].line,
                                   header: header, alignments: alignments, rows: rows,
                                   headerLine: lines[i - 1].line, rowLines: lines[(i + 1)...].map(\.line),
                                   headerStarts: cellStarts(lines[i - 1].text, in: source[lines[i - 1].line]),
                                   rowStarts: lines[(i + 1)...].map { cellStarts($0.text, in: source[$0.line]) }))
                break
            }
        }
        return found
    }

    /// The paragraph's lines as written, without the markers of the block quotes around it and
    /// without the leading spaces paragraph lines lose. Reference definitions at the paragraph's
    /// start are in its source range but not in its content: its inlines' positions count content
    /// lines, so the last inline tells how many there are.
    static func contentLines(of paragraph: MarkdownNode, source: SourceLines) -> [(text: String, line: Int)] {
        let first = paragraph.startLine, last = paragraph.endLine
        guard first >= 1, last >= first, last <= source.count else { return [] }
        let contentCount = min(last - first + 1, max(1, (paragraph.lastChild?.endLine ?? last) - first + 1))
        let quotes = sequence(first: paragraph, next: { $0.parent }).filter { $0.kind == .blockQuote }.count
        var out: [(String, Int)] = []
        for line in (last - contentCount + 1)...last {
            var text = Substring(source[line])
            if line == first {
                // cmark's columns count bytes.
                text = Substring(String(decoding: text.utf8.dropFirst(max(0, paragraph.startColumn - 1)), as: UTF8.self))
            } else {
                var remaining = quotes
                while true {
                    text = text.drop { $0 == " " || $0 == "\t" }
                    guard remaining > 0, text.first == ">" else { break }
                    text = text.dropFirst()
                    remaining -= 1
                }
            }
            out.append((String(text).trimmed, line))
        }
        return out
    }

    /// The alignments of a delimiter row (`| :-- | --: |`), or nil when the line is not one.
    static func delimiterRow(_ line: String) -> [Alignment]? {
        var text = Substring(line.trimmed)
        guard text.contains("-") else { return nil }
        if text.first == "|" { text = text.dropFirst() }
        if text.last == "|" { text = text.dropLast() }
        var alignments: [Alignment] = []
        for part in text.split(separator: "|", omittingEmptySubsequences: false) {
            let marker = part.trimmed
            var body = Substring(marker)
            let left = body.first == ":", right = body.last == ":" && body.count > 1
            if left { body = body.dropFirst() }
            if right { body = body.dropLast() }
            guard !body.isEmpty, body.allSatisfy({ $0 == "-" }) else { return nil }
            alignments.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return alignments.isEmpty ? nil : alignments
    }

    /// The cells of a row: split at pipes that no backslash escapes, outer pipes optional,
    /// `\|` read as `|` (also inside code spans, as GitHub does).
    static func cells(_ line: String) -> [String] {
        var chars = Substring(line.trimmed)
        if chars.first == "|" { chars = chars.dropFirst() }
        var cells: [String] = []
        var current = ""
        var i = chars.startIndex
        while i < chars.endIndex {
            let c = chars[i]
            let next = chars.index(after: i)
            if c == "\\", next < chars.endIndex, chars[next] == "|" {
                current.append("|")
                i = chars.index(after: next)
                continue
            }
            if c == "|" {
                cells.append(current.trimmed)
                current = ""
            } else {
                current.append(c)
            }
            i = next
        }
        if !current.trimmed.isEmpty { cells.append(current.trimmed) }
        return cells
    }

    /// The first byte (from 0) of each cell's text of `row`, as `cells` splits it, in `line`, the
    /// source line `row` was read from (`row` is the end of it, less the spaces around); nil
    /// when it is not.
    static func cellStarts(_ row: String, in line: Substring) -> [Int]? {
        let bytes = Array(line.utf8), text = Array(row.utf8)
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        var end = bytes.count
        while end > 0 && isSpace(bytes[end - 1]) { end -= 1 }
        let base = end - text.count
        guard !text.isEmpty, base >= 0, bytes[base..<end].elementsEqual(text) else { return nil }
        var starts: [Int] = []
        var i = base
        if bytes[i] == UInt8(ascii: "|") { i += 1 }
        var cellStart = i
        while i <= end {
            if i == end || (bytes[i] == UInt8(ascii: "|") && !(i > base && bytes[i - 1] == UInt8(ascii: "\\"))) {
                var first = cellStart
                while first < i && isSpace(bytes[first]) { first += 1 }
                if i < end || first < end { starts.append(first) }
                cellStart = i + 1
            }
            i += 1
        }
        return starts
    }

    // MARK: - Building the table

    private static func build(_ table: Found, header: [MarkdownNode], rows: [[MarkdownNode]], style: MarkdownMarkup,
                              lineMap: (Int) -> Int, places: inout [MarkdownNode: CellPlace]) -> MarkdownNode {
        let markup = style.markup(alignments: table.alignments, header: table.header, rows: table.rows)
        let node = MarkdownNode.custom(block: true, enter: markup.open, exit: rows.isEmpty ? markup.closeWithoutBody : markup.close)
        node.sourceLine = lineMap(table.headerLine)
        func row(_ cells: [MarkdownNode], line: Int, starts: [Int]?, head: Bool, position: Int) -> MarkdownNode {
            let tags = markup.row(head: head, position: position, count: rows.count)
            let r = MarkdownNode.custom(block: true, enter: tags.open, exit: tags.close)
            r.sourceLine = lineMap(line)
            for (c, paragraph) in cells.enumerated() {
                let tag = markup.cell(head: head, column: c)
                let cell = MarkdownNode.custom(block: false, enter: tag.open, exit: tag.close)
                paragraph.moveChildren(to: cell)
                paragraph.free()
                r.append(cell)
                if let starts, c < starts.count { places[cell] = CellPlace(line: line, byte: starts[c]) }
            }
            return r
        }
        node.append(row(header, line: table.headerLine, starts: table.headerStarts, head: true, position: 0))
        for (k, cells) in rows.enumerated() {
            node.append(row(cells, line: table.rowLines[k], starts: table.rowStarts[k], head: false, position: k))
        }
        return node
    }
}

/// Which HTML the extensions write: GitHub's, for the conformance test against the GFM spec, or
/// the site's (tables as the accessible data tables of ```` ```table ```` blocks: a scrolling
/// wrapper, column headers with `scope`, the first column as row headers unless it holds numbers,
/// numeric columns aligned right; footnotes and checkboxes with names for screen readers).
public enum MarkdownMarkup: Sendable {
    case site, spec

    struct Markup {
        var open: String, close: String, closeWithoutBody: String
        var row: (_ head: Bool, _ position: Int, _ count: Int) -> (open: String, close: String)
        var cell: (_ head: Bool, _ column: Int) -> (open: String, close: String)

        func row(head: Bool, position: Int, count: Int) -> (open: String, close: String) { row(head, position, count) }
        func cell(head: Bool, column: Int) -> (open: String, close: String) { cell(head, column) }
    }

    func markup(alignments: [GFMTables.Alignment], header: [String], rows: [[String]]) -> Markup {
        switch self {
        case .spec:
            let attribute: (Int) -> String = { c in
                switch alignments[c] {
                case .none: ""
                case .left: " align=\"left\""
                case .center: " align=\"center\""
                case .right: " align=\"right\""
                }
            }
            return Markup(
                open: "<table>", close: "</tbody>\n</table>", closeWithoutBody: "</table>",
                row: { head, position, _ in
                    head ? ("<thead>\n<tr>", "</tr>\n</thead>") : (position == 0 ? "<tbody>\n<tr>" : "<tr>", "</tr>")
                },
                cell: { head, c in head ? ("<th\(attribute(c))>", "</th>") : ("<td\(attribute(c))>", "</td>") })
        case .site:
            let numeric = alignments.indices.map { c in
                let filled = rows.map { $0[c] }.filter { !$0.isEmpty }
                return !filled.isEmpty && filled.allSatisfy(DataTable.looksNumeric) && !DataTable.looksLikeYears(header: header[c], filled)
            }
            // Below a width each row becomes a card, each cell labelled with its column's name.
            let labels = header.map { " data-label=\"\(XML.escape(DataTable.plainLabel($0)))\"" }
            let rowHeaders = !(numeric.first ?? true)
            let classes: (Int) -> String = { c in
                var names: [String] = []
                if numeric[c] { names.append("num") }
                switch alignments[c] {
                case .center: names.append("al-c")
                case .right where !numeric[c]: names.append("al-r")
                case .left where numeric[c]: names.append("al-l")
                default: break
                }
                return names.isEmpty ? "" : " class=\"\(names.joined(separator: " "))\""
            }
            return Markup(
                open: DataTable.open, close: "</tbody>" + DataTable.close, closeWithoutBody: DataTable.close,
                row: { head, position, _ in
                    head ? ("<thead><tr>", "</tr></thead>") : (position == 0 ? "<tbody><tr>" : "<tr>", "</tr>")
                },
                cell: { head, c in
                    if head { return ("<th scope=\"col\"\(classes(c))>", "</th>") }
                    if c == 0 && rowHeaders { return ("<th scope=\"row\"\(classes(c))>", "</th>") }
                    return ("<td\(c < labels.count ? labels[c] : "")\(classes(c))>", "</td>")
                })
        }
    }
}

/// The text of a document split in lines, for extensions that read the source again.
struct SourceLines {
    let text: String
    private let lines: [Substring]

    init(_ text: String) {
        self.text = text
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    var count: Int { lines.count }

    /// Line `n`, counted from 1.
    subscript(n: Int) -> Substring { n >= 1 && n <= lines.count ? lines[n - 1] : "" }
}
