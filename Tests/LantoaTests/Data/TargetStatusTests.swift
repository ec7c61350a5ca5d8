import Testing
@testable import Lantoa

/// Each status rule of the README ("Target status"), tested at its edges.
@Suite("Target status")
struct TargetStatusTests {
    static func indicator(_ values: [(Int, Double)], cumulative: Bool = false) -> Indicator {
        Indicator(id: "x", name: "X", shortName: "X", unit: "%", description: "", sourceName: "", sourceURL: "", methodNote: "",
                  frequency: "năm", better: .higher, chart: .line, decimals: 2, cumulative: cumulative, illustrative: false,
                  breaks: [], targets: [],
                  observations: values.map { Observation(period: String($0.0), year: $0.0, value: $0.1, status: "", note: "", source: "", dimensions: [:], line: 1) },
                  location: SourceLocation(file: "i.yml"))
    }

    static func target(_ kind: Target.Kind, _ condition: Target.Condition, from: Int? = 2021, year: Int) -> Target {
        Target(label: "t", kind: kind, condition: condition, from: from, year: year, plan: "", location: SourceLocation(file: "i.yml"))
    }

    func status(_ values: [(Int, Double)], _ target: Target) -> TargetStatus {
        IndicatorStatistics.evaluate(target, indicator: Self.indicator(values)).status
    }

    @Test("average: a complete window decides met or behind; '>' at exactly the threshold is not met")
    func averageComplete() {
        let t = Self.target(.average, .above(7), year: 2025)
        #expect(status([(2021, 7), (2022, 7), (2023, 7), (2024, 7), (2025, 7)], t) == .behind)
        #expect(status([(2021, 7), (2022, 7), (2023, 7), (2024, 7), (2025, 7.05)], t) == .met)
        #expect(status([(2021, 7), (2025, 7)], Self.target(.average, .atLeast(7), year: 2025)) == .met)
    }

    @Test("average: an incomplete window is on track when the mean so far meets the target, else behind")
    func averageInProgress() {
        let t = Self.target(.average, .above(7), year: 2025)
        #expect(status([(2021, 8), (2022, 6.5)], t) == .onTrack)
        #expect(status([(2021, 4.71), (2022, 4.8), (2023, 3.65), (2024, 5.88)], t) == .behind)
        #expect(abs(IndicatorStatistics.evaluate(t, indicator: Self.indicator([(2021, 4.71), (2022, 4.8), (2023, 3.65), (2024, 5.88)])).figure! - 4.76) < 1e-9)
    }

    @Test("no observation inside the window means not enough data")
    func noData() {
        #expect(status([(2019, 9), (2020, 9)], Self.target(.average, .above(7), year: 2025)) == .noData)
        #expect(status([(2016, 44.87), (2020, 44.43)], Self.target(.value, .atLeast(30), year: 2025)) == .noData)
        #expect(status([], Self.target(.cumulative, .between(7, 10), year: 2025)) == .noData)
    }

    @Test("value: the due year decides; before it the latest value shows the direction")
    func value() {
        let t = Self.target(.value, .about(30, tolerance: 2), year: 2025)
        #expect(status([(2025, 32)], t) == .met)
        #expect(status([(2025, 32.01)], t) == .behind)
        #expect(status([(2023, 29)], t) == .onTrack)
        #expect(status([(2023, 20)], t) == .behind)
    }

    @Test("cumulative: reaching the bottom of the range is met, even above it; before the due year the pace decides")
    func cumulative() {
        let t = Self.target(.cumulative, .between(10, 15), year: 2030)
        #expect(status([(2022, 4), (2023, 6)], t) == .met)
        #expect(status([(2022, 20)], t) == .met)
        // 2021–2025 is half of 2021–2030: 5 of 10 keeps pace, 4 does not.
        #expect(status([(2022, 1), (2025, 4)], t) == .onTrack)
        #expect(status([(2022, 1), (2025, 3)], t) == .behind)
        #expect(status([(2022, 1), (2030, 3)], t) == .behind)
    }
}
