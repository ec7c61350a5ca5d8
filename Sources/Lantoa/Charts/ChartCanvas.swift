/// The frame every chart shares: the SVG root with its accessible name, title and description,
/// an optional background, heading and source line, and the plot area left for the chart itself.
struct ChartCanvas {
    /// How the chart is used.
    enum Variant: String, Sendable {
        /// Inside an HTML page: the theme's CSS styles it; title and source are in the HTML around it.
        case inline
        /// A file of its own: styles inside, title and source drawn.
        case standalone
        /// 16:9 for television, drawn at 640 × 360 and declared 1920 × 1080.
        case television
        /// Like television, without a background, for video overlays.
        case transparent
    }

    let variant: Variant
    let width: Double, height: Double
    /// Space the chart may draw in, inside margins.
    var plot: (x: Double, y: Double, width: Double, height: Double)

    /// `plotHeight` fits the canvas to its content (a breakdown with few rows); 16:9 variants keep their size.
    init(_ variant: Variant, plotHeight: Double? = nil) {
        self.variant = variant
        let wide = variant == .television || variant == .transparent
        let top: Double = variant == .inline ? 14 : (wide ? 58 : 48)
        let bottom: Double = variant == .inline ? 30 : 52
        width = wide ? 640 : 400
        height = wide ? 360 : plotHeight.map { top + $0 + bottom } ?? 260
        plot = (46, top, width - 46 - 62, height - top - bottom)
    }

    var drawsFrame: Bool { variant != .inline }

    /// Wraps the chart body in the root element with everything an accessible, standalone SVG needs.
    func wrap(id: String, text: ChartText, body: String) -> String {
        var w = SVGWriter()
        var attributes: [(String, String)] = []
        if variant != .inline { attributes.append(("xmlns", "http://www.w3.org/2000/svg")) }
        attributes += [("viewBox", "0 0 \(n(width)) \(n(height))")]
        if variant == .television || variant == .transparent { attributes += [("width", "1920"), ("height", "1080")] }
        attributes += [("role", "img"), ("aria-labelledby", "\(id)-t \(id)-d"), ("class", "lt-chart")]
        w.open("svg", attributes)
        w.element("title", [("id", "\(id)-t")], content: text.title)
        w.element("desc", [("id", "\(id)-d")], content: text.description)
        if drawsFrame {
            w.raw("<style>\(ChartStyle.css(transparent: variant == .transparent))</style>")
            if variant != .transparent { w.element("rect", [("class", "c-bg"), ("width", n(width)), ("height", n(height))]) }
            let lines = wrapText(text.title, width: Int(width / 10))
            for (k, line) in lines.prefix(2).enumerated() {
                w.text(line, x: 16, y: 24 + Double(k) * 19, className: "c-title", extra: [("aria-hidden", "true")])
            }
            w.text(text.source, x: 16, y: height - 14, className: "c-source", extra: [("aria-hidden", "true")])
        }
        w.open("g", [("aria-hidden", "true")])
        w.raw(body)
        w.close("g")
        w.close("svg")
        return w.markup
    }

    /// Splits a title into lines of at most `width` characters at spaces.
    func wrapText(_ text: String, width: Int) -> [String] { Self.wrap(text, width: width) }

    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && current.count + word.count + 1 > width { lines.append(current); current = "" }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
