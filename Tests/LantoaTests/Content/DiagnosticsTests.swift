import Testing
import LantoaTesting
@testable import Lantoa

/// Every kind of bad input, each asserted with its exact `file:line:column` message.
@Suite("Bad input gives a located error")
struct DiagnosticsTests {
    @Test("a YAML syntax error points at the line inside the file")
    func yamlSyntax() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Tin
        date: 2026-01-02
        tags: [5S, Kaizen
        ---
        Thân bài.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(!build.result.succeeded)
        let yaml = try #require(build.messages.first { $0.contains("YAML syntax error") })
        #expect(yaml.hasPrefix("content/articles/a.md:5:1: error: YAML syntax error:"))
    }

    @Test("front matter without its closing '---' is an error at line 1")
    func unclosed() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Tin
        date: 2026-01-02
        Thân bài.
        """)
        defer { site.remove() }
        #expect(site.build().messages == ["content/articles/a.md:1:1: error: the front matter opened with '---' on line 1 is never closed"])
    }

    @Test("a value of the wrong type names the key and quotes the value")
    func wrongType() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Tin
        date: 2026-01-02
        tags: 5
        ---
        Thân bài.
        """)
        defer { site.remove() }
        #expect(site.build().messages == ["content/articles/a.md:4:7: error: 'tags' must be a list of words (got \"5\")"])
    }

    @Test("an impossible date is quoted with a hint")
    func invalidDate() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Tin
        date: 2024-13-45
        ---
        Thân bài.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == ["content/articles/a.md:3:7: error: 'date' is not a valid date (got \"2024-13-45\")"])
        #expect(build.result.diagnostics[0].hint?.contains("YYYY-MM-DD") == true)
    }

    @Test("missing title and date on an article are both reported")
    func missingTitleAndDate() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        author: Ban biên tập
        ---
        Thân bài.
        """)
        defer { site.remove() }
        #expect(site.build().messages == [
            "content/articles/a.md:1:1: error: the article has no 'date'",
            "content/articles/a.md:1:1: error: the article has no 'title'",
        ])
    }

    @Test("a tab that starts a line is named as a tab wherever it is, after '---' or a list too")
    func tabIndent() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        \ttitle: Tin
        date: 2026-01-02
        ---
        Thân bài.
        -- content/articles/b.md --
        ---
        title: Tin
        tags: [a, b]
        \tauthor: Ban biên tập
        date: 2026-01-02
        ---
        Thân bài.
        -- content/articles/c.md --
        ---
        title: Tin
        \tdate: 2026-01-02
        ---
        Thân bài.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [
            "content/articles/a.md:2:1: error: YAML syntax error: a tab is used to indent",
            "content/articles/b.md:4:1: error: YAML syntax error: a tab is used to indent",
            "content/articles/c.md:3:1: error: YAML syntax error: a tab is used to indent",
        ])
        #expect(build.result.diagnostics.allSatisfy { $0.hint == "indent with spaces only; YAML does not accept tabs at the start of a line" })
    }

    @Test("a date written day first, as Vietnamese is, month first or year first with slashes gets its YEAR-MONTH-DAY form as the hint; a day not in the calendar is named")
    func dayFirstDate() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Tin
        date: 05/12/2026
        ---
        Thân bài.
        -- content/articles/b.md --
        ---
        title: Tin
        date: 31/02/2026
        ---
        Thân bài.
        -- content/articles/c.md --
        ---
        title: Tin
        date: 2026/12
        ---
        Thân bài.
        -- content/articles/d.md --
        ---
        title: Tin
        date: 12/25/2026
        ---
        Thân bài.
        -- content/articles/e.md --
        ---
        title: Tin
        date: 2026/12/05
        ---
        Thân bài.
        -- content/articles/f.md --
        ---
        title: Tin
        date: 2026-02-30
        ---
        Thân bài.
        -- content/articles/g.md --
        ---
        title: Tin
        date: 20/11/2026 8:30
        ---
        Thân bài.
        -- content/articles/h.md --
        ---
        title: Tin
        date: 2026-20-11
        ---
        Thân bài.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [
            "content/articles/a.md:3:7: error: 'date' is not a valid date (got \"05/12/2026\")",
            "content/articles/b.md:3:7: error: 'date' is not a valid date (got \"31/02/2026\")",
            "content/articles/c.md:3:7: error: 'date' is not a valid date (got \"2026/12\")",
            "content/articles/d.md:3:7: error: 'date' is not a valid date (got \"12/25/2026\")",
            "content/articles/e.md:3:7: error: 'date' is not a valid date (got \"2026/12/05\")",
            "content/articles/f.md:3:7: error: 'date' is not a valid date (got \"2026-02-30\")",
            "content/articles/g.md:3:7: error: 'date' is not a valid date (got \"20/11/2026 8:30\")",
            "content/articles/h.md:3:7: error: 'date' is not a valid date (got \"2026-20-11\")",
        ])
        #expect(build.result.diagnostics.map(\.hint) == [
            "did you mean 'date: 2026-12-05'?",
            "read day first, 31/2/2026 is not a day of the calendar; write date: as YEAR-MONTH-DAY, e.g. date: 2026-11-27",
            Message.writeDateForm("date").english,
            "did you mean 'date: 2026-12-25'?",
            "did you mean 'date: 2026-12-05'?",
            "2026-02-30 is not a day of the calendar; write date: as YEAR-MONTH-DAY, e.g. date: 2026-11-27",
            "did you mean 'date: 2026-11-20 08:30'?",
            "did you mean 'date: 2026-11-20'?",
        ])
    }

    @Test("a key without a space after its colon is said at its own line, with the line mended, not as YAML's error a line later")
    func colonWithoutSpace() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title:Hội thảo 5S   # tiêu đề
        date: 2026-01-02
        ---
        Thân bài.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == ["content/articles/a.md:2:1: error: 'title:Hội thảo 5S' has no space after its colon, so YAML does not read it as a key and its value"])
        #expect(build.result.diagnostics.first?.hint == "put a space after the colon: title: Hội thảo 5S")
        // An address is not such a line.
        #expect(FrontMatterParser.colonWithoutSpace("url: https://a.vn/\nb: c", near: 2) == nil)
    }

    @Test("an empty or blank title is an error at its value, as a missing one is at the front matter")
    func emptyTitle() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: ""
        date: 2026-01-02
        ---
        Thân bài.
        -- content/articles/b.md --
        ---
        date: 2026-01-02
        title: '   '
        ---
        Thân bài.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(!build.result.succeeded)
        #expect(build.messages == [
            "content/articles/a.md:2:8: error: 'title' is empty (got \"\")",
            "content/articles/b.md:3:8: error: 'title' is empty (got \"   \")",
        ])
        #expect(build.result.diagnostics[0].hint == "write the text after 'title:', e.g. 'title: Tập huấn 5S cho doanh nghiệp'")
    }

    @Test("an unknown key is a warning with a 'did you mean' suggestion")
    func unknownKey() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Tin
        date: 2026-01-02
        catgories: [Sự kiện]
        ---
        Thân bài.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.result.succeeded)
        #expect(build.messages == ["content/articles/a.md:4:1: warning: unknown key 'catgories' in front matter is ignored"])
        #expect(build.result.diagnostics[0].hint == "did you mean 'categories'?")
    }

    @Test("two documents claiming the same URL are named together")
    func duplicateURL() throws {
        let site = try TestSite("""
        -- content/articles/2024/tap-huan.md --
        ---
        title: Một
        date: 2024-01-02
        ---
        A.
        -- content/articles/2025/tap-huan.md --
        ---
        title: Hai
        date: 2025-01-02
        ---
        B.
        """)
        defer { site.remove() }
        #expect(site.build().messages == [
            "content/articles/2024/tap-huan.md:1:1: error: the URL /tin-tuc/tap-huan/ is claimed twice: by content/articles/2024/tap-huan.md and by content/articles/2025/tap-huan.md",
        ])
    }

    @Test("a file that is not UTF-8 is refused with a hint to save as UTF-8")
    func notUTF8() throws {
        let site = try TestSite("")
        defer { site.remove() }
        try site.writeBytes("content/articles/a.md", Array("---\ntitle: Tin\n---\n".utf8) + [0x44, 0xE9, 0x6B])
        let build = site.build()
        #expect(build.messages == ["content/articles/a.md:4:2: error: the file is not valid UTF-8 text (byte 0xE9 starts a character that is cut short)"])
        #expect(build.result.diagnostics[0].hint?.contains("UTF-8") == true)
    }

    @Test("a link to a missing page and an image without alt text are warnings at their lines")
    func linksAndImages() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Tin
        date: 2026-01-02
        ---
        Đoạn đầu.

        Xem [bài cũ](/tin-tuc/khong-co/) và [trang chủ](/).

        ![](/media/anh.png)

        Tải [chương trình](chuong-trinh.pdf).
        -- content/media/anh.png --
        png
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.result.succeeded)
        #expect(build.messages == [
            "content/articles/a.md:7:5: warning: the link '/tin-tuc/khong-co/' points to nothing on this site",
            "content/articles/a.md:9:1: warning: the image '/media/anh.png' has no alt text",
            "content/articles/a.md:11:5: warning: the link 'chuong-trinh.pdf' points to nothing on this site",
        ])
        // A file named by a relative path: where to save it, not what pages look like.
        #expect(build.result.diagnostics.first?.hint == "check the address; site pages look like /tin-tuc/ten-bai-viet/")
        #expect(build.result.diagnostics.last?.hint
                == "save the file as content/articles/chuong-trinh.pdf, where the link looks for it, or put it in content/media/ and write its path as /media/NAME")
    }

    @Test("a link's warning names its line and column, counted in letters: in a list, a quote, after bold text, over lines, in a table cell (in a quote too); after an escaped pipe in its cell, its line")
    func linkColumns() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Tin
        date: 2026-01-02
        ---
        - mục [a](x.md)
          tiếp [b](/tin-tuc/khong/)

        > trích ![](c.png)

        Đoạn có **đậm [f](f.md)** và [g
        nhiều dòng](g.md) [h](h.md)

        | a | b |
        |---|---|
        | [i](i.md) | x |

        Xem <https://example.org> và [j](#khong-co).

        Một *[k
        dài **ba**
        dòng](k.md)*.

        > Cột | Ghi chú
        > --- | ---
        >  Đắk Lắk  |   **đậm** [l](l.md) và ![](m.png)
        > a \\| b [n](n.md) | x

        | Tỉnh | Nguồn |
        |:--|--:|
        | Đắk Nông |  [o](o.md)   |
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages.map { String($0.prefix { $0 != " " }) } == [
            "content/articles/a.md:5:7:", "content/articles/a.md:6:8:", "content/articles/a.md:8:9:", "content/articles/a.md:8:9:",
            "content/articles/a.md:10:15:", "content/articles/a.md:10:30:", "content/articles/a.md:11:19:", "content/articles/a.md:15:3:",
            "content/articles/a.md:17:30:", "content/articles/a.md:19:6:",
            "content/articles/a.md:25:25:", "content/articles/a.md:25:38:", "content/articles/a.md:25:38:", "content/articles/a.md:26:1:",
            "content/articles/a.md:30:15:",
        ], "\(build.messages)")
    }

    @Test("a missing picture's hint says where its link looks for it, or to put it in content/media/")
    func missingPictures() throws {
        let site = try TestSite("""
        -- content/articles/goi/bai.md --
        ---
        title: Tin
        date: 2026-01-02
        ---
        ![Lớp học](anh%20lop.png) ![Sơ đồ](../so-do.svg) ![Biểu đồ](/media/bieu-do.png)
        """)
        defer { site.remove() }
        let build = site.build()
        // On one line, each at its column.
        #expect(build.messages.map { $0.prefix { $0 != " " } } == ["content/articles/goi/bai.md:5:1:", "content/articles/goi/bai.md:5:27:", "content/articles/goi/bai.md:5:50:"])
        #expect(build.result.diagnostics.map(\.text.english) == ["the image 'anh%20lop.png' does not exist", "the image '../so-do.svg' does not exist", "the image '/media/bieu-do.png' does not exist"])
        #expect(build.result.diagnostics.map(\.hint) == [
            "save the picture as content/articles/goi/anh lop.png, where the link looks for it, or put it in content/media/ and write its path as /media/NAME",
            "save the picture as content/articles/so-do.svg, where the link looks for it, or put it in content/media/ and write its path as /media/NAME",
            "put the file in content/media/ and write its path as /media/NAME",
        ])
    }

    @Test("a link or a front matter picture naming a file alike but for capitals asks 'did you mean' that file; a link or picture whose address has a space is said to show as text")
    func nearMissNames() throws {
        let site = try TestSite("""
        -- content/articles/goi/bai.md --
        ---
        title: Tin
        date: 2026-01-02
        ---
        ![Lớp học](anh-lop.jpg) và [danh sách](/media/danh-sach.pdf) và ![Sơ đồ](./../hinh/so-do.svg).

        Ảnh hội thảo: ![Hội thảo](Anh Hoi Thao.JPG), [tài liệu](tai lieu.pdf "Tài liệu") và `[mã](a b)`.
        -- content/articles/bia.md --
        ---
        title: Bìa
        date: 2026-01-03
        image: /media/danh-sach.PDF
        image_alt: Bìa
        ---
        Chữ.
        """)
        defer { site.remove() }
        try site.writeBytes("content/articles/goi/Anh-Lop.JPG", [0xFF, 0xD8, 0xFF])
        try site.writeBytes("content/media/Danh-Sach.pdf", Array("%PDF".utf8))
        try site.writeBytes("content/articles/Hinh/So-Do.svg", Array("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\"/>".utf8))
        let build = site.build()
        #expect(build.messages.filter { !$0.contains("not published") } == [
            "content/articles/bia.md:4:8: warning: the image '/media/danh-sach.PDF' does not exist",
            "content/articles/goi/bai.md:5:1: warning: the image 'anh-lop.jpg' does not exist",
            "content/articles/goi/bai.md:5:28: warning: the link '/media/danh-sach.pdf' points to nothing on this site",
            "content/articles/goi/bai.md:5:65: warning: the image './../hinh/so-do.svg' does not exist",
            "content/articles/goi/bai.md:7:15: warning: '![Hội thảo](Anh Hoi Thao.JPG)' is shown as text, not as a link or picture: its address has a space",
            "content/articles/goi/bai.md:7:46: warning: '[tài liệu](tai lieu.pdf “Tài liệu”)' is shown as text, not as a link or picture: its address has a space",
        ], "\(build.messages)")
        // The picture of front matter too.
        #expect(build.result.diagnostics.first { $0.location.file == "content/articles/bia.md" }?.hint
                == "did you mean '/media/Danh-Sach.pdf'? Write the name letter for letter, capitals too: the server tells them apart")
        #expect(build.result.diagnostics.filter { $0.location.line == 5 }.map(\.hint) == [
            "did you mean 'Anh-Lop.JPG'? Write the name letter for letter, capitals too: the server tells them apart",
            "did you mean '/media/Danh-Sach.pdf'? Write the name letter for letter, capitals too: the server tells them apart",
            "did you mean '../Hinh/So-Do.svg'? Write the name letter for letter, capitals too: the server tells them apart",
        ])
        #expect(build.result.diagnostics.filter { $0.location.line == 7 }.map(\.hint) == [
            "put the address between < and >: ![Hội thảo](<Anh Hoi Thao.JPG>), or rename the file without spaces (anh-hoi-thao.jpg)",
            "put the address between < and >: [tài liệu](<tai lieu.pdf> \"Tài liệu\"), or rename the file without spaces (tai-lieu.pdf)",
        ])
    }

    @Test("a picture saved as another kind than its link says (.png for .jpg) is offered by its name")
    func pictureOfAnotherKind() throws {
        let site = try TestSite("""
        -- content/articles/hoi-thao.md --
        ---
        title: Hội thảo
        date: 2026-01-03
        image: /media/hoi-thao.jpg
        image_alt: Hội thảo
        ---
        ![Lớp học](lop.jpeg)
        """)
        defer { site.remove() }
        try site.writeBytes("content/media/hoi-thao.png", [0x89, 0x50, 0x4E, 0x47])
        try site.writeBytes("content/articles/lop.JPG", [0xFF, 0xD8, 0xFF])
        let build = site.build()
        #expect(build.result.diagnostics.filter { $0.message.contains("does not exist") }.map(\.hint) == [
            "did you mean '/media/hoi-thao.png'? Write the name letter for letter, capitals too: the server tells them apart",
            "did you mean 'lop.JPG'? Write the name letter for letter, capitals too: the server tells them apart",
        ])
        // Quotation marks inside a quoted title become single ones in a citation.
        #expect(Citation.inner("Hội thảo “Nâng cao năng suất” tại Pleiku") == "Hội thảo ‘Nâng cao năng suất’ tại Pleiku")
        #expect(Citation.inner("Hội thảo \"5S\" mở") == "Hội thảo ‘5S’ mở")
    }

    @Test("a template syntax error is reported at the template's line and column")
    func templateSyntax() throws {
        let site = try TestSite("""
        -- templates/page.mustache --
        {{<base}}
        {{$main}}
        {{#content}}
        {{/main}}
        {{/base}}
        """)
        defer { site.remove() }
        let build = site.build()
        let messages = build.messages
        #expect(messages.count == 1)
        // The section left open is named, with its line, and the hint says where its end goes.
        #expect(messages[0].hasPrefix("templates/page.mustache:4:4: error: template syntax error: {{/main}} does not close the section 'content' opened on line 3, which is still open"))
        #expect(build.result.diagnostics.first?.hint == "add {{/content}} where the section should end")
    }

    @Test("a template naming a partial that does not exist is an error at the tag")
    func missingPartial() throws {
        let site = try TestSite("""
        -- templates/terms.mustache --
        {{<base}}
        {{$main}}
          {{> crad}}
        {{/main}}
        {{/base}}
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == ["templates/terms.mustache:3:3: error: the template uses a partial 'crad' that does not exist"])
        #expect(build.result.diagnostics[0].hint == "did you mean 'card'?")
    }

    @Test("a partial that includes itself, directly, through another or by inheritance, is an error naming the loop")
    func partialLoops() throws {
        let site = try TestSite("""
        -- templates/footer.mustache --
        <footer>
        {{>footer}}
        </footer>
        -- templates/tile.mustache --
        {{>reuse}}
        -- templates/reuse.mustache --
        <p>
          {{>tile}}
        -- templates/404.mustache --
        {{<404}}{{/404}}
        """)
        defer { site.remove() }
        #expect(site.build().messages == [
            "templates/404.mustache:1:1: error: the partial includes itself: 404 → 404",
            "templates/footer.mustache:2:1: error: the partial includes itself: footer → footer",
            "templates/tile.mustache:1:1: error: the partial includes itself: reuse → tile → reuse",
        ])
        #expect(site.build().result.diagnostics[1].hint == "remove the {{>footer}} or {{<footer}} tag here, or move what both templates share into a third partial")
    }

    @Test("a section never closed is reported where it opens, with its name")
    func sectionNotClosed() throws {
        let site = try TestSite("""
        -- templates/card.mustache --
        <article>
          {{#image}}<img src="{{src}}" alt="">
        </article>
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == ["templates/card.mustache:2:3: error: template syntax error: the section 'image' is never closed in \"{{#image}}<img src=\"{{src}}\" alt=\"\">\""])
        #expect(build.result.diagnostics[0].hint == "add {{/image}} where the section should end")
    }

    @Test("a slug that would escape the output folder is refused", arguments: ["../../etc", "a/b", "..\\x"])
    func slugEscape(slug: String) throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Tin
        date: 2026-01-02
        slug: '\(slug)'
        ---
        Thân bài.
        """)
        defer { site.remove() }
        #expect(site.build().messages == ["content/articles/a.md:4:7: error: the slug \"\(slug)\" would put the page outside its section folder"])
    }

    @Test("a page url outside the site is refused")
    func pageURLEscape() throws {
        let site = try TestSite("""
        -- content/pages/a.md --
        ---
        title: Trang
        url: /../../tmp/
        ---
        Thân bài.
        """)
        defer { site.remove() }
        #expect(site.build().messages == ["content/pages/a.md:3:6: error: the url \"/../../tmp/\" must be a path inside the site, starting with '/'"])
    }

    @Test("every problem of a build is reported, not only the first")
    func allProblems() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: A
        date: hôm qua
        ---
        -- content/articles/b.md --
        ---
        date: 2026-01-01
        ---
        -- content/site.yml --
        title: Trang thử
        base_url: not a url
        page_size: 0
        """)
        defer { site.remove() }
        #expect(site.build().messages == [
            "content/articles/a.md:3:7: error: 'date' is not a valid date (got \"hôm qua\")",
            "content/articles/b.md:1:1: error: the article has no 'title'",
            "content/site.yml:2:11: error: 'base_url' is not an http(s) address (got \"not a url\")",
            "content/site.yml:3:12: error: 'page_size' must be a whole number from 1 to 500 (got \"0\")",
        ])
    }

    @Test("a file with an error does not hide two others claiming one address, nor makes up problems where it is named")
    func claimsBesideErrors() throws {
        let site = try TestSite("""
        -- content/articles/2025/a.md --
        ---
        title: A
        date: 2025-13-45
        ---
        -- content/articles/2025/b.md --
        ---
        title: B
        date: 2025-03-01
        slug: chung
        ---
        Bài B.
        -- content/articles/2025/c.md --
        ---
        title: C
        date: 2025-03-02
        slug: chung
        ---
        Bài C, xem [bài A](a.md).
        -- content/articles/2025/d.md --
        ---
        title: D
        date: 2025-03-03
        event: hoi-thao
        ---
        Bài về hội thảo.
        -- content/events/hoi-thao.md --
        ---
        title: Hội thảo
        start: 2025-03-01 08:00
        end: 2025-02-01 11:00
        ---
        """)
        defer { site.remove() }
        let messages = site.build().messages
        #expect(messages.contains("content/articles/2025/a.md:3:7: error: 'date' is not a valid date (got \"2025-13-45\")"))
        #expect(messages.contains { $0.contains("error: the URL /tin-tuc/chung/ is claimed twice: by content/articles/2025/b.md and by content/articles/2025/c.md") })
        // The event left out for its dates is named by article D, and article A by C: said once
        // they are fixed, if still so, not as files that do not exist.
        #expect(messages.filter { $0.contains("error:") }.count == 4, "\(messages)")
        #expect(messages.filter { $0.hasPrefix("content/events/hoi-thao.md") }.count == 2)
        #expect(!messages.contains { $0.hasPrefix("content/articles/2025/c.md") || $0.hasPrefix("content/articles/2025/d.md") }, "\(messages)")
    }

    @Test("a site folder without site.yml says how to point at the right folder")
    func noSiteYML() throws {
        let site = try TestSite("", config: false)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages.count == 1)
        #expect(build.messages[0].hasPrefix("content/site.yml:1:1: error: no content/site.yml in "))
        #expect(build.result.diagnostics[0].hint?.contains("--site") == true)
    }
}
