import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// Indicators as a user writes them: definitions, CSV quirks, pages, downloads and every error.
@Suite("Indicators in a site")
struct IndicatorBuildTests {
    static let definition = """
    -- content/indicators/indicators.yml --
    - id: nang-suat
      name: Tốc độ tăng năng suất lao động
      short_name: Tăng năng suất
      unit: "%"
      source:
        name: Tổng cục Thống kê
        url: https://www.gso.gov.vn/
      decimals: 2
      breaks:
        - year: 2021
          label: Thay đổi phương pháp tính
      targets:
        - label: Bình quân trên 7 %/năm giai đoạn 2021–2025
          kind: average
          op: ">"
          value: 7
          from: 2021
          year: 2025
          plan: I.2.a
    """

    static func site(csv: String, extra: String = "") throws -> TestSite {
        try TestSite(definition + "\n-- content/indicators/nang-suat.csv --\n" + csv + extra)
    }

    @Test("a semicolon CSV with decimal commas, BOM and CRLF builds the dashboard, the page, the embed and every download")
    func pages() throws {
        let site = try TestSite(Self.definition)
        defer { site.remove() }
        try site.writeBytes("content/indicators/nang-suat.csv",
                            [0xEF, 0xBB, 0xBF] + Array("nam;gia_tri;trang_thai\r\n2020;5,4;chính thức\r\n2021;4,71;chính thức\r\n2022;4,8;\r\n2023;3,65;sơ bộ\r\n2024;5,88;ước tính\r\n\r\n".utf8))
        let build = site.build()
        #expect(build.messages == [])
        let dashboard = try #require(build.file("chi-so/index.html"))
        #expect(dashboard.contains("4,76\u{00A0}%"))
        #expect(dashboard.contains("tile-kho-dat") && !dashboard.contains("tile-khong-dat"))
        // The tile says why, as the indicator page does: "khó đạt" alone reads as a verdict.
        #expect(dashboard.contains("khó đạt</span><span class=\"target-note\">Chưa có số liệu năm 2025; để đạt, năm 2025 phải đạt trên 15,96\u{00A0}%"))
        let page = try #require(build.file("chi-so/nang-suat/index.html"))
        #expect(page.contains("Tăng năng suất bình quân 4,76\u{00A0}% giai đoạn 2021–2024 (gồm số sơ bộ, ước tính), khó đạt mục tiêu bình quân trên 7\u{00A0}%/năm"))
        #expect(page.contains("Chưa có số liệu năm 2025; để đạt, năm 2025 phải đạt trên 15,96\u{00A0}%, vượt mức cao nhất từng có từ năm 2021 (5,88\u{00A0}%, ước tính)"))
        #expect(page.contains("<td class=\"num\" data-label=\"Giá trị\">3,65</td>"))
        #expect(page.contains("Chuỗi số liệu thay đổi từ năm 2021"))
        #expect(page.contains("nhung/nang-suat/"))
        let embed = try #require(build.file("nhung/nang-suat/index.html"))
        #expect(!embed.contains("site-header") && embed.contains("<svg"))
        // One line of attribution, the source's address linked after its name (not a source line
        // above it saying the same again), and an element for `#sang` to target without script.
        #expect(embed.contains("<p class=\"embed-link\">Nguồn số liệu: Tổng cục Thống kê&nbsp;· <a href=\"https://www.gso.gov.vn/\">https://www.gso.gov.vn/</a>; biểu đồ: "))
        #expect(embed.components(separatedBy: "Nguồn số liệu: Tổng cục Thống kê").count == 2 && !embed.contains("chart-source"))
        #expect(embed.contains("<span id=\"sang\"></span>"))
        let csv = try #require(build.file("chi-so/nang-suat.csv"))
        #expect(csv.hasPrefix("\u{FEFF}period,value,unit,status,note,source\r\n2020,5.4,%,chính thức,,Tổng cục Thống kê\r\n"))
        // As Excel imports it: a byte-order mark says UTF-8, and the diacritics read back.
        let bytes = try #require(build.writer.files["chi-so/nang-suat.csv"])
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self).contains("chính thức"))
        let json = try #require(build.file("chi-so/nang-suat.json"))
        #expect(json.contains("\"status\" : \"khó đạt\""))
        // A worked-out mean in six decimals at most, without a float's tail.
        #expect(json.contains("\"figure\" : 4.76,"))
        // The threshold in numbers, the page and the terms travel with the file.
        #expect(json.contains("\"condition\" : {\n        \"op\" : \">\",\n        \"value\" : 7\n      }"))
        #expect(json.contains("/chi-so/nang-suat/\"") && json.contains("\"licence\" : {"))
        for file in ["chi-so/nang-suat.svg", "chi-so/nang-suat-16x9.svg", "chi-so/nang-suat-trong-suot.svg"] {
            let svg = try #require(build.file(file))
            #expect(svg.hasPrefix("<?xml"))
            #expect(XMLCheck.parses(svg), "\(file) is not well-formed XML")
            // The picture carries its credit: the data's source and who drew it (no licence of
            // ours on an official statistic).
            let drawn = ChartSnapshotTests.texts(svg).map(\.text).joined(separator: " ")
            #expect(drawn.contains("; biểu đồ: ") && !drawn.contains("CC BY"), "\(file): \(drawn)")
        }
        #expect(try #require(build.file("chi-so/nang-suat-16x9.svg")).contains("width=\"1920\" height=\"1080\""))
        #expect(!(try #require(build.file("chi-so/nang-suat-trong-suot.svg")).contains("class=\"c-bg\"")))
        // One card for the indicator, its target inside.
        let home = try #require(build.file("index.html"))
        #expect(home.contains("tile-kho-dat"))
        #expect(home.components(separatedBy: "<li class=\"tile ").count == 2)
    }

    @Test("the home page and the dashboard show one card per indicator, each of its targets inside, with a neutral edge when their statuses differ")
    func oneCardPerIndicator() throws {
        let second = "      plan: I.2.a\n    - label: Năm 2024 trên 5 %\n      op: \">\"\n      value: 5\n      year: 2024"
        let site = try TestSite(Self.definition.replacingOccurrences(of: "      plan: I.2.a", with: second) + "\n-- content/indicators/nang-suat.csv --\nnam,gia_tri\n2021,4.71\n2022,4.8\n2023,3.65\n2024,5.88\n")
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        for page in ["index.html", "chi-so/index.html"] {
            let html = try #require(build.file(page))
            #expect(html.components(separatedBy: "<li class=\"tile ").count == 2, "\(page)")
            #expect(html.components(separatedBy: "<div class=\"tile-part\">").count == 3, "\(page)")
            #expect(html.contains("<li class=\"tile tile-nhieu-trang-thai\">"), "\(page)")
        }
    }

    @Test("text in a numeric column is an error at its row and column")
    func textInNumber() throws {
        let site = try Self.site(csv: "nam,gia_tri\n2021,4.71\n2022,không rõ\n")
        defer { site.remove() }
        #expect(site.build().messages == ["content/indicators/nang-suat.csv:3:2: error: \"không rõ\" in column 'gia_tri' is not a number"])
    }

    @Test("a line separated by ',' in a file of ';' is said so, not as a period that is not a year")
    func otherSeparator() throws {
        let site = try Self.site(csv: "nam;gia_tri;trang_thai\n2024;5,88;chính thức\n2025,6,12,sơ bộ\n")
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == ["content/indicators/nang-suat.csv:3:1: error: the cells of this line are separated by ',', but the header's by ';'"])
        #expect(build.result.diagnostics.first?.hint?.hasPrefix("separate the cells with ';', as the header does") == true)
    }

    @Test("a figure of a year after this one is an error unless it is a forecast")
    func yearAhead() throws {
        let site = try Self.site(csv: "nam,gia_tri,trang_thai\n2025,5,chính thức\n2026,5.1,ước tính\n2027,5.4,\n2028,6,dự báo\n")
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == ["content/indicators/nang-suat.csv:4:1: error: the period 2027 is after this year (2026), but its figure is not marked as a forecast"])
    }

    @Test("a status column named another way is said to be read as a breakdown, with the name it needs")
    func statusColumnNamedOtherwise() throws {
        let site = try Self.site(csv: "nam;gia_tri;tinh_trang\n2024;5,88;chính thức\n2025;6,1;ước tính\n")
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == ["content/indicators/nang-suat.csv:1:3: warning: the column \"tinh_trang\" is read as a breakdown (a district, a sector): its values are drawn as groups"])
        #expect(build.result.diagnostics.first?.hint == "if it is meant as trang_thai, name it so in the header line")
        // A real breakdown is not questioned.
        try site.write("content/indicators/nang-suat.csv", "nam;gia_tri;huyen\n2025;6,1;Ea Kar\n2025;5,2;Krông Pắc\n")
        #expect(!site.build().messages.contains { $0.contains("is read as a breakdown") })
    }

    @Test("a period twice is an error naming the first line")
    func duplicatePeriod() throws {
        let site = try Self.site(csv: "nam,gia_tri\n2021,4.71\n2021,4.8\n")
        defer { site.remove() }
        #expect(site.build().messages == ["content/indicators/nang-suat.csv:3:1: error: the period 2021 appears twice (first on line 2)"])
    }

    @Test("an ambiguous 1.234 is refused with a hint to declare the decimal style; the file's other problems are said in the same build")
    func ambiguousDecimal() throws {
        let site = try Self.site(csv: "nam,gia_tri\n2021,1.234\n")
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == ["content/indicators/nang-suat.csv:2:2: error: \"1.234\" could be a thousands separator or a decimal"])
        #expect(build.result.diagnostics[0].hint?.contains("decimal: comma") == true)
        try site.write("content/indicators/nang-suat.csv", "nam,gia_tri\n2021,1.234\n2022,4\n2022,5\n2023,năm\n")
        #expect(site.build().messages == [
            "content/indicators/nang-suat.csv:2:2: error: \"1.234\" could be a thousands separator or a decimal",
            "content/indicators/nang-suat.csv:4:1: error: the period 2022 appears twice (first on line 3)",
            "content/indicators/nang-suat.csv:5:2: error: \"năm\" in column 'gia_tri' is not a number",
        ])
    }

    @Test("a figure in the other decimal style is an error at its row offering it rewritten, never read as another number")
    func otherDecimalStyle() throws {
        // Declared commas: "6.12" is not a thousands grouping, so it is not 612; "1.250" still is 1250.
        let declared = try TestSite(Self.definition.replacingOccurrences(of: "  decimals: 2\n", with: "  decimals: 2\n  decimal: comma\n")
                                    + "\n-- content/indicators/nang-suat.csv --\nnam;gia_tri\n2021;4,71\n2022;1.250\n2023;6.12\n")
        defer { declared.remove() }
        let build = declared.build()
        #expect(build.messages == ["content/indicators/nang-suat.csv:4:2: error: \"6.12\" is written with a decimal point, but this indicator's numbers are written with decimal commas (decimal: comma in indicators.yml)"])
        #expect(build.result.diagnostics.first?.hint == "write 6,12, as the other lines are written")
        // Detected: most lines have decimal points, so "6,10" is the odd one, said at its row,
        // and the others are not misread by a declaration of commas.
        let detected = try Self.site(csv: "nam,gia_tri\n2021,4.71\n2022,4.38\n2023,\"6,10\"\n")
        defer { detected.remove() }
        let second = detected.build()
        #expect(second.messages == ["content/indicators/nang-suat.csv:4:2: error: \"6,10\" is written with a decimal comma, but the other numbers of the file are written with decimal points"])
        #expect(second.result.diagnostics.first?.hint == "write 6.10, as the other lines are written")
        // As many of each: nothing to go by; said where the second way starts, naming both lines.
        try detected.write("content/indicators/nang-suat.csv", "nam,gia_tri\n2021,4.71\n2023,\"6,10\"\n")
        #expect(detected.build().messages == ["content/indicators/nang-suat.csv:3:2: error: the numbers mix decimal commas (line 3) and decimal points (line 2)"])
    }

    @Test("a status misspelt or without its marks is an error offering the word; an unknown one a warning that the figure counts as official")
    func statusWords() throws {
        let site = try Self.site(csv: "nam,gia_tri,trang_thai\n2021,4.71,chính thức\n2022,4.8,sơ bộ lần 2\n2023,3.65,uoc tinh\n2024,5.88,ươc tính\n2025,6.1,tạm tính\n2026,6.2,minh hoạ\n")
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [
            "content/indicators/nang-suat.csv:4:3: error: the status \"uoc tinh\" is \"ước tính\" written another way: as written, the figure would be drawn and counted as official",
            "content/indicators/nang-suat.csv:5:3: error: the status \"ươc tính\" is \"ước tính\" written another way: as written, the figure would be drawn and counted as official",
            "content/indicators/nang-suat.csv:6:3: warning: the status \"tạm tính\" is none of chính thức, sơ bộ, ước tính, dự báo, minh họa: the figure is drawn and counted as official",
        ])
        #expect(build.result.diagnostics.first?.hint == "write \"ước tính\"")
        // A row with its figure and its status wrong gets both errors in one build, and the
        // target due that year is not said to lack its row.
        try site.write("content/indicators/nang-suat.csv", "nam,gia_tri,trang_thai\n2024,5.88,chính thức\n2025,\"6,1\",uoc tinh\n2026,6.2,\n")
        #expect(site.build().messages == [
            "content/indicators/nang-suat.csv:3:2: error: \"6,1\" is written with a decimal comma, but the other numbers of the file are written with decimal points",
            "content/indicators/nang-suat.csv:3:3: error: the status \"uoc tinh\" is \"ước tính\" written another way: as written, the figure would be drawn and counted as official",
        ])
        // A decimal comma in a file of ',' and points: the hint says how this file writes it.
        try site.write("content/indicators/nang-suat.csv", "nam,gia_tri,trang_thai\n2024,5.88,chính thức\n2025,6,1,ước tính\n")
        let split = site.build()
        #expect(split.messages == ["content/indicators/nang-suat.csv:3:1: error: the row has 4 cells but the header has 3"])
        #expect(split.result.diagnostics.first?.hint?.contains("this file writes decimals with a point (31.2)") == true)
    }

    @Test("a period without a value is left out; a note or status on it, which would be lost, is a warning at the row")
    func periodWithoutValue() throws {
        let site = try Self.site(csv: "nam,gia_tri,trang_thai,ghi_chu\n2023,4.1,,\n2024,,,\n2025,,minh họa,chưa có số liệu\n")
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == ["content/indicators/nang-suat.csv:4:2: warning: the period 2025 has no value: the row is left out of the chart, the table and the downloads, and \"minh họa; chưa có số liệu\" is shown nowhere"])
        #expect(!(try #require(build.file("chi-so/nang-suat.csv"))).contains("2025"))
    }

    @Test("an empty CSV, a header without rows and a missing file are errors")
    func emptyFiles() throws {
        let empty = try Self.site(csv: "")
        defer { empty.remove() }
        #expect(empty.build().messages == ["content/indicators/nang-suat.csv:1:1: error: the table is empty"])
        let headerOnly = try Self.site(csv: "nam,gia_tri")
        defer { headerOnly.remove() }
        #expect(headerOnly.build().messages == ["content/indicators/nang-suat.csv:1:1: error: the file has a header but no rows"])
        let missing = try TestSite(Self.definition)
        defer { missing.remove() }
        #expect(missing.build().messages == ["content/indicators/indicators.yml:1:3: error: the indicator 'nang-suat' has no data file content/indicators/nang-suat.csv"])
        // A file of that name written another way is named in the hint.
        try missing.write("content/indicators/Nang suat.CSV", "nam,gia_tri\n2021,4\n")
        #expect(missing.build().result.diagnostics.first { $0.message.contains("has no data file") }?.hint
                == "content/indicators/Nang suat.CSV is there: rename it to content/indicators/nang-suat.csv")
        // So is a browser's second download of it.
        try FileManager.default.removeItem(at: missing.root.appendingPathComponent("content/indicators/Nang suat.CSV"))
        try missing.write("content/indicators/nang-suat (1).csv", "nam,gia_tri\n2021,4\n")
        #expect(missing.build().result.diagnostics.first { $0.message.contains("has no data file") }?.hint
                == "content/indicators/nang-suat (1).csv is there: rename it to content/indicators/nang-suat.csv")
    }

    @Test("a CSV saved as Windows-1258 is refused with how to save as CSV UTF-8")
    func notUTF8() throws {
        let site = try TestSite(Self.definition)
        defer { site.remove() }
        try site.writeBytes("content/indicators/nang-suat.csv", Array("nam,gia_tri,ghi_chu\n2021,4.71,".utf8) + [0xD0, 0xE3, 0x6B])
        let build = site.build()
        #expect(build.messages == ["content/indicators/nang-suat.csv:2:11: error: the file is not valid UTF-8 text (byte 0xD0 starts a character that is cut short)"])
        #expect(build.result.diagnostics[0].hint?.contains("CSV UTF-8") == true)
    }

    @Test("a chart block in an article draws the indicator; an unknown id is an error at the block's line")
    func chartBlock() throws {
        let good = try Self.site(csv: "nam,gia_tri\n2021,4.71\n2022,4.8\n", extra: """

        -- content/articles/a.md --
        ---
        title: Tin
        date: 2026-01-01
        ---
        Đoạn đầu.

        ```chart
        nang-suat
        kind: bar
        ```
        """)
        defer { good.remove() }
        let page = try #require(good.build().file("tin-tuc/a/index.html"))
        #expect(page.contains("<svg viewBox=\"0 0 400 260\" role=\"img\" aria-labelledby=\"c1-nang-suat-t\" aria-describedby=\"c1-nang-suat-d\""))
        #expect(page.contains("class=\"c-bar\""))
        #expect(!page.contains("<code"))

        let bad = try Self.site(csv: "nam,gia_tri\n2021,4.71\n", extra: """

        -- content/articles/a.md --
        ---
        title: Tin
        date: 2026-01-01
        ---
        Đoạn đầu.

        ```chart
        nang-suaat
        ```
        """)
        defer { bad.remove() }
        let build = bad.build()
        #expect(build.messages == ["content/articles/a.md:7:1: error: no indicator with the id \"nang-suaat\""])
        #expect(build.result.diagnostics[0].hint == "did you mean 'nang-suat'?")
    }

    @Test("a table block becomes a captioned table with Vietnamese numbers; a short row is an error at its line")
    func tableBlock() throws {
        let good = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Tin
        date: 2026-01-01
        ---
        ```table Kết quả trước và sau cải tiến
        Chỉ số;Trước;Sau
        Sản lượng/người;1.234,5;1.480,25
        Tỷ lệ lỗi;4,5 %;2,1 %
        ```
        """)
        defer { good.remove() }
        let page = try #require(good.build().file("tin-tuc/a/index.html"))
        #expect(page.contains("<caption>Kết quả trước và sau cải tiến</caption>"))
        #expect(page.contains("<th scope=\"row\">Sản lượng/người</th><td data-label=\"Trước\" class=\"num\">1.234,5</td><td data-label=\"Sau\" class=\"num\">1.480,25</td>"))
        #expect(page.contains("<td data-label=\"Tỷ lệ lỗi\" class=\"num\">4,5\u{00A0}%</td>") || page.contains(">4,5\u{00A0}%</td>"))

        let bad = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Tin
        date: 2026-01-01
        ---
        Đoạn.

        ```table
        a,b
        1,2
        3
        ```
        """)
        defer { bad.remove() }
        #expect(bad.build().messages == ["content/articles/a.md:10:1: error: this row has 1 cells but the header has 2"])
    }

    @Test("target definitions are checked: a kind, a year, a threshold")
    func badTargets() throws {
        let site = try TestSite("""
        -- content/indicators/indicators.yml --
        - id: x
          name: X
          targets:
            - label: A
              kind: trung binh
              year: 2025
              value: 7
            - label: B
              value: 7
        -- content/indicators/x.csv --
        nam,gia_tri
        2021,1
        """)
        defer { site.remove() }
        #expect(site.build().messages == [
            "content/indicators/indicators.yml:5:13: error: unknown target kind \"trung binh\"",
            "content/indicators/indicators.yml:8:7: error: the target has no year",
        ])
    }
}

/// Well-formedness through Foundation's XML parser.
enum XMLCheck {
    static func parses(_ text: String) -> Bool {
        #if canImport(FoundationXML)
        return FoundationXMLParse.parse(text)
        #else
        return XMLParser(data: Data(text.utf8)).parse()
        #endif
    }
}

extension IndicatorBuildTests {
    @Test("a target due in a year the data skips is a warning at the target")
    func targetMissingPeriod() throws {
        let site = try Self.site(csv: "nam,gia_tri\n2021,4.71\n2022,4.8\n2024,5\n2026,6\n")
        defer { site.remove() }
        let build = site.build()
        #expect(build.result.succeeded)
        #expect(build.messages == ["content/indicators/indicators.yml:13:7: warning: the target is due in 2025 but the data has no row for 2025"])
    }
}
