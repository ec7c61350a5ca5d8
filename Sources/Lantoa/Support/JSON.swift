/// The one JSON writer: template values (`TemplateValue`) as JSON, keys sorted for stable output.
/// Compact for what sits in a page (`<` escaped, so `</script>` cannot occur) and for the search
/// index; pretty, in the layout of Foundation's `JSONEncoder`, for the files people download and
/// read (an indicator's data, the JSON feed, `lantoa check --format json`). Foundation's
/// JSONSerialization cost a seventh of a build, and `Encodable` structs could not share the
/// values the templates are given.
///
/// In an object, `.empty` members are left out (a field with nothing in it); in a list they are `null`.
enum JSON {
    static func encode(_ value: TemplateValue, pretty: Bool = false) -> String {
        var writer = Writer(pretty: pretty)
        writer.write(value, depth: 0)
        return writer.out
    }

    private struct Writer {
        let pretty: Bool
        var out = ""

        mutating func write(_ value: TemplateValue, depth: Int) {
            switch value {
            case .text(let text): JSON.string(text, into: &out, escapeLessThan: !pretty)
            case .number(let n): out += TemplateValue.format(n)
            case .bool(let flag): out += flag ? "true" : "false"
            case .empty: out += "null"
            case .list(let items): list(items, depth: depth)
            case .object(let fields): object(fields, depth: depth)
            case .lazy(let context): object(context.fields, depth: depth)
            }
        }

        private mutating func list(_ items: [TemplateValue], depth: Int) {
            guard pretty else {
                out += "["
                for (k, item) in items.enumerated() {
                    if k > 0 { out += "," }
                    write(item, depth: depth)
                }
                out += "]"
                return
            }
            // JSONEncoder writes an empty list on two lines.
            guard !items.isEmpty else { out += "[\n\n" + indent(depth) + "]"; return }
            out += "[\n"
            for (k, item) in items.enumerated() {
                if k > 0 { out += ",\n" }
                out += indent(depth + 1)
                write(item, depth: depth + 1)
            }
            out += "\n" + indent(depth) + "]"
        }

        private mutating func object(_ fields: TemplateObject, depth: Int) {
            let members = fields.filter { if case .empty = $0.value { false } else { true } }
                .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            guard pretty else {
                out += "{"
                for (k, member) in members.enumerated() {
                    if k > 0 { out += "," }
                    JSON.string(member.key, into: &out)
                    out += ":"
                    write(member.value, depth: depth)
                }
                out += "}"
                return
            }
            guard !members.isEmpty else { out += "{\n\n" + indent(depth) + "}"; return }
            out += "{\n"
            for (k, member) in members.enumerated() {
                if k > 0 { out += ",\n" }
                out += indent(depth + 1)
                JSON.string(member.key, into: &out, escapeLessThan: false)
                out += " : "
                write(member.value, depth: depth + 1)
            }
            out += "\n" + indent(depth) + "}"
        }

        private func indent(_ depth: Int) -> String { String(repeating: "  ", count: depth) }
    }

    /// Appends `s` as a JSON string literal; `<` as `\u003c` unless told otherwise.
    static func string(_ s: String, into out: inout String, escapeLessThan: Bool = true) {
        out += "\""
        out.append(s) { escape($0, lessThan: escapeLessThan) }
        out += "\""
    }

    /// What a JSON string holds for byte `b` of the text; nil for the byte itself.
    @inline(__always)
    static func escape(_ b: UInt8, lessThan: Bool) -> String? {
        switch b {
        case 0x22: "\\\""
        case 0x5C: "\\\\"
        case 0x3C where lessThan: "\\u003c"
        case 0x0A: "\\n"
        case 0x0D: "\\r"
        case 0x09: "\\t"
        case 0..<0x20: "\\u00" + (b < 0x10 ? "0" : "") + String(b, radix: 16)
        default: nil
        }
    }
}

/// The JSON writer's byte form, written piece by piece: the search index is most of a large
/// site's output and is never a tree of values. Strings are escaped by `JSON.string`.
struct JSONBytes {
    var bytes: [UInt8] = []

    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// As `JSON.string` writes it, byte for byte, straight into the buffer: the search files are
    /// mostly strings, and a `String` made of each first was a visible cost.
    mutating func string(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { text in
            var run = 0
            for i in 0..<text.count {
                guard let escaped = JSON.escape(text[i], lessThan: true) else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<i]))
                bytes.append(contentsOf: escaped.utf8)
                run = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[run...]))
        }
        bytes.append(0x22)
    }

    mutating func number(_ n: UInt32) {
        if n < 10 { bytes.append(UInt8(48 + n)) } else { bytes.appendDecimal(Int(n)) }
    }
}
