/// The frame every chart shares: the SVG root with its accessible name, title and description,
/// an optional background, heading and source line, and the plot area left for the chart itself.
struct ChartCanvas {
    /// How the chart is used.
    enum Variant: String, Sendable {
        /// Inside an HTML page: the theme's CSS styles it; title and source are in the HTML around it.
        case inline
        /// Like inline, drawn 300 wide for a narrow column (an embed under 420 px): the same 13 px
        /// text stays above 11 px down to a 250 px frame, with fewer year labels.
        case narrow
        /// Like narrow, drawn 220 wide for a reader who set a large text size: on a phone at
        /// 200 % text (a column of about 260 px), its 13 px text is drawn at about 15 px.
        case large
        /// A file of its own: styles inside, title and source drawn.
        case standalone
        /// 16:9 for television, drawn at 640 × 360 and declared 1920 × 1080.
        case television
        /// Like television, without a background, for video overlays.
        case transparent
        /// 1200 × 630 for social networks (the Open Graph size), drawn at 600 × 315.
        case social

        /// Drawn for an HTML page, which gives its title and source around it.
        var isInPage: Bool { self == .inline || self == .narrow || self == .large }

        /// Drawn to a fixed frame with a title-safe margin, declared at its pixel size.
        var isFixedFrame: Bool { self == .television || self == .transparent || self == .social }
    }

    let variant: Variant
    let width: Double, height: Double
    /// Space the chart may draw in, inside margins.
    var plot: (x: Double, y: Double, width: Double, height: Double)
    /// A file's title and source, wrapped to the width: never cut, the chart grows (or, at 16:9, the plot shrinks).
    let titleLines: [String], sourceLines: [String]
    /// The left edge of title and source: inside the 5 % title-safe margin at 16:9.
    let margin: Double
    /// Texts the plot had no room for, under the year labels.
    let key: ChartKey

    static let titleLineHeight = 20.0, sourceLineHeight = 16.0

    /// `plotHeight` fits the canvas to its content (a breakdown with few rows); 16:9 variants keep their size.
    init(_ variant: Variant, plotHeight: Double? = nil, title: String = "", source: String = "", key: ChartKey = ChartKey()) {
        self.variant = variant
        self.key = key
        let wide = variant.isFixedFrame
        width = switch variant {
        case .social: 600
        case .television, .transparent: 640
        case .narrow: 300
        case .large: 220
        case .inline, .standalone: 400
        }
        margin = wide ? 32 : 16
        let keyLines = key.lines(width: width - 2 * margin).count
        let keyHeight = keyLines == 0 ? 0 : Double(keyLines) * ChartKey.lineHeight + 8
        if variant.isInPage {
            (titleLines, sourceLines) = ([], [])
            height = (plotHeight.map { 14 + $0 + 30 } ?? (variant == .inline ? 260 : variant == .narrow ? 240 : 220)) + keyHeight
            let (left, right): (Double, Double) = variant == .inline ? (46, 62) : (40, 54)
            plot = (left, 14, width - left - right, height - 14 - 30 - keyHeight)
            return
        }
        // Lines are measured with Noto Sans; 3 % to spare keeps a line inside the margin (at 16:9,
        // the title-safe area) in a browser that draws it with another sans-serif.
        let lineWidth = (width - 2 * margin) / 1.03
        titleLines = TextMeasure.balancedLines(title, width: lineWidth, size: ChartStyle.titleSize, bold: true)
        sourceLines = TextMeasure.balancedLines(source, width: lineWidth, size: ChartStyle.labelSize)
        let topPad: Double = wide ? 18 : 8
        let top = topPad + Double(titleLines.count) * Self.titleLineHeight + 22
        let bottom = 30 + keyHeight + Double(sourceLines.count) * Self.sourceLineHeight + (wide ? 18 : 6)
        height = variant == .social ? 315 : wide ? 360 : top + (plotHeight ?? 170) + bottom
        let left = margin + 30
        plot = (left, top, width - left - (wide ? 62 + margin - 16 : 62), height - top - bottom)
    }

    var drawsFrame: Bool { !variant.isInPage }

    /// The key's markup: under the year labels, across the width inside the margins.
    var keyMarkup: String {
        key.isEmpty ? "" : key.markup(left: margin, top: plot.y + plot.height + 42, width: width - 2 * margin)
    }

    /// Wraps the chart body in the root element with everything an accessible, standalone SVG needs.
    func wrap(id: String, text: ChartText, body: String) -> String {
        var w = SVGWriter()
        var attributes: [(String, String)] = []
        if drawsFrame { attributes.append(("xmlns", "http://www.w3.org/2000/svg")) }
        attributes += [("viewBox", "0 0 \(n(width)) \(n(height))")]
        // Files declare their size, so a program that opens one shows it at that size: 16:9 at
        // 1920 × 1080, the social frame at 1200 × 630, the page-sized file at twice its drawing.
        switch variant {
        case .television, .transparent: attributes += [("width", "1920"), ("height", "1080")]
        case .social: attributes += [("width", "1200"), ("height", "630")]
        case .standalone: attributes += [("width", String(Int((width * 2).rounded()))), ("height", String(Int((height * 2).rounded())))]
        case .inline, .narrow, .large: break
        }
        // A file is named by its title and description together (viewers of files read no
        // description). A chart in a page is named by its title and described by the
        // description: its figure's caption, the same sentence as the title, is hidden from
        // screen readers (chart.mustache), so each is said once.
        attributes += [("role", "img")]
            + (drawsFrame ? [("aria-labelledby", "\(id)-t \(id)-d")] : [("aria-labelledby", "\(id)-t"), ("aria-describedby", "\(id)-d")])
            + [("class", "lt-chart")]
        w.open("svg", attributes)
        w.element("title", [("id", "\(id)-t")], content: text.title)
        w.element("desc", [("id", "\(id)-d")], content: text.description)
        if drawsFrame {
            w.raw("<style>\(ChartStyle.css(transparent: variant == .transparent))</style>")
            if variant != .transparent { w.element("rect", [("class", "c-bg"), ("width", n(width)), ("height", n(height))]) }
            let topPad: Double = variant == .standalone ? 8 : 18
            for (k, line) in titleLines.enumerated() {
                w.text(line, x: margin, y: topPad + 16 + Double(k) * Self.titleLineHeight, className: "c-title", extra: [("aria-hidden", "true")])
            }
            let sourceTop = height - (variant == .standalone ? 6 : 18) - Double(sourceLines.count) * Self.sourceLineHeight
            for (k, line) in sourceLines.enumerated() {
                w.text(line, x: margin, y: sourceTop + 12 + Double(k) * Self.sourceLineHeight, className: "c-source", extra: [("aria-hidden", "true")])
            }
        }
        w.open("g", [("aria-hidden", "true")])
        w.raw(body)
        w.close("g")
        w.close("svg")
        return w.markup
    }
}
