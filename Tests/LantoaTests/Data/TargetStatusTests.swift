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

    func evaluation(_ values: [(Int, Double)], _ target: Target, concept: String? = nil) -> TargetEvaluation {
        var i = Self.indicator(values)
        i.concept = concept
        return IndicatorStatistics.evaluate(target, indicator: i)
    }

    @Test("average: a complete window decides đạt or không đạt; '>' at exactly the threshold is not met")
    func averageComplete() {
        let t = Self.target(.average, .above(7), year: 2025)
        #expect(status([(2021, 7), (2022, 7), (2023, 7), (2024, 7), (2025, 7)], t) == .missed)
        #expect(status([(2021, 7), (2022, 7), (2023, 7), (2024, 7), (2025, 7.05)], t) == .met)
        #expect(status([(2021, 7), (2025, 7)], Self.target(.average, .atLeast(7), year: 2025)) == .met)
    }

    @Test("average, window open: có khả năng đạt if the mean so far meets it; chưa đạt if the remaining years can make it up; khó đạt (a forecast, never không đạt) if they would need more than the best year")
    func averageInProgress() {
        let t = Self.target(.average, .above(7), year: 2025)
        #expect(status([(2021, 8), (2022, 6.5)], t) == .likely)
        // 2021–2024 average 4,76: 2025 would need 15,96 %, above the best year (5,88): khó đạt,
        // not không đạt, until the 2025 figure is in.
        let real = evaluation([(2021, 4.71), (2022, 4.8), (2023, 3.65), (2024, 5.88)], t)
        #expect(real.status == .unlikely)
        #expect(abs(real.figure! - 4.76) < 1e-9)
        #expect(real.note == "Chưa có số liệu năm 2025; để đạt, năm 2025 phải đạt trên 15,96\u{00A0}%, vượt mức cao nhất từng có (5,88\u{00A0}%)")
        // Mean 7 is not above 7; three years left need (35 − 14) / 3 = 7, below the best year (8): chưa đạt.
        #expect(status([(2021, 6), (2022, 8)], t) == .behind)
        // Three years left need (35 − 11) / 3 = 8, above the best year (6): khó đạt.
        #expect(status([(2021, 5), (2022, 6)], t) == .unlikely)
        // The edge: needing exactly the best year is still reachable; a little more is not.
        let short = Self.target(.average, .above(7), year: 2023)
        #expect(status([(2021, 5), (2022, 8)], short) == .behind)
        #expect(status([(2021, 4.9), (2022, 8)], short) == .unlikely)
        // With the due year's figure in, the same shortfall is a verdict.
        #expect(status([(2021, 4.9), (2022, 8), (2023, 8)], short) == .missed)
    }

    @Test("where lower is better, the best year is the lowest: a remaining year needing less than it is khó đạt, and the note names the lowest, with its status when it is a first figure")
    func lowerIsBetter() {
        var i = Self.indicator([(2021, 12), (2022, 10), (2023, 9)])
        i.better = .lower
        i.observations[2].status = "sơ bộ"
        // Average below 8 over 2021–2024: 2024 would need 32 − 31 = 1, below the lowest year (9).
        let e = IndicatorStatistics.evaluate(Self.target(.average, .below(8), year: 2024), indicator: i)
        #expect(e.status == .unlikely)
        #expect(e.note == "Chưa có số liệu năm 2024; để đạt, năm 2024 phải đạt dưới 1,00\u{00A0}%, thấp hơn mức thấp nhất từng có (9,00\u{00A0}%, sơ bộ)")
        // Below 11: the mean so far (10,33) meets it already.
        #expect(IndicatorStatistics.evaluate(Self.target(.average, .below(11), year: 2024), indicator: i).status == .likely)
        // Below 10: 2024 needs 40 − 31 = 9, the lowest year itself, which is within reach: chưa đạt.
        #expect(IndicatorStatistics.evaluate(Self.target(.average, .below(10), year: 2024), indicator: i).status == .behind)
    }

    @Test("value: the due year's value decides; before it the latest value shows the direction")
    func value() {
        let t = Self.target(.value, .about(30, tolerance: 2), year: 2025)
        #expect(status([(2025, 32)], t) == .met)
        #expect(status([(2025, 32.01)], t) == .missed)
        #expect(status([(2023, 29)], t) == .likely)
        #expect(status([(2023, 20)], t) == .behind)
        let above = Self.target(.value, .aboutAbove(35, tolerance: 2), year: 2030)
        #expect(status([(2030, 33.01)], above) == .met)
        #expect(status([(2030, 33)], above) == .missed)
    }

    @Test("cumulative: đạt once the total reaches the goal; không đạt after the deadline; khó đạt when the remaining years need more than the best year; chưa đạt between")
    func cumulative() {
        let t = Self.target(.cumulative, .between(10, 15), year: 2030)
        #expect(status([(2022, 20)], t) == .met)
        // 2021–2025 is half of 2021–2030: 5 of 10 keeps pace, 4 does not.
        #expect(status([(2022, 1), (2025, 4)], t) == .likely)
        #expect(status([(2022, 1), (2025, 3)], t) == .behind)
        #expect(status([(2022, 1), (2030, 3)], t) == .missed)
        // Best year 1, five years left, 6 more needed: 1,2 a year is more than ever done.
        #expect(status([(2022, 1), (2023, 1), (2024, 1), (2025, 1)], t) == .unlikely)
        // Best year 2, five years left, 10 − 3 = 7 more: 1,4 a year is reachable.
        #expect(status([(2022, 2), (2023, 0), (2024, 0), (2025, 1)], t) == .behind)
    }

    @Test("no figure in the window is chưa có số liệu; a series of another concept is chưa có số liệu phù hợp, with the series needed")
    func noData() {
        #expect(status([(2019, 5)], Self.target(.average, .above(7), year: 2025)) == .noData)
        var t = Self.target(.value, .about(30, tolerance: 2), year: 2025)
        t.concept = "dong-gop-khcn-qua-tfp"
        t.conceptName = "đóng góp của khoa học và công nghệ thông qua TFP"
        let e = evaluation([(2025, 30)], t, concept: "dong-gop-tfp")
        #expect(e.status == .noMatchingData)
        #expect(e.figure == nil)
        #expect(e.note.hasPrefix("Cần chuỗi số liệu về đóng góp của khoa học và công nghệ thông qua TFP"))
        #expect(evaluation([(2025, 30)], t, concept: "dong-gop-khcn-qua-tfp").status == .met)
    }
}
