import TOMLKit
import Yams

/// Front matter in the two other formats Hugo reads: TOML between `+++` lines, and a JSON object
/// at the top of the file. Both become the same fields YAML gives (Yams nodes with the line of
/// each key), so every key means the same whatever the format.
enum FrontMatterFormats {
    /// TOML between `+++` lines, read by toml++ (TOMLKit). `text` starts with `+++`.
    static func toml(_ file: SourceFile, diagnostics: inout [Diagnostic]) -> SplitSource {
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        let start = SourceLocation(file: file.path)
        guard let close = lines.indices.dropFirst().first(where: { lines[$0].trimmed == "+++" }) else {
            diagnostics.append(.error(start, .tomlFrontMatterNeverClosed,
                                      hint: .addClosingTOMLLine))
            return SplitSource(frontMatter: FrontMatter(location: start), body: "", bodyLine: lines.count + 1)
        }
        let tomlLines = lines[1..<close]
        let body = lines[(close + 1)...].joined(separator: "\n")
        let split = { (fm: FrontMatter) in SplitSource(frontMatter: fm, body: body, bodyLine: close + 2) }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: tomlLines.joined(separator: "\n"))
        } catch let error as TOMLParseError {
            let place = SourceLocation(file: file.path, line: error.source.begin.line + 1, column: max(1, error.source.begin.column))
            diagnostics.append(.error(place, .tomlFrontMatterCannotRead(error.description),
                                      hint: .tomlWritesKeyValueLists))
            return split(FrontMatter(location: start))
        } catch {
            diagnostics.append(.error(start, .tomlFrontMatterCannotRead("\(error)"),
                                      hint: .writeFrontMatterYamlBetween))
            return split(FrontMatter(location: start))
        }
        // TOMLKit keeps no positions: each top-level key is found on its line (the first line
        // that assigns it before any [table], or its [table] header).
        var fields: [FrontMatter.Field] = []
        for (key, value) in table {
            let (line, column) = place(of: key, in: Array(tomlLines), firstLine: 2)
            fields.append(FrontMatter.Field(key: key, value: node(value), keyLocation: SourceLocation(file: file.path, line: line),
                                            valueLocation: SourceLocation(file: file.path, line: line, column: column)))
        }
        fields.sort { $0.keyLocation < $1.keyLocation }
        return split(FrontMatter(fields: fields, location: start, lineOffset: 1))
    }

    /// The line and value column of `key` in the TOML lines.
    private static func place(of key: String, in lines: [Substring], firstLine: Int) -> (Int, Int) {
        for (k, line) in lines.enumerated() {
            let text = line.drop { $0 == " " || $0 == "\t" }
            if text.hasPrefix("[") {
                let name = text.drop { $0 == "[" }.prefix { $0 != "]" }.trimmed
                if name == key || name.hasPrefix(key + ".") { return (firstLine + k, 1) }
                continue
            }
            for written in [key, "\"\(key)\"", "'\(key)'"] where text.hasPrefix(written) {
                let rest = text.dropFirst(written.count).drop { $0 == " " || $0 == "\t" }
                guard rest.first == "=" else { continue }
                let value = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
                return (firstLine + k, line.count - value.count + 1)
            }
        }
        return (firstLine, 1)
    }

    /// A TOML value as the Yams node a YAML file would give: texts quoted, the rest plain.
    private static func node(_ value: TOMLValueConvertible) -> Node {
        func scalar(_ text: String, _ style: Node.Scalar.Style) -> Node { .scalar(Node.Scalar(text, Tag(.implicit, .basic, .default), style)) }
        switch value.type {
        case .string: return scalar(value.string ?? "", .doubleQuoted)
        case .int: return scalar(String(value.int ?? 0), .plain)
        case .double: return scalar(String(value.double ?? 0), .plain)
        case .bool: return scalar(value.bool == true ? "true" : "false", .plain)
        case .date:
            let d = value.date!
            return scalar(String(format: "%04d-%02d-%02d", d.year, d.month, d.day), .plain)
        case .time:
            let t = value.time!
            return scalar(String(format: "%02d:%02d:%02d", t.hour, t.minute, t.second), .plain)
        case .dateTime:
            let dt = value.dateTime!
            var text = String(format: "%04d-%02d-%02dT%02d:%02d:%02d", dt.date.year, dt.date.month, dt.date.day, dt.time.hour, dt.time.minute, dt.time.second)
            if let offset = dt.offset?.offset {
                text += String(format: "%@%02d:%02d", offset < 0 ? "-" : "+", abs(offset) / 60, abs(offset) % 60)
            }
            return scalar(text, .plain)
        case .array:
            return .sequence(Node.Sequence((value.array.map { Array($0) } ?? []).map(node), Tag(.implicit, .basic, .default)))
        case .table:
            var pairs: [(Node, Node)] = []
            for (key, inner) in value.table! { pairs.append((scalar(key, .plain), node(inner))) }
            return .mapping(Node.Mapping(pairs, Tag(.implicit, .basic, .default)))
        }
    }

    /// A JSON object at the top of the file, Hugo's third format. JSON is YAML's flow style, so
    /// Yams reads it with the line of every key; the object ends at its matching brace.
    static func json(_ file: SourceFile, diagnostics: inout [Diagnostic]) -> SplitSource {
        let text = file.text
        let start = SourceLocation(file: file.path)
        var depth = 0, inString = false, escaped = false
        var end: String.Index?
        var line = 1
        for index in text.indices {
            let c = text[index]
            if c == "\n" { line += 1 }
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                continue
            }
            if c == "\"" { inString = true } else if c == "{" { depth += 1 } else if c == "}" {
                depth -= 1
                if depth == 0 { end = index; break }
            }
        }
        guard let end else {
            diagnostics.append(.error(start, .jsonFrontMatterOpenedLine,
                                      hint: .endObjectClosingWriteFront))
            return SplitSource(frontMatter: FrontMatter(location: start), body: "", bodyLine: line + 1)
        }
        let json = String(text[...end])
        var rest = text[text.index(after: end)...]
        var bodyLine = line
        // The rest of the closing brace's line is not body.
        if let newline = rest.firstIndex(of: "\n") { rest = rest[rest.index(after: newline)...]; bodyLine += 1 } else { rest = "" }
        let frontMatter = FrontMatterParser.composeYAML(json, file: file.path, firstLine: 1, diagnostics: &diagnostics)
        return SplitSource(frontMatter: frontMatter, body: String(rest), bodyLine: bodyLine)
    }
}
