import Yams

/// Splits `---` YAML front matter (or Hugo's `+++` TOML and JSON) from the body and parses it, keeping key lines.
public enum FrontMatterParser {
    /// Parses a file; problems are appended to `diagnostics`, and what could be read is returned.
    public static func parse(_ file: SourceFile, diagnostics: inout [Diagnostic]) -> SplitSource {
        let start = SourceLocation(file: file.path)
        let text = file.text
        // Hugo's other two formats: TOML between `+++` lines, a JSON object.
        if text.hasPrefix("+++\n") || text == "+++" { return FrontMatterFormats.toml(file, diagnostics: &diagnostics) }
        // A JSON object opens with `{` and a quoted key: a body that starts with `{{< shortcode >}}` is not one.
        if text.hasPrefix("{"), let next = text.dropFirst().first(where: { !$0.isWhitespace }), next == "\"" || next == "}" {
            return FrontMatterFormats.json(file, diagnostics: &diagnostics)
        }
        guard text.hasPrefix("---\n") || text == "---" else {
            return SplitSource(frontMatter: FrontMatter(location: start), body: text, bodyLine: 1)
        }
        // Find the closing delimiter: a line that is exactly `---` (or YAML's `...`).
        let utf8 = text.utf8
        var lineNumber = 1
        let yamlStart = utf8.index(utf8.startIndex, offsetBy: 4, limitedBy: utf8.endIndex) ?? utf8.endIndex
        var yamlEnd = yamlStart
        var bodyStart: String.Index?
        var index = yamlStart
        while index < utf8.endIndex {
            lineNumber += 1
            let end = utf8[index...].firstIndex(of: 10) ?? utf8.endIndex
            let next = end < utf8.endIndex ? utf8.index(after: end) : end
            if isDelimiter(utf8[index..<end]) {
                bodyStart = next
                break
            }
            yamlEnd = end
            index = next
        }
        guard let bodyStart else {
            diagnostics.append(.error(start, .frontMatterNeverClosed,
                                      hint: .addClosingYAMLLine))
            return SplitSource(frontMatter: FrontMatter(location: start), body: "", bodyLine: lineNumber + 1)
        }
        let yaml = String(text[yamlStart..<yamlEnd])
        let frontMatter = parseYAML(yaml, file: file.path, firstLine: 2, diagnostics: &diagnostics)
        return SplitSource(frontMatter: frontMatter, body: String(text[bodyStart...]), bodyLine: lineNumber + 1)
    }

    /// Parses a YAML mapping whose first line is `firstLine` of `file`.
    public static func parseYAML(_ yaml: String, file: String, firstLine: Int, diagnostics: inout [Diagnostic]) -> FrontMatter {
        if let fields = PlainYAML.fields(yaml, file: file, firstLine: firstLine), !fields.isEmpty {
            return FrontMatter(fields: fields, location: SourceLocation(file: file, line: max(1, firstLine - 1)), lineOffset: firstLine - 1)
        }
        return composeYAML(yaml, file: file, firstLine: firstLine, diagnostics: &diagnostics)
    }

    /// Reads any YAML with Yams: what `PlainYAML` leaves, and every error message.
    static func composeYAML(_ yaml: String, file: String, firstLine: Int, diagnostics: inout [Diagnostic]) -> FrontMatter {
        let origin = SourceLocation(file: file, line: max(1, firstLine - 1))
        func location(_ mark: Mark?) -> SourceLocation {
            guard let mark else { return origin }
            return at(mark.line, mark.column)
        }
        func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: file, line: line + firstLine - 1, column: column) }
        let root: Node?
        do {
            // The basic resolver tags every scalar as text: FieldReader decides types by key,
            // and Yams' default resolver would run several regular expressions on every value.
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            var diagnostic = yamlDiagnostic(error, location: location, at: at)
            // Yams marks a key set twice at its first use: the second one is the place to look.
            if case let .duplicatedKeysInMapping(duplicates, context) = error, let key = duplicates.first,
               let (first, second) = twice(key, in: yaml, from: context.mark.line - 1) {
                diagnostic.location = at(second.line + 1, second.column + 1)
                diagnostic.text = .yamlKeySetTwiceFirst(key, at(first + 1, 1).line)
            }
            diagnostics.append(diagnostic)
            return FrontMatter(location: origin)
        } catch {
            diagnostics.append(.error(origin, .yamlCouldNotRead("\(error)")))
            return FrontMatter(location: origin)
        }
        guard let root else { return FrontMatter(location: origin) }
        guard let mapping = root.mapping else {
            diagnostics.append(.error(location(root.mark), .expectedKeyValueLinesGot(describe(root)),
                                      hint: .eachLineFrontMatterKey))
            return FrontMatter(location: origin)
        }
        var fields: [FrontMatter.Field] = []
        var seen: [String: SourceLocation] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let keyLocation = location(keyNode.mark)
            if let first = seen[key] {
                diagnostics.append(.error(keyLocation, .setTwiceFirstLine(key, first.line),
                                          hint: .keepOnlyOneLine(key)))
                continue
            }
            seen[key] = keyLocation
            fields.append(FrontMatter.Field(key: key, value: value, keyLocation: keyLocation, valueLocation: location(value.mark)))
        }
        return FrontMatter(fields: fields, location: origin, lineOffset: firstLine - 1)
    }

    /// The lines (0-based) of `key`'s first use from line `start` on, and of its second use in the
    /// same mapping, with its column: at the first's indentation, before a line less indented (or
    /// the next item of the list holding the mapping) ends it. `2026:` under one task of the plan
    /// and `2026:` under the next are not one key set twice.
    static func twice(_ key: String, in yaml: String, from start: Int) -> (Int, (line: Int, column: Int))? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        // A line's depth: its spaces, and the "- " of list items before its key.
        func parse(_ line: Substring) -> (depth: Int, dash: Int?, content: Substring) {
            var content = line.drop { $0 == " " }
            var dash: Int?
            while content.hasPrefix("- ") {
                dash = dash ?? line.count - content.count
                content = content.dropFirst(2).drop { $0 == " " }
            }
            return (line.count - content.count, dash, content)
        }
        func isUse(_ content: Substring) -> Bool {
            content.hasPrefix(key + ":") || content.hasPrefix("\"\(key)\":") || content.hasPrefix("'\(key)':")
        }
        guard let first = lines.indices.first(where: { $0 >= max(0, start) && isUse(parse(lines[$0]).content) }) else { return nil }
        let depth = parse(lines[first]).depth
        for k in lines.indices where k > first {
            let (d, dash, content) = parse(lines[k])
            if content.isEmpty || content.hasPrefix("#") { continue }
            if d < depth || (dash.map { $0 < depth } ?? false) { return nil }
            if d == depth && isUse(content) { return (first, (k, d)) }
        }
        return nil
    }

    /// A line at or just before `line` (1-based) that writes a key and its value with no space
    /// after the colon (`title:Năng suất`, not an address such as `http://…`): its line, the
    /// column of the key, and the text as written.
    static func colonWithoutSpace(_ yaml: String, near line: Int) -> (Int, Int, String)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        for n in stride(from: min(line, lines.count), through: max(1, line - 2), by: -1) {
            let text = lines[n - 1]
            var content = text.drop { $0 == " " }
            while content.hasPrefix("- ") { content = content.dropFirst(2).drop { $0 == " " } }
            guard let colon = content.firstIndex(of: ":") else { continue }
            let key = content[..<colon], after = content[content.index(after: colon)...]
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }),
                  let next = after.first, next != " ", next != "/", next != ":" else { continue }
            // As written, without a comment after it and the spaces before that.
            let written = content.range(of: " #").map { content[..<$0.lowerBound] } ?? content
            return (n, text.count - content.count + 1, String(written.prefix(60)).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// Whether line `line` (1-based) of `yaml` has a tab before its first other character.
    static func startsWithTab(_ yaml: String, line: Int) -> Bool {
        guard line >= 1, let text = yaml.split(separator: "\n", maxSplits: line, omittingEmptySubsequences: false).dropFirst(line - 1).first
        else { return false }
        return text.prefix { $0 == " " || $0 == "\t" }.contains("\t")
    }

    static func yamlDiagnostic(_ error: YamlError, location: (Mark?) -> SourceLocation, at: (Int, Int) -> SourceLocation) -> Diagnostic {
        let hint = Message.checkIndentationColonsValueMust
        switch error {
        case let .scanner(context?, problem, _, _) where problem.contains("end of stream") && context.text.contains("quoted scalar"):
            // A quote left open runs to the end: the place to fix is where it opened.
            return .error(location(context.mark), .yamlSyntaxErrorQuotedValue,
                          hint: .endValueSameQuoteStarts)
        case let .reader(problem, offset, value, yaml):
            // Offsets count bytes of the YAML; the mark is made from them so the line is the file's.
            var line = 1, column = 1
            for byte in yaml.utf8.prefix(offset ?? 0) {
                if byte == 10 { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
            }
            let character = value >= 0 ? String(format: "U+%04X", value) : "a byte"
            let what: Message = problem.contains("control characters") ? .controlCharacterNotAllowedYaml(character) : .yamlCannotReadHere(problem, character)
            return .error(at(line, column), what,
                          hint: .deleteInvisibleCharacterOftenComes)
        case let .scanner(_, problem, mark, _) where problem.contains("tab character"):
            return .error(location(mark), .yamlSyntaxErrorTabUsed, hint: .indentSpacesOnlyYamlDoes)
        case let .scanner(_, problem, mark, yaml) where problem.contains("cannot start any token") && startsWithTab(yaml, line: mark.line):
            // The same tab, said another way by libyaml after `---` or a `[…]` list.
            return .error(location(mark), .yamlSyntaxErrorTabUsed, hint: .indentSpacesOnlyYamlDoes)
        case let .scanner(_, _, mark, yaml), let .parser(_, _, mark, yaml):
            // `title:Năng suất` is one plain value to YAML, and the error comes a line later:
            // the line that lacks the space after its colon is the one to mend.
            if let (line, column, written) = colonWithoutSpace(yaml, near: mark.line) {
                return .error(at(line, column), .yamlNoSpaceAfterColon(written), hint: .writeSpaceAfterColon(written.replacingOccurrences(of: ":", with: ": ", options: [], range: written.range(of: ":"))))
            }
            switch error {
            case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _):
                return .error(location(mark), .yamlSyntaxError(Message.yamlProblem(problem, context: context?.text)), hint: hint)
            default:
                return .error(location(mark), .yamlSyntaxError(.verbatim("\(error)")), hint: hint)
            }
        case let .composer(context, problem, mark, _):
            return .error(location(mark), .yamlSyntaxError(Message.yamlProblem(problem, context: context?.text)), hint: hint)
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(location(context.mark), .yamlKeySetTwice(duplicates.joined(separator: ", ")), hint: .keepOnlyOneThem)
        default:
            return .error(location(nil), .yamlSyntaxError(.verbatim("\(error)")), hint: hint)
        }
    }

    /// A short description of a YAML value for messages: `5`, `a list`, `a mapping`.
    static func describe(_ node: Node) -> Message {
        switch node {
        case .scalar(let s): return .verbatim("\"\(s.string)\"")
        case .sequence: return .aList
        case .mapping: return .aGroupOfKeys
        case .alias: return .anAlias
        }
    }
}

extension FrontMatterParser {
    /// `---` or `...`, maybe followed by spaces or tabs.
    static func isDelimiter(_ line: Substring.UTF8View) -> Bool {
        var line = line
        while let last = line.last, last == 32 || last == 9 { line.removeLast() }
        return line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8)
    }
}
