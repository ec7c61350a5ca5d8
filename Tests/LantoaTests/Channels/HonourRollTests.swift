import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// The honour rolls: a page per year and per enterprise, linked from the enterprise's stories, and
/// the errors of a roll that names what the site does not have.
@Suite("Honour roll")
struct HonourRollTests {
    static let site = """

    -- content/ton-vinh/2025.md --
    ---
    title: Tôn vinh năm 2025
    year: 2025
    awarded_by: Hiệp hội Doanh nghiệp tỉnh
    decision: qd-12-2025
    honours:
      - enterprise: Công ty TNHH Cà phê A
        award: Doanh nghiệp tiêu biểu
        for: Áp dụng 5S
        story: /dien-hinh/ca-phe-a/
      - enterprise: Hợp tác xã B
        award: Hợp tác xã điển hình
        evidence: /tin-tuc/hop-tac-xa-b/
    ---
    Lời giới thiệu.

    -- content/ton-vinh/2024.md --
    ---
    title: Tôn vinh năm 2024
    year: 2024
    honours:
      - enterprise: công ty TNHH cà phê  A
        award: Doanh nghiệp đổi mới
    ---

    -- content/stories/ca-phe-a.md --
    ---
    title: Cà phê A áp dụng 5S
    date: 2025-06-01
    enterprise: Công ty TNHH Cà phê A
    sector: Chế biến
    district: Buôn Ma Thuột
    size: nhỏ
    tools: [5S]
    status: hoàn thành
    loai_hinh: công ty TNHH
    ---
    Nội dung.

    -- content/documents/qd-12-2025.md --
    ---
    title: Quyết định tôn vinh năm 2025
    form: Quyết định
    authority: Hiệp hội Doanh nghiệp tỉnh
    number: 12/QĐ-HHDN
    issued: 2025-12-20
    url: https://example.vn/qd-12-2025
    ---

    -- content/articles/hop-tac-xa-b.md --
    ---
    title: Hợp tác xã B
    date: 2025-11-01
    ---
    Bài viết.
    """

    @Test("a page per year, newest first, with the decision; a page per enterprise with every honour and its stories; the story links its honours")
    func pages() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        let index = try #require(build.file("ton-vinh/index.html"))
        let y2025 = try #require(index.range(of: "Tôn vinh năm 2025")), y2024 = try #require(index.range(of: "Tôn vinh năm 2024"))
        #expect(y2025.lowerBound < y2024.lowerBound)
        #expect(index.contains("<a href=\"/ton-vinh/doanh-nghiep/cong-ty-tnhh-ca-phe-a/\">Công ty TNHH Cà phê A</a> <span class=\"count\">(2025, 2024)</span>"))
        let year = try #require(build.file("ton-vinh/2025/index.html"))
        #expect(year.contains("<dd><a href=\"/van-ban/qd-12-2025/\">Quyết định tôn vinh năm 2025</a></dd>"))
        #expect(year.contains("2 đơn vị được tôn vinh"))
        #expect(!year.contains("<dt>Ngày tôn vinh</dt>"))
        #expect(year.contains("<a href=\"/dien-hinh/ca-phe-a/\">Cà phê A áp dụng 5S</a>"))
        #expect(year.contains("<a href=\"/tin-tuc/hop-tac-xa-b/\">"))
        // Two spellings of one enterprise are one page.
        let enterprise = try #require(build.file("ton-vinh/doanh-nghiep/cong-ty-tnhh-ca-phe-a/index.html"))
        #expect(enterprise.contains("Doanh nghiệp tiêu biểu") && enterprise.contains("Doanh nghiệp đổi mới"))
        #expect(enterprise.contains("<a href=\"/dien-hinh/ca-phe-a/\">Cà phê A áp dụng 5S</a>"))
        #expect(build.file("ton-vinh/doanh-nghiep/hop-tac-xa-b/index.html") != nil)
        let story = try #require(build.file("dien-hinh/ca-phe-a/index.html"))
        #expect(story.contains("<dt>Được tôn vinh</dt><dd><a href=\"/ton-vinh/doanh-nghiep/cong-ty-tnhh-ca-phe-a/\">Doanh nghiệp tiêu biểu (2025)</a>"))
        #expect(try #require(build.file("index.html")).contains("<a href=\"/ton-vinh/\">Tôn vinh</a>"))
    }

    @Test("a roll is an error at its line when it names a story or decision the site does not have, or repeats a year")
    func assemblyErrors() throws {
        let site = try TestSite("""
        -- content/ton-vinh/2025.md --
        ---
        title: Tôn vinh 2025
        year: 2025
        decision: qd-khong-co
        honours:
          - enterprise: A
            award: Tiêu biểu
            story: khong-co
        ---

        -- content/ton-vinh/2025-b.md --
        ---
        title: Tôn vinh 2025 (bổ sung)
        year: 2025
        honours:
          - enterprise: B
            award: Tiêu biểu
        ---

        -- content/ton-vinh/2023.md --
        ---
        title: Tôn vinh
        year: 2024
        honours:
          - enterprise: C
            award: Tiêu biểu
        ---
        """)
        defer { site.remove() }
        #expect(site.build().messages == [
            "content/ton-vinh/2023.md:3:7: error: the roll says year 2024 but its file is named 2023",
            "content/ton-vinh/2025-b.md:1:1: error: the year 2025 already has its honour roll in content/ton-vinh/2025.md",
            "content/ton-vinh/2025.md:4:11: error: the decision 'qd-khong-co' is not a document of the site",
            "content/ton-vinh/2025.md:8:12: error: the honour names a story 'khong-co' that does not exist",
        ])
    }

    @Test("a roll without its year, an honour without its award, a roll that lists nobody: errors at their line")
    func loadErrors() throws {
        let site = try TestSite("""
        -- content/ton-vinh/2025.md --
        ---
        title: Tôn vinh 2025
        year: 2025
        honours:
          - enterprise: B
        ---

        -- content/ton-vinh/2024.md --
        ---
        title: Tôn vinh 2024
        year: 2024
        honours: []
        ---

        -- content/ton-vinh/c.md --
        ---
        title: C
        honours:
          - enterprise: C
            award: Tiêu biểu
        ---
        """)
        defer { site.remove() }
        #expect(site.build().messages == [
            "content/ton-vinh/2024.md:4:1: error: the honour roll lists nobody",
            "content/ton-vinh/2025.md:5:5: error: the honour has no 'award'",
            "content/ton-vinh/c.md:1:1: error: the honour roll has no 'year'",
        ])
    }
}
