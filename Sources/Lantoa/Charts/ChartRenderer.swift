/// Draws an indicator's chart in any variant, with its title, description and source.
public struct ChartRenderer: Sendable {
    public let stats: IndicatorStatistics
    /// The line under a file's chart, when it says more than the data's source: who drew the chart
    /// and on what terms, so a picture reused alone still carries its credit.
    public var credit: String?

    public init(_ stats: IndicatorStatistics, credit: String? = nil) { (self.stats, self.credit) = (stats, credit) }

    var text: ChartText { ChartText(stats: stats) }

    /// The chart's headline: the finding in one sentence.
    public var title: String { text.title }
    public var description: String { text.description }
    public var source: String { text.source }

    /// An inline SVG for a page; `id` must be unique in the page.
    public func inline(id: String, kind: Indicator.ChartKind? = nil) -> String { svg(.inline, id: id, kind: kind) }
    /// An inline SVG drawn for a narrow column (an embed under 420 px wide, a page on a phone
    /// under 362 px): `inline`'s text, 400 wide, would be drawn under 11 px there.
    public func narrow(id: String, kind: Indicator.ChartKind? = nil) -> String { svg(.narrow, id: id, kind: kind) }
    public func large(id: String, kind: Indicator.ChartKind? = nil) -> String { svg(.large, id: id, kind: kind) }
    /// A standalone `.svg` file with its styles inside.
    public func standalone() -> String { svg(.standalone, id: "chart") }
    /// 1920 × 1080 for television.
    public func television() -> String { svg(.television, id: "chart") }
    /// 1920 × 1080 without a background, for video overlays.
    public func transparent() -> String { svg(.transparent, id: "chart") }
    /// 1200 × 630 for social networks: the picture a shared indicator page shows.
    public func social() -> String { svg(.social, id: "chart") }

    /// The `width` and `height` an SVG file's root declares, in pixels.
    static func declaredSize(_ svg: String) -> (width: Int, height: Int)? {
        guard let root = svg.firstRange(of: "<svg "), let end = svg[root.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = svg[root.upperBound..<end]
        func value(_ name: String) -> Int? {
            guard let r = tag.firstRange(of: " \(name)=\"") else { return nil }
            return Int(tag[r.upperBound...].prefix { $0 != "\"" })
        }
        guard let width = value("width"), let height = value("height") else { return nil }
        return (width, height)
    }

    /// The kind drawn: a breakdown over time is drawn as lines; more series than colours become small multiples.
    func kind(_ requested: Indicator.ChartKind?) -> Indicator.ChartKind {
        let chosen = requested ?? stats.indicator.chart
        return chosen == .line && stats.points.isEmpty && stats.breakdownSeries.count > SeriesStyle.count ? .multiples : chosen
    }

    /// The frame of a variant, sized to what the chart draws.
    func canvas(_ variant: ChartCanvas.Variant, kind chosen: Indicator.ChartKind, key: ChartKey = ChartKey()) -> ChartCanvas {
        let breakdown = stats.breakdownSeries
        let plotHeight: Double? = switch chosen {
        case .hbar: ChartText(stats: stats).breakdown.map { Double($0.rows.count) * 28 + 4 }
        case .multiples: breakdown.isEmpty ? nil : SmallMultiples.plotHeight(series: breakdown.count)
        default: nil
        }
        return ChartCanvas(variant, plotHeight: plotHeight, title: text.title, source: credit ?? text.source, key: key)
    }

    func svg(_ variant: ChartCanvas.Variant, id: String, kind requested: Indicator.ChartKind? = nil) -> String {
        let chosen = kind(requested)
        // A label the plot has no room for is never dropped: it goes to a key under the plot and
        // the chart is drawn again around it. Keyed texts are not tried in the plot again, so each
        // round adds at least one of the chart's finitely many labels, and the loop ends.
        var key = ChartKey()
        while true {
            let canvas = canvas(variant, kind: chosen, key: key)
            let drawing = body(chosen, canvas: canvas)
            if drawing.missing.allSatisfy({ key.contains($0.text) }) {
                let markup = canvas.wrap(id: id, text: text, body: drawing.markup + canvas.keyMarkup)
                return canvas.drawsFrame ? "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + markup + "\n" : markup
            }
            key.entries += drawing.missing.filter { !key.contains($0.text) }
        }
    }

    func body(_ chosen: Indicator.ChartKind, canvas: ChartCanvas) -> ChartDrawing {
        let breakdown = stats.breakdownSeries
        return switch chosen {
        case .hbar: BarBreakdown(stats: stats, canvas: canvas).body()
        case .multiples where !breakdown.isEmpty: ChartDrawing(markup: SmallMultiples(stats: stats, canvas: canvas).body(), missing: ChartKey.illustrativeNote(stats))
        case .line where stats.points.isEmpty && breakdown.count > 1: MultiSeriesChart(stats: stats, canvas: canvas).body()
        default: CartesianChart(stats: stats, kind: chosen == .multiples ? .line : chosen, canvas: canvas).body()
        }
    }
}

/// Horizontal bars of the latest period, one per value of the first dimension (district, sector), sorted.
struct BarBreakdown {
    let stats: IndicatorStatistics
    let canvas: ChartCanvas

    func body() -> ChartDrawing {
        let i = stats.indicator
        guard let (year, rows) = ChartText(stats: stats).breakdown else {
            return CartesianChart(stats: stats, kind: .bar, canvas: canvas).body()
        }
        let p = canvas.plot
        // The names stand left of the bars, inside the margin (the title-safe one at 16:9): the
        // bars start where the widest name ends.
        let widest = rows.map { TextMeasure.width($0.label, size: ChartStyle.labelSize) * 1.06 }.max() ?? 0
        let start = max(p.x + 80, canvas.margin + widest + 6)
        // The longest bar's value stands after it, inside the drawing (the chart drawn 220 wide
        // for large text has little room beside its names).
        let valueWidth = rows.map { TextMeasure.width(i.number($0.value), size: ChartStyle.labelSize, bold: true) }.max() ?? 0
        let end = min(p.x + p.width + 40, canvas.width - 2 - 5 - valueWidth)
        let x = Scale(covering: rows.map(\.value), range: (start, end), includeZero: true, integer: i.decimals == 0)
        let rowHeight = min(28, p.height / Double(max(rows.count, 1)))
        var w = SVGWriter()
        w.element("line", [("class", "c-axis"), ("x1", n(x(0))), ("x2", n(x(0))), ("y1", n(p.y)), ("y2", n(p.y + rowHeight * Double(rows.count)))])
        for (k, row) in rows.enumerated() {
            let top = p.y + Double(k) * rowHeight
            w.text(row.label, x: x(0) - 6, y: top + rowHeight / 2 + 4, anchor: "end", className: "c-label")
            let x0 = x(min(0, row.value)), x1 = x(max(0, row.value))
            w.element("rect", [("class", "c-bar"), ("x", n(x0)), ("y", n(top + 4)), ("width", n(max(0.5, x1 - x0))), ("height", n(rowHeight - 8))])
            w.text(i.number(row.value), x: x1 + 5, y: top + rowHeight / 2 + 4, className: "c-value")
        }
        w.text(stats.words(.year, ["year": String(year)]), x: p.x + p.width + 40, y: p.y + rowHeight * Double(rows.count) + 18, anchor: "end", className: "c-label")
        return ChartDrawing(markup: w.markup, missing: ChartKey.illustrativeNote(stats))
    }
}
