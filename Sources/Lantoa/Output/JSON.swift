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
        // Most text needs no escaping: copy the runs between the characters that do.
        var run = s.utf8.startIndex
        var i = run
        let utf8 = s.utf8
        while i != utf8.endIndex {
            let b = utf8[i]
            if b == 0x22 || b == 0x5C || b == 0x3C || b < 0x20 {
                out += s[run..<i]
                switch b {
                case 0x22: out += "\\\""
                case 0x5C: out += "\\\\"
                case 0x3C: out += "\\u003c"
                case 0x0A: out += "\\n"
                case 0x0D: out += "\\r"
                case 0x09: out += "\\t"
                default: out += "\\u00" + (b < 0x10 ? "0" : "") + String(b, radix: 16)
                }
                run = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        out += s[run..<utf8.endIndex]
        out += "\""
    }
}
