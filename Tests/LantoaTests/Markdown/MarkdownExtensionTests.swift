import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// What writers can now write, as the site renders it: tables, footnotes, strikethrough, task
/// lists, bare links, heading ids; and what Lan Tỏa does not run (shortcodes, Liquid) said at its line.
@Suite("Markdown extensions on the site")
struct MarkdownExtensionTests {
    static func article(_ body: String) -> String {
        """
        -- content/articles/a.md --
        ---
        title: Bài
        date: 2026-03-05
        summary: Tóm tắt.
        ---
        \(body)
        """
    }

    @Test("a pipe table comes out as the site's data table: caption-less, column headers, row headers, numbers right")
    func pipeTable() throws {
        let site = try TestSite(Self.article("""
        Kết quả:

        | Chỉ số | Trước | Sau | Ghi chú |
        | :----- | ----: | --: | :-----: |
        | Tỷ lệ lỗi | 4,5 % | 2,1 % | *giảm* \\| tốt |
        | Thời gian | 12 | 9 | |
        """))
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages.isEmpty)
        let page = try #require(build.file("tin-tuc/a/index.html"))
        // On a phone each row becomes a card: every data cell carries its column's name.
        #expect(page.contains("<div class=\"table-wrap\"><table class=\"data-table reflow\">\n<thead><tr>\n<th scope=\"col\">Chỉ số</th><th scope=\"col\" class=\"num\">Trước</th><th scope=\"col\" class=\"num\">Sau</th><th scope=\"col\" class=\"al-c\">Ghi chú</th>\n</tr></thead>"))
        #expect(page.contains("<th scope=\"row\">Tỷ lệ lỗi</th><td data-label=\"Trước\" class=\"num\">4,5 %</td><td data-label=\"Sau\" class=\"num\">2,1 %</td><td data-label=\"Ghi chú\" class=\"al-c\"><em>giảm</em> | tốt</td>"))
        #expect(page.contains("<th scope=\"row\">Thời gian</th><td data-label=\"Trước\" class=\"num\">12</td><td data-label=\"Sau\" class=\"num\">9</td><td data-label=\"Ghi chú\" class=\"al-c\"></td>\n</tr>\n</tbody></table></div>"))
        #expect(!page.contains(":----"))
    }

    @Test("a column of years is a column of labels, never grouped as a number, in a pipe table and in a table block")
    func yearColumns() throws {
        let site = try TestSite(Self.article("""
        | Năm | Giá trị | *Giai đoạn* |
        | --- | ---: | --- |
        | 2023 | 1.234 | 2021–2025 |
        | 2024 | 1.500 | 2021–2025 |

        ```table Theo năm
        Năm,Doanh nghiệp
        2023,1200
        2024,1350
        ```
        """))
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages.isEmpty)
        let page = try #require(build.file("tin-tuc/a/index.html"))
        #expect(page.contains("<th scope=\"row\">2023</th><td data-label=\"Giá trị\" class=\"num\">1.234</td><td data-label=\"Giai đoạn\">2021–2025</td>"))
        #expect(page.contains("<tr><th scope=\"row\">2023</th><td data-label=\"Doanh nghiệp\" class=\"num\">1.200</td></tr>"))
        #expect(!page.contains("2.023") && !page.contains("2.024"))
    }

    @Test("a link in a table cell is checked at its line and column")
    func tableLinkLine() throws {
        let site = try TestSite(Self.article("""
        | a | b |
        | - | - |
        | x | [y](/khong-co/) |
        """))
        defer { site.remove() }
        #expect(site.build().messages == ["content/articles/a.md:8:7: warning: the link '/khong-co/' points to nothing on this site"])
    }

    @Test("footnotes are numbered in order of reference, linked both ways, under a heading screen readers announce")
    func footnotes() throws {
        let site = try TestSite(Self.article("""
        Năng suất tăng[^gso] và giảm lỗi[^2].

        [^2]: Báo cáo của doanh nghiệp, *2025*.
        [^gso]: Tổng cục Thống kê, https://www.gso.gov.vn/
        [^thua]: Không ai dẫn tới.
        """))
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages.isEmpty)
        let page = try #require(build.file("tin-tuc/a/index.html"))
        #expect(page.contains("tăng<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" aria-describedby=\"chu-thich\">1</a></sup> và giảm lỗi<sup class=\"footnote-ref\"><a href=\"#fn-2\" id=\"fnref-2\" aria-describedby=\"chu-thich\">2</a></sup>."))
        #expect(page.contains("<section class=\"footnotes\" aria-labelledby=\"chu-thich\"><h2 id=\"chu-thich\" class=\"small-heading\">Chú thích</h2><ol>\n<li id=\"fn-1\">\n<p>Tổng cục Thống kê, <a href=\"https://www.gso.gov.vn/\">https://www.gso.gov.vn/</a> <a href=\"#fnref-1\" class=\"footnote-backref\" aria-label=\"Quay lại chỗ dẫn chú thích 1\">↩\u{FE0E}</a></p>"))
        #expect(page.contains("<li id=\"fn-2\">\n<p>Báo cáo của doanh nghiệp, <em>2025</em>."))
        #expect(!page.contains("Không ai dẫn tới"))
        #expect(!page.contains("[^"))
    }

    @Test("a heading of the text named 'Chú thích' does not take the id of the notes' heading")
    func notesHeadingID() throws {
        let site = try TestSite(Self.article("## Chú thích\n\nNguồn[^1].\n\n[^1]: Sở KH&CN."))
        defer { site.remove() }
        let page = try #require(site.build().file("tin-tuc/a/index.html"))
        #expect(page.contains("<h2 id=\"chu-thich-2\">\nChú thích\n</h2>"))
        #expect(page.components(separatedBy: "id=\"chu-thich\"").count == 2)
    }

    @Test("strikethrough, task lists with labelled read-only boxes, bare addresses and e-mails linked")
    func inlines() throws {
        let site = try TestSite(Self.article("""
        Giá ~~120.000~~ 100.000 đồng. Xem www.daklak.gov.vn hoặc viết cho sokhcn@daklak.gov.vn.

        - [x] Khảo sát
        - [ ] Báo cáo
        """))
        defer { site.remove() }
        let page = try #require(site.build().file("tin-tuc/a/index.html"))
        #expect(page.contains("Giá <del>120.000</del> 100.000 đồng. Xem <a href=\"http://www.daklak.gov.vn\">www.daklak.gov.vn</a> hoặc viết cho <a href=\"mailto:sokhcn@daklak.gov.vn\">sokhcn@daklak.gov.vn</a>."))
        #expect(page.contains("<li><label class=\"task\"><input type=\"checkbox\" disabled checked> Khảo sát</label></li>"))
        #expect(page.contains("<li><label class=\"task\"><input type=\"checkbox\" disabled> Báo cáo</label></li>"))
    }

    @Test("typographic quotes do not end up in bare links, nor dashes made of --")
    func smartQuotesAndLinks() throws {
        let site = try TestSite(Self.article("Xem \"https://example.org/a--b\" và 'www.example.org'."))
        defer { site.remove() }
        let page = try #require(site.build().file("tin-tuc/a/index.html"))
        #expect(page.contains("Xem “<a href=\"https://example.org/a--b\">https://example.org/a--b</a>” và ‘<a href=\"http://www.example.org\">www.example.org</a>’."))
    }

    @Test("{#id} after a heading sets its id; other attributes are a warning")
    func headingIDs() throws {
        let site = try TestSite(Self.article("""
        ## Kết quả đo {#ket-qua}

        ## Bảng {#bang .rong}

        Xem [kết quả](#ket-qua).
        """))
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == ["content/articles/a.md:8:1: warning: the heading attributes \".rong\" are ignored: only {#id} is read"])
        let page = try #require(build.file("tin-tuc/a/index.html"))
        #expect(page.contains("<h2 id=\"ket-qua\">\nKết quả đo\n</h2>"))
        #expect(page.contains("<h2 id=\"bang\">\nBảng\n</h2>"))
    }

    @Test("a Hugo shortcode or Liquid tag is a warning at its line, naming it and what to write")
    func shortcodes() throws {
        let site = try TestSite(Self.article("""
        Đoạn đầu.

        {{< youtube w7Ft2ymGmfc >}}

        Chèn {% include video.html %} và {{< figure src="a.jpg" title="Ảnh" >}},
        rồi {{ site.baseurl }}/media/a.png.

        `{{< ref "x" >}}` trong mã thì không sao.
        """))
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [
            "content/articles/a.md:8:1: warning: the Hugo shortcode 'youtube' is printed as text: Lan Tỏa does not run shortcodes",
            "content/articles/a.md:10:1: warning: the Hugo shortcode 'figure' is printed as text: Lan Tỏa does not run shortcodes",
            "content/articles/a.md:10:1: warning: the Liquid tag 'include' is printed as text: Lan Tỏa does not run Liquid",
            "content/articles/a.md:11:1: warning: the template expression '{{ site.baseurl }}' is printed as text",
        ])
        let youtube = try #require(build.result.diagnostics.first)
        #expect(youtube.hint?.contains("https://www.youtube.com/watch?v=ID") == true)
        for d in build.result.diagnostics {
            #expect(d.text.vietnamese != d.text.english)
            #expect(d.hintText!.vietnamese != d.hintText!.english)
        }
    }

    @Test("a picture alone in its paragraph with a title becomes a figure with that caption")
    func figure() throws {
        let site = try TestSite(Self.article("![Học viên thực hành 5S](/media/5s.png \"Lớp học tại Buôn Ma Thuột\")") + """

        -- content/media/5s.png --
        x
        """)
        defer { site.remove() }
        let page = try #require(site.build().file("tin-tuc/a/index.html"))
        #expect(page.contains("<figure class=\"figure\">\n<img loading=\"lazy\" src=\"/media/5s.png\" alt=\"Học viên thực hành 5S\" title=\"Lớp học tại Buôn Ma Thuột\" />\n<figcaption>Lớp học tại Buôn Ma Thuột</figcaption></figure>"))
    }
}
