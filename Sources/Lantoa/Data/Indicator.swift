/// One indicator of the plan: its definition from `indicators.yml` and its observations from `<id>.csv`.
public struct Indicator: Sendable {
    /// Which direction is good.
    public enum Better: String, Sendable { case higher, lower }
    /// The default chart for the indicator.
    public enum ChartKind: String, Sendable, CaseIterable { case line, bar, hbar, multiples }

    public var id: String
    public var name: String
    public var shortName: String
    public var unit: String
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
    /// `stories`: the observations are counted from the success stories instead of read from a CSV.
    public var computed: String? = nil
    public var breaks: [SeriesBreak]
    public var targets: [Target]
    public var observations: [Observation]
    /// Where the definition starts in indicators.yml.
    public var location: SourceLocation

    /// Observations of the whole province or country (no dimension values), sorted by period.
    public var series: [Observation] { observations.filter { $0.dimensions.isEmpty } }

    /// `7,5 %` or `8 doanh nghiệp`: a value with the indicator's decimals and unit.
    public func format(_ value: Double, decimals: Int? = nil) -> String {
        let number = VietnameseFormat.number(value, decimals: decimals ?? self.decimals)
        return unit.isEmpty ? number : "\(number) \(unit)"
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
        case about(Double, tolerance: Double)
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

    /// The figure to reach for progress bars: the threshold, or the bottom of a range.
    public var goal: Double {
        switch condition {
        case .above(let v), .atLeast(let v), .below(let v), .atMost(let v), .about(let v, _): v
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
        // For a count "from 7 to 10 by 2025", reaching 7 meets it; more is still met.
        case .between(let low, let high): kind == .cumulative ? value >= low : (value >= low && value <= high)
        }
    }
}
