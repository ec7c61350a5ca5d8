/// Builds SVG markup: every text escaped, numbers printed with at most two decimals, so output is stable.
struct SVGWriter {
    private(set) var markup = ""

    mutating func raw(_ text: String) { markup += text }

    /// An element with attributes in the given order; `content` is escaped text.
    mutating func element(_ name: String, _ attributes: [(String, String)], content: String? = nil) {
        markup += "<\(name)"
        for (key, value) in attributes { markup += " \(key)=\"\(XML.escape(value))\"" }
        if let content { markup += ">\(XML.escape(content))</\(name)>" } else { markup += "/>" }
    }

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        markup += "<\(name)"
        for (key, value) in attributes { markup += " \(key)=\"\(XML.escape(value))\"" }
        markup += ">"
    }

    mutating func close(_ name: String) { markup += "</\(name)>" }

    mutating func text(_ content: String, x: Double, y: Double, anchor: String = "start", className: String, extra: [(String, String)] = []) {
        element("text", [("x", n(x)), ("y", n(y)), ("text-anchor", anchor), ("class", className)] + extra, content: content)
    }
}

/// A coordinate for SVG: at most two decimals, no trailing zeros, never "-0".
func n(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let rounded = (value * 100).rounded() / 100
    if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
    var s = String(rounded)
    if s.hasPrefix("-0") && Double(s) == 0 { s = "0" }
    return s
}
