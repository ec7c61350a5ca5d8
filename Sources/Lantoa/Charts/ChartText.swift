/// The words of a chart: a title that states the finding and a description a screen reader reads.
/// The sentences are the theme's (`chart_*` keys of `templates/i18n/<language>.yml`), with blanks
/// this fills: renaming a word there renames it in every title, alt text and embed.
struct ChartText {
    let stats: IndicatorStatistics

    var indicator: Indicator { stats.indicator }
    private var t: Interface { stats.words }

    /// The evaluation a headline speaks about: the first target with a figure, else the first target.
    var headlineEvaluation: TargetEvaluation? {
        stats.evaluations.first { $0.status.hasFigure } ?? stats.evaluations.first
    }

    /// e.g. "Tăng năng suất lao động bình quân 4,76 %/năm giai đoạn 2021–2024, chưa đạt mục tiêu trên 7 %".
    /// An illustrative series says so first, so the label goes wherever the title goes (SVG, PNG,
    /// embed, press kit, share text).
    var title: String {
        indicator.illustrative ? t(.chartIllustrativeTitle, ["title": finding]) : finding
    }

    private var finding: String {
        let i = indicator
        if let e = headlineEvaluation, let figure = e.figure {
            let value = i.format(figure, decimals: e.target.kind == .average ? max(i.decimals, 2) : i.decimals)
            let relationKey: Interface.Key = switch e.status {
            case .met: .chartMet
            case .likely: .chartLikely
            case .unlikely: .chartUnlikely
            case .missed: .chartMissed
            default: .chartBehind
            }
            // A verdict on first figures is said as one for now: the title travels without the table.
            let relation = e.isProvisionalVerdict
                ? t(.chartRelationProvisional, ["relation": t(relationKey)]) : t(relationKey)
            let goal = t(e.target.contributes ? .chartGoalNational : .chartGoal, ["condition": conditionText(e.target)])
            var blanks = ["name": i.shortName, "value": value, "span": e.span, "relation": relation, "goal": goal, "year": String(e.target.year)]
            // A figure resting on first estimates says so: the title travels alone.
            let includes = e.provisional.isEmpty ? ""
                : " (" + t(.chartIncludesProvisional, ["kinds": e.provisional.map(t.dataStatus).joined(separator: t(.listJoin))]) + ")"
            switch e.target.kind {
            case .average:
                blanks["span"] = e.span + includes
                return t(.chartFindingAverage, blanks)
            case .cumulative where e.span.suffix(4) == String(e.target.year):
                blanks["value"] = value + includes
                return t(.chartFindingCumulativeDue, blanks)
            case .cumulative:
                blanks["value"] = value + includes
                blanks["last"] = String(e.span.suffix(4))
                return t(.chartFindingCumulative, blanks)
            case .value:
                // One year's figure: "6,35 % (ước tính)", as the table says it.
                if let kind = e.provisional.first { blanks["value"] = value + " (\(t.dataStatus(kind)))" }
                return t(.chartFindingValue, blanks)
            }
        }
        if let b = breakdown, let top = b.rows.first {
            return t(.chartFindingBreakdown, ["name": i.shortName, "year": String(b.year), "label": top.label, "value": i.format(top.value)])
        }
        guard let latest = stats.latest else { return t(.chartFindingNoData, ["name": i.shortName]) }
        // A first estimate or a forecast says so beside the figure, as the table does: a title travels alone.
        let provisional = statusNote(latest.year)
        let text = t(.chartFindingLatest, ["name": i.shortName, "year": String(latest.year), "value": i.format(latest.value) + provisional])
        if let change = stats.change, change != 0 {
            return t(change > 0 ? .chartFindingRise : .chartFindingFall, ["text": text, "change": changeText(abs(change))])
        }
        return text
    }

    /// " (ước tính)" after the figure of `year` when it is a first one, else nothing.
    private func statusNote(_ year: Int) -> String {
        let status = indicator.series.last { $0.year == year }?.status ?? ""
        return Observation.isProvisional(status) ? " (\(t.dataStatus(status)))" : ""
    }

    /// A change between two values: in percentage points (`điểm phần trăm`) when the values are percentages.
    func changeText(_ change: Double) -> String {
        let number = indicator.number(change)
        if indicator.unit.trimmingCharacters(in: .whitespaces) == "%" { return t(.chartPercentagePoints, ["number": number]) }
        return indicator.format(change)
    }

    /// `trên 7 %`, `khoảng 30 %`, `khoảng trên 35 %`, `khoảng từ 7 đến 10 doanh nghiệp`.
    func conditionText(_ target: Target) -> String {
        let text = bareCondition(target)
        // An average is a yearly rate: "bình quân trên 7 %/năm", as the plan writes it.
        return target.kind == .average ? t(.chartConditionAverage, ["condition": text]) : text
    }

    private func bareCondition(_ target: Target) -> String {
        switch target.condition {
        case .above(let v): t(.chartAbove, ["value": i(v)])
        case .atLeast(let v): t(.chartAtLeast, ["value": i(v)])
        case .below(let v): t(.chartBelow, ["value": i(v)])
        case .atMost(let v): t(.chartAtMost, ["value": i(v)])
        case .about(let v, _): t(.chartAbout, ["value": i(v)])
        case .aboutAbove(let v, _): t(.chartAboutAbove, ["value": i(v)])
        case .between(let a, let b):
            t(target.approximate ? .chartAboutBetween : .chartBetween, ["from": indicator.number(a, decimals: decimalsFor(a)), "to": i(b)])
        }
    }

    /// How "khoảng" is read here, for the page: the stated tolerance.
    func toleranceText(_ target: Target) -> String? {
        switch target.condition {
        case .about(let v, let tolerance):
            t(.chartToleranceAbout, ["value": i(v), "tolerance": toleranceUnit(tolerance)])
        case .aboutAbove(let v, let tolerance):
            t(.chartToleranceAboutAbove, ["value": i(v), "lowest": i(v - tolerance), "tolerance": toleranceUnit(tolerance)])
        case .between(let a, _) where target.approximate:
            t(target.kind == .cumulative ? .chartToleranceBetweenCumulative : .chartToleranceBetween,
              ["from": indicator.number(a, decimals: decimalsFor(a)), "value": i(a)])
        default: nil
        }
    }

    private func i(_ v: Double) -> String { indicator.format(v, decimals: decimalsFor(v)) }

    private func toleranceUnit(_ tolerance: Double) -> String {
        indicator.unit.trimmingCharacters(in: .whitespaces) == "%"
            ? t(.chartPercentagePoints, ["number": indicator.number(tolerance, decimals: decimalsFor(tolerance))]) : i(tolerance)
    }

    /// Whole numbers print without decimals; 7,5 keeps one.
    func decimalsFor(_ v: Double) -> Int {
        v == v.rounded() ? 0 : (v * 10 == (v * 10).rounded() ? 1 : 2)
    }

    /// A few sentences: what is drawn, the range, the latest value, targets, breaks, and whether it is illustrative.
    var description: String {
        let i = indicator
        let name = i.name.lowercasedFirst
        var parts: [String] = []
        func years(_ first: Int, _ last: Int) -> String {
            first == last ? t(.chartYear, ["year": String(first)]) : t(.chartYears, ["from": String(first), "to": String(last)])
        }
        if let first = stats.points.first, let last = stats.points.last {
            parts.append(t(i.cumulative ? .chartDrawsCumulative : .chartDraws,
                           ["kind": t(i.chart == .line ? .chartLine : .chartBar), "name": name, "years": years(first.year, last.year)]))
            let values = stats.points.map(\.value)
            if let lo = stats.points.min(by: { $0.value < $1.value }), let hi = stats.points.max(by: { $0.value < $1.value }), values.count > 2 {
                parts.append(t(.chartRange, ["low": i.format(lo.value), "lowYear": String(lo.year), "high": i.format(hi.value), "highYear": String(hi.year)]))
            }
            // "6,35 % (ước tính)": a screen reader hears what the chart draws hollow.
            let provisional = statusNote(last.year)
            parts.append(t(.chartLatest, ["value": i.format(last.value) + provisional, "year": String(last.year)]))
        } else if stats.breakdownSeries.contains(where: { $0.points.count > 1 }) {
            let all = stats.breakdownSeries.flatMap { $0.points.map(\.year) }
            parts.append(t(.chartGroups, ["name": name, "years": years(all.min()!, all.max()!)]))
            parts.append(stats.breakdownSeries.compactMap { s in
                guard let first = s.points.first, let last = s.points.last else { return nil }
                return first.year == last.year
                    ? t(.chartGroupOne, ["label": s.label, "value": i.format(last.value), "year": String(last.year)])
                    : t(.chartGroupSpan, ["label": s.label, "first": i.format(first.value), "firstYear": String(first.year),
                                          "last": i.format(last.value), "lastYear": String(last.year)])
            }.joined(separator: "; ") + ".")
        } else if let b = breakdown {
            parts.append(t(.chartBreakdown, ["name": name, "year": String(b.year)]))
            parts.append(b.rows.map { t(.chartBreakdownRow, ["label": $0.label, "value": i.format($0.value)]) }.joined(separator: "; ") + ".")
        } else {
            parts.append(t(.chartNoData))
        }
        for e in stats.evaluations {
            var figure = ""
            if let value = e.figure, e.target.kind != .value {
                figure = t(e.target.kind == .average ? .chartFigureAverage : .chartFigureTotal,
                           ["span": e.span, "value": i.format(value, decimals: e.target.kind == .average ? max(i.decimals, 2) : i.decimals)])
            }
            parts.append(t(e.target.contributes ? .chartTargetNational : .chartTarget,
                           ["label": e.target.label.lowercasedFirst, "status": t.status(of: e), "figure": figure]))
        }
        for b in i.breaks { parts.append(t(.chartBreak, ["year": String(b.year), "label": b.label.lowercasedFirst])) }
        if i.illustrative { parts.append(t(.chartIllustrative)) }
        return parts.joined(separator: " ")
    }

    /// The latest period of a breakdown by dimension, largest first; nil without dimension columns.
    var breakdown: (year: Int, rows: [(label: String, value: Double)])? {
        let withDimension = indicator.observations.filter { !$0.dimensions.isEmpty }
        guard let year = withDimension.map(\.year).max() else { return nil }
        let rows = withDimension.filter { $0.year == year }
            .map { (label: indicator.dimensionLabel($0.dimensions.sorted { $0.key < $1.key }.map(\.value).joined(separator: " – "), year: year), value: $0.value) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : VietnameseCollation.key($0.label) < VietnameseCollation.key($1.label) }
        return (year, rows)
    }

    /// The source line: "Nguồn số liệu: Tổng cục Thống kê". The data's source is its credit.
    var source: String { Self.sourceLine(indicator, words: t) }

    /// The source line of an indicator in the words of `t`; an illustrative series says so.
    static func sourceLine(_ indicator: Indicator, words t: Interface) -> String {
        let name = indicator.sourceName.isEmpty ? t(.chartNoSource) : indicator.sourceName
        let flagged = indicator.illustrative && !name.lowercased().contains(t(.badgeIllustrative).lowercased())
        return t(flagged ? .chartSourceIllustrative : .chartSource, ["source": name])
    }
}
