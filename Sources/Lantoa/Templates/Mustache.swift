/// Lan Tỏa's Mustache: the templates of the theme, parsed once into a tree
/// (`MustacheParser.swift`) and rendered with `TemplateValue` contexts (`MustacheRenderer.swift`).
/// It follows the Mustache spec (variables, sections, inverted sections, partials, comments, set
/// delimiters) with the inheritance extension (`{{<parent}}` and `{{$block}}`); the official
/// spec runs in the tests (`MustacheSpecTests`). Values are escaped for HTML.
///
/// Written for speed: rendering is most of a build. A name is split into its dotted parts once,
/// when parsed, and a value is found by switching over a closed enum, not through casts.
struct Mustache: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`; an empty path is `{{.}}`.
        case variable(Name, escaped: Bool)
        case section(Name, [Node], inverted: Bool)
        /// `{{>name}}` and `{{<name}}…{{/name}}` (with the blocks it overrides), and where the tag is.
        case partial(String, indentation: String?, overrides: [String: [Node]]?, at: Position)
        /// `{{$name}}default{{/name}}` in a template that a child may override. `intrinsic` is
        /// the indentation of the default's first line when the tag is alone on its line: an
        /// override is indented by it, as the spec's "intrinsic indentation" asks.
        case block(String, [Node], indentation: String, intrinsic: String)
        /// `{{$name}}…{{/name}}` inside `{{<parent}}`: an override, collected by the parser.
        case override(String, [Node])
    }

    /// Where a tag starts in its template, 1-based.
    struct Position: Sendable, Comparable {
        var line: Int
        var column: Int

        static func < (a: Position, b: Position) -> Bool { (a.line, a.column) < (b.line, b.column) }
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

    /// Every `{{>name}}` and `{{<name}}` of the template with where it is, in the order of the
    /// text, for the checks of the theme: partials that exist, partials that include themselves.
    var references: [(name: String, line: Int, column: Int)] {
        var found: [(name: String, at: Position)] = []
        func walk(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .partial(let name, _, let overrides, let at):
                    found.append((name, at))
                    for children in (overrides ?? [:]).values { walk(children) }
                case .section(_, let children, _), .block(_, let children, _, _), .override(_, let children):
                    walk(children)
                case .text, .variable:
                    break
                }
            }
        }
        walk(nodes)
        return found.sorted { $0.at < $1.at }.map { ($0.name, $0.at.line, $0.at.column) }
    }

    /// Every part of every name the template reads (`{{a.card}}` reads `a` and `card`), in
    /// variables and sections, for the preview: which pages show a value rendered elsewhere.
    var namesRead: Set<String> {
        var found: Set<String> = []
        func walk(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .variable(let name, _): found.formUnion(name.parts)
                case .section(let name, let children, _):
                    found.formUnion(name.parts)
                    walk(children)
                case .partial(_, _, let overrides, _):
                    for children in (overrides ?? [:]).values { walk(children) }
                case .block(_, let children, _, _), .override(_, let children):
                    walk(children)
                case .text:
                    break
                }
            }
        }
        walk(nodes)
        return found
    }

    /// Renders with `context`; `partials` finds other templates by name.
    func render(_ context: TemplateObject, partials: (String) -> Mustache?) -> String {
        render(value: .object(context), partials: partials)
    }

    /// Renders with any value as the context (`{{.}}` is the value), as the spec's tests do.
    func render(value: TemplateValue, partials: (String) -> Mustache?) -> String {
        withoutActuallyEscaping(partials) { partials in
            var renderer = Renderer(value, partials: partials)
            renderer.render(nodes)
            return renderer.out
        }
    }

    /// The deepest nesting of sections, blocks and parents a template may have: far beyond any
    /// real theme, and well within the stack of the threads that render.
    static let deepestNesting = 100
}
