import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// What newsrooms and readers' software take from the site: feeds, metadata, archive, press kit.
@Suite("Syndication and reuse")
struct SyndicationTests {
    static let spec = BuildOutputTests.twoArticles + """

    -- content/articles/2026/tap-huan-5s.md --
    ---
    title: Tập huấn 5S
    date: 2026-03-05 08:30
    summary: Tóm tắt bài tập huấn.
    tags: [5S, Năng suất]
    categories: [Đào tạo]
    author: Ban biên tập
    image: /media/anh.png
    image_alt: Học viên thực hành 5S
    ---
    Nội dung, xem [trang giới thiệu](/gioi-thieu/) và ![ảnh](/media/anh.png).
    -- content/media/anh.png --
    png
    """

    @Test("RSS, Atom and JSON Feed carry the full article with absolute URLs and +07:00 dates")
    func feeds() throws {
        let site = try TestSite(Self.spec)
        defer { site.remove() }
        // A picture the build can measure (1200 × 630): the feeds then announce it.
        try site.writeBytes("content/media/anh.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
                                                      0, 0, 0x04, 0xB0, 0, 0, 0x02, 0x76, 8, 2, 0, 0, 0, 0, 0, 0, 0])
        let build = site.build()
        let rss = try #require(build.file("rss.xml"))
        #expect(XMLCheck.parses(rss))
        // The lead picture, with its words, for newsrooms' systems (Media RSS) and Atom readers.
        #expect(rss.contains("<media:content url=\"https://example.org/media/anh.png\" medium=\"image\" type=\"image/png\" width=\"1200\" height=\"630\"><media:description type=\"plain\">Học viên thực hành 5S</media:description></media:content>"))
        #expect(try #require(build.file("atom.xml")).contains("<link rel=\"enclosure\" type=\"image/png\" href=\"https://example.org/media/anh.png\"/>"))
        #expect(rss.contains("<content:encoded><![CDATA[<p>Nội dung, xem <a href=\"https://example.org/gioi-thieu/\">trang giới thiệu</a>"))
        #expect(rss.contains("<pubDate>Thu, 05 Mar 2026 08:30:00 +0700</pubDate>"))
        let atom = try #require(build.file("atom.xml"))
        #expect(XMLCheck.parses(atom))
        #expect(atom.contains("<published>2026-03-05T08:30:00+07:00</published>"))
        #expect(atom.contains("src=&quot;https://example.org/media/anh.png&quot;"))
        let json = try #require(build.file("feed.json"))
        let feed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
        let items = try #require(feed["items"] as? [[String: Any]])
        #expect(items.count == 2)
        #expect(items[0]["date_published"] as? String == "2026-03-05T08:30:00+07:00")
        #expect((items[0]["content_html"] as? String)?.contains("https://example.org/gioi-thieu/") == true)
        // Per section, tag and category, in three formats each.
        for folder in ["tin-tuc/", "the/5s/", "the/nang-suat/", "chuyen-muc/dao-tao/"] {
            for format in FeedFormat.allCases { #expect(build.file(folder + format.rawValue) != nil, "missing \(folder)\(format.rawValue)") }
        }
        #expect(try #require(build.file("the/5s/rss.xml")).contains("Tập huấn 5S"))
        #expect(!(try #require(build.file("the/5s/rss.xml")).contains("Kaizen ở hợp tác xã")))
    }

    @Test("feed ids do not change when a title is edited")
    func stableIDs() throws {
        let site = try TestSite(Self.spec)
        defer { site.remove() }
        func ids() throws -> [String] {
            let rss = try #require(site.build().file("rss.xml"))
            return rss.components(separatedBy: "<guid isPermaLink=\"false\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
        }
        let before = try ids()
        #expect(before.contains("tag:example.org,2026-03-05:articles/2026/tap-huan-5s.md"))
        try site.write("content/articles/2026/tap-huan-5s.md", "---\ntitle: Tên mới hoàn toàn\ndate: 2026-03-05 08:30\n---\nNội dung.\n")
        #expect(try ids() == before)
    }

    @Test("social and archive metadata read back from an article page")
    func metadata() throws {
        let site = try TestSite(Self.spec)
        defer { site.remove() }
        let page = try #require(site.build().file("tin-tuc/tap-huan-5s/index.html"))
        let meta = MetaTags(page)
        #expect(meta["og:title"] == "Tập huấn 5S")
        #expect(meta["og:type"] == "article")
        #expect(meta["og:url"] == "https://example.org/tin-tuc/tap-huan-5s/")
        #expect(meta["og:image"] == "https://example.org/media/anh.png")
        #expect(meta["og:image:alt"] == "Học viên thực hành 5S")
        #expect(meta["article:published_time"] == "2026-03-05T08:30:00+07:00")
        #expect(meta["twitter:card"] == "summary_large_image")
        #expect(meta["DC.title"] == "Tập huấn 5S")
        #expect(meta["DC.language"] == "vi")
        #expect(meta["DC.identifier"] == "https://example.org/tin-tuc/tap-huan-5s/")
        #expect(meta["DC.subject"] == "Đào tạo; 5S; Năng suất")
        let ld = try #require(page.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst().first?.components(separatedBy: "</script>").first)
        let data = try #require(try JSONSerialization.jsonObject(with: Data(ld.utf8)) as? [String: Any])
        #expect(data["@type"] as? String == "NewsArticle")
        #expect(data["headline"] as? String == "Tập huấn 5S")
        #expect((data["publisher"] as? [String: Any])?["@type"] as? String == "GovernmentOrganization")
        #expect(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\""))
        #expect(page.contains("Sử dụng lại") && page.contains("Ban biên tập (2026). “Tập huấn 5S”. Trang thử. https://example.org/tin-tuc/tap-huan-5s/"))
    }

    @Test("the sitemap lists exactly the HTML pages, without redirects, embeds or the 404 page")
    func sitemap() throws {
        let site = try TestSite(Self.spec + "\n" + IndicatorBuildTests.definition + "\n-- content/indicators/nang-suat.csv --\nnam,gia_tri\n2021,4.71\n")
        defer { site.remove() }
        let build = site.build()
        let xml = try #require(build.file("sitemap.xml"))
        let locs = Set(xml.components(separatedBy: "<loc>").dropFirst().map { String($0.prefix { $0 != "<" }).replacingOccurrences(of: "https://example.org/", with: "") + "index.html" })
        let pages = Set(build.paths.filter { $0.hasSuffix("index.html") && !$0.hasPrefix("nhung/") })
        #expect(locs == pages)
        #expect(!locs.contains("404.html"))
    }

    @Test("a site with more pages than one sitemap file may list gets sitemap.xml as an index of parts that list every page once")
    func sitemapParts() throws {
        let site = try TestSite(Self.spec)
        defer { site.remove() }
        let whole = try #require(site.build().file("sitemap.xml"))
        func locs(_ xml: String) -> [String] { xml.components(separatedBy: "<loc>").dropFirst().map { String($0.prefix { $0 != "<" }) } }
        let pages = locs(whole)
        #expect(pages.count > 6)

        var options = site.options()
        options.sitemapLimit = 3
        let split = site.build(options)
        #expect(split.result.succeeded)
        let index = try #require(split.file("sitemap.xml"))
        #expect(index.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        let parts = locs(index)
        #expect(parts == (1...(pages.count + 2) / 3).map { "https://example.org/sitemap-\($0).xml" })
        var listed: [String] = []
        for part in parts {
            let xml = try #require(split.file(String(part.dropFirst("https://example.org/".count))))
            #expect(locs(xml).count <= 3)
            listed += locs(xml)
        }
        #expect(listed == pages)
        #expect(split.file("sitemap-\(parts.count + 1).xml") == nil)
    }

    @Test("the archive groups articles by year and month and is linked from news pages")
    func archive() throws {
        let site = try TestSite(Self.spec)
        defer { site.remove() }
        let build = site.build()
        let index = try #require(build.file("tin-tuc/luu-tru/index.html"))
        #expect(index.contains("href=\"/tin-tuc/luu-tru/2026/\"") && index.contains("href=\"/tin-tuc/luu-tru/2025/\""))
        // The index counts each year and each of its months, linked to the month on the year's page.
        #expect(index.contains("<a href=\"/tin-tuc/luu-tru/2026/#thang-3\">Tháng 3</a> <span class=\"count\">("))
        let year = try #require(build.file("tin-tuc/luu-tru/2026/index.html"))
        #expect(!year.contains("archive-months"))
        // A year's page lists the years without their counts: a new article changes only its own year's page.
        #expect(year.contains("<strong aria-current=\"page\">2026</strong></li>") && year.contains("<a href=\"/tin-tuc/luu-tru/2025/\">2025</a></li>"))
        #expect(index.contains("<a href=\"/tin-tuc/luu-tru/2025/\">2025</a> <span class=\"count\">(1 bài)</span>"))
        // The counts are on the archive's first page: a year's page leads back to it.
        #expect(year.contains("<p class=\"breadcrumb\"><a href=\"/tin-tuc/\">Tin tức</a> › <a href=\"/tin-tuc/luu-tru/\">Lưu trữ</a></p>"))
        #expect(!index.contains("› <a href=\"/tin-tuc/luu-tru/\">"))
        #expect(year.contains("Tháng 3/2026") && year.contains("Tập huấn 5S") && !year.contains("Kaizen ở hợp tác xã"))
        #expect(try #require(build.file("tin-tuc/index.html")).contains("href=\"/tin-tuc/luu-tru/\""))
        #expect(try #require(build.file("tin-tuc/kaizen/index.html")).contains("href=\"/tin-tuc/luu-tru/\""))
    }

    @Test("a year with more articles than one archive page should carry lists its months, each on a page of its own")
    func archiveByMonth() throws {
        let site = try TestSite(Self.spec + """

        -- content/articles/2026/hoi-thao.md --
        ---
        title: Hội thảo chuyển đổi số
        date: 2026-05-20
        ---
        Nội dung.
        """)
        defer { site.remove() }
        var options = site.options()
        options.archiveYearLimit = 1
        let build = site.build(options)
        #expect(build.result.succeeded)
        let year = try #require(build.file("tin-tuc/luu-tru/2026/index.html"))
        #expect(year.contains("<a href=\"/tin-tuc/luu-tru/2026/thang-5/\">Xem 1 bài của tháng 5/2026 ›</a>"))
        #expect(year.contains("href=\"/tin-tuc/luu-tru/2026/thang-3/\""))
        #expect(!year.contains("Tập huấn 5S") && !year.contains("archive-list"))
        let march = try #require(build.file("tin-tuc/luu-tru/2026/thang-3/index.html"))
        #expect(march.contains("<h1>Lưu trữ tin tháng 3/2026</h1>") && march.contains("Tập huấn 5S") && !march.contains("Hội thảo chuyển đổi số"))
        #expect(march.contains("› <a href=\"/tin-tuc/luu-tru/\">Lưu trữ</a> › <a href=\"/tin-tuc/luu-tru/2026/\">Năm 2026</a>"))
        #expect(!march.contains("aria-current=\"page\">2026"))
        #expect(try #require(build.file("tin-tuc/luu-tru/2026/thang-5/index.html")).contains("Hội thảo chuyển đổi số"))
        // 2025 has one article: it keeps its single page.
        #expect(try #require(build.file("tin-tuc/luu-tru/2025/index.html")).contains("Kaizen ở hợp tác xã"))
        #expect(build.file("tin-tuc/luu-tru/2025/thang-1/index.html") == nil)
        #expect(try #require(build.file("sitemap.xml")).contains("<loc>https://example.org/tin-tuc/luu-tru/2026/thang-3/</loc>"))
        // Without the lowered limit nothing changes.
        #expect(site.build().file("tin-tuc/luu-tru/2026/thang-3/index.html") == nil)
    }

    @Test("an English page carries lang=\"en\" and hreflang links both ways; a wrong translation is a warning")
    func english() throws {
        let site = try TestSite(Self.spec + """

        -- content/pages/en/about.md --
        ---
        title: About
        url: /en/about/
        lang: en
        translation: /gioi-thieu/
        ---
        About the portal.
        """)
        defer { site.remove() }
        let build = site.build()
        let en = try #require(build.file("en/about/index.html"))
        #expect(en.contains("<html lang=\"en\">"))
        #expect(en.contains("<link rel=\"alternate\" hreflang=\"vi\" href=\"https://example.org/gioi-thieu/\">"))
        #expect(en.contains("<header class=\"site-header\" lang=\"vi\">"))
        let vi = try #require(build.file("gioi-thieu/index.html"))
        #expect(vi.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/en/about/\">"))

        try site.write("content/pages/en/about.md", "---\ntitle: About\nurl: /en/about/\nlang: en\ntranslation: /gioi-thieuu/\n---\nAbout.\n")
        #expect(site.build().messages == ["content/pages/en/about.md:3:6: warning: the translation \"/gioi-thieuu/\" is not a page of this site"])
    }

    @Test("the press kit lists every chart's files, the embed code, the feeds and the credit line")
    func pressKit() throws {
        let site = try TestSite(Self.spec + "\n" + IndicatorBuildTests.definition + "\n-- content/indicators/nang-suat.csv --\nnam,gia_tri\n2021,4.71\n")
        defer { site.remove() }
        let kit = try #require(site.build().file("bao-chi/index.html"))
        for file in ["nang-suat.svg", "nang-suat-16x9.svg", "nang-suat-trong-suot.svg", "nang-suat.csv", "nang-suat.json"] {
            #expect(kit.contains("href=\"/chi-so/\(file)\""), "missing \(file)")
        }
        #expect(kit.contains("&lt;iframe src=&quot;https://example.org/nhung/nang-suat/&quot;"))
        #expect(kit.contains("data-lantoa-embed") && kit.contains("postMessage") == false && kit.contains("e.data.lantoaHeight"))
        #expect(kit.contains("href=\"/atom.xml\""))
        #expect(kit.contains("Nguồn: Sở Khoa học và Công nghệ") || kit.contains("Nguồn số liệu:"))
    }
}

/// `<meta property|name="…" content="…">` pairs of a page, read back the way a crawler reads them.
struct MetaTags {
    private var values: [String: String] = [:]

    init(_ html: String) {
        for tag in html.components(separatedBy: "<meta ").dropFirst() {
            let body = tag.prefix { $0 != ">" }
            func attribute(_ name: String) -> String? {
                guard let start = body.range(of: "\(name)=\"") else { return nil }
                return String(body[start.upperBound...].prefix { $0 != "\"" })
            }
            if let key = attribute("property") ?? attribute("name"), let content = attribute("content"), values[key] == nil {
                values[key] = content.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
            }
        }
    }

    subscript(key: String) -> String? { values[key] }
}
