/// Escaping for XML and HTML text and attribute values.
enum XML {
    static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" || $0 == "'" }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(c)
            }
        }
        return out
    }
}

extension Site {
    /// Article HTML with root-relative links made absolute, for feeds read away from the site.
    func absoluteHTML(_ html: String) -> String {
        let origin = config.baseURL.origin
        return html.replacingAll("href=\"/", with: "href=\"\(origin)/").replacingAll("src=\"/", with: "src=\"\(origin)/")
    }
}
