/// The context of `templates/chart.mustache`: an indicator's chart with its title, source and data table.
struct ChartFigure {
    let config: SiteConfig

    func context(_ stats: IndicatorStatistics, id: String, kind: Indicator.ChartKind? = nil) -> [String: Any] {
        let i = stats.indicator
        let renderer = ChartRenderer(stats)
        var running = 0.0
        let rows: [[String: Any]] = i.series.map { o in
            running += o.value
            return PageContext.compact([
                "period": o.period, "value": VietnameseFormat.number(o.value, decimals: i.decimals),
                "total": VietnameseFormat.number(running, decimals: i.decimals),
                "status": o.status.isEmpty ? (i.illustrative ? "minh họa" : "") : o.status, "note": o.note,
            ])
        }
        // A breakdown has no yearly series: its table lists the latest period's rows instead.
        var firstColumn = "Năm"
        var tableRows = rows
        if i.series.isEmpty, let b = ChartText(stats: stats).breakdown {
            firstColumn = "\(i.observations.first.map { $0.dimensions.keys.sorted().joined(separator: ", ") } ?? "") (năm \(b.year))"
            tableRows = b.rows.map { ["period": $0.label, "value": VietnameseFormat.number($0.value, decimals: i.decimals),
                                      "status": i.illustrative ? "minh họa" : ""] }
        }
        return PageContext.compact([
            "id": id,
            "firstColumn": firstColumn,
            "title": renderer.title,
            "svg": renderer.inline(id: id, kind: kind),
            "source": renderer.source,
            "sourceURL": i.sourceURL,
            "name": i.name,
            "unit": i.unit,
            "cumulative": i.cumulative,
            "illustrative": i.illustrative,
            "breaks": i.breaks.map { ["year": $0.year, "label": $0.label] as [String: Any] },
            "rows": tableRows,
            "url": config.baseURL.link("\(config.urlNames.indicators)/\(i.id)/"),
        ])
    }
}
