/// The frame of a chart over years: horizontal gridlines with Vietnamese tick labels, the zero
/// line, and year labels spaced so that they never collide.
struct YearAxes {
    let plot: (x: Double, y: Double, width: Double, height: Double)
    let y: Scale
    let firstYear: Int, lastYear: Int
    /// How the value axis writes its numbers.
    var numbers = NumberStyle.vietnamese

    /// Width of one year on the x axis.
    var slot: Double { plot.width / Double(lastYear - firstYear + 1) }

    /// The centre of a year's slot.
    func x(_ year: Int) -> Double { plot.x + (Double(year - firstYear) + 0.5) * slot }

    /// Draws gridlines and axis labels; the labels' room is claimed in `placer` so that no
    /// other text is put over them.
    func draw(into w: inout SVGWriter, placer: inout LabelPlacer) {
        let p = plot
        for tick in y.ticks {
            w.element("line", [("class", "c-grid"), ("x1", n(p.x)), ("x2", n(p.x + p.width)), ("y1", n(y(tick))), ("y2", n(y(tick)))])
            let label = VietnameseFormat.number(tick, decimals: y.tickDecimals, style: numbers)
            w.text(label, x: p.x - 6, y: y(tick) + 4, anchor: "end", className: "c-label")
            placer.claim(label, at: .init(x: p.x - 6, y: y(tick) + 4, anchor: .end), size: ChartStyle.labelSize)
        }
        w.element("line", [("class", "c-axis"), ("x1", n(p.x)), ("x2", n(p.x + p.width)), ("y1", n(y(0))), ("y2", n(y(0)))])
        // Every year when the labels fit, else every second, fifth or tenth, counted back from the
        // last: the year of the latest target is always named.
        let every = [1, 2, 5, 10].first { Double($0) * slot >= TextMeasure.width("2030", size: ChartStyle.labelSize) + 8 } ?? 10
        for year in firstYear...lastYear where (lastYear - year) % every == 0 {
            w.text(String(year), x: x(year), y: p.y + p.height + 18, anchor: "middle", className: "c-label")
            placer.claim(String(year), at: .init(x: x(year), y: p.y + p.height + 18, anchor: .middle), size: ChartStyle.labelSize)
        }
    }
}
