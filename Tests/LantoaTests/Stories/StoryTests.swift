import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// Success stories: their facts, their evidence, their pages, and the dashboard count they feed.
@Suite("Success stories")
struct StoryTests {
    static func story(_ slug: String, enterprise: String, size: String = "nhỏ", started: Int, tools: String = "[5S]") -> String {
        """

        -- content/stories/\(slug).md --
        ---
        title: Mô hình \(enterprise)
        date: \(started + 1)-03-01
        enterprise: \(enterprise)
        sector: Chế biến cà phê
        district: Cư M'gar
        size: \(size)
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
        #expect(page.contains("<td class=\"num\">4,5 %</td><td class=\"num\">2,1 %</td><td>giảm 53,3 %</td><td>cải thiện</td>"))
        #expect(page.contains("<title id=\"kq-1-t\">Tỷ lệ sản phẩm lỗi giảm 53,3 %: từ 4,5 % xuống 2,1 %</title>"))
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
            "content/stories/a.md:8:5: error: the result 'Thời gian chờ' has no 'before'",
            "content/stories/a.md:8:5: error: the result 'Thời gian chờ' has no 'measured'",
        ])
        #expect(build.result.diagnostics.first { $0.message.contains("Kaizan") }?.hint == "did you mean 'Kaizen'?")
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
        #expect(try #require(before.file("chi-so/index.html")).contains("1 doanh nghiệp"))
        #expect(try #require(before.file("chi-so/du-an-diem.json")).contains("\"status\" : \"đúng hướng\""))

        try site.write("content/stories/c.md", Self.story("c", enterprise: "Cơ sở C", size: "vừa", started: 2024)
            .components(separatedBy: "-- content/stories/c.md --\n")[1])
        let after = site.build()
        let dashboard = try #require(after.file("chi-so/index.html"))
        #expect(dashboard.contains("2 doanh nghiệp"))
        #expect(dashboard.contains("tile-dat"))
        #expect(try #require(after.file("chi-so/du-an-diem.json")).contains("\"status\" : \"đạt\""))
        #expect(try #require(after.file("chi-so/du-an-diem.csv")).contains("2024,1,doanh nghiệp"))
    }
}
