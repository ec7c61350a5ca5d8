import Foundation

/// The data downloads of an indicator: CSV in UTF-8 with `.` decimals, and JSON with the definition,
/// observations and computed target status.
struct IndicatorExport {
    let stats: IndicatorStatistics
    let config: SiteConfig

    /// The line under a chart file: the data's source, who drew the chart and, for the portal's
    /// own figures, the licence ("…; biểu đồ: Sở KH&CN · CC BY 4.0").
    var chartCredit: String {
        let credit = Citation.dataCredit(stats.indicator, config: config, words: stats.words)
        return stats.indicator.isPortalsOwn ? credit + " · " + config.licenceName : credit
    }

    /// The chart as its files draw it, credit under it.
    var chart: ChartRenderer { ChartRenderer(stats, credit: chartCredit) }

    func file(_ kind: IndicatorFile, path: String, rasteriser: Rasteriser) -> OutputFile {
        switch kind {
        case .svg: return OutputFile(path: path, text: chart.standalone())
        case .television: return OutputFile(path: path, text: chart.television())
        case .transparent: return OutputFile(path: path, text: chart.transparent())
        case .csv: return OutputFile(path: path, text: csv())
        case .json: return OutputFile(path: path, text: json())
        case .televisionPNG: return OutputFile(path: path, bytes: rasteriser.png(chart.television(), width: 1920, height: 1080, path: path))
        case .socialPNG: return OutputFile(path: path, bytes: rasteriser.png(chart.social(), width: 1200, height: 630, path: path))
        case .printPNG:
            // Twice the size the SVG file declares (itself twice its drawing): about 13 cm wide at 300 dpi.
            let svg = chart.standalone()
            let size = ChartRenderer.declaredSize(svg) ?? (800, 600)
            return OutputFile(path: path, bytes: rasteriser.png(svg, width: size.width * 2, height: size.height * 2, path: path))
        }
    }

    func csv() -> String {
        let i = stats.indicator
        let dimensions = Array(Set(i.observations.flatMap { $0.dimensions.keys })).sorted()
        // A running total is what the chart draws: it goes beside the yearly value.
        let charted = i.cumulative ? ["cumulative"] : []
        var lines = [(["period", "value"] + charted + ["unit", "status", "note", "source"] + dimensions).map(Self.quote).joined(separator: ",")]
        var total = 0.0
        for o in i.observations {
            if o.dimensions.isEmpty { total += o.value }
            let running = i.cumulative ? [o.dimensions.isEmpty ? Self.plain(total) : ""] : []
            // A district or town that no longer exists is named so ("Buôn Hồ (cũ)"), as the chart names it.
            let fields = [o.period, Self.plain(o.value)] + running + [i.unit, Self.status(o, i, words: stats.words), i.note(of: o, words: stats.words), Self.source(o, i)]
                + dimensions.map { o.dimensions[$0].map { i.dimensionLabel($0, year: o.year) } ?? "" }
            lines.append(fields.map(Self.quote).joined(separator: ","))
        }
        // A byte-order mark first: Excel on a Vietnamese Windows then reads the file as UTF-8
        // instead of the system's code page, and the diacritics survive.
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Every row of an illustrative series says so, whatever else its status says.
    static func status(_ o: Observation, _ i: Indicator, words t: Interface) -> String {
        let flag = t(.badgeIllustrative)
        guard i.illustrative, !o.status.contains(flag) else { return o.status }
        return o.status.isEmpty ? flag : "\(o.status) (\(flag))"
    }

    /// Every row names its source: its own, else the indicator's.
    static func source(_ o: Observation, _ i: Indicator) -> String { o.source.isEmpty ? i.sourceName : o.source }

    /// A number with a decimal point and no grouping: `5.31`, `1234`.
    static func plain(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }

    static func quote(_ field: String) -> String {
        field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + field.replacingAll("\"", with: "\"\"") + "\"" : field
    }

    /// The definition, the observations and each target's status, in the JSON writer's readable layout.
    func json() -> String {
        let i = stats.indicator
        func number(_ n: Double?) -> TemplateValue { n.map(TemplateValue.number) ?? .empty }
        let document: TemplateValue = [
            "id": .text(i.id), "name": .text(i.name), "short_name": .text(i.shortName), "unit": .text(i.unit), "description": .text(i.description),
            "source": .texts(["name": i.sourceName, "url": i.sourceURL]), "method_note": .text(i.methodNote), "frequency": .text(i.frequency),
            "better": .text(i.better.rawValue), "illustrative": .bool(i.illustrative), "cumulative": .bool(i.cumulative),
            "breaks": .list(i.breaks.map { ["year": .int($0.year), "label": .text($0.label)] }),
            "targets": .list(stats.evaluations.map { e in
                [
                    "label": .text(e.target.label), "kind": .text(e.target.kind.rawValue), "plan": .text(e.target.plan),
                    "from": e.target.from.map(TemplateValue.int) ?? .empty, "year": .int(e.target.year),
                    // A mean is worked out, not recorded: six decimals, not 5.248333333333334.
                    "status": .text(e.status.rawValue), "figure": number(e.figure.map { ($0 * 1e6).rounded() / 1e6 }), "span": .text(e.span),
                    // The statuses of the first figures the figure rests on: a verdict that may change.
                    "provisional": .list(e.provisional.map(TemplateValue.text)),
                    "contributes": .bool(e.target.contributes), "note": .text(e.note),
                    // The threshold in numbers, as the status was decided: the label is words.
                    "condition": Self.condition(e.target),
                ]
            }),
            "observations": .list(observationRows(i)),
            "scope": .text(i.scope.rawValue), "credit": .text(Citation.dataCredit(i, config: config, words: stats.words)),
            // What a copy of the file needs to be reused: where it comes from and on what terms.
            "page": .text(config.baseURL.absolute(config.urlNames.indicatorPath(i.id))),
            "licence": i.isPortalsOwn ? .texts(["name": config.licenceName, "url": config.licenceURL])
                : .texts(["name": stats.words(.dataSourceTerms), "url": i.sourceURL]),
            "dimension_note": .text(i.dimensionNote),
        ]
        return JSON.encode(document, pretty: true) + "\n"
    }

    /// A target's condition for a program to read, as the status applies it: `{"op": ">", "value": 7}`,
    /// `{"op": "between", "min": 7, "max": 10}`, `{"op": "about", "value": 30, "tolerance": 2}`;
    /// a count "from 7 to 10" is met from 7 up (`{"op": ">=", "value": 7, "range": [7, 10]}`).
    static func condition(_ target: Target) -> TemplateValue {
        if case .between(let low, let high) = target.condition, target.kind == .cumulative {
            return ["op": ">=", "value": .number(low), "range": .list([.number(low), .number(high)])]
        }
        return switch target.condition {
        case .above(let v): ["op": ">", "value": .number(v)]
        case .atLeast(let v): ["op": ">=", "value": .number(v)]
        case .below(let v): ["op": "<", "value": .number(v)]
        case .atMost(let v): ["op": "<=", "value": .number(v)]
        case .about(let v, let tolerance): ["op": "about", "value": .number(v), "tolerance": .number(tolerance)]
        case .aboutAbove(let v, let tolerance): ["op": "about_above", "value": .number(v), "tolerance": .number(tolerance)]
        case .between(let low, let high): ["op": "between", "min": .number(low), "max": .number(high)]
        }
    }

    private func observationRows(_ i: Indicator) -> [TemplateValue] {
        var total = 0.0
        return i.observations.map { o in
            if o.dimensions.isEmpty { total += o.value }
            return [
                "period": .text(o.period), "value": .number(o.value),
                // The running total the chart draws, for a cumulative indicator.
                "cumulative": i.cumulative && o.dimensions.isEmpty ? .number(total) : .empty,
                "status": .text(Self.status(o, i, words: stats.words)), "note": .text(i.note(of: o, words: stats.words)),
                "source": .text(Self.source(o, i)), "dimensions": .texts(o.dimensions.mapValues { i.dimensionLabel($0, year: o.year) }),
            ]
        }
    }
}
