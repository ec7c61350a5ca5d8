/// What is computed from an indicator's series: latest value, change, averages, totals and target status.
public struct IndicatorStatistics: Sendable {
    public let indicator: Indicator
    /// The series as charted: yearly values, or running totals for a cumulative indicator.
    public let points: [(year: Int, value: Double)]
    public let evaluations: [TargetEvaluation]
    /// One series per value of the dimension columns (sector, district), in Vietnamese order.
    public let breakdownSeries: [(label: String, points: [(year: Int, value: Double)])]
    /// The words its charts, alt text and notes speak in: the site's language.
    public let words: Interface

    /// `language`: the indicator's own words in that language, where indicators.yml gives them.
    public init(_ indicator: Indicator, words: Interface = .standard, language: String? = nil) {
        var indicator = indicator.translated(language)
        indicator.numbers = words.numbers
        self.indicator = indicator
        self.words = words
        var total = 0.0
        points = indicator.series.map { o in
            total += o.value
            return (o.year, indicator.cumulative ? total : o.value)
        }
        evaluations = indicator.targets.map { Self.evaluate($0, indicator: indicator, words: words) }
        var groups: [String: [(year: Int, value: Double)]] = [:]
        for o in indicator.observations where !o.dimensions.isEmpty {
            groups[o.dimensions.sorted { $0.key < $1.key }.map(\.value).joined(separator: " – "), default: []].append((o.year, o.value))
        }
        breakdownSeries = VietnameseCollation.sorted(groups.map { (label: $0.key, points: $0.value.sorted { $0.year < $1.year }) }) { $0.label }
    }

    public var latest: (year: Int, value: Double)? { points.last }

    /// Change of the latest value against the previous period, in the indicator's unit.
    public var change: Double? {
        guard points.count >= 2 else { return nil }
        return points[points.count - 1].value - points[points.count - 2].value
    }

    /// Mean of the yearly values in `from...to` (inclusive), nil when none falls there.
    public static func average(_ series: [Observation], from: Int, to: Int) -> Double? {
        let values = series.filter { $0.year >= from && $0.year <= to }.map(\.value)
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// The status rules (see the README, "Target status").
    /// The notes say what the remaining years need, in the words of `t`.
    public static func evaluate(_ target: Target, indicator: Indicator, words t: Interface = .standard) -> TargetEvaluation {
        let series = indicator.series
        func span(_ years: [Int]) -> String {
            guard let first = years.first, let last = years.last else { return "" }
            return first == last ? "\(first)" : "\(first)–\(last)"
        }
        func without(_ status: TargetStatus, note: String = "") -> TargetEvaluation {
            TargetEvaluation(target: target, status: status, figure: nil, span: "", progress: nil, reason: note)
        }
        func strictly(_ value: String) -> String {
            switch target.condition {
            case .above: t(.chartAbove, ["value": value])
            case .below: t(.chartBelow, ["value": value])
            default: value
            }
        }
        func progress(_ figure: Double) -> Double {
            let goal = target.goal
            guard goal != 0 else { return figure >= 0 ? 1 : 0 }
            return max(0, figure / goal)
        }
        // A series of another concept says nothing about this target, however close its name.
        if let concept = target.concept, concept != indicator.concept {
            return without(.noMatchingData, note: t(.evalOtherConcept, ["concept": target.conceptName, "name": indicator.name.lowercasedFirst]))
        }
        // The best year on record since the last series break (earlier years are not comparable):
        // the highest, or the lowest where lower is better; what the remaining years can be
        // expected to reach at most. Said with its status when it is a first figure ("5,88 %, ước tính").
        let lastBreak = indicator.breaks.map(\.year).filter { $0 <= target.year }.max() ?? Int.min
        let comparable = series.filter { $0.year >= lastBreak }
        let highest = comparable.max { $0.value < $1.value }
        let best = indicator.better == .lower ? comparable.min { $0.value < $1.value } : highest
        func recorded(_ o: Observation, decimals: Int) -> String {
            let figure = indicator.format(o.value, decimals: decimals)
            return Observation.isProvisional(o.status) ? "\(figure), \(t.dataStatus(o.status))" : figure
        }
        func provisional(_ figures: [Observation]) -> [String] {
            var kinds: [String] = []
            for o in figures where Observation.isProvisional(o.status) && !kinds.contains(o.status) { kinds.append(o.status) }
            return kinds
        }
        switch target.kind {
        case .value:
            // The value of the due year decides; before it, the latest value shows the direction.
            guard let latest = series.last(where: { $0.year <= target.year && $0.year >= (target.from ?? Int.min) }) else { return without(.noData) }
            let met = target.isMet(by: latest.value)
            let status: TargetStatus = latest.year == target.year && !latest.partial ? (met ? .met : .missed) : (met ? .likely : .behind)
            return TargetEvaluation(target: target, status: status, figure: latest.value, span: "\(latest.year)", progress: progress(latest.value),
                                    provisional: provisional([latest]))

        case .average:
            let from = target.from ?? series.first?.year ?? target.year
            // A year not over yet has no place in an average.
            let window = series.filter { $0.year >= from && $0.year <= target.year && !$0.partial }
            guard !window.isEmpty else { return without(.noData) }
            let sum = window.map(\.value).reduce(0, +)
            let mean = sum / Double(window.count)
            let figureSpan = span(window.map(\.year))
            let period = target.periodAssumed ? t(.evalPeriodAssumed, ["from": String(from)]) : ""
            let evaluation = { (status: TargetStatus, note: String) in
                TargetEvaluation(target: target, status: status, figure: mean, span: figureSpan, progress: progress(mean), reason: note, basis: period,
                                 provisional: provisional(window))
            }
            let met = target.isMet(by: mean)
            if window.contains(where: { $0.year == target.year }) { return evaluation(met ? .met : .missed, "") }
            if met { return evaluation(.likely, "") }
            // What each remaining year would need for the whole window's mean to reach the goal.
            let years = target.year - from + 1, remaining = years - window.count
            guard remaining > 0 else { return evaluation(.missed, "") }
            let needed = (target.goal * Double(years) - sum) / Double(remaining)
            // Reaching exactly the value needed meets "từ 7 % trở lên", not "trên 7 %": a strict
            // target says "trên" (or "dưới") before it.
            let value = strictly(indicator.format(needed, decimals: max(indicator.decimals, 2)))
            let neededText = remaining == 1
                ? t(.evalNeededLastYear, ["year": String(target.year), "value": value])
                : t(.evalNeededAverage, ["remaining": String(remaining), "from": String(target.year - remaining + 1), "to": String(target.year), "value": value])
            if let best, exceeds(needed, best.value, indicator: indicator) {
                let blanks = ["needed": neededText, "year": String(lastBreak), "best": recorded(best, decimals: indicator.decimals)]
                let key: Interface.Key = indicator.better == .lower ? (lastBreak > Int.min ? .evalBelowBestSince : .evalBelowBest)
                    : (lastBreak > Int.min ? .evalBeyondBestSince : .evalBeyondBest)
                return evaluation(.unlikely, t(key, blanks))
            }
            return evaluation(.behind, neededText + ".")

        case .cumulative:
            let from = target.from ?? series.first?.year ?? target.year
            let window = series.filter { $0.year >= from && $0.year <= target.year }
            guard !window.isEmpty else { return without(.noData) }
            let total = window.map(\.value).reduce(0, +)
            let figureSpan = span(window.map(\.year))
            let evaluation = { (status: TargetStatus, note: String) in
                TargetEvaluation(target: target, status: status, figure: total, span: figureSpan, progress: progress(total), reason: note,
                                 provisional: provisional(window))
            }
            if target.isMet(by: total) { return evaluation(.met, "") }
            // A year not over yet counts toward the total so far, but decides nothing: the years
            // that have ended are the ones done.
            let done = window.last { !$0.partial }?.year ?? from - 1
            if done >= target.year { return evaluation(.missed, "") }
            // Likely when the total keeps pace with an even spread of the goal over the years.
            let elapsed = Double(done - from + 1) / Double(target.year - from + 1)
            if total >= target.goal * elapsed { return evaluation(.likely, "") }
            let remaining = target.year - done
            let needed = (target.goal - total) / Double(remaining)
            let neededText = t(.evalNeededCumulative, ["remaining": String(remaining), "value": indicator.format(needed, decimals: needed == needed.rounded() ? 0 : 1)])
            if let highest, needed > highest.value {
                return evaluation(.unlikely, t(.evalBeyondBestYear, ["needed": neededText, "best": recorded(highest, decimals: indicator.decimals)]))
            }
            return evaluation(.behind, neededText + ".")
        }
    }

    /// Whether a value each remaining year would have to reach lies beyond the best year: in
    /// the good direction of the indicator (below the lowest where lower is better).
    static func exceeds(_ needed: Double, _ best: Double, indicator: Indicator) -> Bool {
        indicator.better == .lower ? needed < best : needed > best
    }
}
