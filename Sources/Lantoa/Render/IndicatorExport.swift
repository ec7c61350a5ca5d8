import Foundation

/// The data downloads of an indicator: CSV in UTF-8 with `.` decimals, and JSON with the definition,
/// observations and computed target status.
struct IndicatorExport {
    let stats: IndicatorStatistics
    let config: SiteConfig

    func file(_ kind: IndicatorFile, path: String, rasteriser: Rasteriser) -> OutputFile {
        let chart = ChartRenderer(stats)
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
            let fields = [o.period, Self.plain(o.value)] + running + [i.unit, Self.status(o, i, words: stats.words), i.note(of: o, words: stats.words), Self.source(o, i)] + dimensions.map { o.dimensions[$0] ?? "" }
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

    func json() -> String {
        let i = stats.indicator
        let document = Export(
            id: i.id, name: i.name, short_name: i.shortName, unit: i.unit, description: i.description,
            source: .init(name: i.sourceName, url: i.sourceURL), method_note: i.methodNote, frequency: i.frequency,
            better: i.better.rawValue, illustrative: i.illustrative, cumulative: i.cumulative,
            breaks: i.breaks.map { .init(year: $0.year, label: $0.label) },
            targets: stats.evaluations.map { e in
                .init(label: e.target.label, kind: e.target.kind.rawValue, plan: e.target.plan, from: e.target.from, year: e.target.year,
                      status: e.status.rawValue, figure: e.figure, span: e.span, contributes: e.target.contributes, note: e.note)
            },
            observations: observationRows(i),
            scope: i.scope.rawValue, credit: Citation.dataCredit(i, config: config, words: stats.words))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self) + "\n"
    }

    private func observationRows(_ i: Indicator) -> [Export.Row] {
        var total = 0.0
        return i.observations.map { o in
            if o.dimensions.isEmpty { total += o.value }
            return .init(period: o.period, value: o.value, cumulative: i.cumulative && o.dimensions.isEmpty ? total : nil,
                         status: Self.status(o, i, words: stats.words), note: i.note(of: o, words: stats.words), source: Self.source(o, i), dimensions: o.dimensions)
        }
    }

    private struct Export: Encodable {
        struct Source: Encodable { var name, url: String }
        struct Break: Encodable { var year: Int; var label: String }
        struct TargetStatus: Encodable {
            var label, kind, plan: String
            var from: Int?
            var year: Int
            var status: String
            var figure: Double?
            var span: String
            var contributes: Bool
            var note: String
        }
        struct Row: Encodable {
            var period: String
            var value: Double
            /// The running total the chart draws, for a cumulative indicator.
            var cumulative: Double?
            var status, note, source: String
            var dimensions: [String: String]
        }
        var id, name, short_name, unit, description: String
        var source: Source
        var method_note, frequency, better: String
        var illustrative, cumulative: Bool
        var breaks: [Break]
        var targets: [TargetStatus]
        var observations: [Row]
        var scope, credit: String
    }
}
