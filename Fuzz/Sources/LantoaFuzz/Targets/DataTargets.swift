import Foundation
import Lantoa

/// The data files: an indicator's CSV, `indicators.yml` and `plan.yml`, each written into a
/// scratch project and read back by its loader, as ContentLoader reads it.
enum DataTargets {
    /// The scratch project of this process (every process feeds one target).
    nonisolated(unsafe) private static var scratch: ScratchProject!

    /// An indicator's CSV: CSVTable (delimiter detection, quotes), then IndicatorLoader's columns,
    /// periods and decimal styles, then IndicatorStatistics (growth, targets). Three indicators
    /// read the same file: decimals detected from the numbers, declared comma, declared point.
    static let csv = FuzzTarget(
        name: "csv", summary: "CSVTable + IndicatorLoader's observations + IndicatorStatistics on an indicator's CSV",
        dictionaries: ["csv"],
        seeds: { example in example.seeds("content/indicators", "csv") },
        setUp: {
            scratch = ScratchProject()
            scratch.write("content/indicators/indicators.yml", csvIndicators)
        },
        run: { bytes in
            scratch.write("content/indicators/fuzz.csv", bytes)
            readIndicators()
        })

    /// `indicators.yml`: the list wrapped for FieldReader, definitions, breaks, targets, decimal
    /// settings, with the example site's CSV files beside it.
    static let indicators = FuzzTarget(
        name: "indicators", summary: "IndicatorLoader + IndicatorStatistics on content/indicators/indicators.yml",
        dictionaries: ["yaml", "indicators"],
        seeds: { example in
            let text = example.text("content/indicators/indicators.yml")
            return [Seed("indicators.yml", text)] + pieces(of: text, at: { $0.hasPrefix("- ") }).enumerated().map {
                Seed("indicator-\($0.offset).yml", $0.element)
            }
        },
        setUp: {
            scratch = ScratchProject()
            for path in ExampleSite.shared.files.list("content/indicators", extension: "csv") { scratch.copy(path, from: .shared) }
        },
        run: { bytes in
            scratch.write("content/indicators/indicators.yml", bytes)
            readIndicators()
        })

    /// `plan.yml`: goals, targets naming the example site's indicators, groups of tasks with
    /// yearly statuses, budget and agencies.
    static let plan = FuzzTarget(
        name: "plan", summary: "PlanLoader on content/plan.yml (indicator ids of the example site)",
        dictionaries: ["yaml", "plan"],
        seeds: { example in
            // Besides the whole plan, each top-level key alone with the agencies its tasks name:
            // short seeds mutate faster than the 19 KB file.
            let text = example.text("content/plan.yml")
            let parts = pieces(of: text, at: { !$0.isEmpty && $0.first != " " && $0.first != "#" && $0.first != "-" })
            let agencies = parts.first { $0.hasPrefix("agencies:") } ?? ""
            return [Seed("plan.yml", text)] + parts.enumerated().map {
                Seed("plan-\($0.offset).yml", $0.element == agencies ? agencies : $0.element + agencies)
            }
        },
        setUp: {
            scratch = ScratchProject()
            _ = ExampleSite.shared
        },
        run: { bytes in
            scratch.write("content/plan.yml", bytes)
            var diagnostics: [Diagnostic] = []
            _ = PlanLoader.load(scratch.files, indicators: ExampleSite.shared.indicatorIDs, diagnostics: &diagnostics)
            printAsTheCommandDoes(diagnostics)
        })

    // MARK: - Shared steps

    /// IndicatorLoader on the scratch project, then the statistics every indicator page shows.
    private static func readIndicators() {
        var diagnostics: [Diagnostic] = []
        let loaded = IndicatorLoader(files: scratch.files).load(diagnostics: &diagnostics)
        for indicator in loaded {
            let statistics = IndicatorStatistics(indicator)
            _ = (statistics.latest, statistics.change)
        }
        printAsTheCommandDoes(diagnostics)
    }

    /// The indicators the csv target reads its input with.
    static let csvIndicators = """
        - id: tu-nhan-dang
          name: Dấu thập phân nhận từ số liệu
          unit: "%"
          decimals: 2
          data: content/indicators/fuzz.csv
          breaks:
            - year: 2021
              label: Đổi phương pháp
          targets:
            - label: Bình quân trên 7 %/năm
              kind: average
              op: ">"
              value: 7
              from: 2021
              year: 2025
            - label: Khoảng 30 %
              op: "≈"
              value: 30
              tolerance: 2
              year: 2030
        - id: dau-phay
          name: Dấu phẩy thập phân
          decimal: comma
          cumulative: true
          better: lower
          chart: multiples
          data: content/indicators/fuzz.csv
          targets:
            - label: Cộng dồn từ 10 đến 20
              kind: cumulative
              min: 10
              max: 20
              year: 2024
        - id: dau-cham
          name: Dấu chấm thập phân
          decimal: point
          decimals: 0
          chart: hbar
          data: content/indicators/fuzz.csv
          targets:
            - label: Dưới 5
              op: "<="
              value: 5
              year: 2023

        """

    /// `text` cut before every line that `starts` says begins a piece; the text before the first
    /// such line (comments, title) is left out.
    static func pieces(of text: String, at starts: (Substring) -> Bool) -> [String] {
        var pieces: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if starts(line) {
                if let current { pieces.append(current.joined(separator: "\n") + "\n") }
                current = [line]
            } else {
                current?.append(line)
            }
        }
        if let current { pieces.append(current.joined(separator: "\n") + "\n") }
        return pieces
    }
}
