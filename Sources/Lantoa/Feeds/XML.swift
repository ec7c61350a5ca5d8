/// Escaping for XML and HTML text and attribute values.
enum XML {
    static func escape(_ text: String) -> String {
        var out = ""
        escape(text, into: &out)
        return out
    }

    /// Appends `text` escaped. Most text has none of the five characters and is appended whole;
    /// otherwise the runs between them are (bytes are scanned, no character is decoded).
    static func escape(_ text: String, into out: inout String) {
        var probe = text
        let utf8 = text.utf8
        let whole = probe.withUTF8 { bytes -> Bool in
            var run = 0
            for i in 0..<bytes.count {
                let replacement: String
                switch bytes[i] {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x22: replacement = "&quot;"
                case 0x27: replacement = "&#39;"
                default: continue
                }
                out += text[utf8.index(utf8.startIndex, offsetBy: run)..<utf8.index(utf8.startIndex, offsetBy: i)]
                out += replacement
                run = i + 1
            }
            if run == 0 { return true }
            out += text[utf8.index(utf8.startIndex, offsetBy: run)...]
            return false
        }
        if whole { out += text }
    }
}

extension Site {
    /// Article HTML with root-relative links made absolute, for feeds read away from the site.
    func absoluteHTML(_ html: String) -> String {
        let origin = config.baseURL.origin
        return html.replacingAll("href=\"/", with: "href=\"\(origin)/").replacingAll("src=\"/", with: "src=\"\(origin)/")
    }
}
