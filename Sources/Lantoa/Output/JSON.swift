/// JSON written by hand: keys sorted for stable output, `<` escaped so `</script>` cannot occur
/// when it sits in a page. Foundation's JSONSerialization cost a seventh of a build.
enum JSON {
    static func encode(_ value: Any) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    private static func write(_ value: Any, into out: inout String) {
        // The common shapes by exact type first: a cast to a type the value only converts to
        // (`[String]` to `[Any]`, `[String: String]` to `[String: Any]`) copies it.
        switch ObjectIdentifier(type(of: value)) {
        case textType: string(value as! String, into: &out)
        case dictionaryType: write(value as! [String: Any], into: &out)
        case stringsType: write(value as! [String: String], into: &out)
        case listType: write(value as! [Any], into: &out)
        case textsType: write(value as! [String], into: &out)
        case dictionariesType: write(value as! [[String: Any]], into: &out)
        default:
            switch value {
            case let b as Bool: out += b ? "true" : "false"
            case let i as Int: out += String(i)
            case let d as Double: out += d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
            case let array as [Any]: write(array, into: &out)
            case let dictionary as [String: Any]: write(dictionary, into: &out)
            default: out += "null"
            }
        }
    }

    private static func write<T>(_ array: [T], into out: inout String) {
        out += "["
        for (k, item) in array.enumerated() {
            if k > 0 { out += "," }
            write(item, into: &out)
        }
        out += "]"
    }

    private static func write<T>(_ dictionary: [String: T], into out: inout String) {
        out += "{"
        for (k, pair) in dictionary.sorted(by: { $0.key < $1.key }).enumerated() {
            if k > 0 { out += "," }
            string(pair.key, into: &out)
            out += ":"
            write(pair.value, into: &out)
        }
        out += "}"
    }

    private static let textType = ObjectIdentifier(String.self)
    private static let dictionaryType = ObjectIdentifier([String: Any].self)
    private static let stringsType = ObjectIdentifier([String: String].self)
    private static let listType = ObjectIdentifier([Any].self)
    private static let textsType = ObjectIdentifier([String].self)
    private static let dictionariesType = ObjectIdentifier([[String: Any]].self)

    /// Appends `s` as a JSON string literal.
    static func string(_ s: String, into out: inout String) {
        out += "\""
        out.append(s) { b in
            switch b {
            case 0x22: "\\\""
            case 0x5C: "\\\\"
            case 0x3C: "\\u003c"
            case 0x0A: "\\n"
            case 0x0D: "\\r"
            case 0x09: "\\t"
            case 0..<0x20: "\\u00" + (b < 0x10 ? "0" : "") + String(b, radix: 16)
            default: nil
            }
        }
        out += "\""
    }
}
