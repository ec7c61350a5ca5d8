/// Contexts for the dashboard, indicator pages and embed pages, and the KPI tiles of the home page.
struct IndicatorContext {
    let site: Site

    var config: SiteConfig { site.config }
    var t: Interface { site.interface }

    /// One tile per target of every indicator: value, target, status in words and a sparkline.
    /// One card per indicator with targets, each of its targets inside with its figure, bullet and status.
    func tiles() -> [TemplateValue] {
        site.indicators.compactMap { stats -> TemplateValue? in
            let i = stats.indicator
            guard let first = stats.evaluations.first else { return nil }
            let text = ChartText(stats: stats)
            let targets: [TemplateValue] = stats.evaluations.enumerated().map { k, e in
                let figure = e.figure.map { i.format($0, decimals: e.target.kind == .average ? max(i.decimals, 2) : i.decimals) } ?? "—"
                let what: String = switch e.target.kind {
                case .average: t(.figureAverage, ["span": e.span])
                case .cumulative: t(.figureCumulative, ["year": String(e.span.suffix(4))])
                case .value: e.span.isEmpty ? "" : t(.chartYear, ["year": e.span])
                }
                return .texts([
                    "figure": figure, "figureNote": e.figure == nil ? "" : what,
                    "target": "\(targetKind(e.target)): \(text.conditionText(e.target)) \(targetPeriod(e.target))",
                    "plan": e.target.plan, "status": site.interface.status(of: e), "statusClass": e.status.className,
                    // Why a target is behind or unlikely, as the indicator page says it; said once
                    // in a card whose targets have the same reason (no series for either).
                    "statusNote": k > 0 && stats.evaluations[k - 1].reason == e.reason ? "" : e.reason,
                    "bullet": SmallCharts.bullet(e),
                ])
            }
            return [
                "name": .text(i.shortName), "url": .text(config.baseURL.link(config.urlNames.indicatorPath(i.id))),
                // The card's colour is its targets' status when they agree; targets that differ get a neutral edge.
                "statusClass": .text(Set(stats.evaluations.map(\.status.className)).count == 1 ? first.status.className : "nhieu-trang-thai"),
                "targets": .list(targets),
                "sparkline": .text(SmallCharts.sparkline(stats)), "illustrative": .bool(i.illustrative),
            ]
        }
    }

    /// "Mục tiêu", or "Mục tiêu chung của cả nước (tỉnh góp phần thực hiện)" where the plan says "góp phần đạt".
    func targetKind(_ target: Target) -> String { t(target.contributes ? .targetNational : .target) }

    /// The period as the plan gives it: "giai đoạn 2021–2025", or only the year when the plan gives no period.
    func targetPeriod(_ target: Target) -> String {
        target.kind == .average && !target.periodAssumed
            ? t(.targetPeriod, ["from": String(target.from ?? target.year), "to": String(target.year)]) : t(.targetDue, ["year": String(target.year)])
    }

    /// What a reader needs to read a target's status: how "khoảng" is counted, a period the plan
    /// does not give, what the remaining years need, which series is missing.
    func targetNotes(_ e: TargetEvaluation, _ text: ChartText) -> [String] {
        var notes: [String] = []
        if e.target.contributes { notes.append(t(.noteContributes)) }
        if e.target.kind == .cumulative && e.status == .likely { notes.append(t(.noteLikelyCumulative)) }
        if let tolerance = text.toleranceText(e.target) { notes.append(tolerance) }
        if !e.note.isEmpty { notes.append(e.note) }
        return notes
    }

    func dashboard(_ base: TemplateObject) -> TemplateObject {
        var c = base
        c["tiles"] = .list(tiles())
        c["charts"] = .list(site.indicators.map { .object(ChartFigure(config: config).context($0, id: "d-\($0.indicator.id)")) })
        c["hasIllustrative"] = .bool(site.indicators.contains { $0.indicator.illustrative })
        return c
    }

    func indicator(_ k: Int, base: TemplateObject) -> TemplateObject {
        let stats = site.indicators[k]
        let i = stats.indicator
        let renderer = ChartRenderer(stats)
        let folder = config.urlNames.indicators
        var c = base
        var figure = ChartFigure(config: config).context(stats, id: "i-\(i.id)")
        // The chart's own page: its figure links nowhere else ("Chi tiết và tải số liệu" would lead here).
        figure["url"] = .empty
        c["indicator"] = [
            "id": .text(i.id), "name": .text(i.name), "headline": .text(renderer.title), "description": .text(i.description),
            "unit": .text(i.unit), "frequency": .text(i.frequency), "better": .text(t(i.better == .higher ? .higherBetter : .lowerBetter)),
            "scope": .text(t(i.scope == .national ? .scopeNational : .scopeProvince)), "countingRule": .text(i.countingRule),
            "dimensionNote": .text(i.dimensionNote), "sourceName": .text(i.sourceName), "sourceURL": .text(i.sourceURL),
            "methodNote": .text(i.methodNote), "illustrative": .bool(i.illustrative),
            "breaks": .list(i.breaks.map { ["year": .int($0.year), "label": .text($0.label)] }),
            "targets": .list(stats.evaluations.map { e in
                [
                    "label": .text(e.target.label), "plan": .text(e.target.plan), "status": .text(site.interface.status(of: e)),
                    "statusClass": .text(e.status.className), "kind": .text(targetKind(e.target)),
                    "notes": .texts(targetNotes(e, ChartText(stats: stats))),
                    "figure": .text(e.figure.map { i.format($0, decimals: e.target.kind == .average ? max(i.decimals, 2) : i.decimals) } ?? "—"),
                    "span": .text(e.span),
                ]
            }),
            "figure": .object(figure),
            "downloads": .list(IndicatorFile.published(pictures: site.shareImages != nil).map { file in
                .texts(["label": Self.label(file, words: t), "url": config.baseURL.link("\(folder)/\(i.id)\(file.rawValue)"), "file": "\(i.id)\(file.rawValue)"])
            }),
            "embed": .text(embedSnippet(stats)),
        ]
        return c
    }

    /// What a download is, in the words of the list of downloads and the press kit.
    static func label(_ file: IndicatorFile, words t: Interface) -> String {
        let key: Interface.Key = switch file {
        case .csv: .fileCSV
        case .json: .fileJSON
        case .svg: .fileSVG
        case .television: .fileTelevision
        case .transparent: .fileTransparent
        case .televisionPNG: .fileTelevisionPNG
        case .socialPNG: .fileSocialPNG
        case .printPNG: .filePrintPNG
        }
        return t(key)
    }

    /// The code a newspaper pastes: an `<iframe>` tall enough without a script to show the chart,
    /// the source and the credit in any column from 280 to 700 px, and a small script that fits the frame to
    /// its page as the page reports its height (`postMessage`, checked against our origin).
    func embedSnippet(_ stats: IndicatorStatistics) -> String {
        let src = config.baseURL.absolute(config.urlNames.embedPath(stats.indicator.id))
        let iframe = "<iframe src=\"\(src)\" title=\"\(XML.escape(ChartRenderer(stats).title))\" style=\"width:100%;height:\(fallbackHeight(stats))px;border:0\" loading=\"lazy\" data-lantoa-embed></iframe>"
        let script = "<script>addEventListener(\"message\",function(e){if(!e.data||!e.data.lantoaHeight)return;"
            + "document.querySelectorAll(\"iframe[data-lantoa-embed]\").forEach(function(f){"
            + "if(f.contentWindow===e.source&&new URL(f.src,location.href).origin===e.origin)f.style.height=Math.ceil(e.data.lantoaHeight)+\"px\"})})</script>"
        return iframe + script
    }

    /// The frame's height without the script: the most the embed page needs in a column from 280
    /// to 700 px (a phone's article column to a desktop's) — the title, the chart drawn for that
    /// width (narrow up to 420 px, where it is drawn largest), source, notes and credit, each text
    /// measured at the page's sizes over the column's width, a line being 1.7 × the text's size
    /// as the style sheet has it (1.4 × for the title).
    func fallbackHeight(_ stats: IndicatorStatistics) -> Int {
        let i = stats.indicator
        let renderer = ChartRenderer(stats)
        let small = 14.4 * 1.7
        // The credit line: source and its address, maker, licence, the link to the details.
        let credit = [IndicatorExport(stats: stats, config: config).chartCredit, i.sourceURL, t(.embedDetails, ["site": config.title])]
        let texts: [(String, Double, Bool, Double)] = [(renderer.title, 17.6, true, 17.6 * 1.4)]
            + i.breaks.map { (t(.chartBreak, ["year": String($0.year), "label": $0.label.lowercasedFirst]), 14.4, false, small) }
            + [(credit.filter { !$0.isEmpty }.joined(separator: " · "), 14.4, false, small)]
        let columns: [(Double, ChartCanvas.Variant)] = [280.0, 300, 320, 360, 400, 420].map { ($0, .narrow) }
            + [421.0, 480, 540, 600, 650, 700].map { ($0, .inline) }
        let heights = columns.map { column, variant in
            let inner = column - 16, canvas = renderer.canvas(variant, kind: renderer.kind(nil))
            let words = texts.map { text, size, bold, line in Double(TextMeasure.lines(text, width: inner - 8, size: size, bold: bold).count) * line }
            return canvas.height * inner / canvas.width + words.reduce(0, +) + 16 + 12 * 4
        }
        // A browser's font may wrap one text a line later than the measure: 8 % and a line to spare.
        return Int((heights.max()! * 1.08 + small).rounded(.up))
    }

    func embed(_ k: Int, base: TemplateObject) -> TemplateObject {
        let stats = site.indicators[k]
        var c = base
        // Under 420 px the embed page shows the chart drawn for a narrow column (CSS decides).
        c["figure"] = .object(ChartFigure(config: config).context(stats, id: "e-\(stats.indicator.id)"))
        c["pageURL"] = .text(config.baseURL.absolute(config.urlNames.indicatorPath(stats.indicator.id)))
        c["credit"] = .text(Citation.dataCredit(stats.indicator, config: config, words: t))
        c["creditHTML"] = .text(Citation.dataCreditHTML(stats.indicator, config: config, words: t))
        c["embedDetails"] = .text(t(.embedDetails, ["site": config.title]))
        // The portal's own figures are under its licence, as the chart files say; an official
        // statistic is under its source's terms, which the credit names.
        if stats.indicator.isPortalsOwn { c["licence"] = .texts(["name": config.licenceName, "url": config.licenceURL]) }
        return c
    }
}
