extension Mustache {
    /// A template that cannot be parsed: what is wrong and where (1-based).
    struct ParseError: Error {
        enum Problem: Error, Equatable {
            case unfinishedTag, badDelimiter, tokenInsideParent, transform, unknownPragma
            /// `{{/closing}}` where another section is open (named, with the line of its tag), or none.
            case closeDoesNotMatch(closing: String, open: String?, openLine: Int)
            /// The section's name; the error points at the tag that opened it.
            case sectionNotClosed(String)
            /// `{{}}`, `{{#}}`: a tag without a name.
            case emptyName
            /// Sections, blocks and parents nested deeper than `Mustache.deepestNesting`.
            case nestedTooDeep
        }
        var problem: Problem
        var line: Int
        var column: Int
        /// The text of the line, for the message.
        var source: String
    }

    init(parsing text: String) throws(ParseError) {
        var parser = Parser(Array(text))
        do {
            nodes = try parser.parse(Parser.State())
        } catch let problem {
            throw parser.error(problem)
        }
    }

    /// Reads a template the way swift-mustache does, so the whitespace of the output is the same.
    private struct Parser {
        struct State {
            var section: String?
            /// Where the tag opening `section` starts (its `{{`), for the error when it is never closed.
            var sectionStart = 0
            var newLine = true
            var inParent = false
            var parentTopLevel = false
            var parentIndent: [Character]?
            var open: [Character] = ["{", "{"]
            var close: [Character] = ["}", "}"]
        }

        let text: [Character]
        var at = 0
        var depth = 0
        /// Where each line starts, for the positions of tags and errors.
        let lineStarts: [Int]

        init(_ text: [Character]) {
            self.text = text
            lineStarts = [0] + text.indices.filter { text[$0].isNewline }.map { $0 + 1 }
        }

        var atEnd: Bool { at >= text.count }
        var current: Character { text[at] }

        func error(_ problem: ParseError.Problem) -> ParseError {
            let position = position(of: at)
            let start = lineStarts[position.line - 1]
            let end = position.line < lineStarts.count ? lineStarts[position.line] - 1 : text.count
            return ParseError(problem: problem, line: position.line, column: position.column, source: String(text[start..<max(start, end)]))
        }

        /// The line and column of `offset`, found among the starts of lines.
        func position(of offset: Int) -> Position {
            let offset = min(offset, text.count)
            var (low, high) = (0, lineStarts.count - 1)
            while low < high {
                let middle = (low + high + 1) / 2
                if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
            }
            return Position(line: low + 1, column: offset - lineStarts[low] + 1)
        }

        mutating func parse(_ start: State) throws(ParseError.Problem) -> [Node] {
            depth += 1
            defer { depth -= 1 }
            guard depth <= Mustache.deepestNesting else { throw .nestedTooDeep }
            var nodes: [Node] = []
            var state = start
            var whitespace: [Character] = []
            while !atEnd {
                if state.newLine {
                    let read = readSpaces()
                    if state.inParent && !state.parentTopLevel {
                        // Inside a block of {{<parent}}: lines lose the first line's indentation.
                        if let indent = state.parentIndent { whitespace = Array(read.dropFirst(indent.count)) } else { state.parentIndent = read }
                    } else {
                        whitespace = read
                    }
                }
                let run = readText(state)
                if !atEnd && current.isNewline {
                    nodes.append(.text(String(whitespace + run + [current])))
                    state.newLine = true
                    at += 1
                    continue
                }
                if !run.isEmpty {
                    nodes.append(.text(String(whitespace + run)))
                    whitespace = []
                    state.newLine = false
                }
                if atEnd { break }
                let tagStart = at - state.open.count
                var standalone = false
                func flushWhitespace() {
                    if !whitespace.isEmpty { nodes.append(.text(String(whitespace))); whitespace = [] }
                }
                switch current {
                case "#", "^":
                    let inverted = current == "^"
                    at += 1
                    let name = try readName(state)
                    if isStandalone(state) { standalone = true } else { flushWhitespace() }
                    var inner = state
                    inner.section = name
                    inner.sectionStart = tagStart
                    inner.parentTopLevel = false
                    if !standalone { inner.newLine = false }
                    nodes.append(.section(Name(name), try parse(inner), inverted: inverted))
                case "/":
                    at += 1
                    let nameStart = at
                    let name = try readName(state)
                    guard name == state.section else {
                        at = nameStart
                        throw .closeDoesNotMatch(closing: name, open: state.section, openLine: position(of: state.sectionStart).line)
                    }
                    if !isStandalone(state) { flushWhitespace() }
                    return nodes
                case "!":
                    at += 1
                    guard let end = find(state.close) else { throw .unfinishedTag }
                    at = end + state.close.count
                    standalone = isStandalone(state)
                case "{", "&":
                    let triple = current == "{"
                    flushWhitespace()
                    at += 1
                    let name = try readName(state)
                    if triple {
                        guard !atEnd, current == "}" else { throw .unfinishedTag }
                        at += 1
                    }
                    nodes.append(.variable(Name(name), escaped: false))
                case ">":
                    at += 1
                    let name = try readPartialName(state)
                    let indentation = String(whitespace)
                    flushWhitespace()
                    if isStandalone(state) {
                        standalone = true
                        nodes.append(.partial(name, indentation: indentation, overrides: nil, at: position(of: tagStart)))
                    } else {
                        nodes.append(.partial(name, indentation: nil, overrides: nil, at: position(of: tagStart)))
                    }
                case "<":
                    at += 1
                    let name = try readPartialName(state)
                    let indentation = String(whitespace)
                    flushWhitespace()
                    standalone = isStandalone(state)
                    var inner = state
                    inner.section = name
                    inner.sectionStart = tagStart
                    inner.newLine = true
                    inner.inParent = true
                    inner.parentTopLevel = true
                    var overrides: [String: [Node]] = [:]
                    for node in try parse(inner) {
                        switch node {
                        case .override(let block, let content): overrides[block] = content
                        case .text: break
                        default: throw .tokenInsideParent
                        }
                    }
                    nodes.append(.partial(name, indentation: indentation, overrides: overrides, at: position(of: tagStart)))
                case "$":
                    at += 1
                    let name = try readName(state)
                    var inner = state
                    inner.section = name
                    inner.sectionStart = tagStart
                    inner.parentTopLevel = false
                    if state.parentTopLevel {
                        standalone = isStandalone(state)
                        if !standalone { inner.newLine = false }
                        nodes.append(.override(name, try parse(inner)))
                    } else {
                        let indentation = String(whitespace)
                        flushWhitespace()
                        standalone = isStandalone(state)
                        if !standalone { inner.newLine = false }
                        let children = try parse(inner)
                        var intrinsic = ""
                        if standalone, case .text(let first)? = children.first { intrinsic = String(first.prefix { $0 == " " || $0 == "\t" }) }
                        nodes.append(.block(name, children, indentation: indentation, intrinsic: intrinsic))
                    }
                case "=":
                    at += 1
                    try setDelimiters(&state)
                    standalone = isStandalone(state)
                case "%":
                    // Pragmas (swift-mustache's CONTENT_TYPE) have no meaning here: values are escaped for HTML.
                    at += 1
                    guard let end = find(state.close) else { throw .unfinishedTag }
                    let pragma = String(text[at..<end]).split(separator: ":").first.map { String($0).trimmed } ?? ""
                    guard pragma == "CONTENT_TYPE" else { throw .unknownPragma }
                    at = end + state.close.count
                    standalone = isStandalone(state)
                default:
                    flushWhitespace()
                    nodes.append(.variable(Name(try readName(state)), escaped: true))
                }
                state.newLine = standalone
            }
            if let section = state.section {
                at = state.sectionStart
                throw .sectionNotClosed(section)
            }
            return nodes
        }

        /// Spaces and tabs at the start of a line.
        mutating func readSpaces() -> [Character] {
            let start = at
            while !atEnd, current == " " || current == "\t" { at += 1 }
            return Array(text[start..<at])
        }

        /// Text up to the end of the line or the next opening delimiter (which is consumed).
        mutating func readText(_ state: State) -> [Character] {
            let start = at
            while !atEnd {
                if current.isNewline { return Array(text[start..<at]) }
                if matches(state.open, at: at) {
                    let end = at
                    at += state.open.count
                    return Array(text[start..<end])
                }
                at += 1
            }
            return Array(text[start..<at])
        }

        func matches(_ delimiter: [Character], at position: Int) -> Bool {
            guard position + delimiter.count <= text.count else { return false }
            for k in delimiter.indices where text[position + k] != delimiter[k] { return false }
            return true
        }

        func find(_ delimiter: [Character]) -> Int? {
            var k = at
            while k < text.count {
                if matches(delimiter, at: k) { return k }
                k += 1
            }
            return nil
        }

        private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")

        mutating func readName(_ state: State) throws(ParseError.Problem) -> String {
            while !atEnd, current.isWhitespace { at += 1 }
            let start = at
            while !atEnd, Self.nameCharacters.contains(current) { at += 1 }
            let name = String(text[start..<at])
            if !atEnd, current == "(" || current == ")" { throw .transform }
            if name.isEmpty && matches(state.close, at: at) { throw .emptyName }
            while !atEnd, current.isWhitespace { at += 1 }
            guard matches(state.close, at: at) else { throw .unfinishedTag }
            at += state.close.count
            return name
        }

        mutating func readPartialName(_ state: State) throws(ParseError.Problem) -> String {
            while !atEnd, current.isWhitespace { at += 1 }
            let start = at
            while !atEnd, Self.nameCharacters.contains(current) || current == "/" { at += 1 }
            let name = String(text[start..<at])
            if name.isEmpty && matches(state.close, at: at) { throw .emptyName }
            while !atEnd, current.isWhitespace { at += 1 }
            guard matches(state.close, at: at) else { throw .unfinishedTag }
            at += state.close.count
            return name
        }

        /// `{{=<% %>=}}`.
        mutating func setDelimiters(_ state: inout State) throws(ParseError.Problem) {
            while !atEnd, current.isWhitespace { at += 1 }
            var open: [Character] = []
            while !atEnd, !current.isWhitespace { open.append(current); at += 1 }
            while !atEnd, current.isWhitespace { at += 1 }
            var close: [Character] = []
            while !atEnd, !current.isWhitespace, current != "=" { close.append(current); at += 1 }
            while !atEnd, current.isWhitespace { at += 1 }
            guard !atEnd, current == "=" else { throw .badDelimiter }
            at += 1
            guard matches(state.close, at: at), !open.isEmpty, !close.isEmpty else { throw .badDelimiter }
            at += state.close.count
            state.open = open
            state.close = close
            state.parentTopLevel = false
        }

        /// A tag alone on its line: the rest of the line (spaces, the newline) is dropped.
        mutating func isStandalone(_ state: State) -> Bool {
            guard state.newLine else { return false }
            if atEnd { return true }
            var k = at
            while k < text.count, text[k] == " " || text[k] == "\t" { k += 1 }
            if k < text.count, text[k].isNewline {
                at = k + 1
                return true
            }
            return false
        }
    }
}
