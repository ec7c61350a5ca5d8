/// The context of `templates/chart.mustache`: an indicator's chart with its title, source and data table.
struct ChartFigure {
    let config: SiteConfig

    func context(_ stats: IndicatorStatistics, id: String, kind: Indicator.ChartKind? = nil) -> TemplateObject {
        let i = stats.indicator
        let renderer = ChartRenderer(stats)
        let table = Self.table(stats)
        return [
            "id": .text(id),
            "title": .text(renderer.title),
            "svg": .text(renderer.inline(id: id, kind: kind)),
            // The same chart drawn for a narrow column; CSS shows one of the two.
            "narrowSVG": .text(renderer.narrow(id: "\(id)-n", kind: kind)),
            "largeSVG": .text(renderer.large(id: "\(id)-l", kind: kind)),
            "source": .text(renderer.source),
            "sourceURL": .text(i.sourceURL),
            "name": .text(i.name),
            "unit": .text(i.unit),
            "illustrative": .bool(i.illustrative),
            "breaks": .list(i.breaks.map { ["year": .int($0.year), "label": .text($0.label),
                                            "text": .text(stats.words(.chartBreak, ["year": String($0.year), "label": $0.label.lowercasedFirst]))] }),
            "firstColumn": .text(table.first),
            "headers": .list(table.headers.map { ["label": .text($0.0), "num": .bool($0.1)] }),
            "rows": .list(table.rows.map { row in
                ["head": .text(row.0), "cells": .list(zip(row.1, table.headers).map { ["text": .text($0.0.0), "num": .bool($0.0.1), "label": .text($0.1.0)] })]
            }),
            "url": .text(config.baseURL.link(config.urlNames.indicatorPath(i.id))),
            // The template's own words, in the chart's language.
            "words": .texts(["details": stats.words(.chartDetails), "table": stats.words(.tableCaption)]),
        ]
    }

    /// The data beside the chart: a yearly series, a breakdown of the latest year, or years × groups.
    static func table(_ stats: IndicatorStatistics) -> (first: String, headers: [(String, Bool)], rows: [(String, [(String, Bool)])]) {
        let i = stats.indicator
        let t = stats.words
        func number(_ v: Double) -> String { i.number(v) }
        let flag = i.illustrative ? t(.badgeIllustrative) : ""
        let kindOf = { (o: Observation) in o.status.isEmpty ? flag : t.dataStatus(o.status) }
        let (value, year) = (t(.tableValue), t(.tableYear))
        if !i.series.isEmpty {
            var running = 0.0
            let headers = [(value, true)] + (i.cumulative ? [(t(.tableCumulative), true)] : []) + [(t(.tableKind), false), (t(.tableNote), false)]
            let rows = i.series.map { o -> (String, [(String, Bool)]) in
                running += o.value
                return (o.period, [(number(o.value), true)] + (i.cumulative ? [(number(running), true)] : []) + [(kindOf(o), false), (i.note(of: o, words: t), false)])
            }
            return (year, headers, rows)
        }
        let series = stats.breakdownSeries
        if series.contains(where: { $0.points.count > 1 }) {
            let years = Array(Set(series.flatMap { $0.points.map(\.year) })).sorted()
            let rows = years.map { year in
                (String(year), series.map { s in (s.points.first { $0.year == year }.map { number($0.value) } ?? "—", true) })
            }
            return (year, series.map { ($0.label, true) }, rows)
        }
        guard let b = ChartText(stats: stats).breakdown else { return (year, [(value, true)], []) }
        let dimension = i.observations.first.map { $0.dimensions.keys.sorted().joined(separator: ", ") } ?? ""
        return (t(.tableBreakdownHead, ["dimension": dimension, "year": String(b.year)]), [(value, true), (t(.tableKind), false)],
                b.rows.map { ($0.label, [(number($0.value), true), (flag, false)]) })
    }
}
