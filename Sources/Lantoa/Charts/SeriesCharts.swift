/// Charts of a breakdown over time: several lines in one frame (up to four, each with its own
/// colour, marker shape and a label at its end), or small multiples sharing one scale.
enum SeriesStyle {
    static let count = 4
    /// Marker shapes, so that series never differ by colour alone.
    static func marker(_ k: Int, x: Double, y: Double, into w: inout SVGWriter) {
        let cls = "c-m\(k % count + 1)"
        switch k % count {
        case 0: w.element("circle", [("class", cls), ("cx", n(x)), ("cy", n(y)), ("r", "4")])
        case 1: w.element("rect", [("class", cls), ("x", n(x - 4)), ("y", n(y - 4)), ("width", "8"), ("height", "8")])
        case 2: w.element("path", [("class", cls), ("d", "M\(n(x)) \(n(y - 5))L\(n(x + 5)) \(n(y + 4))L\(n(x - 5)) \(n(y + 4))Z")])
        default: w.element("path", [("class", cls), ("d", "M\(n(x)) \(n(y - 5))L\(n(x + 5)) \(n(y))L\(n(x)) \(n(y + 5))L\(n(x - 5)) \(n(y))Z")])
        }
    }
}

/// Up to four series as lines with direct end labels.
struct MultiSeriesChart {
    let stats: IndicatorStatistics
    let canvas: ChartCanvas

    func body() -> ChartDrawing {
        let i = stats.indicator
        let series = Array(stats.breakdownSeries.prefix(SeriesStyle.count))
        let years = series.flatMap { $0.points.map(\.year) }
        guard let firstYear = years.min(), let lastYear = years.max() else { return ChartDrawing(markup: "") }
        var p = canvas.plot
        // End labels need room on the right; long names wrap onto short lines.
        let labels = series.map { s in
            TextMeasure.lines("\(s.label) \(s.points.last.map { i.number($0.value) } ?? "")",
                              width: 120, size: ChartStyle.labelSize, bold: true)
        }
        let labelRoom = min(140, (labels.flatMap { $0 }.map { TextMeasure.width($0, size: ChartStyle.labelSize, bold: true) }.max() ?? 0) + 14)
        p.width = canvas.width - p.x - labelRoom
        let y = Scale(covering: series.flatMap { $0.points.map(\.value) }, range: (p.y + p.height, p.y), includeZero: true, integer: i.decimals == 0)
        let axes = YearAxes(plot: p, y: y, firstYear: firstYear, lastYear: lastYear, numbers: i.numbers)
        func x(_ year: Int) -> Double { axes.x(year) }
        var w = SVGWriter()
        var placer = LabelPlacer(bounds: Area(x: 2, y: p.y - 12, width: canvas.width - 4, height: p.height + 36))
        axes.draw(into: &w, placer: &placer)
        for (k, s) in series.enumerated() {
            let path = s.points.enumerated().map { j, pt in "\(j == 0 ? "M" : "L")\(n(x(pt.year))) \(n(y(pt.value)))" }.joined(separator: " ")
            w.element("path", [("class", "c-series c-s\(k + 1)\(i.illustrative ? " c-illustrative" : "")"), ("d", path)])
            for (a, b) in zip(s.points, s.points.dropFirst()) { placer.block(from: (x(a.year), y(a.value)), to: (x(b.year), y(b.value))) }
            for pt in s.points {
                SeriesStyle.marker(k, x: x(pt.year), y: y(pt.value), into: &w)
                placer.block(Area(x: x(pt.year) - 5, y: y(pt.value) - 5, width: 10, height: 10))
            }
        }
        // End labels: beside each line's last point, moved up or down until free; else in the key.
        let lineHeight = 15.0
        var missing: [ChartKey.Entry] = []
        for (k, s) in series.enumerated() {
            guard let last = s.points.last else { continue }
            let lines = labels[k]
            let entry = ChartKey.Entry(text: lines.joined(separator: " "), mark: .series(k))
            if canvas.key.contains(entry.text) { continue }
            var placed = false
            defer { if !placed { missing.append(entry) } }
            let top = y(last.value) + 4 - Double(lines.count - 1) * lineHeight / 2
            for shift in [0.0, 15, -15, 30, -30, 45, -45, 60, -60] {
                let ly = top + shift
                let boxes = lines.indices.map { j in LabelPlacer.box(lines[j], at: .init(x: x(last.year) + 9, y: ly + Double(j) * lineHeight, anchor: .start), size: ChartStyle.labelSize, bold: true) }
                guard boxes.allSatisfy(placer.fits) else { continue }
                boxes.forEach { placer.block($0) }
                for (j, line) in lines.enumerated() {
                    w.text(line, x: x(last.year) + 9, y: ly + Double(j) * lineHeight, className: "c-value c-t\(k + 1)")
                }
                placed = true
                break
            }
        }
        let flag = stats.words(.chartIllustrativeLabel)
        if i.illustrative && !canvas.key.contains(flag) {
            let spots: [LabelPlacer.Spot] = [.init(x: p.x + p.width, y: p.y + p.height - 6, anchor: .end), .init(x: p.x + 4, y: p.y + 12, anchor: .start),
                                             .init(x: p.x + 4, y: p.y + p.height - 6, anchor: .start)]
            if let s = placer.place(flag, size: ChartStyle.labelSize, candidates: spots) {
                w.text(flag, x: s.x, y: s.y, anchor: s.anchor.rawValue, className: "c-note")
            } else {
                missing.append(.init(text: flag, mark: .none))
            }
        }
        return ChartDrawing(markup: w.markup, missing: missing)
    }
}

/// One small line chart per series, on a shared scale, two to a row.
struct SmallMultiples {
    static let panelHeight: Double = 110
    let stats: IndicatorStatistics
    let canvas: ChartCanvas

    static func plotHeight(series: Int) -> Double { Double((series + 1) / 2) * panelHeight }

    func body() -> String {
        let i = stats.indicator
        let series = stats.breakdownSeries
        let years = series.flatMap { $0.points.map(\.year) }
        guard let firstYear = years.min(), let lastYear = years.max() else { return "" }
        let p = canvas.plot
        // Inside the margin: the title-safe one at 16:9.
        let left = canvas.margin, gap: Double = 24
        let panelWidth = (canvas.width - left * 2 - gap) / 2
        let panelHeight = min(Self.panelHeight, p.height / Double((series.count + 1) / 2))
        let y0 = Scale(covering: series.flatMap { $0.points.map(\.value) }, range: (0, 1), includeZero: true, integer: i.decimals == 0)
        // A panel's name wraps inside its panel (a narrow embed has 122 px for it); every panel
        // keeps the same plot height, so the lines compare.
        let names = series.map { TextMeasure.lines($0.label, width: panelWidth, size: ChartStyle.labelSize) }
        let extra = Double((names.map(\.count).max() ?? 1) - 1) * 15
        var w = SVGWriter()
        for (k, s) in series.enumerated() {
            let ox = left + Double(k % 2) * (panelWidth + gap), oy = p.y + Double(k / 2) * panelHeight
            let top = oy + 22 + extra, bottom = oy + panelHeight - 22
            func x(_ year: Int) -> Double { ox + 8 + (panelWidth - 16) * (lastYear == firstYear ? 0.5 : Double(year - firstYear) / Double(lastYear - firstYear)) }
            func y(_ v: Double) -> Double { bottom - (bottom - top) * y0(v) }
            for (line, name) in names[k].enumerated() { w.text(name, x: ox, y: oy + 12 + Double(line) * 15, className: "c-label") }
            w.element("line", [("class", "c-axis"), ("x1", n(ox)), ("x2", n(ox + panelWidth)), ("y1", n(y(0))), ("y2", n(y(0)))])
            let path = s.points.enumerated().map { j, pt in "\(j == 0 ? "M" : "L")\(n(x(pt.year))) \(n(y(pt.value)))" }.joined(separator: " ")
            w.element("path", [("class", "c-series\(i.illustrative ? " c-illustrative" : "")"), ("d", path)])
            if let first = s.points.first, let last = s.points.last {
                w.element("circle", [("class", "c-marker"), ("cx", n(x(last.year))), ("cy", n(y(last.value))), ("r", "3.5")])
                // Near the panel's title the value goes under the line instead of over it.
                let valueY = y(last.value) - top < 14 ? y(last.value) + 17 : y(last.value) - 7
                w.text(i.number(last.value), x: x(last.year), y: valueY, anchor: "end", className: "c-value")
                w.text(String(first.year), x: x(first.year), y: bottom + 15, anchor: "start", className: "c-note")
                if last.year != first.year { w.text(String(last.year), x: x(last.year), y: bottom + 15, anchor: "end", className: "c-note") }
            }
        }
        return w.markup
    }
}
