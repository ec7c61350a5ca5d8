/// The theme's Mustache templates, parsed and checked: syntax, partials that exist, required pages present.
public struct TemplateLibrary: Sendable {
    /// Templates every site needs, one per kind of page.
    public static let required = ["home", "list", "article", "page", "terms", "taxonomy", "404", "dashboard", "indicator", "embed", "chart", "archive", "presskit", "card", "stories", "story", "plan", "task", "agency", "documents", "document", "search"]

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
        for (name, file) in sources {
            do {
                templates[name] = try Mustache(parsing: file.text)
            } catch {
                diagnostics.append(.error(SourceLocation(file: file.path, line: error.line, column: error.column),
                                          "template syntax error: \(describe(error.problem)) in \"\(error.source.trimmed)\"",
                                          hint: "every {{#section}} and {{$block}} needs a matching {{/section}}, and tags are written {{name}}"))
                continue
            }
            for reference in partialReferences(in: file.text) where !names.contains(reference.name) {
                let known = names.filter { !required.contains($0) || $0 == "base" }
                let hint = Suggestion.closest(to: reference.name, in: names).map { "did you mean '\($0)'?" }
                    ?? "create \(folder)/\(reference.name).mustache, or use one of: \(known.joined(separator: ", "))"
                diagnostics.append(.error(SourceLocation(file: file.path, line: reference.line, column: reference.column),
                                          "the template uses a partial '\(reference.name)' that does not exist", hint: hint))
            }
        }
        for name in required where !names.contains(name) {
            diagnostics.append(.error(SourceLocation(file: "\(folder)/\(name).mustache"), "the theme has no '\(name)' template",
                                      hint: "every theme needs: \(required.map { "\($0).mustache" }.joined(separator: ", "))"))
        }
        return TemplateLibrary(templates: templates, names: names)
    }

    /// Renders the template `name` with a dictionary context.
    public func render(_ name: String, _ context: [String: Any]) -> String {
        templates[name]?.render(context) { templates[$0] } ?? ""
    }

    /// `{{> name}}` and `{{< name}}` tags, with where they are.
    static func partialReferences(in text: String) -> [(name: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let after = rest[open.upperBound...]
                guard let kind = after.first, kind == ">" || kind == "<",
                      let close = after.range(of: "}}") else {
                    rest = after
                    continue
                }
                let name = after[after.index(after: after.startIndex)..<close.lowerBound].trimmed
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                found.append((name, number + 1, column))
                rest = after[close.upperBound...]
            }
        }
        return found
    }

    private static func describe(_ problem: Mustache.ParseError.Problem) -> String {
        switch problem {
        case .closeDoesNotMatch: "a closing tag does not match the section it closes"
        case .unfinishedTag: "a tag is not closed with '}}'"
        case .sectionNotClosed: "a section is never closed"
        case .badDelimiter: "a set-delimiter tag is malformed"
        case .tokenInsideParent: "only {{$block}} overrides may appear inside {{<parent}}"
        case .transform: "a tag has brackets: names are letters, digits, '.', '-' and '_'"
        case .unknownPragma: "a {{% pragma}} is unknown"
        }
    }
}
