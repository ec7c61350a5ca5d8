/// The picture a social network shows when a page is shared (Open Graph, 1200 × 630): the site's
/// name, the page's title and its headline figures, drawn at 600 × 315 like the charts. A figure
/// that is illustrative carries the label on the picture itself, since a shared picture travels
/// without the page around it.
struct ShareCard {
    /// A number the page leads with and what it counts: "44,43 %", "Đóng góp của TFP, năm 2020".
    struct Figure {
        var value: String
        var label: String
        var illustrative = false
    }

    var site: String
    var title: String
    var subtitle = ""
    var figures: [Figure] = []
    /// The site's address, printed in the band at the top.
    var address = ""
    /// What an illustrative figure is labelled with ("Số liệu minh họa").
    var flag = ""

    static let width = 600.0, height = 315.0, margin = 32.0
    /// The size of the PNG a network receives.
    static let pixels = ImageSize(width: 1200, height: 630)

    /// `text` in at most `lines` lines: whole, else its part before a colon or full stop, else nothing.
    static func shortest(_ text: String, width: Double, lines: Int) -> [String] {
        for candidate in [text] + [":", "."].compactMap({ text.split(separator: Character($0)).first.map(String.init) }) {
            let wrapped = TextMeasure.lines(candidate, width: width, size: 13)
            if wrapped.count <= lines { return wrapped }
        }
        return []
    }

    func svg() -> String {
        var w = SVGWriter()
        let (width, height, margin) = (Self.width, Self.height, Self.margin)
        w.open("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(n(width)) \(n(height))"),
                       ("width", String(Self.pixels.width)), ("height", String(Self.pixels.height))])
        w.raw("<style>\(ChartStyle.font).k-site{fill:#fff;font-size:15px;font-weight:700}.k-title{fill:#0b0c0c;font-weight:700}"
              + ".k-addr{fill:#fff;font-size:13px}.k-sub,.k-label{fill:#383f43;font-size:13px}.k-value{fill:#0b4f3c;font-weight:700}"
              + ".k-flag{fill:#a04000;font-size:13px;font-weight:700}</style>")
        w.element("rect", [("width", n(width)), ("height", n(height)), ("fill", "#fff")])
        w.element("rect", [("width", n(width)), ("height", "40"), ("fill", "#0b4f3c")])
        w.text(site, x: margin, y: 26, className: "k-site")
        // The address at the right of the band: a screenshot of the picture still says where it is from.
        if !address.isEmpty, TextMeasure.width(site, size: 15, bold: true) + TextMeasure.width(address, size: 13) + 24 < width - 2 * margin {
            w.text(address, x: width - margin, y: 25, anchor: "end", className: "k-addr")
        }

        let inner = width - 2 * margin
        let shown = Array(figures.prefix(3))
        let column = shown.isEmpty ? inner : inner / Double(shown.count)
        let valueSize = shown.count == 1 ? 40.0 : 28.0
        let labels = shown.map { TextMeasure.lines($0.label, width: column - 12, size: 13) }
        // The figures stand at the foot: their height decides how much room the title has.
        let figuresHeight = shown.isEmpty ? 0 : valueSize + 6 + Double(labels.map(\.count).max() ?? 0) * 16
            + (shown.contains { $0.illustrative } ? 16 : 0)
        let figuresTop = height - 16 - figuresHeight

        // A long title steps down a size rather than being cut; a subtitle that does not fit in two lines is left out.
        var size = 26.0
        var lines = TextMeasure.lines(title, width: inner, size: size, bold: true)
        func titleBottom() -> Double { 40 + 14 + Double(lines.count) * size * 1.25 }
        while titleBottom() > figuresTop - 8 && size > 16 {
            size -= 2
            lines = TextMeasure.lines(title, width: inner, size: size, bold: true)
        }
        var y = 40 + 14 + size
        for line in lines {
            w.text(line, x: margin, y: y, className: "k-title", extra: [("font-size", n(size))])
            y += size * 1.25
        }
        let sub = Self.shortest(subtitle, width: inner, lines: 2)
        if sub.count * 18 + Int(y) < Int(figuresTop) - 4 {
            for line in sub {
                w.text(line, x: margin, y: y + 2, className: "k-sub")
                y += 18
            }
        }

        for (k, figure) in shown.enumerated() {
            let x = margin + Double(k) * column
            var fitted = valueSize
            while TextMeasure.width(figure.value, size: fitted, bold: true) > column - 12 && fitted > 14 { fitted -= 2 }
            var ly = figuresTop + valueSize
            w.text(figure.value, x: x, y: ly, className: "k-value", extra: [("font-size", n(fitted))])
            ly += 6
            for line in labels[k] {
                ly += 16
                w.text(line, x: x, y: ly, className: "k-label")
            }
            if figure.illustrative { w.text(flag, x: x, y: ly + 16, className: "k-flag") }
        }
        w.close("svg")
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + w.markup + "\n"
    }
}
