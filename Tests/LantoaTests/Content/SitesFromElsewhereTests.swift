import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// Content as Hugo and Jekyll sites write it, read without silent losses: bundles, relative
/// pictures, publishing controls, TOML and JSON front matter, other extensions, unknown keys.
@Suite("Content from Hugo and Jekyll sites")
struct SitesFromElsewhereTests {
    /// A 2×1 PNG: its header is all the build reads.
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 2, 0, 0, 0, 1, 8, 2, 0, 0, 0]

    @Test("Vietnamese file names saved in decomposed letters (as a Mac may) are found, sized, copied and linked letter for letter, whichever way the link is typed")
    func decomposedNames() throws {
        let composed = "đại-biểu.png", decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(!composed.utf8.elementsEqual(decomposed.utf8))
        let site = try TestSite("""
        -- content/articles/hoi-thao/index.md --
        ---
        title: Hội thảo
        date: 2026-01-02
        image: /media/\(composed)
        image_alt: Hội trường
        ---
        ![Đại biểu](\(composed)) ![Hội trường](/media/\(composed)) ![Khách](\(decomposed.replacingOccurrences(of: ".png", with: "-2.png")))
        """)
        defer { site.remove() }
        // On disk: the bundle's and the media picture decomposed, the second bundle picture composed.
        try site.writeBytes("content/articles/hoi-thao/" + decomposed, Self.png)
        try site.writeBytes("content/media/" + decomposed, Self.png)
        try site.writeBytes("content/articles/hoi-thao/" + composed.replacingOccurrences(of: ".png", with: "-2.png"), Self.png)
        let output = site.root.appendingPathComponent("public")
        let result = site.buildToDisk(output: output)
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let html = try String(contentsOf: output.appendingPathComponent("tin-tuc/hoi-thao/index.html"), encoding: .utf8)
        let pictures = html.matches(of: /<img [^>]*src="([^"]+)"[^>]*width="2" height="1"/).map { String($0.output.1) }
        #expect(pictures.count == 4, "\(html)")
        var linked = pictures
        if let og = html.firstMatch(of: /property="og:image" content="https:\/\/example.org\/([^"]+)"/) { linked.append("/" + String(og.output.1)) }
        #expect(linked.count == 5)
        // Each address names a file that is there, byte for byte, as a server looks it up.
        for src in linked {
            let path = (src.removingPercentEncoding ?? src).dropFirst()
            #expect(FileManager.default.fileExists(atPath: output.path + "/" + path), "\(src)")
        }
    }

    @Test("a page bundle's files are published beside its page, its index.md's when another page shares the folder; relative pictures resolve and get their size")
    func bundles() throws {
        let site = try TestSite("""
        -- content/articles/2024/hoi-thao/index.md --
        ---
        title: Hội thảo
        date: 2024-03-05
        image: anh.png
        image_alt: Toàn cảnh hội thảo
        ---
        ![Diễn giả](./images/dien-gia.png) và [tài liệu](tai-lieu.pdf).

        ![Không có](./khong-co.png)
        -- content/articles/2024/hoi-thao/tai-lieu.pdf --
        pdf
        -- content/articles/2024/hoi-thao/ghi-chu.txt --
        không ai liên kết, vẫn đi cùng trang
        -- content/articles/2024/hoi-thao/phu-luc.md --
        ---
        title: Phụ lục hội thảo
        date: 2024-03-06
        ---
        Phụ lục.
        """)
        defer { site.remove() }
        try site.writeBytes("content/articles/2024/hoi-thao/anh.png", Self.png)
        try site.writeBytes("content/articles/2024/hoi-thao/images/dien-gia.png", Self.png)
        let build = site.build()
        #expect(build.messages == ["content/articles/2024/hoi-thao/index.md:9:1: warning: the image './khong-co.png' does not exist"])
        #expect(build.paths.contains("tin-tuc/hoi-thao/anh.png"))
        #expect(build.paths.contains("tin-tuc/hoi-thao/images/dien-gia.png"))
        #expect(build.paths.contains("tin-tuc/hoi-thao/tai-lieu.pdf"))
        #expect(build.paths.contains("tin-tuc/hoi-thao/ghi-chu.txt"))
        let page = try #require(build.file("tin-tuc/hoi-thao/index.html"))
        #expect(page.contains("<img loading=\"lazy\" src=\"/tin-tuc/hoi-thao/images/dien-gia.png\" alt=\"Diễn giả\" width=\"2\" height=\"1\" />"))
        #expect(page.contains("<a href=\"/tin-tuc/hoi-thao/tai-lieu.pdf\">tài liệu</a>"))
        #expect(page.contains("<img src=\"/tin-tuc/hoi-thao/anh.png\" alt=\"Toàn cảnh hội thảo\" width=\"2\" height=\"1\">"))
        #expect(page.contains("<meta property=\"og:image\" content=\"https://example.org/tin-tuc/hoi-thao/anh.png\">"))
    }

    @Test("a relative link to another page's Markdown file goes to that page, at the address its name and front matter give; no copy of the source is published")
    func linksToPageFiles() throws {
        let site = try TestSite("""
        -- content/articles/2024/a.md --
        ---
        title: A
        date: 2024-03-05
        ---
        Xem [bài B](b.md), [mục của B](./b.md#muc-hai), [bài C](../c.markdown), [giới thiệu](../../pages/gioi-thieu.md),
        [bản tiếng Anh](../d.en.md), [bài nháp](../nhap.md) và [câu chuyện](../../stories/hop-tac-xa/index.md).

        Sai: [không có](khong-co.md), [mục lạ](../../pages/gioi-thieu.md#khong-co).
        -- content/articles/2024/b.md --
        ---
        title: B
        date: 2024-03-06
        slug: bai-b-moi
        ---
        ## Mục hai
        -- content/articles/c.markdown --
        ---
        title: C
        date: 2024-03-07
        ---
        Chữ.
        -- content/articles/d.en.md --
        ---
        title: D
        date: 2024-03-08
        ---
        Text.
        -- content/articles/nhap.md --
        ---
        title: Nháp
        date: 2024-03-09
        draft: true
        ---
        Chưa xong.
        -- content/pages/gioi-thieu.md --
        ---
        title: Giới thiệu
        url: /ve-chung-toi/
        ---
        ## Liên hệ
        -- content/stories/hop-tac-xa/index.md --
        ---
        title: Hợp tác xã
        date: 2024-03-01
        enterprise: HTX Ea Kao
        loai_hinh: hợp tác xã
        sector: Nông nghiệp
        district: Buôn Ma Thuột
        ---
        Chữ.
        -- content/site.yml --
        title: Thử
        base_url: https://example.org/
        languages:
          en:
            title: Productivity
        """)
        defer { site.remove() }
        let build = site.build()
        let html = try #require(build.file("tin-tuc/a/index.html"))
        let hrefs = html.matches(of: /<a href="([^"]+)">(bài B|mục của B|bài C|giới thiệu|bản tiếng Anh|bài nháp|câu chuyện)</).map { String($0.output.1) }
        #expect(hrefs == ["/tin-tuc/bai-b-moi/", "/tin-tuc/bai-b-moi/#muc-hai", "/tin-tuc/c/", "/ve-chung-toi/", "/en/tin-tuc/d/",
                          "/tin-tuc/nhap/", "/dien-hinh/hop-tac-xa/"], "\(html)")
        #expect(!build.paths.contains { $0.hasSuffix(".md") || $0.hasSuffix(".markdown") }, "\(build.paths.filter { $0.contains(".md") })")
        // The draft is not published: its link is said to lead nowhere, at the line that has it.
        #expect(build.messages == [
            "content/articles/2024/a.md:6:30: warning: the link goes to the page of content/articles/nhap.md, which is not published (a draft, dated in the future, or expired)",
            "content/articles/2024/a.md:8:6: warning: the link 'khong-co.md' points to nothing on this site",
            "content/articles/2024/a.md:8:31: warning: the link 'content/pages/gioi-thieu.md#khong-co' points to a heading that page does not have",
        ])
        #expect(build.result.diagnostics.filter { $0.location.line == 8 }.map(\.hint) == [
            "there is no page file content/articles/2024/khong-co.md: check the file's name and folder, or link the page's address (/tin-tuc/ten-bai-viet/)",
            "its headings are: #lien-he",
        ])
        #expect(site.build(drafts: true).messages.count == 2)
    }

    @Test("a file beside several pages is published with the page that links to it; one nobody links to is reported once")
    func looseFiles() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: A
        date: 2024-03-05
        ---
        ![Biểu đồ](bieu-do.png)
        -- content/articles/b.md --
        ---
        title: B
        date: 2024-03-06
        ---
        Chữ.
        -- content/articles/thua.png --
        x
        -- content/articles/bai-cu.markdown --
        ---
        title: Bài cũ
        date: 2020-01-01
        ---
        Đọc như Markdown.
        -- content/articles/ghi-chu.html --
        <p>x</p>
        -- content/posts/hugo.md --
        x
        """)
        defer { site.remove() }
        try site.writeBytes("content/articles/bieu-do.png", Self.png)
        let build = site.build()
        #expect(build.messages == [
            "content/articles/ghi-chu.html:1:1: warning: 1 file not read: *.html (content/articles/ghi-chu.html)",
            "content/articles/thua.png:1:1: warning: 1 file beside the pages of content/articles/ not published: content/articles/thua.png",
            "content/posts/hugo.md:1:1: warning: 1 file in content/posts/ not read: content/posts/hugo.md",
        ])
        #expect(build.paths.contains("tin-tuc/a/bieu-do.png"))
        #expect(build.file("tin-tuc/bai-cu/index.html")?.contains("Đọc như Markdown.") == true)
    }

    @Test("a CSV in content/indicators/ that no indicator reads is said, with the id to add; one an indicator names in data: is read")
    func unreadIndicatorData() throws {
        let site = try TestSite("""
        -- content/indicators/indicators.yml --
        - id: grdp
          name: Tăng trưởng GRDP
          unit: "%"
        - id: von
          name: Vốn đầu tư
          unit: tỷ đồng
          data: content/indicators/von-dau-tu.csv
        -- content/indicators/grdp.csv --
        nam,gia_tri
        2024,5.1
        -- content/indicators/von-dau-tu.csv --
        nam,gia_tri
        2024,120
        -- content/indicators/so-hoi-thao.csv --
        nam,gia_tri
        2024,3
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [
            "content/indicators/so-hoi-thao.csv:1:1: warning: 1 file in content/indicators/ not read: content/indicators/so-hoi-thao.csv",
        ])
        #expect(build.result.diagnostics.first?.hint == "no indicator of content/indicators/indicators.yml reads it: add one with 'id: so-hoi-thao', or name the file in an indicator's 'data:'")
        // With indicators.yml broken, no CSV is called unread (any may be an indicator's).
        try site.write("content/indicators/indicators.yml", "- id: grdp\n  name: [\n")
        #expect(!site.build().messages.contains { $0.contains("not read") })
    }

    @Test("published: false is a draft; a future publishDate and a past expiryDate leave the page out unless asked")
    func publishing() throws {
        let site = try TestSite("""
        -- content/articles/nhap.md --
        ---
        title: Nháp Jekyll
        date: 2024-03-05
        published: false
        ---
        x
        -- content/articles/sap-dang.md --
        ---
        title: Sắp đăng
        date: 2024-03-05
        publishDate: 2027-01-01
        ---
        x
        -- content/articles/het-han.md --
        ---
        title: Hết hạn
        date: 2024-03-05
        expiry_date: 2025-01-01
        ---
        x
        -- content/pages/khuyen-mai.md --
        ---
        title: Khuyến mãi
        expiryDate: 2026-01-01
        ---
        x
        -- content/articles/2024-03-05-bai-jekyll.md --
        ---
        title: Bài Jekyll
        ---
        x
        """)
        defer { site.remove() }
        let plain = site.build()
        #expect(plain.messages.isEmpty)
        #expect(plain.paths.filter { $0.hasPrefix("tin-tuc/") && $0.hasSuffix("/index.html") && !$0.contains("luu-tru") && !$0.contains("trang/") }
            == ["tin-tuc/bai-jekyll/index.html", "tin-tuc/index.html"])
        #expect(plain.file("tin-tuc/bai-jekyll/index.html")?.contains("<time datetime=\"2024-03-05T00:00:00+07:00\">") == true)
        #expect(plain.file("khuyen-mai/index.html") == nil)
        var options = site.options(drafts: true, future: true)
        options.includeExpired = true
        let all = site.build(options)
        for path in ["tin-tuc/nhap/index.html", "tin-tuc/sap-dang/index.html", "tin-tuc/het-han/index.html", "khuyen-mai/index.html"] {
            #expect(all.file(path) != nil, "\(path)")
        }
    }

    @Test("description is the meta description and the feed summary; the first paragraph is never shown twice")
    func description() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: A
        date: 2024-03-05
        description: Mô tả ngắn cho máy tìm kiếm.
        ---
        Đoạn đầu tiên.
        -- content/articles/b.md --
        ---
        title: B
        date: 2024-03-04
        ---
        Đoạn mở đầu của B.

        Đoạn hai.
        """)
        defer { site.remove() }
        let build = site.build()
        let a = try #require(build.file("tin-tuc/a/index.html"))
        #expect(a.contains("<meta name=\"description\" content=\"Mô tả ngắn cho máy tìm kiếm.\">"))
        #expect(try #require(build.file("rss.xml")).contains("<description>Mô tả ngắn cho máy tìm kiếm.</description>"))
        let b = try #require(build.file("tin-tuc/b/index.html"))
        #expect(b.components(separatedBy: ">Đoạn mở đầu của B.</p>").count == 2)
        #expect(!b.contains("<p class=\"lead\">"))
    }

    @Test("TOML and JSON front matter are read as Hugo reads them, errors at their line")
    func formats() throws {
        let site = try TestSite("""
        -- content/articles/toml.md --
        +++
        title = "Bài TOML"
        date = 2024-03-05T08:30:00+07:00
        tags = ["hugo", "toml"]
        draft = false
        [params]
        x = 1
        +++
        Nội dung TOML.
        -- content/articles/json.md --
        {
          "title": "Bài JSON",
          "date": "2024-03-06",
          "categories": ["Tin"]
        }
        Nội dung JSON.
        -- content/articles/hong.md --
        +++
        title = "Hỏng
        date = 2024-03-05
        +++
        x
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages.count == 2)
        #expect(build.messages.first?.hasPrefix("content/articles/hong.md:2:") == true)
        #expect(build.messages.first?.contains("error: the TOML front matter cannot be read") == true)
        #expect(build.messages.last == "content/articles/toml.md:6:1: warning: unknown key 'params' in front matter is ignored")
        let fixed = try TestSite("""
        -- content/articles/toml.md --
        +++
        title = "Bài TOML"
        date = 2024-03-05T08:30:00+07:00
        tags = ["hugo", "toml"]
        +++
        Nội dung TOML.
        -- content/articles/json.md --
        {
          "title": "Bài JSON",
          "date": "2024-03-06",
          "categories": ["Tin"]
        }
        Nội dung JSON.
        """)
        defer { fixed.remove() }
        let good = fixed.build()
        #expect(good.messages.isEmpty)
        #expect(good.file("tin-tuc/toml/index.html")?.contains("Nội dung TOML.") == true)
        #expect(good.file("the/toml/index.html")?.contains("Bài TOML") == true)
        #expect(good.file("tin-tuc/json/index.html")?.contains("<p>Nội dung JSON.</p>") == true)
        #expect(good.file("chuyen-muc/tin/index.html")?.contains("Bài JSON") == true)
    }

    @Test("a page that starts with a shortcode, not front matter, is not read as JSON")
    func shortcodeFirst() throws {
        let site = try TestSite("""
        -- content/pages/video.md --
        {{< youtube abc >}}
        """)
        defer { site.remove() }
        #expect(site.build().messages == [
            "content/pages/video.md:1:1: warning: the Hugo shortcode 'youtube' is printed as text: Lan Tỏa does not run shortcodes",
            "content/pages/video.md:1:1: error: the page has no 'title'",
        ])
    }

    @Test("an unknown key is said once for all files, with the count and how to accept it; extra_keys accepts it")
    func unknownKeys() throws {
        let spec = (1...3).map { k in """
            -- content/articles/a\(k).md --
            ---
            title: A\(k)
            date: 2024-03-0\(k)
            authors: [An]
            category: Tin
            ---
            x
            """ }.joined(separator: "\n")
        let site = try TestSite(spec)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [
            "content/articles/a1.md:4:1: warning: unknown key 'authors' in front matter is ignored (in 3 files)",
            "content/articles/a1.md:5:1: warning: unknown key 'category' in front matter is ignored (in 3 files)",
        ])
        #expect(build.result.diagnostics.map(\.hint) == [
            "did you mean 'author'? Or, to keep it without a warning, add it to content/site.yml: extra_keys: [authors]",
            "did you mean 'categories'? Or, to keep it without a warning, add it to content/site.yml: extra_keys: [category]",
        ])
        for d in build.result.diagnostics {
            #expect(d.text.vietnamese != d.text.english && d.hintText!.vietnamese != d.hintText!.english)
        }
        try site.write("content/site.yml", TestSite.minimalConfig + "\nextra_keys: [authors, category]\n")
        #expect(site.build().messages.isEmpty)
    }
}
