/// The theme's Mustache templates, parsed and checked: syntax, partials that exist, required pages present.
public struct TemplateLibrary: Sendable {
    /// Templates every site needs, one per kind of page.
    public static let required = ["home", "list", "article", "page", "terms", "taxonomy", "404", "dashboard", "indicator", "embed", "chart", "archive", "presskit", "card", "stories", "story", "plan", "task", "agency", "documents", "document", "search", "events", "event", "data", "glossary", "glossary-term", "broadcasts", "broadcast", "honours", "honour-year", "honoured", "newsletters", "newsletter", "newsletter-mail"]

    private let templates: [String: Mustache]
    public let names: [String]

    /// Parses every `templates/**/*.mustache`; problems are located diagnostics.
    public static func load(_ files: ProjectFiles, folder: String = "templates", diagnostics: inout [Diagnostic]) -> TemplateLibrary {
        let paths = files.list(folder, extension: "mustache")
        var sources: [(name: String, file: SourceFile)] = []
        for path in paths {
            switch files.read(path) {
            case .success(let file):
                let name = String(path.dropFirst(folder.count + 1).dropLast(".mustache".count))
                sources.append((name, file))
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        let names = sources.map(\.name)
        var templates: [String: Mustache] = [:]
        var sourcePaths: [String: String] = [:]
        for (name, file) in sources {
            sourcePaths[name] = file.path
            do {
                templates[name] = try Mustache(parsing: file.text)
            } catch {
                diagnostics.append(.error(SourceLocation(file: file.path, line: error.line, column: error.column),
                                          .templateSyntaxError(describe(error.problem), quoted(error.source.trimmed, around: error.column)),
                                          hint: hint(for: error.problem)))
                continue
            }
            for reference in templates[name]!.references where !names.contains(reference.name) {
                let known = names.filter { !required.contains($0) || $0 == "base" }
                let hint = Suggestion.closest(to: reference.name, in: names).map(Message.didYouMean)
                    ?? .createPartialOrUse("\(folder)/\(reference.name).mustache", known.joined(separator: ", "))
                diagnostics.append(.error(SourceLocation(file: file.path, line: reference.line, column: reference.column),
                                          .templateUsesPartialDoesNot(reference.name), hint: hint))
            }
        }
        diagnostics += cycles(in: templates, paths: sourcePaths)
        for name in required where !names.contains(name) {
            diagnostics.append(.error(SourceLocation(file: "\(folder)/\(name).mustache"), .themeHasNoTemplate(name),
                                      hint: .everyThemeNeeds(required.map { "\($0).mustache" }.joined(separator: ", "))))
        }
        return TemplateLibrary(templates: templates, names: names)
    }

    /// Renders the template `name` with a dictionary context.
    public func render(_ name: String, _ context: TemplateObject) -> String {
        templates[name]?.render(context) { templates[$0] } ?? ""
    }

    /// `name` and every template it includes, directly or through others (partials and parents).
    func closure(of name: String) -> Set<String> {
        var found: Set<String> = [name]
        var next = [name]
        while let current = next.popLast() {
            for reference in templates[current]?.references ?? [] where found.insert(reference.name).inserted {
                next.append(reference.name)
            }
        }
        return found
    }

    /// The templates that render one of `changed` when they render: those and every template
    /// that includes one of them.
    public func including(_ changed: Set<String>) -> Set<String> {
        Set(names.filter { !closure(of: $0).isDisjoint(with: changed) })
    }

    /// The templates that read a value named `part` (`{{{card}}}`, `{{{previous.card}}}`),
    /// themselves or through a template they include.
    public func reading(_ part: String) -> Set<String> {
        Set(names.filter { closure(of: $0).contains { templates[$0]?.namesRead.contains(part) ?? false } })
    }

    /// Partials that include themselves, directly (`footer → footer`) or through others
    /// (`a → b → a`): each would render forever. One error per loop, at the tag that closes it.
    static func cycles(in templates: [String: Mustache], paths: [String: String]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var done: Set<String> = []
        var reported: Set<String> = []
        func visit(_ name: String, _ chain: [String]) {
            guard !done.contains(name), let template = templates[name] else { return }
            for reference in template.references {
                if let start = chain.firstIndex(of: reference.name) ?? (reference.name == name ? chain.count : nil) {
                    let loop = Array((chain + [name])[start...]) + [reference.name]
                    // The same loop is found from each of its members: named once, by its smallest rotation.
                    let key = Set(loop).sorted().joined(separator: " ")
                    guard reported.insert(key).inserted else { continue }
                    problems.append(.error(SourceLocation(file: paths[name] ?? name, line: reference.line, column: reference.column),
                                           .partialIncludesItself(loop.joined(separator: " → ")),
                                           hint: .removeTagHereMoveWhat(reference.name, reference.name)))
                } else if !chain.contains(name) {
                    visit(reference.name, chain + [name])
                }
            }
            done.insert(name)
        }
        for name in templates.keys.sorted() { visit(name, []) }
        return problems
    }

    /// At most 60 characters of the line, around the column of the problem.
    static func quoted(_ line: String, around column: Int) -> String {
        guard line.count > 60 else { return line }
        let start = max(0, min(column - 20, line.count - 60))
        let piece = line.dropFirst(start).prefix(60)
        return (start > 0 ? "…" : "") + piece + (start + 60 < line.count ? "…" : "")
    }

    private static func hint(for problem: Mustache.ParseError.Problem) -> Message {
        switch problem {
        case .emptyName: .writeNameValueBetweenBraces
        case .nestedTooDeep: .sectionsNestedMoreThanDeep(Mustache.deepestNesting)
        case .sectionNotClosed(let name), .closeDoesNotMatch(_, let name?, _): .addWhereSectionShouldEnd(name)
        default: .everySectionNeedsClosing
        }
    }

    private static func describe(_ problem: Mustache.ParseError.Problem) -> Message {
        switch problem {
        case .closeDoesNotMatch(let closing, let open?, let line): .closingTagLeavesOpen(closing, open, line)
        case .closeDoesNotMatch(let closing, nil, _): .closingTagOpensNothing(closing)
        case .unfinishedTag: .tagNotClosed
        case .sectionNotClosed(let name): .sectionNeverClosed(name)
        case .emptyName: .tagHasNoName
        case .nestedTooDeep: .sectionsNestedTooDeeply
        case .badDelimiter: .badDelimiterTag
        case .tokenInsideParent: .onlyBlocksInsideParent
        case .transform: .tagHasBrackets
        case .unknownPragma: .unknownPragma
        }
    }
}
