import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// The glossary: its pages, the first use of a term linked in a text (never in a heading, a link
/// or code, never inside a longer word), the terms a text uses, and the errors.
@Suite("Glossary")
struct GlossaryTests {
    static let terms = """

    -- content/glossary/nang-suat-lao-dong.md --
    ---
    title: Năng suất lao động
    short: Giá trị tăng thêm trên một lao động.
    also_called: [NSLĐ]
    sources:
      - title: Tổng cục Thống kê
        url: https://www.gso.gov.vn/
    ---
    Giải thích dài hơn về năng suất lao động.

    -- content/glossary/5s.md --
    ---
    title: 5S
    short: Sắp xếp nơi làm việc.
    ---
    """

    static let article = """

    -- content/articles/a.md --
    ---
    title: Bài
    date: 2026-01-01
    ---
    ## Năng suất lao động và 5S

    Xem [năng suất lao động](/tin-tuc/) và `5S`. Từ 5Sx không phải là thuật ngữ.

    NĂNG SUẤT LAO ĐỘNG tăng; năng suất lao động lại tăng. Áp dụng 5S.
    """

    @Test("the first use of each term in the text is linked, whole and in any case; headings, links and code are left alone; the terms used are listed")
    func links() throws {
        let site = try TestSite(Self.terms + Self.article)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        let page = try #require(build.file("tin-tuc/a/index.html"))
        #expect(page.contains("<h2 id=\"nang-suat-lao-dong-va-5s\">\nNăng suất lao động và 5S\n</h2>"))
        #expect(page.contains("<a href=\"/tin-tuc/\">năng suất lao động</a> và <code>5S</code>. Từ 5Sx không"))
        #expect(page.contains("<a class=\"term\" href=\"/thuat-ngu/nang-suat-lao-dong/\">NĂNG SUẤT LAO ĐỘNG</a> tăng; năng suất lao động lại tăng. Áp dụng <a class=\"term\" href=\"/thuat-ngu/5s/\">5S</a>."))
        #expect(page.components(separatedBy: "class=\"term\"").count == 3)
        #expect(page.contains("<dt><a href=\"/thuat-ngu/nang-suat-lao-dong/\">Năng suất lao động</a></dt><dd>Giá trị tăng thêm trên một lao động.</dd>"))
        let glossary = try #require(build.file("thuat-ngu/index.html"))
        let five = try #require(glossary.range(of: ">5S<")), labour = try #require(glossary.range(of: ">Năng suất lao động<"))
        #expect(five.lowerBound < labour.lowerBound)
        let term = try #require(build.file("thuat-ngu/nang-suat-lao-dong/index.html"))
        #expect(term.contains("Còn gọi là: NSLĐ") && term.contains("<a href=\"https://www.gso.gov.vn/\">Tổng cục Thống kê</a>"))
        // A term's own page does not link to itself.
        #expect(!term.contains("class=\"term\" href=\"/thuat-ngu/nang-suat-lao-dong/\""))
    }

    @Test("glossary_links: false leaves texts as written")
    func off() throws {
        let site = try TestSite(Self.terms + Self.article.replacingOccurrences(of: "-- content/articles/a.md --", with: """
        -- content/site.yml --
        title: Thử
        base_url: https://example.org/
        glossary_links: false

        -- content/articles/a.md --
        """))
        defer { site.remove() }
        let page = try #require(site.build().file("tin-tuc/a/index.html"))
        #expect(!page.contains("class=\"term\"") && !page.contains("terms-used"))
    }

    @Test("a name two terms claim is an error at the later one's also_called; a term without its short definition is an error")
    func errors() throws {
        let site = try TestSite(Self.terms + """

        -- content/glossary/nslđ.md --
        ---
        title: Năng suất
        short: Đầu ra trên đầu vào.
        also_called: [nslđ]
        ---

        -- content/glossary/lean.md --
        ---
        title: Lean
        ---
        """)
        defer { site.remove() }
        let messages = site.build().messages
        #expect(messages.contains("content/glossary/lean.md:1:1: error: the term has no 'short'"))
        let again = try TestSite(Self.terms + """

        -- content/glossary/nang-suat.md --
        ---
        title: Năng suất
        short: Đầu ra trên đầu vào.
        also_called: [nslđ]
        ---
        """)
        defer { again.remove() }
        // Terms are taken in alphabetical order: "Năng suất" comes first, so the name is an error at the other.
        #expect(again.build().messages == ["content/glossary/nang-suat-lao-dong.md:4:14: error: the name 'NSLĐ' is already a name of the term in content/glossary/nang-suat.md"])
    }
}
