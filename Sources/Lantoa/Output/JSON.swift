/// JSON written by hand: keys sorted for stable output, `<` escaped so `</script>` cannot occur
/// when it sits in a page. Foundation's JSONSerialization cost a seventh of a build.
enum JSON {
    static func encode(_ value: Any) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    private static func write(_ value: Any, into out: inout String) {
        switch value {
        case let s as String: string(s, into: &out)
        case let b as Bool: out += b ? "true" : "false"
        case let i as Int: out += String(i)
        case let d as Double: out += d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        case let array as [Any]:
            out += "["
            for (k, item) in array.enumerated() { if k > 0 { out += "," }; write(item, into: &out) }
            out += "]"
        case let dictionary as [String: Any]:
            out += "{"
            for (k, key) in dictionary.keys.sorted().enumerated() {
                if k > 0 { out += "," }
                write(key, into: &out)
                out += ":"
                write(dictionary[key]!, into: &out)
            }
            out += "}"
        default: out += "null"
        }
    }

    /// Appends `s` as a JSON string literal.
    static func string(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\u003c"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16) }
                else { out.unicodeScalars.append(scalar) }
            }
        }
        out += "\""
    }
}
