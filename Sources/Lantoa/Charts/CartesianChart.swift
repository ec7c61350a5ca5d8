/// Line and vertical bar charts over years: gridlines, a zero baseline for bars, target lines and
/// bands, series breaks, and values labelled directly instead of a legend.
struct CartesianChart {
    let stats: IndicatorStatistics
    let kind: Indicator.ChartKind
    let canvas: ChartCanvas

    func body() -> ChartDrawing {
        let i = stats.indicator
        let points = stats.points
        guard !points.isEmpty else {
            var w = SVGWriter()
            w.text(stats.words(.chartEmpty), x: canvas.width / 2, y: canvas.height / 2, anchor: "middle", className: "c-label")
            return ChartDrawing(markup: w.markup)
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
        let axes = YearAxes(plot: p, y: y, firstYear: firstYear, lastYear: lastYear, numbers: i.numbers)
        let slot = axes.slot
        func x(_ year: Int) -> Double { axes.x(year) }

        // Years whose figure is preliminary or estimated (sơ bộ, ước tính), drawn differently and keyed.
        let provisional = Set(i.series.filter { Observation.isProvisional($0.status) }.map(\.year))
        var w = SVGWriter()
        // Labels stay inside the drawing, above the year labels and clear of the title.
        var placer = LabelPlacer(bounds: Area(x: 2, y: p.y - 12, width: canvas.width - 4, height: p.height + 36))
        axes.draw(into: &w, placer: &placer)
        var breakNotes: [(year: Int, spot: LabelPlacer.Spot)] = []
        for b in i.breaks where b.year > firstYear && b.year <= lastYear {
            let bx = x(b.year) - slot / 2
            w.element("line", [("class", "c-break"), ("x1", n(bx)), ("x2", n(bx)), ("y1", n(p.y)), ("y2", n(p.y + p.height))])
            breakNotes.append((b.year, .init(x: bx + 3, y: p.y + p.height - 6, anchor: .start)))
        }
        // Averages are lines over their window; values and totals are goal posts at the due year.
        let text = ChartText(stats: stats)
        // Targets whose lines share years: a label away from its own line could name the other's.
        func span(_ t: Target) -> ClosedRange<Int> { t.kind == .average ? max(firstYear, t.from ?? t.year)...t.year : t.year...t.year }
        let sharingYears = Set(targets.indices.filter { a in targets.indices.contains { b in a != b && span(targets[a]).overlaps(span(targets[b])) } })
        var targetLabels: [(text: String, spots: [LabelPlacer.Spot])] = []
        var bands: [Area] = []
        // Where each target's line ends: when the labels are in the key, the lines are tagged with their year there.
        var targetEnds: [(year: Int, spots: [LabelPlacer.Spot])] = []
        for (index, t) in targets.enumerated() {
            // The due year in every label: two targets' lines are never confused.
            let label = "\(t.year): \(text.conditionText(t))"
            let x1 = t.kind == .average ? x(max(firstYear, t.from ?? t.year)) - slot / 2 : x(t.year) - max(slot * 0.45, 6)
            let x2 = t.kind == .average ? x(t.year) + slot / 2 : x(t.year) + max(slot * 0.45, 6)
            let top: Double, bottom: Double
            if case .between(let a, let b) = t.condition {
                w.element("rect", [("class", "c-band"), ("x", n(x1)), ("y", n(y(b))), ("width", n(x2 - x1)), ("height", n(y(a) - y(b)))])
                bands.append(Area(x: x1, y: y(b), width: x2 - x1, height: y(a) - y(b)))
                for v in [a, b] {
                    w.element("line", [("class", "c-target"), ("x1", n(x1)), ("x2", n(x2)), ("y1", n(y(v))), ("y2", n(y(v)))])
                    placer.block(from: (x1, y(v)), to: (x2, y(v)))
                }
                (top, bottom) = (y(b), y(a))
            } else {
                w.element("line", [("class", "c-target"), ("x1", n(x1)), ("x2", n(x2)), ("y1", n(y(t.goal))), ("y2", n(y(t.goal)))])
                placer.block(from: (x1, y(t.goal)), to: (x2, y(t.goal)))
                (top, bottom) = (y(t.goal), y(t.goal))
            }
            // Touching its own line first (just above, then just below, at either end), then further
            // away; a lone target also along the top of the plot. Of targets over the same years, a
            // label away from its line could be read as naming the other's, so it goes to the key instead.
            let alone = !sharingYears.contains(index)
            var spots: [LabelPlacer.Spot] = []
            let offsets: [(Double, Double)] = alone ? [(-6, top), (16, bottom), (-21, top), (31, bottom), (-36, top)] : [(-6, top), (16, bottom)]
            for (dy, edge) in offsets {
                spots += [.init(x: x2, y: edge + dy, anchor: .end), .init(x: x1, y: edge + dy, anchor: .start)]
            }
            for k in 0..<6 where targets.count == 1 {
                let ly = p.y - 2 + Double(k) * 16
                spots += [.init(x: p.x + p.width + 60, y: ly, anchor: .end), .init(x: p.x + 4, y: ly, anchor: .start)]
            }
            targetLabels.append((label, spots))
            targetEnds.append((t.year, [.init(x: x2 + 4, y: top + 4, anchor: .start), .init(x: x2 + 4, y: bottom + 14, anchor: .start),
                                        .init(x: x2, y: top - 6, anchor: .end), .init(x: x2, y: bottom + 16, anchor: .end)]))
        }
        let decimals = i.decimals
        var valueLabels: [(text: String, spots: [LabelPlacer.Spot])] = []
        if kind == .bar {
            let barWidth = min(36, slot * 0.6)
            for point in points {
                let top = y(max(point.value, 0)), bottom = y(min(point.value, 0))
                let bar = Area(x: x(point.year) - barWidth / 2, y: top, width: barWidth, height: max(0.5, bottom - top))
                w.element("rect", [("class", provisional.contains(point.year) ? "c-bar c-provisional" : "c-bar"),
                                   ("x", n(bar.x)), ("y", n(bar.y)), ("width", n(bar.width)), ("height", n(bar.height))])
                placer.block(bar)
            }
            // The last bar's value first; the others where they fit over their bar.
            for (k, point) in points.enumerated().reversed() {
                let top = y(max(point.value, 0))
                let label = i.number(point.value, decimals: decimals)
                valueLabels.append((label, k == points.count - 1
                    ? [.init(x: x(point.year), y: top - 5, anchor: .middle), .init(x: x(point.year) + barWidth / 2 + 3, y: top + 12, anchor: .start)]
                    : [.init(x: x(point.year), y: top - 5, anchor: .middle)]))
            }
        } else {
            // A series break starts the line again: the two methods are not joined as if comparable.
            let breakYears = Set(i.breaks.map(\.year))
            let path = points.enumerated().map { k, point in
                let restart = k == 0 || breakYears.contains(where: { $0 > points[k - 1].year && $0 <= point.year })
                return "\(restart ? "M" : "L")\(n(x(point.year))) \(n(y(point.value)))"
            }.joined(separator: " ")
            w.element("path", [("class", i.illustrative ? "c-series c-illustrative" : "c-series"), ("d", path)])
            for (a, b) in zip(points, points.dropFirst()) where !breakYears.contains(where: { $0 > a.year && $0 <= b.year }) {
                placer.block(from: (x(a.year), y(a.value)), to: (x(b.year), y(b.value)))
            }
            for point in points {
                // Preliminary and estimated figures are hollow: they may still change.
                w.element("circle", [("class", provisional.contains(point.year) ? "c-marker c-provisional" : "c-marker"),
                                     ("cx", n(x(point.year))), ("cy", n(y(point.value))), ("r", "4")])
                placer.block(Area(x: x(point.year) - 5, y: y(point.value) - 5, width: 10, height: 10))
            }
            let last = points.last!
            valueLabels.append((i.format(last.value), [
                .init(x: x(last.year) + 8, y: y(last.value) + 4, anchor: .start), .init(x: x(last.year), y: y(last.value) - 10, anchor: .middle),
                .init(x: x(last.year), y: y(last.value) + 20, anchor: .middle), .init(x: x(last.year) - 8, y: y(last.value) + 4, anchor: .end),
            ]))
            if points.count > 1 {
                let first = points.first!
                // Not to the left of the first point: there it would stand among the axis's numbers.
                valueLabels.append((i.number(first.value, decimals: decimals), [
                    .init(x: x(first.year), y: y(first.value) - 10, anchor: .middle), .init(x: x(first.year), y: y(first.value) + 20, anchor: .middle),
                    .init(x: x(first.year) + 8, y: y(first.value) + 4, anchor: .start),
                ]))
            }
        }
        // Most important first: the latest value, the targets, the other values, then notes. A text
        // that must be read (the latest value, a target, a note) and finds no room goes to the key
        // under the plot; so do all the targets once one does, so that no target's label is left
        // alone above lines it does not name.
        var missing: [ChartKey.Entry] = []
        func place(_ label: String, spots: [LabelPlacer.Spot], className: String, bold: Bool = false, key: ChartKey.Entry?) {
            if let key, canvas.key.contains(key.text) { return }
            if let spot = placer.place(label, size: ChartStyle.labelSize, bold: bold, candidates: spots) {
                w.text(label, x: spot.x, y: spot.y, anchor: spot.anchor.rawValue, className: className)
            } else if let key {
                missing.append(key)
            }
        }
        let lastPoint = points.last!
        if let latest = valueLabels.first {
            place(latest.text, spots: latest.spots, className: "c-value", bold: true, key: .init(text: "\(lastPoint.year): \(i.format(lastPoint.value))", mark: .none))
        }
        // No target label over a band (one across another target's band reads as naming it); the
        // latest value, placed before, may sit in its own bar's band.
        bands.forEach { placer.block($0) }
        let targetKeys = targetLabels.map { ChartKey.Entry(text: $0.text, mark: .target) }
        let targetsKeyed = targetKeys.contains { canvas.key.contains($0.text) }
        for (label, spots) in targetLabels where !targetsKeyed {
            place(label, spots: spots, className: "c-target-text", bold: true, key: .init(text: label, mark: .target))
        }
        for (year, spots) in targetEnds where targetsKeyed {
            place(String(year), spots: spots, className: "c-target-text", bold: true, key: nil)
        }
        if missing.contains(where: { $0.mark == .target }) {
            missing.removeAll { $0.mark == .target }
            missing += targetKeys
        }
        for (label, spots) in valueLabels.dropFirst() {
            place(label, spots: spots, className: "c-value", bold: true, key: nil)
        }
        for (year, spot) in breakNotes {
            let shifted = [spot, .init(x: spot.x, y: spot.y - 16, anchor: .start), .init(x: spot.x - 6, y: spot.y, anchor: .end), .init(x: spot.x, y: p.y + 12, anchor: .start)]
            place(stats.words(.chartNewSeries), spots: shifted, className: "c-note",
                  key: .init(text: stats.words(.chartNewSeriesKey, ["year": String(year)]), mark: .none))
        }
        if !provisional.isEmpty {
            let note = stats.words(kind == .bar ? .chartProvisionalBar : .chartProvisionalLine)
            let spots: [LabelPlacer.Spot] = [.init(x: p.x + 4, y: p.y + 12, anchor: .start), .init(x: p.x + 4, y: p.y + 28, anchor: .start),
                                             .init(x: p.x + p.width, y: p.y + 12, anchor: .end), .init(x: p.x + 4, y: p.y + p.height - 6, anchor: .start)]
            place(note, spots: spots, className: "c-note", key: .init(text: note, mark: .none))
        }
        if i.illustrative {
            let spots: [LabelPlacer.Spot] = [.init(x: p.x + p.width, y: p.y + p.height - 6, anchor: .end), .init(x: p.x + p.width, y: p.y + 12, anchor: .end),
                                             .init(x: p.x + 4, y: p.y + 12, anchor: .start), .init(x: p.x + 4, y: p.y + p.height - 6, anchor: .start)]
            let flag = stats.words(.chartIllustrativeLabel)
            place(flag, spots: spots, className: "c-note", key: .init(text: flag, mark: .none))
        }
        return ChartDrawing(markup: w.markup, missing: missing)
    }

}
