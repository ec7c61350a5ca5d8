/// Roughly how wide a label is at 13 px, to keep labels apart and inside the frame.
func textWidth(_ text: String) -> Double { Double(text.count) * 7.4 }

/// Line and vertical bar charts over years: gridlines, a zero baseline for bars, target lines and
/// bands, series breaks, and values labelled directly instead of a legend.
struct CartesianChart {
    let stats: IndicatorStatistics
    let kind: Indicator.ChartKind
    let canvas: ChartCanvas

    func body() -> String {
        let i = stats.indicator
        let points = stats.points
        guard !points.isEmpty else {
            var w = SVGWriter()
            w.text("Chưa có số liệu", x: canvas.width / 2, y: canvas.height / 2, anchor: "middle", className: "c-label")
            return w.markup
        }
        let p = canvas.plot
        // A target of another concept is not drawn against this series: it would look comparable.
        let targets = stats.evaluations.map(\.target).filter { ($0.kind != .average || !i.cumulative) && ($0.concept == nil || $0.concept == i.concept) }
        // The x axis runs to the latest target year so that targets ahead of the data show.
        let firstYear = points.first!.year
        let lastYear = max(points.last!.year, targets.map(\.year).max() ?? 0)
        var goals: [Double] = []
        for t in targets {
            if case .between(let a, let b) = t.condition { goals += [a, b] } else { goals.append(t.goal) }
        }
        let y = Scale(covering: points.map(\.value) + goals, range: (p.y + p.height, p.y), includeZero: true, integer: i.decimals == 0)
        let axes = YearAxes(plot: p, y: y, firstYear: firstYear, lastYear: lastYear)
        let slot = axes.slot
        func x(_ year: Int) -> Double { axes.x(year) }

        var w = SVGWriter()
        axes.draw(into: &w)
        for b in i.breaks where b.year > firstYear && b.year <= lastYear {
            let bx = x(b.year) - slot / 2
            w.element("line", [("class", "c-break"), ("x1", n(bx)), ("x2", n(bx)), ("y1", n(p.y)), ("y2", n(p.y + p.height))])
            w.text("chuỗi mới", x: bx + 3, y: p.y + p.height - 6, className: "c-note")
        }
        // Averages are lines over their window; values and totals are goal posts at the due year.
        var usedLabelYs: [Double] = []
        for t in targets {
            let text = ChartText(stats: stats)
            let label = t.kind == .average ? "Mục tiêu \(text.conditionText(t))" : "\(t.year): \(text.conditionText(t))"
            let x1 = t.kind == .average ? x(max(firstYear, t.from ?? t.year)) - slot / 2 : x(t.year) - max(slot * 0.45, 6)
            let x2 = t.kind == .average ? x(t.year) + slot / 2 : x(t.year) + max(slot * 0.45, 6)
            var labelY: Double
            if case .between(let a, let b) = t.condition {
                w.element("rect", [("class", "c-band"), ("x", n(x1)), ("y", n(y(b))), ("width", n(x2 - x1)), ("height", n(y(a) - y(b)))])
                w.element("line", [("class", "c-target"), ("x1", n(x1)), ("x2", n(x2)), ("y1", n(y(a))), ("y2", n(y(a)))])
                w.element("line", [("class", "c-target"), ("x1", n(x1)), ("x2", n(x2)), ("y1", n(y(b))), ("y2", n(y(b)))])
                labelY = y(b) - 5
            } else {
                w.element("line", [("class", "c-target"), ("x1", n(x1)), ("x2", n(x2)), ("y1", n(y(t.goal))), ("y2", n(y(t.goal)))])
                labelY = y(t.goal) - 6
            }
            // Keep labels apart and inside the drawing.
            while usedLabelYs.contains(where: { abs($0 - labelY) < 15 }) { labelY += 15 }
            labelY = max(labelY, p.y + 10)
            usedLabelYs.append(labelY)
            let width = textWidth(label)
            let anchorEnd = x2 - width >= 4
            let lx = anchorEnd ? min(x2, canvas.width - 4) : max(4, x1)
            w.text(label, x: lx, y: labelY, anchor: anchorEnd ? "end" : "start", className: "c-target-text")
        }
        let decimals = i.decimals
        if kind == .bar {
            let barWidth = min(36, slot * 0.6)
            // Every bar is labelled when the numbers fit over it; otherwise the last one is.
            let labelAll = points.allSatisfy { textWidth(VietnameseFormat.number($0.value, decimals: decimals)) <= slot - 2 }
            for (k, point) in points.enumerated() {
                let top = y(max(point.value, 0)), bottom = y(min(point.value, 0))
                w.element("rect", [("class", "c-bar"), ("x", n(x(point.year) - barWidth / 2)), ("y", n(top)),
                                   ("width", n(barWidth)), ("height", n(max(0.5, bottom - top)))])
                if labelAll || k == points.count - 1 {
                    w.text(VietnameseFormat.number(point.value, decimals: decimals), x: x(point.year), y: top - 5, anchor: "middle", className: "c-value")
                }
            }
        } else {
            let path = points.enumerated().map { k, point in "\(k == 0 ? "M" : "L")\(n(x(point.year))) \(n(y(point.value)))" }.joined(separator: " ")
            w.element("path", [("class", i.illustrative ? "c-series c-illustrative" : "c-series"), ("d", path)])
            for point in points {
                w.element("circle", [("class", "c-marker"), ("cx", n(x(point.year))), ("cy", n(y(point.value))), ("r", "4")])
            }
            let last = points.last!
            w.text(i.format(last.value), x: x(last.year) + 8, y: y(last.value) + 4, className: "c-value")
            if points.count > 1 {
                let first = points.first!
                w.text(VietnameseFormat.number(first.value, decimals: decimals), x: x(first.year), y: y(first.value) - 9, anchor: "middle", className: "c-value")
            }
        }
        if i.illustrative {
            w.text("Số liệu minh họa", x: p.x + p.width, y: p.y + p.height - 6, anchor: "end", className: "c-note")
        }
        return w.markup
    }
}
