/// Which addresses a user may write, anywhere: front matter, site.yml, plan.yml, documents,
/// indicator sources, images. A reader must be able to follow every link without running code,
/// so only `http`, `https`, `mailto` and `tel` addresses, paths on this site (`/tin-tuc/`,
/// `anh.png`, `../a/`) and fragments (`#muc-1`) pass. Markdown links get the same rule from cmark.
public enum URLPolicy {
    /// The schemes a link may name.
    public static let schemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// Whether `url` may be written into a page.
    public static func allows(_ url: String) -> Bool {
        // Browsers drop tabs and newlines anywhere in a URL and spaces and control characters
        // around it (`java\tscript:` is `javascript:`), so the scheme is read the same way.
        var cleaned = url.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }[...]
        while let first = cleaned.first, first.value <= 0x20 { cleaned = cleaned.dropFirst() }
        let text = String(String.UnicodeScalarView(cleaned))
        if text.hasPrefix("//") || text.hasPrefix("\\") || text.hasPrefix("/\\") { return false }
        guard let scheme = scheme(of: text) else { return true }
        guard schemes.contains(scheme.lowercased()) else { return false }
        if scheme.lowercased().hasPrefix("http") {
            let rest = text.dropFirst(scheme.count + 1)
            return rest.hasPrefix("//") && rest.count > 2
        }
        return true
    }

    /// The scheme of an absolute URL (`https` of `https://…`), or nil for a path or fragment.
    static func scheme(of text: String) -> String? {
        var scheme = ""
        for c in text {
            if c == ":" { return scheme.isEmpty ? nil : scheme }
            guard c.isASCII, c.isLetter || (!scheme.isEmpty && (c.isNumber || c == "+" || c == "-" || c == ".")) else { return nil }
            scheme.append(c)
        }
        return nil
    }

    /// What to write instead, for the hint of an error.
    static let hint = Message.writeAddressStartingHttpsHttp
}
