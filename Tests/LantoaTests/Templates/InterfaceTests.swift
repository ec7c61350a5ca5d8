import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// The theme's words live in `templates/i18n/<language>.yml`: a communications officer renames a
/// section there, and every page, feed and breadcrumb follows; a missing word is an error at its file.
@Suite("Interface words of the theme")
struct InterfaceTests {
    static let site = """
    -- content/articles/a.md --
    ---
    title: Hội thảo
    date: 2025-03-05
    tags: [5S]
    ---
    Nội dung.
    -- content/stories/s.md --
    ---
    title: Xưởng cơ khí áp dụng Kaizen
    date: 2025-04-01
    enterprise: Công ty TNHH Cơ khí A
    legal_form: công ty TNHH
    sector: Công nghiệp
    district: Buôn Ma Thuột
    size: nhỏ
    tools: [Kaizen]
    results:
      - metric: Thời gian chuyển đổi khuôn
        before: 40
        after: 25
        unit: phút
        measured: 6 tháng sau
    ---
    Kết quả.
    """

    static func vi() throws -> String {
        try String(contentsOf: TestSite.repositoryRoot.appendingPathComponent("templates/i18n/vi.yml"), encoding: .utf8)
    }

    @Test("renaming the stories section in vi.yml changes its list, its pages' breadcrumbs, its facets and its feed")
    func renameStories() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        try site.write("templates/i18n/vi.yml", try Self.vi()
            .replacingOccurrences(of: "stories: Mô hình điển hình", with: "stories: Câu chuyện năng suất")
            .replacingOccurrences(of: "stories_page: \"Mô hình điển hình – trang {page}\"", with: "stories_page: \"Câu chuyện năng suất – trang {page}\"")
            .replacingOccurrences(of: "stories_feed: \"Mô hình điển hình – {site}\"", with: "stories_feed: \"Câu chuyện năng suất – {site}\"")
            .replacingOccurrences(of: "facet_district: Địa bàn", with: "facet_district: Phường xã"))
        let build = site.build()
        #expect(build.messages == [])
        let list = try #require(build.file("dien-hinh/index.html"))
        #expect(list.contains("<title>Câu chuyện năng suất – ") && list.contains("<h1>Câu chuyện năng suất</h1>"))
        #expect(list.contains("Theo phường xã") || list.contains("Phường xã"))
        let story = try #require(build.file("dien-hinh/s/index.html"))
        #expect(story.contains("<p class=\"breadcrumb\"><a href=\"/dien-hinh/\">Câu chuyện năng suất</a></p>"))
        let feed = try #require(build.file("dien-hinh/rss.xml"))
        #expect(feed.contains("<title>Câu chuyện năng suất – "))
        let facet = try #require(build.file("dien-hinh/dia-ban/buon-ma-thuot/index.html"))
        #expect(facet.contains("<h1>Phường xã: Buôn Ma Thuột</h1>"))
        // The old words are gone from every page and feed the renamed words reach.
        for path in build.paths where path.hasPrefix("dien-hinh/") && (path.hasSuffix(".html") || path.hasSuffix(".xml")) {
            #expect(!(build.file(path) ?? "").contains("Mô hình điển hình"), "\(path)")
        }
    }

    @Test("a missing word is an error naming the file and the key; an unknown one a warning with the closest key")
    func missingAndUnknown() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        try site.write("templates/i18n/vi.yml", try Self.vi().replacingOccurrences(of: "news_feed: \"Tin tức – {site}\"\n", with: "news_fed: Tin\n"))
        let messages = site.build().messages
        #expect(messages.contains("templates/i18n/vi.yml:1:1: error: the interface word 'news_feed' is missing"))
        #expect(messages.contains { $0.hasPrefix("templates/i18n/vi.yml:") && $0.hasSuffix("warning: unknown key 'news_fed' in templates/i18n/vi.yml is ignored") })
    }

    @Test("a theme copied out before this version's words (khó đạt, the search page's sentences, redirects, the footer's note) builds with a warning for each; its old search page and dashboard key are named")
    func themeBeforeTheseWords() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        let added = Interface.Key.addedLater.map(\.rawValue).filter { $0 != "newest_page" }
        let old = try Self.vi().split(separator: "\n", omittingEmptySubsequences: false)
            .filter { line in !added.contains { line.hasPrefix($0 + ":") } }.joined(separator: "\n")
        try site.write("templates/i18n/vi.yml", old)
        try site.write("templates/search.mustache", "{{<base}}{{$main}}\n<p class=\"search-status\" role=\"status\"></p>\n{{/main}}{{/base}}\n")
        try site.write("templates/dashboard.mustache", "{{<base}}{{$main}}\n<p>{{site.t.status_missed}} {{site.t.status_missed_means}}</p>\n{{/main}}{{/base}}\n")
        let build = site.build()
        #expect(build.result.succeeded)
        let messages = build.messages
        #expect(messages.filter { $0.contains("new in this version of Lan Tỏa, is missing") }.count == added.count)
        #expect(messages.contains { $0.hasPrefix("templates/search.mustache:2:4: warning: the search page hands its sentences to search.js") })
        #expect(messages.contains { $0.hasPrefix("templates/dashboard.mustache:2:4: warning: the key of statuses has no 'khó đạt'") })
        #expect(!messages.contains { $0.contains("error") })
    }

    @Test("a theme copied out before a word was added builds: the built-in word, and a warning naming the file and the key; its old pagination and tag templates are named with the line that reads what lists no longer give")
    func upgradedTheme() throws {
        var spec = Self.site + "\n-- content/site.yml --\ntitle: Năng suất\nbase_url: https://example.org/\npage_size: 1\n"
        for k in 1...3 { spec += "\n-- content/articles/b\(k).md --\n---\ntitle: Bài \(k)\ndate: 2024-0\(k)-01\ntags: [chung]\n---\nNội dung.\n" }
        let site = try TestSite(spec)
        defer { site.remove() }
        try site.write("templates/i18n/vi.yml", try Self.vi().replacingOccurrences(of: "newest_page: Mới nhất\n", with: ""))
        try site.write("templates/pagination.mustache", "{{#pagination}}\n<nav>\n<p>Trang {{current}}/{{total}}</p>\n</nav>\n{{/pagination}}\n")
        try site.write("templates/taxonomy.mustache", "{{<base}}{{$main}}\n<h1>{{heading}}</h1>\n<p>{{count}} bài</p>\n{{>pagination}}{{/main}}{{/base}}\n")
        try site.write("templates/static/assets/search.js", "(function () {\n  var name = 'tr';\n  return manifest.shards.indexOf(name);\n})();\n")
        try site.write("templates/archive.mustache", "{{<base}}{{$main}}\n<ul>\n{{#years}}<li>{{year}} ({{count}})</li>{{/years}}\n</ul>\n{{/main}}{{/base}}\n")
        let build = site.build()
        #expect(build.result.succeeded)
        #expect(build.messages == [
            "templates/archive.mustache:3:1: warning: each year's `{{count}}` is given on the archive's index only now: on a year's or a month's page the list of years shows no numbers",
            "templates/i18n/vi.yml:1:1: warning: the interface word 'newest_page', new in this version of Lan Tỏa, is missing: the built-in theme's \"Mới nhất\" is used",
            "templates/pagination.mustache:3:22: warning: `{{total}}` is empty: lists are numbered from the oldest page now and give no page count, so a page stays as it was when pages are added after it (README, `page_size`)",
            "templates/static/assets/search.js:3:10: warning: the search index is written in segments now (`segments` in manifest.json, not `shards`): this copy of search.js finds nothing",
            "templates/taxonomy.mustache:3:4: warning: `{{count}}` is given on a tag's or category's first page only now: on its other pages this line shows no number",
        ])
        // A copy that guards the count is new enough; a word the theme always had is still an error.
        try site.write("templates/taxonomy.mustache", "{{<base}}{{$main}}\n{{#count}}<p>{{count}} bài</p>{{/count}}\n{{/main}}{{/base}}\n")
        try site.write("templates/i18n/vi.yml", try Self.vi().replacingOccurrences(of: "news_feed: \"Tin tức – {site}\"\n", with: ""))
        let messages = site.build().messages
        #expect(!messages.contains { $0.hasPrefix("templates/taxonomy.mustache") })
        #expect(messages.contains("templates/i18n/vi.yml:1:1: error: the interface word 'news_feed' is missing"))
    }

    @Test("every language file of the theme gives every word, and a language without one is an error")
    func everyLanguage() throws {
        let site = try TestSite(Self.site + """

        -- content/site.yml --
        title: Năng suất
        base_url: https://example.org/
        language: fr
        """)
        defer { site.remove() }
        #expect(site.build().messages == ["templates/i18n/fr.yml:1:1: error: the theme has no interface words for the site's language 'fr'"])
        // The default theme's own files are complete: an English site builds with English words.
        try site.write("content/site.yml", "title: Productivity\nbase_url: https://example.org/\nlanguage: en\n")
        let english = site.build()
        #expect(english.messages == [])
        #expect(english.file("dien-hinh/index.html")?.contains("<h1>Success stories</h1>") == true)
    }

    @Test("a third language needs only its words file and its content: three versions of a page, each in its own frame, all linked to each other")
    func threeLanguages() throws {
        let site = try TestSite(Self.site + """

        -- content/site.yml --
        title: Năng suất
        base_url: https://example.org/
        menu:
          - title: Giới thiệu
            url: /gioi-thieu/
        languages:
          en:
            title: Productivity
            notice: A sample site.
            menu:
              - title: About
                url: /en/about/
            organisation:
              name: Department of Science and Technology
            credit: "Source: Department of Science and Technology"
            licence:
              url: https://creativecommons.org/licenses/by/4.0/deed.en
          ede:
            title: Năng suất (ede)
            menu:
              - title: Klei hriê
                url: /ede/gioi-thieu/
        -- content/pages/gioi-thieu.md --
        ---
        title: Giới thiệu
        lastmod: 2026-03-05
        ---
        Trang tiếng Việt.
        -- content/pages/en/about.md --
        ---
        title: About
        url: /en/about/
        lang: en
        translation: /gioi-thieu/
        lastmod: 2026-03-05
        ---
        English page.
        -- content/pages/ede/gioi-thieu.md --
        ---
        title: Klei hriê
        url: /ede/gioi-thieu/
        lang: ede
        translation: /gioi-thieu/
        ---
        Ê Đê page.
        """)
        defer { site.remove() }
        // A stand-in for the Ê Đê words: the Vietnamese file with marked words (a real one needs a speaker).
        try site.write("templates/i18n/ede.yml", try Self.vi()
            .replacingOccurrences(of: "skip_link: Chuyển đến nội dung chính", with: "skip_link: \"[ede] nội dung\"")
            .replacingOccurrences(of: "read_in: Đọc bằng tiếng Việt", with: "read_in: \"[ede] Ê Đê\""))
        let build = site.build()
        #expect(build.messages == [])
        let vi = try #require(build.file("gioi-thieu/index.html"))
        let en = try #require(build.file("en/about/index.html"))
        let ede = try #require(build.file("ede/gioi-thieu/index.html"))
        #expect(vi.contains("<html lang=\"vi\">") && en.contains("<html lang=\"en\">") && ede.contains("<html lang=\"ede\">"))
        // Each in its own frame: words, title, menu.
        #expect(en.contains(">Skip to main content</a>") && en.contains("<title>About – Productivity</title>") && en.contains(">About</a></li>"))
        #expect(en.contains("<strong>Note:</strong> A sample site."))
        #expect(ede.contains(">[ede] nội dung</a>") && ede.contains("<title>Klei hriê – Năng suất (ede)</title>"))
        #expect(vi.contains(">Chuyển đến nội dung chính</a>") && !vi.contains("lang=\"vi\">Chuyển"))
        // Every version names the two others, with hreflang, and links to them in their own words.
        for (page, others) in [(vi, ["en/about/", "ede/gioi-thieu/"]), (en, ["gioi-thieu/", "ede/gioi-thieu/"]), (ede, ["gioi-thieu/", "en/about/"])] {
            for other in others { #expect(page.contains("hreflang=\"") && page.contains("href=\"https://example.org/\(other)\">")) }
        }
        #expect(vi.contains(">Read in English</a>") && vi.contains(">[ede] Ê Đê</a>"))
        #expect(en.contains(">Đọc bằng tiếng Việt</a>"))
        // The footer, the credit and the licence in the page's language where site.yml gives them; the site's otherwise.
        #expect(en.contains("Department of Science and Technology") && en.contains("“Source: Department of Science and Technology”"))
        #expect(en.contains("deed.en") && !en.contains("deed.vi") && en.contains("DC.rights\" content=\"CC BY 4.0 – Source: Department"))
        #expect(ede.contains("deed.vi"))
        // Dates as each language writes them.
        #expect(en.contains("Updated: 5 March 2026") && vi.contains("Cập nhật: 05/03/2026"))
    }

    static let indicatorSite = """
    -- content/site.yml --
    title: Năng suất
    base_url: https://example.org/
    -- content/indicators/indicators.yml --
    - id: tang-nang-suat
      name: Tốc độ tăng năng suất lao động
      short_name: Tăng năng suất lao động
      unit: "%"
      decimals: 2
      source:
        name: Tổng cục Thống kê
      targets:
        - label: Bình quân trên 7 %/năm giai đoạn 2021–2025
          kind: average
          op: ">"
          value: 7
          from: 2021
          year: 2025
    -- content/indicators/tang-nang-suat.csv --
    nam,gia_tri
    2021,4.71
    2022,4.8
    2023,4.76
    """

    @Test("chart titles, alt text and target notes are the theme's sentences: renamed in vi.yml, in English on an English site")
    func chartWords() throws {
        let site = try TestSite(Self.indicatorSite)
        defer { site.remove() }
        try site.write("templates/i18n/vi.yml", try Self.vi()
            .replacingOccurrences(of: "chart_above: \"trên {value}\"", with: "chart_above: \"cao hơn {value}\"")
            .replacingOccurrences(of: "chart_source: \"Nguồn số liệu: {source}\"", with: "chart_source: \"Nguồn: {source}\""))
        let build = site.build()
        #expect(build.messages == [])
        let svg = try #require(build.file("chi-so/tang-nang-suat.svg"))
        #expect(svg.contains("khó đạt mục tiêu bình quân cao hơn 7\u{00A0}%/năm") && svg.contains("Nguồn: Tổng cục Thống kê"))
        #expect(!svg.contains("đạt mục tiêu bình quân trên 7"))
        let page = try #require(build.file("chi-so/tang-nang-suat/index.html"))
        #expect(page.contains("Để đạt, 2 năm chưa có số liệu (2024–2025) cần bình quân"))

        let english = try TestSite(Self.indicatorSite.replacingOccurrences(of: "title: Năng suất\n", with: "title: Productivity\nlanguage: en\n"))
        defer { english.remove() }
        let en = english.build()
        #expect(en.messages == [])
        let enSVG = try #require(en.file("chi-so/tang-nang-suat.svg"))
        #expect(enSVG.contains("Tăng năng suất lao động: 4.76\u{00A0}% on average in 2021–2023, unlikely to meet the target of over 7\u{00A0}% a year on average"))
        // The line under the chart, however it wraps.
        #expect(ChartSnapshotTests.texts(enSVG).map(\.text).joined(separator: " ").contains("Source of the figures: Tổng cục Thống kê; chart: "))
        let enPage = try #require(en.file("chi-so/tang-nang-suat/index.html"))
        #expect(enPage.contains("To meet it, the 2 years without figures yet (2024–2025) need"))
        #expect(enPage.contains("Line chart of tốc độ tăng năng suất lao động from 2021 to 2023."))
    }
}
