import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// What a user sees after writing an article: it appears everywhere it should.
@Suite("Build output")
struct BuildOutputTests {
    static let twoArticles = """
    -- content/articles/2026/tap-huan-5s.md --
    ---
    title: Tập huấn 5S
    date: 2026-03-05 08:30
    summary: Tóm tắt bài tập huấn.
    tags: [5S, Năng suất]
    categories: [Đào tạo]
    author: Ban biên tập
    ---
    Nội dung **tập huấn**.

    ## Kết quả
    -- content/articles/2025/kaizen.md --
    ---
    title: Kaizen ở hợp tác xã
    date: 2025-01-09
    tags: [Kaizen, năng suất]
    ---
    Đoạn đầu tiên làm tóm tắt.

    Đoạn thứ hai.
    -- content/pages/gioi-thieu.md --
    ---
    title: Giới thiệu
    ---
    Trang giới thiệu.
    """

    @Test("a new article appears on its page, in the list, on its tag and category pages, in the feed and the sitemap")
    func articleEverywhere() throws {
        let site = try TestSite(Self.twoArticles)
        defer { site.remove() }
        let build = site.build()
        #expect(build.result.succeeded)
        #expect(build.messages.isEmpty)
        let page = try #require(build.file("tin-tuc/tap-huan-5s/index.html"))
        #expect(page.contains("<h1>Tập huấn 5S</h1>"))
        #expect(page.contains("<time datetime=\"2026-03-05T08:30:00+07:00\">ngày 05 tháng 3 năm 2026</time>"))
        #expect(page.contains("Nội dung <strong>tập huấn</strong>."))
        #expect(page.contains("<h2 id=\"ket-qua\">"))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://example.org/tin-tuc/tap-huan-5s/\">"))
        #expect(page.contains("href=\"/tin-tuc/kaizen/\" rel=\"prev\""))
        #expect(try #require(build.file("tin-tuc/index.html")).contains("href=\"/tin-tuc/tap-huan-5s/\""))
        #expect(try #require(build.file("the/5s/index.html")).contains("Tập huấn 5S"))
        #expect(try #require(build.file("chuyen-muc/dao-tao/index.html")).contains("Tập huấn 5S"))
        // "Năng suất" and "năng suất" are one tag with both articles.
        let tag = try #require(build.file("the/nang-suat/index.html"))
        #expect(tag.contains("Tập huấn 5S") && tag.contains("Kaizen ở hợp tác xã"))
        #expect(try #require(build.file("rss.xml")).contains("<link>https://example.org/tin-tuc/tap-huan-5s/</link>"))
        #expect(try #require(build.file("sitemap.xml")).contains("<loc>https://example.org/tin-tuc/tap-huan-5s/</loc><lastmod>2026-03-05T08:30:00+07:00</lastmod>"))
        #expect(try #require(build.file("gioi-thieu/index.html")).contains("Trang giới thiệu."))
        #expect(build.file("404.html") != nil && build.file("robots.txt") != nil)
        #expect(build.file("assets/style.css") != nil)
    }

    @Test("the first paragraph is the summary when none is written")
    func summaryFallback() throws {
        let site = try TestSite(Self.twoArticles)
        defer { site.remove() }
        let list = try #require(site.build().file("tin-tuc/index.html"))
        #expect(list.contains("<p class=\"summary\">Đoạn đầu tiên làm tóm tắt.</p>"))
    }

    @Test("tags are listed in Vietnamese alphabetical order")
    func tagOrder() throws {
        let site = try TestSite(Self.twoArticles)
        defer { site.remove() }
        let terms = try #require(site.build().file("the/index.html"))
        let order = ["5S", "Kaizen", "Năng suất"].map { terms.range(of: ">\($0)</a>")!.lowerBound }
        #expect(order == order.sorted())
    }

    @Test("a tag written with extra spaces or twice in other letters is one tag, named as most articles write it")
    func tagSpellings() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Một
        date: 2025-01-01
        tags: [cà phê, chuyển đổi số]
        ---
        Một.
        -- content/articles/b.md --
        ---
        title: Hai
        date: 2025-01-02
        tags: [cà phê, chuyển đổi số]
        ---
        Hai.
        -- content/articles/c.md --
        ---
        title: Ba
        date: 2025-01-03
        tags: [ Cà Phê ,Chuyển  đổi số, cà phê, "Hội thảo ", hội  thảo]
        ---
        Ba.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages.isEmpty)
        let newest = try #require(build.file("tin-tuc/c/index.html"))
        // Its own spelling, each tag once, the double space gone.
        #expect(newest.components(separatedBy: "href=\"/the/ca-phe/\"").count == 2)
        #expect(newest.components(separatedBy: "href=\"/the/hoi-thao/\"").count == 2)
        #expect(newest.contains(">Cà Phê</a>") && newest.contains(">Chuyển đổi số</a>") && !newest.contains("Chuyển  đổi"))
        // The newest article, first in the list, does not rename the tag the other two write.
        #expect(try #require(build.file("the/ca-phe/index.html")).contains("<h1>Thẻ: cà phê</h1>"))
        #expect(try #require(build.file("the/chuyen-doi-so/index.html")).contains("<h1>Thẻ: chuyển đổi số</h1>"))
        #expect(try #require(build.file("the/hoi-thao/index.html")).contains("<h1>Thẻ: Hội thảo</h1>"))
    }

    @Test("a category written without its marks is a warning at the article, and the spelling with marks names it, however many write it without")
    func spellingWithoutMarks() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Một
        date: 2025-01-01
        categories: [Chính sách]
        ---
        Một.
        -- content/articles/b.md --
        ---
        title: Hai
        date: 2025-01-02
        categories: [Chinh sach]
        tags: [AI]
        ---
        Hai.
        -- content/articles/c.md --
        ---
        title: Ba
        date: 2025-01-03
        categories: [Chinh sach]
        ---
        Ba.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [
            "content/articles/b.md:4:14: warning: the category \"Chinh sach\" is written without its marks, so the article is listed under \"Chính sách\"",
            "content/articles/c.md:4:14: warning: the category \"Chinh sach\" is written without its marks, so the article is listed under \"Chính sách\"",
        ])
        #expect(try #require(build.file("chuyen-muc/chinh-sach/index.html")).contains("<h1>Chuyên mục: Chính sách</h1>"))
        // The article, its lists and its feeds say it with its marks too.
        for file in ["tin-tuc/c/index.html", "rss.xml", "index.html"] {
            let text = try #require(build.file(file))
            #expect(text.contains("Chính sách") && !text.contains("Chinh sach"), "\(file)")
        }
    }

    @Test("the footer gives the organisation's website as people say it; the favicon names no province")
    func footerWebsite() throws {
        let site = try TestSite("""
        -- content/site.yml --
        title: Năng suất Gia Lai
        organisation:
          name: Sở Khoa học và Công nghệ tỉnh Gia Lai
          email: lienhe@gialai.gov.vn
          website: https://skhcn.gialai.gov.vn/
        -- content/articles/a.md --
        ---
        title: Một
        date: 2025-01-01
        ---
        Một.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        let home = try #require(build.file("index.html"))
        #expect(home.contains("<a href=\"mailto:lienhe@gialai.gov.vn\">lienhe@gialai.gov.vn</a><br>\nTrang thông tin điện tử: <a href=\"https://skhcn.gialai.gov.vn/\">skhcn.gialai.gov.vn</a>"))
        #expect(!(try #require(build.file("favicon.svg"))).contains("Đắk Lắk"))
    }

    @Test("drafts and future articles are left out unless asked for")
    func draftsAndFuture() throws {
        let site = try TestSite("""
        -- content/articles/nhap.md --
        ---
        title: Bản nháp
        date: 2026-01-01
        draft: true
        ---
        Nháp.
        -- content/articles/sap-toi.md --
        ---
        title: Sắp tới
        date: 2026-12-01
        ---
        Tương lai.
        """)
        defer { site.remove() }
        #expect(site.build().file("tin-tuc/nhap/index.html") == nil)
        #expect(site.build().file("tin-tuc/sap-toi/index.html") == nil)
        #expect(site.build(drafts: true).file("tin-tuc/nhap/index.html") != nil)
        #expect(site.build(future: true).file("tin-tuc/sap-toi/index.html") != nil)
        #expect(site.build(drafts: true).file("tin-tuc/sap-toi/index.html") == nil)
    }

    @Test("a date is shown as the author wrote it, never the day before")
    func dateAsWritten() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Nửa đêm
        date: 2026-05-01 00:30
        ---
        Nội dung.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(try #require(build.file("tin-tuc/a/index.html")).contains("ngày 01 tháng 5 năm 2026"))
        #expect(try #require(build.file("tin-tuc/index.html")).contains(">01/05/2026</time>"))
        #expect(try #require(build.file("rss.xml")).contains("<pubDate>Fri, 01 May 2026 00:30:00 +0700</pubDate>"))
    }

    @Test("a decomposed file name and title give the same page as composed ones")
    func decomposedNames() throws {
        let name = "Đắk Lắk".decomposedStringWithCanonicalMapping
        let site = try TestSite("""
        -- content/articles/\(name).md --
        ---
        title: \(name)
        date: 2026-01-01
        ---
        Nội dung.
        """)
        defer { site.remove() }
        let page = try #require(site.build().file("tin-tuc/dak-lak/index.html"))
        #expect(page.contains("<h1>Đắk Lắk</h1>"))
    }

    @Test("an explicit slug wins over the file name")
    func explicitSlug() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Tin
        date: 2026-01-01
        slug: Tin Đặc Biệt
        ---
        Nội dung.
        """)
        defer { site.remove() }
        #expect(site.build().file("tin-tuc/tin-dac-biet/index.html") != nil)
    }

    // Pins a bug: a list of one page printed an empty "Trang /" line.
    @Test("a list that fits on one page has no pagination")
    func singlePage() throws {
        let site = try TestSite(Self.twoArticles)
        defer { site.remove() }
        let build = site.build()
        for page in ["tin-tuc/index.html", "the/5s/index.html"] {
            #expect(!(try #require(build.file(page)).contains("Phân trang")), "\(page) shows pagination")
        }
    }

    @Test("lists are paginated with the page size from site.yml: the newest first, the older pages numbered from the oldest and kept as they were when articles come")
    func pagination() throws {
        var spec = """
        -- content/site.yml --
        title: Trang thử
        base_url: https://example.org/
        page_size: 2
        """
        func article(_ i: Int) -> String { "\n-- content/articles/bai-\(i).md --\n---\ntitle: Bài \(i)\ndate: 2026-01-\(i < 10 ? "0" : "")\(i)\ntags: [chung]\n---\nNội dung \(i).\n" }
        for i in 1...7 { spec += article(i) }
        let site = try TestSite(spec)
        defer { site.remove() }
        let build = site.build()
        #expect(build.result.succeeded)
        // 7 articles, 2 to a page: the first page holds the 3 newest, pages 2 and 1 the others.
        let first = try #require(build.file("tin-tuc/index.html"))
        #expect(first.contains("Bài 7") && first.contains("Bài 6") && first.contains("Bài 5") && !first.contains("Bài 4<"))
        // The first page says it holds the newest and links on to the older ones, by no number.
        #expect(first.contains("<h1>Tin tức</h1>\n<p class=\"meta\">Mới nhất · 05/01/2026 – 07/01/2026</p>"))
        #expect(first.contains("<p class=\"page-count\">Mới nhất · 05/01/2026 – 07/01/2026</p>") && !first.contains("rel=\"prev\""))
        #expect(!first.contains("class=\"pages\"") && !first.contains("aria-label=\"Trang 2\""))
        #expect(first.contains("href=\"/tin-tuc/trang/2/\" rel=\"next\""))
        let two = try #require(build.file("tin-tuc/trang/2/index.html"))
        #expect(two.contains("Bài 4") && two.contains("Bài 3") && !two.contains("Bài 2<") && !two.contains("Bài 5<"))
        // Where the reader is, under the heading and in the page links; "Mới nhất" only where the newer page is not the first.
        #expect(two.contains("<h1>Tin tức</h1>\n<p class=\"meta\">Trang 2 · 03/01/2026 – 04/01/2026</p>"))
        #expect(two.contains("<p class=\"page-count\">Trang 2 · 03/01/2026 – 04/01/2026</p>") && !two.contains("Mới nhất"))
        #expect(two.contains("href=\"/tin-tuc/\" rel=\"prev\"") && two.contains("href=\"/tin-tuc/trang/1/\" rel=\"next\""))
        #expect(two.contains("<title>Tin tức – trang 2"))
        let one = try #require(build.file("tin-tuc/trang/1/index.html"))
        #expect(one.contains("Bài 2") && one.contains("Bài 1") && one.contains("href=\"/tin-tuc/trang/2/\" rel=\"prev\"") && !one.contains("rel=\"next\""))
        #expect(build.file("tin-tuc/trang/3/index.html") == nil)
        #expect(build.file("the/chung/trang/2/index.html") != nil)

        func add(_ i: Int) throws -> TestBuild {
            try site.write("content/articles/bai-\(i).md", String(article(i).split(separator: "\n", maxSplits: 1)[1]))
            return site.build()
        }
        // An eighth would make the first page hold twice the page size: page 3 takes its oldest two.
        let eight = try add(8)
        let three = try #require(eight.file("tin-tuc/trang/3/index.html"))
        #expect(three.contains("Bài 6") && three.contains("Bài 5") && three.contains("href=\"/tin-tuc/\" rel=\"prev\""))
        #expect(try #require(eight.file("tin-tuc/index.html")).contains("Bài 8") && eight.file("tin-tuc/index.html")?.contains("Bài 6<") == false)
        #expect(eight.file("tin-tuc/trang/2/index.html")?.contains("href=\"/tin-tuc/trang/3/\" rel=\"prev\"") == true)
        // A ninth goes on the first page; the numbered pages keep their bytes.
        let nine = try add(9)
        #expect(try #require(nine.file("tin-tuc/index.html")).contains("Bài 9"))
        for n in 1...3 { #expect(nine.file("tin-tuc/trang/\(n)/index.html") == eight.file("tin-tuc/trang/\(n)/index.html"), "page \(n)") }
        // A tenth makes page 4; page 1 links two pages after it only, and stays as it was.
        let ten = try add(10)
        #expect(ten.result.succeeded)
        #expect(ten.file("tin-tuc/trang/4/index.html") != nil)
        #expect(ten.file("tin-tuc/trang/1/index.html")?.contains("<li><a href=\"/tin-tuc/\">Mới nhất</a></li>") == true)
        #expect(ten.file("tin-tuc/trang/1/index.html") == nine.file("tin-tuc/trang/1/index.html"))
        #expect(ten.file("tin-tuc/trang/2/index.html") != nine.file("tin-tuc/trang/2/index.html"))
    }

    @Test("served from a sub-path, every internal link carries it")
    func subPath() throws {
        let site = try TestSite(Self.twoArticles + "\n\nXem [trang chủ](/gioi-thieu/).")
        defer { site.remove() }
        let build = site.build(baseURL: "https://host.example/nang-suat/")
        let page = try #require(build.file("gioi-thieu/index.html"))
        #expect(page.contains("href=\"/nang-suat/assets/style.") && page.contains(".css\">"))
        #expect(page.contains("<a href=\"/nang-suat/gioi-thieu/\">trang chủ</a>"))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://host.example/nang-suat/gioi-thieu/\">"))
        #expect(!page.contains("href=\"/tin-tuc/"))
        #expect(try #require(build.file("robots.txt")).contains("Sitemap: https://host.example/nang-suat/sitemap.xml"))
    }

    @Test("raw HTML is left out unless site.yml allows it")
    func rawHTML() throws {
        let body = """
        -- content/articles/a.md --
        ---
        title: Tin
        date: 2026-01-01
        ---
        Đoạn <b>đậm</b>.

        <script>alert(1)</script>
        """
        let safe = try TestSite(body)
        defer { safe.remove() }
        let build = safe.build()
        let page = try #require(build.file("tin-tuc/a/index.html"))
        #expect(!page.contains("<script>") && !page.contains("<b>"))
        #expect(build.messages == ["content/articles/a.md:5:1: warning: raw HTML in Markdown is left out of the page"])

        let trusted = try TestSite(body + "\n-- content/site.yml --\ntitle: T\nbase_url: https://example.org/\nallow_raw_html: true")
        defer { trusted.remove() }
        #expect(try #require(trusted.build().file("tin-tuc/a/index.html")).contains("<b>đậm</b>"))
    }

    @Test("a phrase marked <span lang=…> keeps its language in safe mode, when its tags pair up in their paragraph; any other tag is still left out")
    func languageSpans() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Tin
        date: 2026-01-01
        ---
        The portal **<span lang="vi">Năng suất Đắk Lắk</span>** asks for “<span lang=vi>Nguồn: Sở KH&CN</span>”.

        | Name | |
        | --- | --- |
        | <span lang='ede'>Klei hriê</span> | x |

        Left open: <span lang="vi">một nửa.

        Not a language: <span lang="vi" onclick="x()">bấm</span> and <span lang="javascript:x">y</span>.
        """)
        defer { site.remove() }
        let build = site.build()
        let page = try #require(build.file("tin-tuc/a/index.html"))
        #expect(page.contains("The portal <strong><span lang=\"vi\">Năng suất Đắk Lắk</span></strong> asks for “<span lang=\"vi\">Nguồn: Sở KH&amp;CN</span>”."))
        #expect(page.contains("<th scope=\"row\"><span lang=\"ede\">Klei hriê</span></th>"))
        #expect(page.contains("Left open: <!-- raw HTML omitted -->một nửa.") && !page.contains("onclick") && !page.contains("javascript"))
        #expect(build.messages == ["content/articles/a.md:13:1: warning: raw HTML in Markdown is left out of the page"])
    }

    @Test("aliases become redirect pages to the new address")
    func aliases() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Tin
        date: 2026-01-01
        aliases: [/tin-cu/bai-a/]
        ---
        Nội dung.
        """)
        defer { site.remove() }
        let redirect = try #require(site.build().file("tin-cu/bai-a/index.html"))
        #expect(redirect.contains("url=/tin-tuc/a/"))
    }

    @Test("identical input gives byte-identical output")
    func deterministic() throws {
        let site = try TestSite(Self.twoArticles)
        defer { site.remove() }
        let first = site.build().writer.files
        let second = site.build().writer.files
        #expect(first.count > 10)
        #expect(first == second)
    }
}
