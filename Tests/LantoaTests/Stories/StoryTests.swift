import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// Success stories: their facts, their evidence, their pages, and the dashboard count they feed.
@Suite("Success stories")
struct StoryTests {
    static func story(_ slug: String, enterprise: String, size: String = "nhỏ", form: String = "công ty TNHH", started: Int, tools: String = "[5S]") -> String {
        """

        -- content/stories/\(slug).md --
        ---
        title: Mô hình \(enterprise)
        date: \(started + 1)-03-01
        enterprise: \(enterprise)
        sector: Chế biến cà phê
        district: Cư M'gar
        size: \(size)
        loai_hinh: \(form)
        tools: \(tools)
        started: \(started)
        status: hoàn thành
        results:
          - metric: Tỷ lệ sản phẩm lỗi
            before: 4,5
            after: 2,1
            unit: "%"
            measured: \(started + 1)
        ---
        Nội dung.
        """
    }

    static let pilots = """
    -- content/indicators/indicators.yml --
    - id: du-an-diem
      name: Doanh nghiệp có dự án điểm
      unit: doanh nghiệp
      decimals: 0
      cumulative: true
      computed: stories
      targets:
        - label: Từ 2 đến 3 doanh nghiệp đến năm 2025
          kind: cumulative
          min: 2
          max: 3
          from: 2021
          year: 2025
    """

    @Test("a story page shows the facts, the results with their change in words and an accessible before/after chart")
    func page() throws {
        let site = try TestSite(Self.story("a", enterprise: "Cơ sở A", started: 2023))
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        let page = try #require(build.file("dien-hinh/a/index.html"))
        #expect(page.contains("<td class=\"num\" data-label=\"Trước\">4,5\u{00A0}%</td><td class=\"num\" data-label=\"Sau\">2,1\u{00A0}%</td><td data-label=\"Thay đổi\">giảm 2,4\u{00A0}điểm phần trăm</td><td data-label=\"Đánh giá\">cải thiện</td>"))
        #expect(page.contains("<title id=\"kq-1-t\">Tỷ lệ sản phẩm lỗi giảm 2,4\u{00A0}điểm phần trăm: từ 4,5\u{00A0}% xuống 2,1\u{00A0}%</title>"))
        #expect(try #require(build.file("dien-hinh/index.html")).contains("Mô hình Cơ sở A"))
        #expect(try #require(build.file("dien-hinh/cong-cu/5s/index.html")).contains("Mô hình Cơ sở A"))
        #expect(build.file("dien-hinh/dia-ban/cu-mgar/index.html") != nil)
        #expect(build.file("dien-hinh/linh-vuc/che-bien-ca-phe/index.html") != nil)
        #expect(try #require(build.file("dien-hinh/rss.xml")).contains("<title>Mô hình Cơ sở A</title>"))
        #expect(try #require(build.file("dien-hinh/index.html")).contains("href=\"/dien-hinh/atom.xml\""))
        let ld = try #require(page.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst().first)
        #expect(ld.hasPrefix("{\"@context\":\"https://schema.org\",\"@type\":\"Article\""))
    }

    @Test("a result without before or measured is an error at the result; an unknown tool is a warning with a suggestion")
    func errors() throws {
        let site = try TestSite("""
        -- content/stories/a.md --
        ---
        title: A
        date: 2025-01-01
        enterprise: Cơ sở A
        size: lớn
        tools: [Kaizan, lean]
        loai_hinh: hộ kinh doanh
        results:
          - metric: Thời gian chờ
            after: 3
        ---
        Nội dung.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [
            "content/stories/a.md:5:7: error: 'size' must be one of \"siêu nhỏ\", \"nhỏ\", \"vừa\" (got \"lớn\")",
            "content/stories/a.md:6:8: warning: 'Kaizan' is not a known improvement tool; it is listed as written",
            "content/stories/a.md:9:5: error: the result 'Thời gian chờ' has no 'before'",
            "content/stories/a.md:9:5: error: the result 'Thời gian chờ' has no 'measured'",
        ])
        #expect(build.result.diagnostics.first { $0.message.contains("Kaizan") }?.hint == "did you mean 'Kaizen'?")
    }

    @Test("a figure whose one separator has three digits after it (1.200, 1,500) is asked, not guessed; 2,5 and 12.500.000 are read")
    func ambiguousFigures() throws {
        let site = try TestSite("""
        -- content/stories/a.md --
        ---
        title: A
        date: 2025-01-01
        enterprise: Công ty A
        size: nhỏ
        loai_hinh: công ty TNHH
        tools: [5S]
        results:
          - metric: Sản lượng mỗi tháng
            before: 1.200
            after: 1,500
            unit: kg
            measured: 2024
          - metric: Doanh thu
            before: 12.500.000
            after: 2,5
            unit: triệu đồng
            measured: 2024
        ---
        Nội dung.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [
            "content/stories/a.md:10:13: error: \"1.200\" could be a thousands separator or a decimal",
            "content/stories/a.md:11:12: error: \"1,500\" could be a thousands separator or a decimal",
        ])
        #expect(build.result.diagnostics.map(\.hint) == [
            "write 'before: 1200' if it is a whole number, or 'before: 1,2' with a decimal comma if it is not",
            "write 'after: 1500' if it is a whole number, or 'after: 1,5' with a decimal comma if it is not",
        ])
    }

    @Test("lower-is-better metrics are inferred from their words", arguments: [
        ("Tỷ lệ sản phẩm lỗi", false), ("Thời gian giao hàng", false), ("Chi phí điện năng", false), ("Sản lượng mỗi lao động", true),
        ("Doanh thu", true),
    ])
    func direction(metric: String, higher: Bool) {
        #expect(StoryResult.infersHigherIsBetter(metric) == higher)
    }

    @Test("adding one story changes the dashboard tile, the chart and the JSON download")
    func feedsDashboard() throws {
        let site = try TestSite(Self.pilots + Self.story("a", enterprise: "Cơ sở A", started: 2022)
                                + Self.story("b", enterprise: "Cơ sở B", size: "siêu nhỏ", started: 2023))
        defer { site.remove() }
        let before = site.build()
        #expect(before.messages == [])
        #expect(try #require(before.file("chi-so/index.html")).contains("1\u{00A0}doanh nghiệp"))
        // The build's clock is in 2026: 2025 is over, and 2023–2025 without a pilot count 0, so the
        // 2025 target is decided with one enterprise, not forecast.
        let json = try #require(before.file("chi-so/du-an-diem.json"))
        #expect(json.contains("\"status\" : \"không đạt\"") && json.contains("\"span\" : \"2022–2025\""))
        // "Từ 2 đến 3" of a count is met from 2 up: the condition a program reads says so.
        #expect(json.contains("\"op\" : \">=\"") && json.contains("\"range\" : [\n          2,\n          3\n        ]"))

        try site.write("content/stories/c.md", Self.story("c", enterprise: "Cơ sở C", size: "vừa", started: 2024)
            .components(separatedBy: "-- content/stories/c.md --\n")[1])
        let after = site.build()
        let dashboard = try #require(after.file("chi-so/index.html"))
        #expect(dashboard.contains("2\u{00A0}doanh nghiệp"))
        #expect(dashboard.contains("tile-dat"))
        #expect(try #require(after.file("chi-so/du-an-diem.json")).contains("\"status\" : \"đạt\""))
        #expect(try #require(after.file("chi-so/du-an-diem.csv")).contains("2024,1,2,doanh nghiệp"))
    }

    @Test("only enterprises count: a cooperative, a household business or a production unit does not; an article's pilot counts once with its story")
    func countingRule() throws {
        let site = try TestSite(Self.pilots
            + Self.story("a", enterprise: "Công ty TNHH A", started: 2022)
            + Self.story("htx", enterprise: "Hợp tác xã B", form: "hợp tác xã", started: 2022)
            + Self.story("ho", enterprise: "Cơ sở C", form: "hộ kinh doanh", started: 2023)
            + Self.story("cs", enterprise: "Cơ sở D", form: "cơ sở sản xuất", started: 2023)
            + """

            -- content/articles/a.md --
            ---
            title: Công ty A và công ty E làm dự án điểm
            date: 2024-05-01
            pilot:
              enterprise: Công ty TNHH A
              loai_hinh: công ty TNHH
              size: nhỏ
              started: 2024
            ---
            Nội dung.
            -- content/articles/e.md --
            ---
            title: Công ty E làm dự án điểm
            date: 2024-06-01
            pilot:
              enterprise: Công ty cổ phần E
              loai_hinh: công ty cổ phần
              size: vừa
              started: 2024
            ---
            Nội dung.
            """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        let csv = try #require(build.file("chi-so/du-an-diem.csv"))
        // A in 2022 (its story, not again in 2024), E in 2024; B, C and D are not enterprises.
        #expect(csv.contains("\r\n2022,1,1,doanh nghiệp,") && csv.contains("\r\n2024,1,2,doanh nghiệp,"))
        // A year without a pilot counts 0, up to the last year that has ended (the clock is in 2026).
        #expect(csv.contains("\r\n2023,0,1,doanh nghiệp,") && csv.contains("\r\n2025,0,2,doanh nghiệp,") && !csv.contains("\r\n2026,"))
        #expect(!csv.contains("\r\n2021,"))
    }

    @Test("a story published with lantoa new's placeholders is said and not counted among the pilots")
    func placeholderNotCounted() throws {
        let site = try TestSite(Self.pilots + Self.story("a", enterprise: "Cơ sở A", started: 2022)
                                + Self.story("mau", enterprise: Story.placeholderEnterprise, started: 2023))
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == ["content/stories/mau.md:4:13: warning: the story is published with what lantoa new wrote to be filled in: 'Tên doanh nghiệp'"])
        let csv = try #require(build.file("chi-so/du-an-diem.csv"))
        #expect(csv.contains("\r\n2023,0,1,doanh nghiệp,"))
    }

    @Test("the year not over yet counts so far: shown as preliminary, and a target due in it is not decided by it")
    func yearNotOver() throws {
        // The build's clock is in November 2026: 2026 is not over.
        let spec = Self.pilots.replacingOccurrences(of: "year: 2025", with: "year: 2026")
            + Self.story("a", enterprise: "Cơ sở A", started: 2024) + Self.story("b", enterprise: "Cơ sở B", started: 2026)
        let site = try TestSite(spec)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        let csv = try #require(build.file("chi-so/du-an-diem.csv"))
        #expect(csv.contains("\r\n2025,0,1,doanh nghiệp,,") && csv.contains("\r\n2026,1,2,doanh nghiệp,sơ bộ,đếm đến nay từ các bài mô hình điển hình và bài viết về dự án điểm; năm 2026 chưa kết thúc,"))
        // 2 by 2026 meets "từ 2 đến 3": reached is reached, even in a year not over.
        #expect(try #require(build.file("chi-so/du-an-diem.json")).contains("\"status\" : \"đạt\""))
        // One enterprise so far in 2026 does not make the 2026 target missed while 2026 runs.
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/stories/a.md"))
        let open = try #require(site.build().file("chi-so/du-an-diem.json"))
        #expect(!open.contains("\"status\" : \"không đạt\"") && open.contains("\"span\" : \"2026\""))
    }

    @Test("a story without its legal form is a warning; a form that is not one is an error")
    func legalForm() throws {
        let site = try TestSite(Self.pilots + Self.story("a", enterprise: "Công ty A", form: "tập đoàn", started: 2022))
        defer { site.remove() }
        #expect(site.build().messages == ["content/stories/a.md:8:12: error: 'loai_hinh' must be one of \"công ty TNHH\", \"công ty cổ phần\", \"công ty hợp danh\", \"doanh nghiệp tư nhân\", \"hợp tác xã\", \"hộ kinh doanh\", \"cơ sở sản xuất\" (got \"tập đoàn\")"])
        try site.write("content/stories/a.md", "---\ntitle: A\ndate: 2023-01-01\nenterprise: A\nsize: nhỏ\nstarted: 2022\n---\nx\n")
        #expect(site.build().messages == ["content/stories/a.md:1:1: warning: the story does not say the enterprise's legal form, so it is not counted among enterprises with a pilot project"])
    }
}
