import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// Articles in another language of the site: `lang:` or a file named `bai.en.md`, placed under
/// the language, framed in its words, linked to their versions both ways, with their own list
/// and feed, and kept out of the site's own lists.
@Suite struct TranslatedArticlesTests {
    static let site = """
    -- content/site.yml --
    title: Năng suất
    base_url: https://example.org/
    languages:
      en:
        title: Productivity
        credit: "Source: Department of Science and Technology"
        menu:
          - title: News
            url: /en/tin-tuc/
    -- content/articles/tap-huan.md --
    ---
    title: Tập huấn 5S
    date: 2026-03-05
    tags: [5S]
    ---
    Bài tiếng Việt.
    -- content/articles/tap-huan.en.md --
    ---
    title: 5S training
    date: 2026-03-05
    tags: [5S]
    illustrative: true
    ---
    English text.
    -- content/articles/hoi-thao.md --
    ---
    title: Hội thảo
    date: 2026-04-01
    ---
    Chỉ có tiếng Việt.
    -- content/articles/seminar.md --
    ---
    title: Productivity seminar
    date: 2026-04-02
    lang: en
    translation: /tin-tuc/hoi-thao/
    ---
    Written in English with `lang:`.
    """

    @Test("a menu item of site.yml that leads to no page (a language's news list with no article left) is a warning at its line; the site's and each language's menu are checked")
    func menuItemLeadingNowhere() throws {
        let site = try TestSite("""
        -- content/site.yml --
        title: Năng suất
        base_url: https://example.org/
        menu:
          - title: Tin tức
            url: /tin-tuc/
          - title: Giới thiệu
            url: /gioi-thieu/
          - title: Bộ KH&CN
            url: https://www.most.gov.vn/
        languages:
          en:
            title: Productivity
            credit: "Source: Department of Science and Technology"
            menu:
              - title: News
                url: /en/tin-tuc/
              - title: Home
                url: /
        -- content/articles/hoi-thao.md --
        ---
        title: Hội thảo
        date: 2026-04-01
        ---
        Chỉ có tiếng Việt.
        -- content/pages/en/about.md --
        ---
        title: About
        lang: en
        url: /en/about/
        ---
        In English.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.result.succeeded)
        // With no news in English, the English page's head names the site's feeds by the site's own title.
        let about = try #require(build.file("en/about/index.html"))
        #expect(about.contains("title=\"Năng suất – RSS\" href=\"/rss.xml\"") && !about.contains("Productivity – RSS"), "\(about.prefix(3000))")
        #expect(build.messages == ["content/site.yml:7:10: warning: the menu item 'Giới thiệu' '/gioi-thieu/' points to nothing on this site",
                                   "content/site.yml:16:14: warning: the menu item 'News' '/en/tin-tuc/' points to nothing on this site"])
        #expect(build.result.diagnostics.allSatisfy { $0.hintText?.english == Message.menuItemLeadsToPage.english })
        // With an article in English, its news list is there, and the page too.
        try site.write("content/articles/hoi-thao.en.md", "---\ntitle: Seminar\ndate: 2026-04-01\n---\nIn English.\n")
        try site.write("content/pages/gioi-thieu.md", "---\ntitle: Giới thiệu\n---\nVề chúng tôi.\n")
        let again = site.build()
        #expect(again.messages == [])
        #expect(try #require(again.file("en/about/index.html")).contains("title=\"Productivity – RSS\" href=\"/en/tin-tuc/rss.xml\""))
    }

    @Test("an article named bai.en.md or with lang: en is an English page with its own list and feed, linked both ways")
    func englishArticles() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        let en = try #require(build.file("en/tin-tuc/tap-huan/index.html"))
        let vi = try #require(build.file("tin-tuc/tap-huan/index.html"))
        #expect(build.file("tin-tuc/tap-huan-en/index.html") == nil)
        // The frame, the words and the date are English.
        #expect(en.contains("<html lang=\"en\">") && en.contains("<title>5S training – Productivity</title>"))
        #expect(en.contains("5 March 2026") && en.contains("min read") && en.contains(">Previous</span>") == false)
        #expect(en.contains("An article of the sample site") && en.contains(">Reuse</h2>") && en.contains("[illustrative]"))
        #expect(!en.contains("phút đọc") && !en.contains("Sử dụng lại") && !en.contains("Bài trước"))
        // Tags are the site's language's pages: an English article links none.
        #expect(!en.contains("/the/5s/"))
        // Each version links the other, with hreflang.
        #expect(en.contains("href=\"/tin-tuc/tap-huan/\" hreflang=\"vi\"") && vi.contains("href=\"/en/tin-tuc/tap-huan/\" hreflang=\"en\""))
        #expect(vi.contains("hreflang=\"en\" href=\"https://example.org/en/tin-tuc/tap-huan/\""))
        let seminar = try #require(build.file("en/tin-tuc/seminar/index.html"))
        #expect(seminar.contains("href=\"/tin-tuc/hoi-thao/\" hreflang=\"vi\""))
        #expect(try #require(build.file("tin-tuc/hoi-thao/index.html")).contains("href=\"/en/tin-tuc/seminar/\" hreflang=\"en\""))
        // Neighbours are in the same language.
        #expect(seminar.contains(">Previous</span> <a href=\"/en/tin-tuc/tap-huan/\""))
        // The site's own lists, tags and feeds hold the Vietnamese articles only.
        let list = try #require(build.file("tin-tuc/index.html"))
        #expect(list.contains("Tập huấn 5S") && !list.contains("5S training") && !list.contains("Productivity seminar"))
        #expect(try #require(build.file("the/5s/index.html")).contains("Tập huấn 5S"))
        #expect(!(try #require(build.file("rss.xml"))).contains("5S training"))
        // The English list and feed.
        let enList = try #require(build.file("en/tin-tuc/index.html"))
        #expect(enList.contains("<h1>News</h1>") && enList.contains("5S training") && enList.contains("Productivity seminar") && !enList.contains("Tập huấn"))
        #expect(enList.contains("<span class=\"badge\">illustrative</span>") && enList.contains("href=\"/en/tin-tuc/rss.xml\""))
        let feed = try #require(build.file("en/tin-tuc/rss.xml"))
        #expect(feed.contains("<language>en</language>") && feed.contains("<title>News – Productivity</title>"))
        #expect(feed.contains("<title>[Illustrative] 5S training</title>") && feed.contains("Illustrative article:") && !feed.contains("Tập huấn"))
        #expect(feed.contains("CC BY 4.0 – Source: Department of Science and Technology"))
        // The site's title on an English page leads to the language's home (its menu's first page
        // in en/), and /en/, which no page claims, sends a reader there, in English.
        #expect(en.contains("<p class=\"brand\"><a href=\"/en/tin-tuc/\">Productivity</a>") && vi.contains("<p class=\"brand\"><a href=\"/\">"))
        let home = try #require(build.file("en/index.html"))
        #expect(home.contains("<html lang=\"en\">") && home.contains("<title>Moved to /en/tin-tuc/</title>") && home.contains("content=\"0; url=/en/tin-tuc/\""))
        // The one 404 page tells an English reader in English where to go.
        #expect(try #require(build.file("404.html")).contains("<p lang=\"en\">Page not found. <a href=\"/en/tin-tuc/\" hreflang=\"en\">Back to the home page</a></p>"))
        // Its footer's links lead to the site's Vietnamese sections, and say so.
        #expect(en.contains("<li><a href=\"/en/tin-tuc/rss.xml\">RSS</a></li>\n<li class=\"footer-note\">These pages are in Vietnamese:</li>") && en.contains("hreflang=\"vi\">Press</a>"))
        #expect(!vi.contains("footer-note") && !vi.contains("hreflang=\"vi\">Báo chí"))
        // An English page's search box opens the search page in English, which searches the one index.
        #expect(en.contains("class=\"header-search\" role=\"search\" aria-label=\"Quick search\" action=\"/en/tim-kiem/\""))
        #expect(vi.contains("action=\"/tim-kiem/\""))
        let enSearch = try #require(build.file("en/tim-kiem/index.html"))
        #expect(enSearch.contains("<html lang=\"en\">") && enSearch.contains("<h1>Search</h1>") && enSearch.contains("data-index=\"/tim-kiem/chi-muc/\""))
        #expect(enSearch.contains("data-found=\"{n} results for “{q}”.\"") && !enSearch.contains("Tìm thấy"))
        #expect(try #require(build.file("tim-kiem/index.html")).contains("data-found=\"Tìm thấy {n} kết quả cho “{q}”.\""))
        // Both languages in the sitemap.
        let sitemap = try #require(build.file("sitemap.xml"))
        #expect(sitemap.contains("https://example.org/en/tin-tuc/tap-huan/") && sitemap.contains("https://example.org/en/tin-tuc/"))
    }

    @Test("an article in a language the site does not declare is an error naming the file")
    func undeclaredLanguage() throws {
        let site = try TestSite("""
        -- content/site.yml --
        title: Năng suất
        -- content/articles/bai.md --
        ---
        title: Bài
        date: 2026-03-05
        lang: fr
        ---
        Texte.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages.contains { $0.hasPrefix("content/articles/bai.md:4:") && $0.contains("'fr', which is not a language of the site (vi)") })
    }

    @Test("bai.fr.md beside bai.md, when the site has no 'fr', is said to be published in the site's language")
    func undeclaredFileLanguage() throws {
        let site = try TestSite("""
        -- content/site.yml --
        title: Năng suất
        -- content/articles/bai.md --
        ---
        title: Bài
        date: 2026-03-05
        ---
        Bài.
        -- content/articles/bai.fr.md --
        ---
        title: Article
        date: 2026-03-05
        ---
        Texte.
        -- content/articles/nam.moi.md --
        ---
        title: Năm mới
        date: 2026-03-05
        ---
        Không phải bản dịch.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages.count == 1)
        #expect(build.messages.contains { $0.hasPrefix("content/articles/bai.fr.md:") && $0.contains("the file name says the article is in 'fr'") })
    }

    @Test("a file name's language code is a language only when the site declares it")
    func fileNameLanguage() {
        #expect(DocumentParser.fileLanguage("content/articles/bai.en.md") == "en")
        #expect(DocumentParser.fileLanguage("content/articles/nam.moi.md") == "moi")
        #expect(DocumentParser.fileLanguage("content/articles/bai.md") == nil)
        #expect(DocumentParser.fileSlug("content/articles/bai.en.md", language: "en") == "bai")
        let d = Document(kind: .article, sourcePath: "content/articles/nam.moi.md", title: "", slug: DocumentParser.fileSlug("content/articles/nam.moi.md"),
                         body: .empty, urlLocation: SourceLocation(file: ""))
        // "moi" is not a language of the site: the file keeps its whole name as its slug.
        #expect(d.placed(languages: ["vi", "en"], siteLanguage: "vi").lang == nil)
        #expect(d.placed(languages: ["vi", "en"], siteLanguage: "vi").slug == d.slug)
    }

    @Test("a chart block, a table block and footnotes in an English article speak English; its links resolve from its English address")
    func englishBlocks() throws {
        let site = try TestSite("""
        -- content/site.yml --
        title: Năng suất
        languages:
          en:
            title: Productivity
        -- content/indicators/indicators.yml --
        - id: so-doanh-nghiep
          name: Số doanh nghiệp áp dụng công cụ năng suất
          unit: doanh nghiệp
          decimals: 0
          source:
            name: Sở Khoa học và Công nghệ
          targets:
            - label: Từ 20 doanh nghiệp đến năm 2025
              op: ">="
              value: 20
              year: 2025
          translations:
            en:
              name: Enterprises using productivity tools
              unit: enterprises
              unit_one: enterprise
              source: Department of Science and Technology
              targets: [At least 20 enterprises by 2025]
              notes:
                "2024": First count
        -- content/indicators/so-doanh-nghiep.csv --
        nam,gia_tri,trang_thai,ghi_chu
        2022,9,chính thức,
        2023,1,chính thức,
        2024,15,sơ bộ,Lần đếm đầu
        -- content/articles/tap-huan.md --
        ---
        title: Tập huấn
        date: 2026-03-05
        ---
        Có chú thích.[^1]

        [^1]: Ghi chú.
        -- content/articles/tap-huan.en.md --
        ---
        title: Training
        date: 2026-03-05
        ---
        With a note.[^1] See [the Vietnamese text](../../../tin-tuc/tap-huan/).

        ```chart
        so-doanh-nghiep
        ```

        ```table
        Year,Firms
        2024,15
        ```

        [^1]: A note.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        let en = try #require(build.file("en/tin-tuc/tap-huan/index.html"))
        #expect(en.contains(">Notes</h2>") && en.contains("aria-label=\"Back to the reference to note 1\""))
        // The indicator's own words in English, from its translations in indicators.yml.
        #expect(en.contains("Enterprises using productivity tools in 2024: 15\u{00A0}enterprises (preliminary), not yet meeting the target of at least 20\u{00A0}enterprises in 2025"))
        #expect(en.contains("Source of the figures: Department of Science and Technology") && en.contains("Target at least 20 enterprises by 2025: behind."))
        // One takes the singular the translation gives (unit_one), more the plural.
        #expect(en.contains("Lowest 1\u{00A0}enterprise in 2023") && !en.contains("1\u{00A0}enterprises"))
        #expect(en.contains(">preliminary</td>") && en.contains(">First count</td>") && en.contains(">official</td>"))
        #expect(!en.contains("Số doanh nghiệp") && !en.contains("Lần đếm đầu") && !en.contains("sơ bộ"))
        #expect(en.contains(">Details and downloads<span class=\"visually-hidden\">: ") && en.contains("<summary>Table of figures</summary>") && en.contains("<caption>Table of figures</caption>"))
        #expect(!en.contains("Chú thích") && !en.contains("Nguồn số liệu") && !en.contains("Bảng số liệu"))
        let vi = try #require(build.file("tin-tuc/tap-huan/index.html"))
        #expect(vi.contains(">Chú thích</h2>"))
    }
}
