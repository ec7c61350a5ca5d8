/// The context of `templates/chart.mustache`: an indicator's chart with its title, source and data table.
struct ChartFigure {
    let config: SiteConfig

    func context(_ stats: IndicatorStatistics, id: String, kind: Indicator.ChartKind? = nil) -> [String: Any] {
        let i = stats.indicator
        let renderer = ChartRenderer(stats)
        let table = Self.table(stats)
        return PageContext.compact([
            "id": id,
            "title": renderer.title,
            "svg": renderer.inline(id: id, kind: kind),
            "source": renderer.source,
            "sourceURL": i.sourceURL,
            "name": i.name,
            "unit": i.unit,
            "illustrative": i.illustrative,
            "breaks": i.breaks.map { ["year": $0.year, "label": $0.label] as [String: Any] },
            "firstColumn": table.first,
            "headers": table.headers.map { ["label": $0.0, "num": $0.1] as [String: Any] },
            "rows": table.rows.map { row in
                ["head": row.0, "cells": zip(row.1, table.headers).map { ["text": $0.0.0, "num": $0.0.1, "label": $0.1.0] as [String: Any] }] as [String: Any]
            },
            "url": config.baseURL.link(config.urlNames.indicatorPath(i.id)),
        ])
    }

    /// The data beside the chart: a yearly series, a breakdown of the latest year, or years × groups.
    static func table(_ stats: IndicatorStatistics) -> (first: String, headers: [(String, Bool)], rows: [(String, [(String, Bool)])]) {
        let i = stats.indicator
        func number(_ v: Double) -> String { VietnameseFormat.number(v, decimals: i.decimals) }
        let kindOf = { (o: Observation) in o.status.isEmpty ? (i.illustrative ? "minh họa" : "") : o.status }
        if !i.series.isEmpty {
            var running = 0.0
            let headers = [("Giá trị", true)] + (i.cumulative ? [("Lũy kế", true)] : []) + [("Loại số liệu", false), ("Ghi chú", false)]
            let rows = i.series.map { o -> (String, [(String, Bool)]) in
                running += o.value
                return (o.period, [(number(o.value), true)] + (i.cumulative ? [(number(running), true)] : []) + [(kindOf(o), false), (o.note, false)])
            }
            return ("Năm", headers, rows)
        }
        let series = stats.breakdownSeries
        if series.contains(where: { $0.points.count > 1 }) {
            let years = Array(Set(series.flatMap { $0.points.map(\.year) })).sorted()
            let rows = years.map { year in
                (String(year), series.map { s in (s.points.first { $0.year == year }.map { number($0.value) } ?? "—", true) })
            }
            return ("Năm", series.map { ($0.label, true) }, rows)
        }
        guard let b = ChartText(stats: stats).breakdown else { return ("Năm", [("Giá trị", true)], []) }
        let dimension = i.observations.first.map { $0.dimensions.keys.sorted().joined(separator: ", ") } ?? ""
        return ("\(dimension) (năm \(b.year))", [("Giá trị", true), ("Loại số liệu", false)],
                b.rows.map { ($0.label, [(number($0.value), true), (i.illustrative ? "minh họa" : "", false)]) })
    }
}
