/// One indicator of the plan: its definition from `indicators.yml` and its observations from `<id>.csv`.
public struct Indicator: Sendable {
    /// Which direction is good.
    public enum Better: String, Sendable { case higher, lower }
    /// The default chart for the indicator.
    public enum ChartKind: String, Sendable, CaseIterable { case line, bar, hbar, multiples }
    /// Whose figure the series is: the country's or the province's.
    public enum Scope: String, Sendable { case national, province }

    public var id: String
    public var name: String
    public var shortName: String
    public var unit: String
    /// The unit after exactly one, where the page's language has a singular (`unit_one:` of a translation).
    public var unitOne: String? = nil
    public var description: String
    public var sourceName: String
    public var sourceURL: String
    public var methodNote: String
    public var frequency: String
    public var better: Better
    public var chart: ChartKind
    public var decimals: Int
    /// Values are yearly additions; charts and cumulative targets use the running total.
    public var cumulative: Bool
    /// The series is made up for illustration and every page says so.
    public var illustrative: Bool
    /// Whose figure the series measures; a target is compared only with a series of its own scope.
    public var scope: Scope = .province
    /// What the series measures, as an id (`dong-gop-tfp`); a target naming another concept is not compared with it.
    public var concept: String? = nil
    /// A validity period for dimension values, e.g. districts until 30/06/2025: the label shown with them.
    public var dimensionNote: String = ""
    /// The last day the dimension values (districts) existed: figures of years up to it are labelled "(cũ)".
    public var dimensionUntil: DateTime? = nil

    /// A dimension value as shown for `year`: "Buôn Hồ (cũ)" for a unit that no longer exists.
    public func dimensionLabel(_ value: String, year: Int) -> String {
        guard let until = dimensionUntil, year <= until.year else { return value }
        return "\(value) (cũ)"
    }
    /// How the series is counted, for a computed one (written on the indicator page).
    public var countingRule: String = ""
    /// `stories`: the observations are counted from the success stories instead of read from a CSV.
    public var computed: String? = nil
    /// Figures the portal made itself (illustrative, counted from its stories, without a source):
    /// under the site's licence. A statistic keeps its source's conditions.
    public var isPortalsOwn: Bool { illustrative || computed != nil || sourceName.isEmpty }
    /// The file the observations are read from (`content/indicators/<id>.csv` or `data:`); nil when counted.
    public var dataPath: String? = nil
    public var breaks: [SeriesBreak]
    public var targets: [Target]
    public var observations: [Observation]
    /// Where the definition starts in indicators.yml.
    public var location: SourceLocation

    /// Observations of the whole province or country (no dimension values), sorted by period.
    public var series: [Observation] { observations.filter { $0.dimensions.isEmpty } }

    /// `7,5 %` or `8 doanh nghiệp`: a value with the indicator's decimals and unit, joined by a
    /// no-break space so that the two are never split over two lines.
    /// How its numbers are written: the language of the pages that show it (set by `IndicatorStatistics`).
    public var numbers = NumberStyle.vietnamese
    /// Its words in the site's other languages (`translations: {en: {name: …}}` in indicators.yml):
    /// a chart in a page of that language names it, its unit, source, targets and breaks so.
    public var translations: [String: Text] = [:]

    /// An indicator's own words in one language; what is not given stays as written.
    public struct Text: Sendable {
        public var name: String?, shortName: String?, unit: String?, description: String?, sourceName: String?
        /// The unit after exactly one, in a language that says so ("1 club", "2 clubs").
        public var unitOne: String? = nil
        /// The targets' and the breaks' labels, in the order of `targets` and `breaks`.
        public var targets: [String] = [], breaks: [String] = []
        /// The rows' notes, by period (`"2021": New method`).
        public var notes: [String: String] = [:]
    }

    /// A row's note as a page shows it: its own, else, for a row counted from the stories, how.
    public func note(of o: Observation, words t: Interface) -> String {
        guard o.note.isEmpty && computed == "stories" else { return o.note }
        return o.partial ? t(.countedFromStoriesSoFar, ["year": String(o.year)]) : t(.countedFromStories)
    }

    /// The indicator in `language`, where its translations give words.
    public func translated(_ language: String?) -> Indicator {
        guard let language, let text = translations[language] else { return self }
        var copy = self
        copy.name = text.name ?? name
        copy.shortName = text.shortName ?? text.name ?? shortName
        copy.unit = text.unit ?? unit
        copy.unitOne = text.unitOne
        copy.description = text.description ?? description
        copy.sourceName = text.sourceName ?? sourceName
        for (k, label) in text.targets.enumerated() where k < copy.targets.count { copy.targets[k].label = label }
        for (k, label) in text.breaks.enumerated() where k < copy.breaks.count { copy.breaks[k].label = label }
        for k in copy.observations.indices where copy.observations[k].dimensions.isEmpty {
            if let note = text.notes[copy.observations[k].period] { copy.observations[k].note = note }
        }
        return copy
    }

    public func format(_ value: Double, decimals: Int? = nil) -> String {
        let number = number(value, decimals: decimals)
        if let unitOne, number == "1" { return "1\u{00A0}\(unitOne)" }
        return unit.isEmpty ? number : "\(number)\u{00A0}\(unit)"
    }

    /// The number alone, as the page's language writes it.
    public func number(_ value: Double, decimals: Int? = nil) -> String {
        VietnameseFormat.number(value, decimals: decimals ?? self.decimals, style: numbers)
    }
}

/// One row of an indicator's CSV.
public struct Observation: Sendable {
    public var period: String
    /// The year the period falls in, for averages and targets.
    public var year: Int
    public var value: Double
    /// `chính thức`, `sơ bộ`, `ước tính` or `minh họa`.
    public var status: String
    public var note: String
    public var source: String
    /// Dimension columns (district, sector): empty for the total.
    public var dimensions: [String: String]
    public var line: Int
    /// A count of a year not over yet (a series counted from the stories): shown, not a verdict.
    public var partial = false

    /// Whether a status says the figure is a first one that may change (`sơ bộ`, `ước tính`,
    /// `dự báo`): drawn hollow, and said so where the figure is quoted.
    static func isProvisional(_ status: String) -> Bool {
        let s = status.lowercased()
        return s.contains("sơ bộ") || s.contains("ước tính") || s.contains("dự báo")
    }

    /// The statuses a data file's figures are drawn and said by.
    static let knownStatuses = ["chính thức", "sơ bộ", "ước tính", "dự báo", "minh họa"]

    /// What is wrong with a status as written: nothing when it has one of the known words
    /// ("sơ bộ lần 2" has "sơ bộ"); the word it stands for when it is that word written without
    /// its marks or with wrong ones ("uoc tinh", "ươc tính"); an unknown word otherwise, which
    /// draws the figure as official.
    static func statusProblem(_ status: String) -> StatusProblem? {
        let s = status.lowercased().trimmingCharacters(in: .whitespaces)
        // "minh hoạ": the older place of the tone mark, the same word.
        if s.isEmpty || s == "minh hoạ" || knownStatuses.contains(where: { s.contains($0) }) { return nil }
        let folded = VietnameseText.folded(s)
        if let meant = knownStatuses.first(where: { folded.contains(VietnameseText.folded($0)) }) { return .writtenOtherWay(meant) }
        return .unknown
    }

    enum StatusProblem: Equatable { case writtenOtherWay(String), unknown }
}

/// A break in a series (a change of method, a merger of provinces), drawn and explained.
public struct SeriesBreak: Sendable {
    public var year: Int
    public var label: String
}

/// A target of the plan tied to an indicator.
public struct Target: Sendable {
    /// What is compared with the threshold.
    public enum Kind: String, Sendable { case value, average, cumulative }
    /// The condition the compared figure must meet.
    public enum Condition: Sendable, Equatable {
        case above(Double), atLeast(Double), below(Double), atMost(Double)
        /// "khoảng 30 %": within the stated tolerance either side.
        case about(Double, tolerance: Double)
        /// "khoảng trên 35 %": above the value less the stated tolerance.
        case aboutAbove(Double, tolerance: Double)
        case between(Double, Double)
    }

    public var label: String
    public var kind: Kind
    public var condition: Condition
    /// First year of an average or cumulative window.
    public var from: Int?
    /// The year the target is due.
    public var year: Int
    /// Where in the plan it is written, e.g. `I.2.a`.
    public var plan: String
    public var location: SourceLocation
    /// The plan says the province "góp phần đạt" (contributes to) a national target.
    public var contributes = false
    /// What the target names, when it differs from what a series may measure (`dong-gop-khcn-qua-tfp`).
    public var concept: String? = nil
    /// The series the target would need, in words, shown while none is loaded.
    public var conceptName: String = ""
    /// "khoảng từ 07 đến 10": the plan's own hedge, kept in the wording.
    public var approximate = false
    /// The plan gives no period for the average: the window is the portal's choice, and pages say so.
    public var periodAssumed = false

    /// The figure to reach for progress bars: the threshold, or the bottom of a range.
    public var goal: Double {
        switch condition {
        case .above(let v), .atLeast(let v), .below(let v), .atMost(let v), .about(let v, _), .aboutAbove(let v, _): v
        case .between(let low, _): low
        }
    }

    public func isMet(by value: Double) -> Bool {
        switch condition {
        case .above(let v): value > v
        case .atLeast(let v): value >= v
        case .below(let v): value < v
        case .atMost(let v): value <= v
        case .about(let v, let tolerance): abs(value - v) <= tolerance
        case .aboutAbove(let v, let tolerance): value > v - tolerance
        // For a count "from 7 to 10 by 2025", reaching 7 meets it; more is still met.
        case .between(let low, let high): kind == .cumulative ? value >= low : (value >= low && value <= high)
        }
    }
}
