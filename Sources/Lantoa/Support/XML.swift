/// Escaping for XML and HTML text and attribute values.
public enum XML {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped: safe in element text and in quoted attributes.
    public static func escape(_ text: String) -> String {
        var out = ""
        escape(text, into: &out)
        return out
    }

    /// Appends `text` escaped.
    static func escape(_ text: String, into out: inout String) {
        out.append(text) { byte in
            switch byte {
            case 0x26: "&amp;"
            case 0x3C: "&lt;"
            case 0x3E: "&gt;"
            case 0x22: "&quot;"
            case 0x27: "&#39;"
            default: nil
            }
        }
    }
}
