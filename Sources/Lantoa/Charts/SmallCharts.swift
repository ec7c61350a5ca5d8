/// The two small charts of a KPI tile. Both are decorative: the tile states the same in words.
enum SmallCharts {
    /// A sparkline of the series, 120 × 32.
    static func sparkline(_ stats: IndicatorStatistics) -> String {
        let points = stats.points
        guard points.count >= 2 else { return "" }
        let y = Scale(covering: points.map(\.value), range: (29, 3), includeZero: false, tickCount: 2)
        let step = 116 / Double(points.count - 1)
        let path = points.enumerated().map { k, p in "\(k == 0 ? "M" : "L")\(n(2 + Double(k) * step)) \(n(y(p.value)))" }.joined(separator: " ")
        var w = SVGWriter()
        w.open("svg", [("viewBox", "0 0 120 32"), ("class", "sparkline"), ("aria-hidden", "true"), ("focusable", "false")])
        w.element("path", [("class", "c-series"), ("d", path)])
        w.element("circle", [("class", "c-marker"), ("cx", n(2 + Double(points.count - 1) * step)), ("cy", n(y(points.last!.value))), ("r", "3")])
        w.close("svg")
        return w.markup
    }

    /// Before and after as two labelled bars, 300 × 64, with a title that says the change; and
    /// the same drawn 200 wide, hidden until the reader's text size is large (the style sheet
    /// shows it then, as it does a chart's large drawing).
    static func beforeAfter(_ r: StoryResult, id: String, title: String, before: String, after: String, labels: (before: String, after: String)) -> String {
        beforeAfter(r, id: "\(id)-t", title: title, before: before, after: after, labels: labels, width: 300, className: "before-after before-after-wide")
            + "<span class=\"before-after-large\" hidden>"
            + beforeAfter(r, id: "\(id)-lt", title: title, before: before, after: after, labels: labels, width: 200, className: "before-after")
            + "</span>"
    }

    /// The bars leave room after them for their values, measured bold.
    private static func beforeAfter(_ r: StoryResult, id: String, title: String, before: String, after: String, labels: (before: String, after: String),
                                    width total: Double, className: String) -> String {
        let high = max(abs(r.before), abs(r.after), 1e-9)
        let widest = max(TextMeasure.width(before, size: ChartStyle.labelSize, bold: true), TextMeasure.width(after, size: ChartStyle.labelSize, bold: true))
        // 6 % and 4 units to spare: a browser may draw the value with a wider font than the measure.
        let longest = min(180, total - 48 - 6 - widest * 1.06 - 4)
        func width(_ v: Double) -> Double { max(1, longest * abs(v) / high) }
        var w = SVGWriter()
        w.open("svg", [("viewBox", "0 0 \(n(total)) 64"), ("class", className), ("role", "img"), ("aria-labelledby", id)])
        w.element("title", [("id", id)], content: title)
        w.open("g", [("aria-hidden", "true")])
        w.text(labels.before, x: 0, y: 22, className: "c-label")
        w.element("rect", [("class", "c-bar c-before"), ("x", "48"), ("y", "8"), ("width", n(width(r.before))), ("height", "18")])
        w.text(before, x: 48 + width(r.before) + 6, y: 22, className: "c-value")
        w.text(labels.after, x: 0, y: 52, className: "c-label")
        w.element("rect", [("class", "c-bar"), ("x", "48"), ("y", "38"), ("width", n(width(r.after))), ("height", "18")])
        w.text(after, x: 48 + width(r.after) + 6, y: 52, className: "c-value")
        w.close("g")
        w.close("svg")
        return w.markup
    }

    /// Progress toward a goal: a filled bar and a target mark, 200 × 20.
    static func bullet(_ evaluation: TargetEvaluation) -> String {
        guard let progress = evaluation.progress else { return "" }
        let scaleMax = max(1.25, progress * 1.05)
        func x(_ fraction: Double) -> Double { 2 + 196 * min(fraction, scaleMax) / scaleMax }
        var w = SVGWriter()
        w.open("svg", [("viewBox", "0 0 200 20"), ("class", "bullet"), ("aria-hidden", "true"), ("focusable", "false")])
        w.element("rect", [("class", "bullet-track"), ("x", "2"), ("y", "4"), ("width", "196"), ("height", "12")])
        if case .between(let a, let b) = evaluation.target.condition, a > 0 {
            w.element("rect", [("class", "c-band"), ("x", n(x(1))), ("y", "2"), ("width", n(x(b / a) - x(1))), ("height", "16")])
        }
        w.element("rect", [("class", "c-bar"), ("x", "2"), ("y", "6"), ("width", n(x(progress) - 2)), ("height", "8")])
        w.element("line", [("class", "bullet-goal"), ("x1", n(x(1))), ("x2", n(x(1))), ("y1", "1"), ("y2", "19")])
        w.close("svg")
        return w.markup
    }
}
