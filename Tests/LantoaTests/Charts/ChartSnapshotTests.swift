import Foundation
import Testing
@testable import Lantoa

/// Chart SVGs compared byte for byte with files a reviewer can open in a browser.
/// Record them again with `RECORD_GOLDEN=1 swift test --filter ChartSnapshotTests` (never in CI).
@Suite("Chart snapshots")
struct ChartSnapshotTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Golden/charts")

    static func indicator(_ id: String, chart: Indicator.ChartKind, values: [(String, Double)], targets: [Target] = [],
                          cumulative: Bool = false, illustrative: Bool = false, breaks: [SeriesBreak] = [],
                          dimension: String? = nil, decimals: Int = 2, unit: String = "%", statuses: [String: String] = [:]) -> IndicatorStatistics {
        let observations = values.map { period, value in
            Observation(period: dimension == nil ? period : "2025", year: dimension == nil ? Int(period)! : 2025, value: value,
                        status: statuses[period] ?? "", note: "", source: "", dimensions: dimension.map { [$0: period] } ?? [:], line: 1)
        }
        return IndicatorStatistics(Indicator(
            id: id, name: "Tốc độ tăng năng suất <lao động> & TFP", shortName: "Tăng năng suất", unit: unit, description: "",
            sourceName: "Tổng cục Thống kê", sourceURL: "https://www.gso.gov.vn/", methodNote: "", frequency: "năm",
            better: .higher, chart: chart, decimals: decimals, cumulative: cumulative, illustrative: illustrative,
            breaks: breaks, targets: targets, observations: observations, location: SourceLocation(file: "i.yml")))
    }

    static let here = SourceLocation(file: "i.yml")
    static let cases: [(String, IndicatorStatistics)] = [
        ("line-target-break", indicator("line", chart: .line,
            values: [("2016", 5.31), ("2017", 5.87), ("2018", 5.93), ("2019", 6.2), ("2020", 5.4), ("2021", 4.71), ("2022", 4.8), ("2023", 3.65), ("2024", 5.88)],
            targets: [Target(label: "Bình quân trên 7 %", kind: .average, condition: .above(7), from: 2021, year: 2025, plan: "I.2.a", location: here)],
            breaks: [SeriesBreak(year: 2021, label: "Phương pháp mới")])),
        ("bar-cumulative-range", indicator("bar", chart: .bar, values: [("2022", 1), ("2023", 2), ("2024", 2), ("2025", 3)],
            targets: [Target(label: "7–10", kind: .cumulative, condition: .between(7, 10), from: 2021, year: 2025, plan: "", location: here),
                      Target(label: "10–15", kind: .cumulative, condition: .between(10, 15), from: 2021, year: 2030, plan: "", location: here)],
            cumulative: true, illustrative: true, decimals: 0, unit: "doanh nghiệp")),
        ("hbar-breakdown", indicator("hbar", chart: .hbar, values: [("Buôn Ma Thuột (cũ)", 14), ("Ea Kar", 4), ("Cư M'gar", 7)],
            dimension: "Địa bàn", decimals: 0, unit: "doanh nghiệp")),
        ("line-single-point", indicator("single", chart: .line, values: [("2024", 4.38)])),
        ("line-several-series", sectors(.line)),
        ("small-multiples", sectors(.multiples)),
        // The national TFP chart that collided before labels were placed: a target line through
        // the bar tops, value labels at the same height as the target's label, a long title.
        ("bar-crowded-target", indicator("tfp", chart: .bar,
            values: [("2016", 44.87), ("2017", 46.09), ("2018", 44.76), ("2019", 47.71), ("2020", 44.43)],
            targets: [Target(label: "Đóng góp của TFP trên 45 %", kind: .value, condition: .above(45), from: nil, year: 2020, plan: "I.2.b", location: here),
                      Target(label: "Khoảng 50 %", kind: .value, condition: .about(50, tolerance: 1), from: nil, year: 2025, plan: "I.2.b", location: here)])),
        // The national productivity chart whose 2030 label and provisional key found no room in the
        // page-sized file: two average targets over the same years, a break, sơ bộ and ước tính points.
        ("line-two-targets-keyed", indicator("nsld", chart: .line,
            values: [("2016", 5.31), ("2017", 5.87), ("2018", 5.93), ("2019", 6.2), ("2020", 5.4), ("2021", 4.71), ("2022", 4.8), ("2023", 3.65), ("2024", 5.88)],
            targets: [Target(label: "Bình quân trên 7 %", kind: .average, condition: .above(7), from: 2021, year: 2025, plan: "I.1", location: here),
                      Target(label: "Bình quân trên 7,5 %", kind: .average, condition: .above(7.5), from: 2021, year: 2030, plan: "I.1", location: here)],
            breaks: [SeriesBreak(year: 2021, label: "Phương pháp mới")], statuses: ["2023": "sơ bộ", "2024": "ước tính"])),
    ]

    /// Three sectors over four years, as a breakdown dimension.
    static func sectors(_ chart: Indicator.ChartKind) -> IndicatorStatistics {
        let rows: [(String, Int, Double)] = [("Nông nghiệp", 2021, 58), ("Nông nghiệp", 2024, 66), ("Công nghiệp và xây dựng", 2021, 132),
                                             ("Công nghiệp và xây dựng", 2024, 147), ("Dịch vụ", 2021, 104), ("Dịch vụ", 2024, 121)]
        return IndicatorStatistics(Indicator(
            id: "sectors", name: "Năng suất theo khu vực", shortName: "Năng suất theo khu vực", unit: "triệu đồng", description: "",
            sourceName: "Minh họa", sourceURL: "", methodNote: "", frequency: "năm", better: .higher, chart: chart, decimals: 0,
            cumulative: false, illustrative: true, breaks: [], targets: [],
            observations: rows.map { Observation(period: String($0.1), year: $0.1, value: $0.2, status: "", note: "", source: "",
                                                 dimensions: ["Khu vực": $0.0], line: 1) },
            location: here))
    }

    @Test("every kind and variant matches its golden file", arguments: cases.map(\.0))
    func golden(name: String) throws {
        let stats = try #require(Self.cases.first { $0.0 == name }?.1)
        let renderer = ChartRenderer(stats)
        for (variant, svg) in Self.variants(renderer) {
            let file = Self.golden.appendingPathComponent("\(name)-\(variant).svg")
            if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
                try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
                // Inline SVGs live in HTML without a namespace; the golden copy adds one so it opens in a browser.
                try Data((variant == "inline" ? svg.replacingOccurrences(of: "<svg ", with: "<svg xmlns=\"http://www.w3.org/2000/svg\" ") : svg).utf8).write(to: file)
            }
            let recorded = try String(contentsOf: file, encoding: .utf8)
            let expected = variant == "inline" ? recorded.replacingOccurrences(of: "<svg xmlns=\"http://www.w3.org/2000/svg\" ", with: "<svg ") : recorded
            #expect(svg == expected, "\(name)-\(variant).svg differs; run with RECORD_GOLDEN=1 and review the diff")
        }
    }

    static func variants(_ renderer: ChartRenderer) -> [(String, String)] {
        [("inline", renderer.inline(id: "c")), ("narrow", renderer.narrow(id: "c")), ("large", renderer.large(id: "c")), ("standalone", renderer.standalone()),
         ("tv", renderer.television()), ("transparent", renderer.transparent()), ("social", renderer.social())]
    }

    /// Every text of a drawn chart with the box it covers, measured as the placer measures.
    static func texts(_ svg: String) -> [(text: String, box: Area)] {
        let pattern = try! Regex(#"<text x="([-0-9.]+)" y="([-0-9.]+)" text-anchor="(start|middle|end)" class="([^"]+)"[^>]*>([^<]*)</text>"#)
        return svg.matches(of: pattern).map { m in
            let classes = String(m.output[4].substring!)
            let text = String(m.output[5].substring!).replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            let size = classes.contains("c-title") ? ChartStyle.titleSize : ChartStyle.labelSize
            let bold = classes.contains("c-title") || classes.contains("c-value") || classes.contains("c-target-text")
            let spot = LabelPlacer.Spot(x: Double(m.output[1].substring!)!, y: Double(m.output[2].substring!)!,
                                        anchor: LabelPlacer.Anchor(rawValue: String(m.output[3].substring!))!)
            // The placer's own margin (6 %) is for a fallback font; two texts touching within it still read apart.
            var box = LabelPlacer.box(text, at: spot, size: size, bold: bold)
            box.x += box.width * 0.03
            box.width *= 0.94
            box.y += box.height * 0.03
            box.height *= 0.94
            return (text, box)
        }
    }

    @Test("no two texts of any chart overlap, in any variant, and none leaves the drawing", arguments: cases.map(\.0))
    func noCollisions(name: String) throws {
        let stats = try #require(Self.cases.first { $0.0 == name }?.1)
        for (variant, svg) in Self.variants(ChartRenderer(stats)) {
            let texts = Self.texts(svg)
            #expect(texts.count >= 3, "\(name)-\(variant): texts not found")
            let viewBox = try #require(svg.firstMatch(of: try Regex(#"viewBox="0 0 ([0-9.]+) ([0-9.]+)""#)))
            let drawing = Area(x: 0, y: 0, width: Double(viewBox.output[1].substring!)!, height: Double(viewBox.output[2].substring!)!)
            // At 16:9 every text stays inside the 5 % title-safe margin.
            let safe = variant == "tv" || variant == "transparent"
                ? Area(x: drawing.width * 0.05, y: drawing.height * 0.05, width: drawing.width * 0.9, height: drawing.height * 0.9) : drawing
            for (k, a) in texts.enumerated() {
                #expect(safe.contains(a.box), "\(name)-\(variant): \"\(a.text)\" leaves the \(safe == drawing ? "drawing" : "title-safe area")")
                for b in texts[(k + 1)...] where a.box.intersects(b.box) {
                    Issue.record("\(name)-\(variant): \"\(a.text)\" overlaps \"\(b.text)\"")
                }
            }
        }
    }

    @Test("a story's before-and-after bars leave room for their values: a long one stays inside the drawing, at 300 and at 200 wide")
    func beforeAfterFits() throws {
        let result = StoryResult(metric: "Sản phẩm hoàn thiện mỗi ca", before: 120, after: 142, unit: "sản phẩm", measured: "", higherIsBetter: true)
        let markup = SmallCharts.beforeAfter(result, id: "kq", title: "Sản phẩm tăng", before: "120\u{00A0}sản phẩm", after: "142\u{00A0}sản phẩm",
                                             labels: ("Trước", "Sau"))
        let drawings = markup.matches(of: try Regex(#"<svg viewBox="0 0 ([0-9.]+) 64"[^>]*>(.*?)</svg>"#)).map { (Double($0.output[1].substring!)!, String($0.output[0].substring!)) }
        #expect(drawings.map(\.0) == [300, 200])
        for (width, svg) in drawings {
            let texts = Self.texts(svg)
            #expect(texts.map(\.text) == ["Trước", "120\u{00A0}sản phẩm", "Sau", "142\u{00A0}sản phẩm"])
            for t in texts { #expect(t.box.x + t.box.width <= width, "\(width) wide: \"\(t.text)\" ends at \(t.box.x + t.box.width)") }
        }
        // The one drawn for large text is hidden until the style sheet shows it.
        #expect(markup.contains("<span class=\"before-after-large\" hidden><svg viewBox=\"0 0 200 64\""))
    }

    /// The texts of a drawn chart as a reader sees them, wrapped lines joined.
    static func words(_ svg: String) -> String {
        texts(svg).map(\.text).joined(separator: " ")
    }

    @Test("no label is dropped: every target, the latest value and every note is in every variant, in the plot or in the key", arguments: cases.map(\.0))
    func nothingDropped(name: String) throws {
        let stats = try #require(Self.cases.first { $0.0 == name }?.1)
        let i = stats.indicator
        let text = ChartText(stats: stats)
        for (variant, svg) in Self.variants(ChartRenderer(stats)) {
            let words = Self.words(svg)
            if !stats.points.isEmpty {
                for t in stats.evaluations.map(\.target) where t.kind != .average || !i.cumulative {
                    #expect(words.contains("\(t.year): \(text.conditionText(t))"), "\(name)-\(variant): the \(t.year) target's label is missing")
                }
                let last = try #require(stats.points.last)
                #expect(words.contains(i.format(last.value)) || words.contains(VietnameseFormat.number(last.value, decimals: i.decimals)),
                        "\(name)-\(variant): the latest value is missing")
            }
            if i.series.contains(where: { Observation.isProvisional($0.status) }) {
                #expect(words.contains("số liệu sơ bộ, ước tính"), "\(name)-\(variant): the key of provisional points is missing")
            }
            if i.illustrative {
                #expect(words.contains("Số liệu minh họa"), "\(name)-\(variant): the illustrative note is missing")
            }
            if i.chart == .line && stats.points.isEmpty {
                for s in stats.breakdownSeries.prefix(SeriesStyle.count) {
                    #expect(words.contains(s.label), "\(name)-\(variant): the line of \(s.label) has no name")
                }
            }
        }
    }

    @Test("a label with no room in the plot goes to a key under it, and the chart grows to hold it")
    func keyUnderPlot() throws {
        let stats = try #require(Self.cases.first { $0.0 == "line-two-targets-keyed" }?.1)
        let standalone = ChartRenderer(stats).standalone()
        let texts = Self.texts(standalone)
        let year = try #require(texts.first { $0.text == "2030" })
        let keyed = try #require(texts.first { $0.text.hasPrefix("2030: bình quân") }, "the 2030 target is not labelled")
        // Either the label fits in the plot or it is in the key under the year labels, with
        // the 2025 label beside it so that neither is read as naming the other's line.
        if keyed.box.y > year.box.maxY {
            let other = try #require(texts.first { $0.text.hasPrefix("2025: bình quân") })
            #expect(other.box.y > year.box.maxY, "one target in the key and the other in the plot")
            #expect(standalone.contains("<line class=\"c-target\""), "no sample of the target line in the key")
        }
    }

    @Test("every chart is well-formed, labelled by its own title and description, and escapes its text", arguments: cases.map(\.0))
    func accessible(name: String) throws {
        let stats = try #require(Self.cases.first { $0.0 == name }?.1)
        let renderer = ChartRenderer(stats)
        for svg in [renderer.standalone(), renderer.television(), renderer.transparent()] {
            #expect(XMLCheck.parses(svg))
            #expect(svg.contains("role=\"img\" aria-labelledby=\"chart-t chart-d\""))
            #expect(svg.contains("<title id=\"chart-t\">") && svg.contains("<desc id=\"chart-d\">"))
            #expect(!svg.contains("<lao động>"))
        }
        let inline = renderer.inline(id: "x1")
        #expect(XMLCheck.parses(inline.replacingOccurrences(of: "<svg ", with: "<svg xmlns=\"http://www.w3.org/2000/svg\" ")))
        #expect(inline.contains("<g aria-hidden=\"true\">"))
    }

    @Test("the title states the finding and the description says what a sighted reader sees")
    func words() {
        let line = ChartRenderer(Self.cases[0].1)
        #expect(line.title == "Tăng năng suất bình quân 4,76\u{00A0}% giai đoạn 2021–2024, khó đạt mục tiêu bình quân trên 7\u{00A0}%/năm")
        #expect(line.description.contains("từ năm 2016 đến năm 2024"))
        #expect(line.description.contains("Thấp nhất 3,65\u{00A0}% năm 2023, cao nhất 6,20\u{00A0}% năm 2019."))
        #expect(line.description.contains("Số liệu từ năm 2021 không so sánh trực tiếp được với các năm trước"))
        let bar = ChartRenderer(Self.cases[1].1)
        #expect(bar.title == "Số liệu minh họa – Tăng năng suất lũy kế đến năm 2025: 8\u{00A0}doanh nghiệp, đạt mục tiêu từ 7 đến 10\u{00A0}doanh nghiệp")
        #expect(bar.description.contains("số liệu minh họa"))
        let hbar = ChartRenderer(Self.cases[2].1)
        #expect(hbar.title == "Tăng năng suất năm 2025: cao nhất Buôn Ma Thuột (cũ) với 14\u{00A0}doanh nghiệp")
        let lines = ChartRenderer(Self.sectors(.line))
        #expect(lines.description.contains("Công nghiệp và xây dựng từ 132\u{00A0}triệu đồng năm 2021 đến 147\u{00A0}triệu đồng năm 2024"))
        let inline = lines.inline(id: "s")
        // Three series, three marker shapes, a label at each line's end.
        #expect(inline.contains("class=\"c-series c-s1 c-illustrative\"") && inline.contains("class=\"c-series c-s3 c-illustrative\""))
        #expect(inline.contains("<circle class=\"c-m1\"") && inline.contains("<rect class=\"c-m2\"") && inline.contains("<path class=\"c-m3\""))
        #expect(inline.contains(">Dịch vụ 121</text>"))
    }

    @Test("nice tick steps", arguments: [(0.0, 6.2, [0.0, 2, 4, 6, 8]), (0.0, 47.71, [0.0, 20, 40, 60]), (0.0, 15, [0.0, 5, 10, 15])])
    func ticks(low: Double, high: Double, expected: [Double]) {
        #expect(Scale(covering: [low, high], range: (0, 100), includeZero: true).ticks == expected)
    }
}
