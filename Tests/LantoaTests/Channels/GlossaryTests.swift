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

    @Test("the linker reading bytes links exactly what reading Swift's characters links: the portal's pages, and 3,000 texts made of names in any case, Vietnamese and other letters, marks, digits, tags and entities")
    func bytesAgreeWithCharacters() throws {
        let names: [(String, term: Int)] = [("Năng suất lao động", 0), ("NSLĐ", 0), ("năng suất", 1), ("5S", 2), ("Kaizen", 3), ("ISO 9001", 4),
                                            ("đổi mới sáng tạo", 5), ("İzmir", 6), ("a", 7), ("TFP", 8), ("Ấn Độ", 9), ("straße", 10)]
        let linker = GlossaryLinker(names: names, urls: (0...10).map { "/thuat-ngu/t\($0)/" })
        var texts: [String] = []
        // The portal's rendered article pages, each with the glossary's real names.
        let portal = Build.execute(BuildOptions(siteRoot: TestSite.repositoryRoot, now: TestSite.now), to: .none, progress: { _ in })
        let site = try #require(portal.site)
        let real = GlossaryLinker(site: site)
        #expect(!real.names.isEmpty)
        let bodies = site.articles.map(\.body.html)
        for body in bodies {
            #expect(real.link(body).html == real.linkByCharacters(body).html)
            #expect(real.link(body).used == real.linkByCharacters(body).used)
        }
        #expect(bodies.contains { real.link($0).used.count > 0 })
        // Texts from pieces, in a fixed pseudo-random order.
        let pieces = ["năng suất", "NĂNG SUẤT", "Năng Suất Lao Động", "lao động", "nslđ", "5s", "5S", "5Sx", "x5S", "Kaizen", "kaizenx", "iso 9001", "ISO  9001",
                      "ĐỔI MỚI SÁNG TẠO", "İZMİR", "izmir", "İzmir", "a", "A", "á", "a\u{301}", "ă", "TFP", "tfp.", "ẤN ĐỘ", "ấn độ", "STRASSE", "straße", "STRAẞE",
                      " ", " ", " ", "\n", ", ", ".", "-", "’", "2024", "١٢", "日本", "👍🏽", "e\u{301}", "\u{200D}", "<a href=\"x\">", "</a>", "<code>", "</code>",
                      "<h2 id=\"a\">", "</h2>", "<br/>", "<p>", "</p>", "<em>", "</em>", "&amp;", "&lt;", "<table>", "</table>", "<a…>", "<ábc>", "</ábc>",
                      "ª", "²", "µ", "½", "\u{A0}", "\u{AD}", "–", "…", "x\u{200C}", "\u{2060}", "×", "ư", "Ơ", "ʼ", "ⁱ",
                      "Ĳ", "ŉ", "Ǆ", "ǅ", "Ȁ", "Ỳ", "Ỹ", "ỹ", "ƯỚC", "Ờ", "Ħ", "Σ", "ΟΣ", "Ω"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        while texts.count < 3_000 {
            let text = (0..<(1 + next(24))).map { _ in pieces[next(pieces.count)] }.joined()
            // Read as characters, a joiner after `>` hides the tag's end (one character `>‍`):
            // the bytes read the tag; that is where the two readings may differ, and bytes are right.
            if Array(text.utf8).indices.contains(where: { Array(text.utf8)[$0...].starts(with: Array(">\u{200D}".utf8)) }) { continue }
            texts.append(text)
        }
        var linked = 0
        for text in texts {
            let (bytes, characters) = (linker.link(text, except: 7), linker.linkByCharacters(text, except: 7))
            #expect(bytes.html == characters.html, "\(text.debugDescription)")
            #expect(bytes.used == characters.used, "\(text.debugDescription)")
            if !bytes.used.isEmpty { linked += 1 }
        }
        #expect(linked > 500)
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

    @Test("a page or article in another language of the site is left as written: the glossary defines its terms in the site's language")
    func otherLanguage() throws {
        let site = try TestSite(Self.terms + Self.article + """

        -- content/site.yml --
        title: Thử
        base_url: https://example.org/
        languages:
          en:
            title: Trial
        -- content/articles/a.en.md --
        ---
        title: Article
        date: 2026-01-01
        ---
        Labour productivity ("năng suất lao động") grew after 5S.
        -- content/pages/en/about.md --
        ---
        title: About
        lang: en
        url: /en/about/
        ---
        Why 5S matters.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        for file in ["en/tin-tuc/a/index.html", "en/about/index.html"] {
            let page = try #require(build.file(file))
            #expect(!page.contains("class=\"term\"") && !page.contains("terms-used"), "\(file)")
        }
        #expect(try #require(build.file("tin-tuc/a/index.html")).contains("terms-used"))
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
