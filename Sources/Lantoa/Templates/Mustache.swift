/// Lan Tỏa's Mustache: the templates of the theme, parsed once into a tree and rendered with
/// dictionary contexts. It follows the Mustache spec (variables, sections, inverted sections,
/// partials, comments, set delimiters) with the inheritance extension (`{{<parent}}` and
/// `{{$block}}`), and keeps the whitespace rules of swift-mustache, which rendered the theme
/// before: a tag alone on its line takes no room in the output. Values are escaped for HTML.
///
/// Written for speed: rendering is most of a build. A name is split into its dotted parts once,
/// when parsed, and a value is looked up with a cast to a dictionary, not through protocols
/// (or in a `LazyContext`, for values worth working out only when a template asks).
struct Mustache: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`; an empty path is `{{.}}`.
        case variable(Name, escaped: Bool)
        case section(Name, [Node], inverted: Bool)
        /// `{{>name}}` and `{{<name}}…{{/name}}` (with the blocks it overrides).
        case partial(String, indentation: String?, overrides: [String: [Node]]?)
        /// `{{$name}}default{{/name}}` in a template that a child may override.
        case block(String, [Node], indentation: String)
        /// `{{$name}}…{{/name}}` inside `{{<parent}}`: an override, collected by the parser.
        case override(String, [Node])
    }

    /// A dotted name, split once. `local` names (`{{.x}}`) are looked up in the innermost
    /// context only; the others climb the context stack.
    struct Name: Sendable {
        var parts: [String]
        var local: Bool
        var text: String

        init(_ text: String) {
            self.text = text
            local = text.first == "." && text != "."
            parts = text == "." ? [] : text.split(separator: ".").map(String.init)
        }
    }

    let nodes: [Node]
    /// Every `{{>name}}` and `{{<name}}` of the template with where it is (1-based), for the checks
    /// of the theme: partials that exist, partials that include themselves.
    var references: [(name: String, line: Int, column: Int)] = []

    // MARK: Rendering

    /// Renders with `context`; `partials` finds other templates by name.
    func render(_ context: [String: Any], partials: (String) -> Mustache?) -> String {
        withoutActuallyEscaping(partials) { partials in
            var renderer = Renderer(context, partials: partials)
            renderer.render(nodes)
            return renderer.out
        }
    }

    /// One rendering: the context stack (pushed and popped, never copied), the indentation of
    /// the partial being rendered, and the blocks overridden by the templates that inherit.
    /// A struct, not a class: a class's properties are checked for overlapping access at run time.
    private struct Renderer {
        var out = ""
        private var stack: [Frame]
        private var indentation: String?
        private var overrides: [String: [Node]]?
        private let partials: (String) -> Mustache?
        private var partialDepth = 0

        init(_ context: [String: Any], partials: @escaping (String) -> Mustache?) {
            stack = [.dictionary(context)]
            stack.reserveCapacity(8)
            self.partials = partials
        }

        mutating func render(_ nodes: [Node]) {
            // Inside an indented partial each line starts with the indentation.
            guard let indentation, !indentation.isEmpty else {
                for node in nodes { render(node) }
                return
            }
            let outer = out
            var local = ""
            for node in nodes {
                out = ""
                render(node)
                if !out.isEmpty, local.last == "\n" { local += indentation }
                local += out
            }
            out = outer + local
        }

        private mutating func render(_ node: Node) {
            switch node {
            case .text(let text):
                out += text
            case .variable(let name, let escaped):
                guard let value = Mustache.lookup(name, stack) else { return }
                let text = Mustache.describe(value)
                if escaped { XML.escape(text, into: &out) } else { out += text }
            case .section(let name, let children, let inverted):
                let value = Mustache.lookup(name, stack)
                if inverted {
                    guard Mustache.isFalsy(value) else { return }
                    // An empty list is the context of what the section shows, as in swift-mustache.
                    if let value, !(value is Bool) { within(value, children) } else { render(children) }
                    return
                }
                guard let value else { return }
                // The theme's own shapes first, told apart by their exact type: a cast to a type
                // the value merely converts to (`[String: String]` to `[String: Any]`) copies it.
                switch Shape(of: value) {
                case .dictionary: within(value as! [String: Any], children)
                case .dictionaries: for item in value as! [[String: Any]] { within(.dictionary(item), children) }
                case .strings: within(value as! [String: String], children)
                case .lazy: within(.lazy(value as! LazyContext), children)
                case .lazies: for item in value as! [LazyContext] { within(.lazy(item), children) }
                case .stringDictionaries: for item in value as! [[String: String]] { within(.strings(item), children) }
                case .text: within(value, children)
                case .other:
                    switch value {
                    case let flag as Bool:
                        if flag { render(children) }
                    case let items as [[String: Any]]:
                        for item in items { within(item, children) }
                    case let object as [String: Any]:
                        within(object, children)
                    case let items as [Any]:
                        for item in items { within(item, children) }
                    case let value where !Mustache.isNilOptional(value):
                        within(value, children)
                    default:
                        return
                    }
                }
            case .partial(let name, let indented, let inherited):
                // The theme's check refuses partials that include themselves; this guard keeps
                // any that slipped through from exhausting the stack.
                guard partialDepth < Mustache.deepestNesting, let template = partials(name) else { return }
                partialDepth += 1
                defer { partialDepth -= 1 }
                let (savedIndentation, savedOverrides) = (indentation, overrides)
                if let indented { indentation = (indentation ?? "") + indented }
                if let inherited {
                    // The outer template's overrides win over those of the templates it inherits.
                    overrides = overrides.map { $0.merging(inherited) { outer, _ in outer } } ?? inherited
                }
                render(template.nodes)
                (indentation, overrides) = (savedIndentation, savedOverrides)
            case .block(let name, let children, let indented):
                // An override holding a block of its own name would render itself forever (found by fuzzing).
                guard partialDepth < Mustache.deepestNesting else { return }
                partialDepth += 1
                defer { partialDepth -= 1 }
                let saved = indentation
                indentation = (indentation ?? "") + indented
                render(overrides?[name] ?? children)
                indentation = saved
            case .override:
                break
            }
        }

        /// Renders `nodes` with `object` as the innermost context.
        private mutating func within(_ object: Any, _ nodes: [Node]) {
            within(Frame(object), nodes)
        }

        private mutating func within(_ frame: Frame, _ nodes: [Node]) {
            stack.append(frame)
            render(nodes)
            stack.removeLast()
        }
    }

    /// Empty lists, `false` and missing values; anything else (even an empty string) is shown.
    static func isFalsy(_ value: Any?) -> Bool {
        switch value {
        case nil: true
        case let value? where isNilOptional(value): true
        case let flag as Bool: !flag
        case let items as [[String: Any]]: items.isEmpty
        case let items as [Any]: items.isEmpty
        default: false
        }
    }

    static func describe(_ value: Any) -> String {
        switch value {
        case let text as String: text
        case let number as Int: String(number)
        case let optional as OptionalValue: optional.wrapped.map(describe) ?? ""
        default: String(describing: value)
        }
    }

    /// An `Optional` holding nothing, stored in a context (checked only off the common paths).
    static func isNilOptional(_ value: Any) -> Bool {
        (value as? OptionalValue).map { $0.wrapped == nil } ?? false
    }

    /// One context of the stack, its dictionary cast once when pushed rather than at every
    /// lookup that climbs past it.
    enum Frame {
        case dictionary([String: Any])
        /// A dictionary literal of strings only, which Swift types `[String: String]`.
        case strings([String: String])
        case lazy(LazyContext)
        case other(Any)

        init(_ object: Any) {
            switch Shape(of: object) {
            case .dictionary: self = .dictionary(object as! [String: Any])
            case .strings: self = .strings(object as! [String: String])
            case .lazy: self = .lazy(object as! LazyContext)
            case .text, .dictionaries, .stringDictionaries, .lazies: self = .other(object)
            case .other: self = (object as? [String: Any]).map(Frame.dictionary) ?? .other(object)
            }
        }

        var value: Any {
            switch self {
            case .dictionary(let d): d
            case .strings(let d): d
            case .lazy(let c): c
            case .other(let v): v
            }
        }

        func child(_ name: String) -> Any? {
            switch self {
            case .dictionary(let d): d[name]
            case .strings(let d): d[name]
            case .lazy(let c): c.value(name)
            case .other: nil
            }
        }
    }

    /// The exact types that contexts are made of. A value is matched on its dynamic type
    /// before any cast: casting `[String: String]` to `[String: Any]` succeeds by copying.
    enum Shape {
        case dictionary, dictionaries, strings, stringDictionaries, text, lazy, lazies, other

        init(of value: Any) {
            let type = ObjectIdentifier(Swift.type(of: value))
            self = if type == Self.dictionaryType { .dictionary }
                else if type == Self.textType { .text }
                else if type == Self.dictionariesType { .dictionaries }
                else if type == Self.stringsType { .strings }
                else if type == Self.stringDictionariesType { .stringDictionaries }
                else if type == Self.lazyType { .lazy }
                else if type == Self.laziesType { .lazies }
                else { .other }
        }

        private static let dictionaryType = ObjectIdentifier([String: Any].self)
        private static let dictionariesType = ObjectIdentifier([[String: Any]].self)
        private static let stringsType = ObjectIdentifier([String: String].self)
        private static let stringDictionariesType = ObjectIdentifier([[String: String]].self)
        private static let textType = ObjectIdentifier(String.self)
        private static let lazyType = ObjectIdentifier(LazyContext.self)
        private static let laziesType = ObjectIdentifier([LazyContext].self)
    }

    /// The value a name stands for: its first part is looked for from the innermost context
    /// outwards, the other parts inside what was found.
    static func lookup(_ name: Name, _ stack: [Frame]) -> Any? {
        guard let first = name.parts.first else { return stack.last?.value }
        var found: Any?
        if name.local {
            found = stack[stack.count - 1].child(first)
        } else {
            for frame in stack.reversed() {
                if let value = frame.child(first) {
                    found = value
                    break
                }
            }
        }
        for part in name.parts.dropFirst() {
            guard let object = found else { return nil }
            found = Frame(object).child(part)
        }
        return found
    }
}

/// A context whose values are worked out when a template first asks for one: an article in a
/// list, say, whose card is ready and whose other fields cost nothing unless the theme shows them.
/// `quick` answers the names it knows cheaply (nil for the others); the rest come from `fields`,
/// made once per context. A context serves one rendering, on one thread.
final class LazyContext: @unchecked Sendable {
    private let quick: (String) -> Any?
    private let make: () -> [String: Any]
    private var made: [String: Any]?

    init(quick: @escaping (String) -> Any? = { _ in nil }, fields: @escaping () -> [String: Any]) {
        self.quick = quick
        self.make = fields
    }

    func value(_ name: String) -> Any? {
        if let value = quick(name) { return value }
        if made == nil { made = make() }
        return made![name]
    }
}

/// Lets a lookup see through an `Optional` stored in a context dictionary.
private protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    var wrapped: Any? { self.map { $0 as Any } }
}

// MARK: Parsing

extension Mustache {
    /// A template that cannot be parsed: what is wrong and where (1-based).
    struct ParseError: Error {
        enum Problem: Error, Equatable {
            case closeDoesNotMatch, unfinishedTag, badDelimiter, tokenInsideParent, transform, unknownPragma
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

    /// The deepest nesting of sections, blocks and parents a template may have: far beyond any
    /// real theme, and well within the stack of the threads that render.
    static let deepestNesting = 100

    init(parsing text: String) throws(ParseError) {
        var parser = Parser(Array(text))
        do {
            nodes = try parser.parse(Parser.State())
            references = parser.references
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
        var references: [(name: String, line: Int, column: Int)] = []
        var depth = 0

        init(_ text: [Character]) { self.text = text }

        var atEnd: Bool { at >= text.count }
        var current: Character { text[at] }

        func error(_ problem: ParseError.Problem) -> ParseError {
            let (line, column) = position(of: at)
            let lines = String(text).split(separator: "\n", omittingEmptySubsequences: false)
            return ParseError(problem: problem, line: line, column: column, source: line <= lines.count ? String(lines[line - 1]) : "")
        }

        func position(of offset: Int) -> (line: Int, column: Int) {
            var line = 1, column = 1
            for character in text[..<min(offset, text.count)] {
                if character.isNewline { line += 1; column = 1 } else { column += 1 }
            }
            return (line, column)
        }

        /// Records a partial or parent tag that opened at `offset`.
        mutating func reference(_ name: String, at offset: Int) {
            let (line, column) = position(of: offset)
            references.append((name, line, column))
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
                    let position = at
                    let name = try readName(state)
                    guard name == state.section else {
                        at = position
                        throw .closeDoesNotMatch
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
                    reference(name, at: tagStart)
                    let indentation = String(whitespace)
                    flushWhitespace()
                    if isStandalone(state) {
                        standalone = true
                        nodes.append(.partial(name, indentation: indentation, overrides: nil))
                    } else {
                        nodes.append(.partial(name, indentation: nil, overrides: nil))
                    }
                case "<":
                    at += 1
                    let name = try readPartialName(state)
                    let indentation = String(whitespace)
                    flushWhitespace()
                    standalone = isStandalone(state)
                    reference(name, at: tagStart)
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
                    nodes.append(.partial(name, indentation: indentation, overrides: overrides))
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
                        nodes.append(.block(name, try parse(inner), indentation: indentation))
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
