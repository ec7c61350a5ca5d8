/// Writes front matter as YAML that reads back exactly: plain words where YAML would read them
/// as the same text, double quotes with escapes otherwise.
enum YAMLWriter {
    /// One `key: value` line per field, in the order given.
    static func frontMatter(_ fields: [(String, Value)]) -> String {
        var out = "---\n"
        for (key, value) in fields { out += "\(key): \(value.yaml)\n" }
        return out + "---\n"
    }

    enum Value {
        case text(String)
        case list([String])
        case bool(Bool)
        /// Written as it is (dates already in a form Lan Tỏa reads).
        case raw(String)

        var yaml: String {
            switch self {
            case .text(let s): YAMLWriter.scalar(s)
            case .list(let items): "[" + items.map(YAMLWriter.scalar).joined(separator: ", ") + "]"
            case .bool(let b): b ? "true" : "false"
            case .raw(let s): s
            }
        }
    }

    /// A text as a YAML scalar: plain when safe, else double-quoted.
    static func scalar(_ s: String) -> String {
        let plainSafe = !s.isEmpty && s.trimmed == s
            && !s.contains(where: { "#:,[]{}\"'&*!|>%@`\\\n\t".contains($0) })
            && !"-?~".contains(s.first!)
            && FieldReader.bool(s) == nil && Double(s) == nil && s.lowercased() != "null"
        if plainSafe { return s }
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 || c.value == 0x7F { out += String(format: "\\u%04X", c.value) } else { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }
}
