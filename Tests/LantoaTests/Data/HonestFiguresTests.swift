import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// Figures a journalist can quote (issue 15): targets as the plan writes them, the illustrative
/// label wherever a figure goes, the data's source as its credit, evidence in its year.
@Suite("Honest figures")
struct HonestFiguresTests {
    static let national = """
    -- content/indicators/indicators.yml --
    - id: ca-nuoc
      name: Tăng năng suất lao động cả nước
      unit: "%"
      scope: national
      source:
        name: Tổng cục Thống kê
      targets:
        - label: Bình quân trên 7 %/năm
          kind: average
          op: ">"
          value: 7
          from: 2021
          year: 2025
          contributes: true
    - id: cua-tinh
      name: Tăng năng suất lao động của tỉnh
      unit: "%"
      targets:
        - label: Góp phần đạt 7 %
          kind: value
          op: ">"
          value: 7
          year: 2025
          contributes: true
        - label: Khoảng 30 %
          op: ≈
          value: 30
          year: 2025
    -- content/indicators/ca-nuoc.csv --
    nam,gia_tri
    2021,4.71
    -- content/indicators/cua-tinh.csv --
    nam,gia_tri
    2021,5
    """

    @Test("a target the province contributes to, on a provincial series, is an error at its line; 'khoảng' needs a stated tolerance")
    func scopes() throws {
        let site = try TestSite(Self.national)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [
            "content/indicators/indicators.yml:24:20: error: a target the province contributes to is a national target, but 'cua-tinh' is a provincial series",
            "content/indicators/indicators.yml:26:11: error: \"≈\" (about) needs a stated 'tolerance:'",
        ])
        // A national series carries only targets the province contributes to.
        try site.write("content/indicators/indicators.yml", "- id: ca-nuoc\n  name: A\n  unit: \"%\"\n  scope: national\n  targets:\n    - label: Trên 7 %\n      op: \">\"\n      value: 7\n      year: 2025\n")
        #expect(site.build().messages == ["content/indicators/indicators.yml:6:7: error: 'ca-nuoc' is a national series: only a target the province contributes to ('góp phần đạt') can be compared with it"])
    }

    @Test("the illustrative label goes with the figure: SVG titles, embed credit, CSV and JSON rows, share text, feeds and search")
    func labelTravels() throws {
        let site = try TestSite("""
        -- content/indicators/indicators.yml --
        - id: mau
          name: Năng suất mẫu
          short_name: Năng suất mẫu
          unit: "%"
          illustrative: true
          source:
            name: Sở Khoa học và Công nghệ
        -- content/indicators/mau.csv --
        nam,gia_tri,trang_thai
        2023,5,
        2024,6.1,chính thức
        -- content/articles/a.md --
        ---
        title: Hội thảo năng suất
        date: 2025-01-02
        summary: Một hội thảo được tổ chức.
        illustrative: true
        ---
        Nội dung về năng suất.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        for file in ["chi-so/mau.svg", "chi-so/mau-16x9.svg", "chi-so/mau-trong-suot.svg"] {
            #expect(try #require(build.file(file)).contains("<title id=\"chart-t\">Số liệu minh họa – Năng suất mẫu năm 2024: 6,1\u{00A0}%"), "\(file)")
        }
        let embed = try #require(build.file("nhung/mau/index.html"))
        #expect(embed.contains("Nguồn số liệu: Sở Khoa học và Công nghệ (số liệu minh họa); biểu đồ:"))
        #expect(try #require(build.file("chi-so/index.html")).contains("Số liệu minh họa – Năng suất mẫu"))
        let csv = try #require(build.file("chi-so/mau.csv"))
        #expect(csv.contains("2023,5,%,minh họa,,Sở Khoa học và Công nghệ") && csv.contains("2024,6.1,%,chính thức (minh họa),,Sở Khoa học và Công nghệ"))
        let json = try #require(build.file("chi-so/mau.json"))
        #expect(json.contains("\"status\" : \"chính thức (minh họa)\"") && json.contains("\"credit\" : \"Nguồn số liệu: Sở Khoa học và Công nghệ (số liệu minh họa)"))
        let indicatorPage = try #require(build.file("chi-so/mau/index.html"))
        #expect(indicatorPage.contains("<meta property=\"og:description\" content=\"Số liệu minh họa – Năng suất mẫu"))
        // The article: badge, share text, every feed, search.
        let article = try #require(build.file("tin-tuc/a/index.html"))
        #expect(article.contains("<meta property=\"og:description\" content=\"(Minh họa) Một hội thảo được tổ chức.\""))
        #expect(article.contains("<span class=\"badge\">minh họa</span> Bài viết trên trang mẫu"))
        for feed in ["rss.xml", "atom.xml", "feed.json"] {
            let text = try #require(build.file(feed))
            #expect(text.contains("(Minh họa) Một hội thảo được tổ chức."), "\(feed)")
            #expect(text.contains("Bài viết minh họa: sự kiện, số liệu và lời dẫn trong bài là ví dụ"), "\(feed)")
        }
        let chunks = build.writer.files.filter { $0.key.hasPrefix("tim-kiem/chi-muc/") }.values.map { String(decoding: $0, as: UTF8.self) }
        #expect(chunks.contains { $0.contains("Minh họa · Một hội thảo được tổ chức.") })
    }

    @Test("the data's source is its credit: citation and reuse block name it, and say the licence covers the charts")
    func credit() throws {
        let site = try TestSite(Self.national.components(separatedBy: "- id: cua-tinh")[0] + "-- content/indicators/ca-nuoc.csv --\nnam,gia_tri\n2021,4.71\n")
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        let page = try #require(build.file("chi-so/ca-nuoc/index.html"))
        #expect(page.contains("Tổng cục Thống kê (2021). “Tăng năng suất lao động cả nước”. Biểu đồ:"))
        #expect(page.contains("Số liệu thuộc <strong>Tổng cục Thống kê</strong> và giữ điều kiện sử dụng của nguồn đó."))
        #expect(page.contains("Mục tiêu chung của cả nước (tỉnh góp phần thực hiện):"))
        // A source that ends in brackets takes the year after a comma, not inside them ("nay là
        // Cục Thống kê, 2021" would date the renaming) and not in a second pair.
        try site.write("content/indicators/ca-nuoc.csv", "nam,gia_tri\n2021,4.71\n")
        let yml = try String(contentsOf: site.root.appendingPathComponent("content/indicators/indicators.yml"), encoding: .utf8)
        try site.write("content/indicators/indicators.yml", yml.replacingOccurrences(of: "name: Tổng cục Thống kê", with: "name: Tổng cục Thống kê (nay là Cục Thống kê)"))
        #expect(try #require(site.build().file("chi-so/ca-nuoc/index.html")).contains("Tổng cục Thống kê (nay là Cục Thống kê), 2021. “Tăng năng suất"))
    }

    static let plan = """
    -- content/plan.yml --
    title: Kế hoạch
    roles_inferred: true
    groups:
      - id: II.1
        title: Tuyên truyền
        tasks:
          - id: II.1.1
            text: Tuyên truyền hằng năm.
            kind: recurring
            lead: so
            status:
              2024: đã thực hiện
              2025:
                status: đã thực hiện
                evidence: /tin-tuc/cu/
          - id: II.1.2
            text: Xây dựng cơ sở dữ liệu.
            lead: so
            status:
              2025: hoàn thành
    agencies:
      - id: so
        name: Sở Khoa học và Công nghệ
        changes:
          - date: 2025-03-01
            text: Sở Thông tin và Truyền thông hợp nhất vào sở.
        duties: [Chủ trì.]
    -- content/articles/cu.md --
    ---
    title: Tuyên truyền năm 2022
    date: 2022-05-01
    tasks: [II.1.1]
    ---
    Bài năm 2022.
    """

    @Test("a year's evidence from another year is an error at the evidence line; a recurring task is never 'hoàn thành'")
    func planRules() throws {
        let site = try TestSite(Self.plan)
        defer { site.remove() }
        #expect(site.build().messages == ["content/plan.yml:15:23: error: the evidence for 2025 is dated 01/05/2022 (content/articles/cu.md)"])
        try site.write("content/plan.yml", Self.plan.components(separatedBy: "-- content/plan.yml --\n")[1].components(separatedBy: "-- content/articles")[0]
            .replacingOccurrences(of: "2024: đã thực hiện", with: "2024: hoàn thành")
            .replacingOccurrences(of: "\n            evidence: /tin-tuc/cu/", with: ""))
        let build = site.build()
        #expect(build.messages == ["content/plan.yml:12:17: error: the task recurs every year, so a year is \"đã thực hiện\" or \"chưa thực hiện\" (got \"hoàn thành\")"])
    }

    @Test("a year's report may come out by 31 March of the next; evidence that is not a page yet is a warning, and not linked")
    func evidenceAfterTheYear() throws {
        let site = try TestSite(Self.plan.replacingOccurrences(of: "date: 2022-05-01", with: "date: 2026-01-12")
            + "\n-- content/articles/sau.md --\n---\ntitle: Báo cáo năm 2025\ndate: 2026-12-20\n---\nSẽ đăng.\n")
        defer { site.remove() }
        #expect(site.build().messages == [])
        try site.write("content/plan.yml", Self.plan.components(separatedBy: "-- content/plan.yml --\n")[1].components(separatedBy: "-- content/articles")[0]
            .replacingOccurrences(of: "evidence: /tin-tuc/cu/", with: "evidence: /tin-tuc/sau/"))
        let build = site.build()
        #expect(build.messages == ["content/plan.yml:15:23: warning: the evidence for 2025, /tin-tuc/sau/, is content/articles/sau.md, dated 20/12/2026 and not published yet, so the task page does not link it"])
        let task = try #require(build.file("ke-hoach/nhiem-vu/ii-1-1/index.html"))
        #expect(!task.contains("/tin-tuc/sau/"))
        // A path that is no page at all is said so.
        try site.write("content/plan.yml", Self.plan.components(separatedBy: "-- content/plan.yml --\n")[1].components(separatedBy: "-- content/articles")[0]
            .replacingOccurrences(of: "evidence: /tin-tuc/cu/", with: "evidence: /tin-tuc/khong-co/"))
        #expect(site.build().messages == ["content/plan.yml:15:23: warning: the evidence for 2025, /tin-tuc/khong-co/, is not a page of this site, so the task page does not link it"])
        // A report of April is a report of the new year.
        try site.write("content/articles/cu.md", "---\ntitle: Tuyên truyền\ndate: 2026-04-02\ntasks: [II.1.1]\n---\nBài.\n")
        try site.write("content/plan.yml", Self.plan.components(separatedBy: "-- content/plan.yml --\n")[1].components(separatedBy: "-- content/articles")[0])
        #expect(site.build().messages == ["content/plan.yml:15:23: error: the evidence for 2025 is dated 02/04/2026 (content/articles/cu.md)"])
    }

    @Test("pages say what is inferred, what recurs, and what changed since the plan")
    func planPages() throws {
        let site = try TestSite(Self.plan.replacingOccurrences(of: "\n            evidence: /tin-tuc/cu/", with: ""))
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        let task = try #require(build.file("ke-hoach/nhiem-vu/ii-1-1/index.html"))
        #expect(task.contains("Chủ trì <span class=\"inferred\">(suy ra từ mục IV)</span>"))
        #expect(task.contains("<strong>2025</strong>: đã thực hiện trong năm"))
        #expect(task.contains("Nhiệm vụ thực hiện hằng năm"))
        let agency = try #require(build.file("co-quan/so/index.html"))
        #expect(agency.contains("<time datetime=\"2025-03-01T00:00:00+07:00\">01/03/2025</time>: Sở Thông tin và Truyền thông hợp nhất vào sở."))
        #expect(!agency.contains("Không có nhiệm vụ chủ trì"))
    }

    @Test("a chart whose latest figure is a first estimate says so in its title, which travels without the table")
    func provisionalInTitle() throws {
        let site = try TestSite("""
        -- content/indicators/indicators.yml --
        - id: grdp
          name: Tăng trưởng GRDP
          unit: "%"
          decimals: 2
        -- content/indicators/grdp.csv --
        nam,gia_tri,trang_thai
        2023,5.1,chính thức
        2024,4.38,ước tính
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        let svg = try #require(build.file("chi-so/grdp.svg"))
        #expect(svg.contains("Tăng trưởng GRDP năm 2024: 4,38\u{00A0}% (ước tính), giảm"))
        // An official latest figure is not flagged.
        try site.write("content/indicators/grdp.csv", "nam,gia_tri,trang_thai\n2023,5.1,chính thức\n2024,4.38,chính thức\n")
        #expect(try #require(site.build().file("chi-so/grdp.svg")).contains("năm 2024: 4,38\u{00A0}%, giảm"))
    }

    @Test("a verdict on a first estimate says so wherever the status goes alone: tiles, the indicator page, the chart's description, the JSON")
    func verdictOnFirstFigures() throws {
        let site = try TestSite("""
        -- content/indicators/indicators.yml --
        - id: grdp
          name: Tăng trưởng GRDP
          unit: "%"
          decimals: 2
          targets:
            - label: Năm 2025 trên 7 %
              op: ">"
              value: 7
              year: 2025
        -- content/indicators/grdp.csv --
        nam,gia_tri,trang_thai
        2024,6.5,chính thức
        2025,6.35,ước tính
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        let dashboard = try #require(build.file("chi-so/index.html"))
        #expect(dashboard.contains("không đạt (theo số ước tính)"))
        let page = try #require(build.file("chi-so/grdp/index.html"))
        #expect(page.contains("không đạt (theo số ước tính)"))
        let svg = try #require(build.file("chi-so/grdp.svg"))
        #expect(svg.contains("Tăng trưởng GRDP năm 2025: 6,35\u{00A0}% (ước tính), tạm thời không đạt mục tiêu"))
        #expect(svg.contains("Giá trị mới nhất là 6,35\u{00A0}% (ước tính) năm 2025."))
        #expect(svg.contains("Mục tiêu năm 2025 trên 7\u{00A0}%: không đạt (theo số ước tính)."))
        let json = try #require(build.file("chi-so/grdp.json"))
        #expect(json.contains("\"provisional\" : [\n        \"ước tính\"\n      ]"))
        // The official figure is the verdict itself.
        try site.write("content/indicators/grdp.csv", "nam,gia_tri,trang_thai\n2024,6.5,chính thức\n2025,6.35,chính thức\n")
        let official = site.build()
        let tiles = try #require(official.file("chi-so/index.html"))
        #expect(tiles.contains("không đạt") && !tiles.contains("theo số"))
        #expect(try #require(official.file("chi-so/grdp.json")).contains("\"provisional\" : [\n\n      ]"))
    }

    @Test("a breakdown by units that no longer exist says so: '(cũ)' after each, and the page explains")
    func formerUnits() throws {
        let site = try TestSite("""
        -- content/indicators/indicators.yml --
        - id: theo-huyen
          name: Doanh nghiệp theo huyện
          unit: doanh nghiệp
          decimals: 0
          chart: hbar
          dimension_until: 2025-06-30
          dimension_note: Huyện, thị xã trước 01/07/2025.
        -- content/indicators/theo-huyen.csv --
        nam,huyen,gia_tri
        2024,Buôn Hồ,5
        2024,Ea Kar,4
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        let page = try #require(build.file("chi-so/theo-huyen/index.html"))
        #expect(page.contains("cao nhất Buôn Hồ (cũ) với 5\u{00A0}doanh nghiệp"))
        #expect(page.contains("<dt>Số liệu theo địa bàn</dt><dd>Huyện, thị xã trước 01/07/2025.</dd>"))
        #expect(try #require(build.file("chi-so/theo-huyen.svg")).contains(">Ea Kar (cũ)</text>"))
        // The downloads name them as the chart does, and the JSON carries the note: in a spreadsheet
        // "Buôn Hồ" alone would read as today's ward.
        let csv = try #require(build.file("chi-so/theo-huyen.csv"))
        #expect(csv.contains(",Buôn Hồ (cũ)\r\n") && csv.contains(",Ea Kar (cũ)\r\n"))
        let json = try #require(build.file("chi-so/theo-huyen.json"))
        #expect(json.contains("\"huyen\" : \"Buôn Hồ (cũ)\"") && json.contains("\"dimension_note\" : \"Huyện, thị xã trước 01/07/2025.\""))
        #expect(try #require(build.file("du-lieu/datapackage.json")).contains("Huyện, thị xã trước 01/07/2025."))
    }
}
