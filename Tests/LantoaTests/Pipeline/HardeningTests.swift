import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// What an attacker or a careless user found (issue 14): every case a site in the test, with the
/// exact message and position, and nothing crashed or published that should not be.
@Suite("Hostile and careless input")
struct HardeningTests {
    static let article = """
    -- content/articles/a.md --
    ---
    title: Tin
    date: 2026-01-02
    ---
    Nội dung.
    """

    // MARK: Dates and numbers

    @Test("dates from year 1 build everywhere: pages, feeds, search order, a document issued in 1945")
    func oldDates() throws {
        let site = try TestSite("""
        -- content/articles/cu.md --
        ---
        title: Tin cuối năm 1969
        date: 1969-12-31
        ---
        Cũ.
        -- content/articles/nam-1970.md --
        ---
        title: Tin đầu năm 1970
        date: 1970-01-01
        ---
        Mới hơn.
        -- content/articles/rat-cu.md --
        ---
        title: Tin năm 1
        date: 0001-01-01
        ---
        Rất cũ.
        -- content/documents/tuyen-ngon.md --
        ---
        title: Tuyên ngôn độc lập
        form: Tuyên ngôn
        authority: Chủ tịch Chính phủ lâm thời
        issued: 1945-09-02
        url: https://example.org/tuyen-ngon
        ---
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        let rss = try #require(build.file("rss.xml"))
        #expect(rss.contains("<pubDate>Mon, 01 Jan 0001 00:00:00 +0700</pubDate>"))
        #expect(rss.contains("<pubDate>Wed, 31 Dec 1969 00:00:00 +0700</pubDate>"))
        #expect(try #require(build.file("feed.json")).contains("\"date_published\" : \"0001-01-01T00:00:00+07:00\""))
        #expect(try #require(build.file("van-ban/tuyen-ngon/index.html")).contains("1945"))
        // Newest first, across the epoch.
        let list = try #require(build.file("tin-tuc/index.html"))
        let order = ["Tin đầu năm 1970", "Tin cuối năm 1969", "Tin năm 1"].map { list.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
    }

    @Test("year 0 is not a date", arguments: ["0000-01-01"])
    func yearZero(date: String) throws {
        let site = try TestSite(Self.article.replacingOccurrences(of: "2026-01-02", with: date))
        defer { site.remove() }
        #expect(site.build().messages == ["content/articles/a.md:3:7: error: 'date' is not a valid date (got \"\(date)\")"])
    }

    @Test("a figure of 10^15 or more is an error at its line, in a CSV, a target and a story")
    func hugeNumbers() throws {
        let site = try TestSite("""
        -- content/indicators/indicators.yml --
        - id: so-lieu
          name: Số liệu
          unit: "%"
          targets:
            - label: Mục tiêu
              op: ">="
              value: 1e300
              year: 2025
        -- content/indicators/so-lieu.csv --
        nam,gia_tri
        2023,5
        2024,1000000000000000000
        -- content/stories/a.md --
        ---
        title: Mô hình
        date: 2024-03-01
        enterprise: Công ty A
        sector: Cà phê
        district: Cư M'gar
        size: nhỏ
        loai_hinh: công ty TNHH
        tools: [5S]
        started: 2023
        status: hoàn thành
        results:
          - metric: Lỗi
            before: 99999999999999999999
            after: 2
            unit: "%"
            measured: 2024
        ---
        Nội dung.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [
            "content/indicators/indicators.yml:7:14: error: 'value' is too large a number (got \"1e300\")",
            "content/indicators/so-lieu.csv:3:2: error: \"1000000000000000000\" in column 'gia_tri' is too large a number",
            "content/stories/a.md:14:13: error: 'before' is too large a number (got \"99999999999999999999\")",
        ])
        #expect(build.result.diagnostics[0].hintText == DecimalStyle.tooLargeHint)
    }

    @Test("formatting never traps, whatever the number")
    func formatting() {
        #expect(VietnameseFormat.number(1e300).hasPrefix("1.000.000.000.000.000.0"))
        #expect(VietnameseFormat.number(1e300).count == 1 + 100 * 4)
        #expect(VietnameseFormat.number(-2.5e18, decimals: 2) == "−2.500.000.000.000.000.000")
        #expect(VietnameseFormat.number(.infinity) == "∞")
        #expect(VietnameseFormat.number(.nan) == "–")
        #expect(VietnameseFormat.number(1234.5, decimals: 9) == "1.234,500000")
        #expect(n(1e300) == "1e+300")
    }

    @Test("a CSV row without its value, or with more cells than the header, is an error at its line; an empty value is a period without data")
    func csvCells() throws {
        let site = try TestSite("""
        -- content/indicators/indicators.yml --
        - id: so-lieu
          name: Số liệu
          unit: "%"
        -- content/indicators/so-lieu.csv --
        nam,gia_tri,ghi_chu
        2022,5,
        2023
        2024,6,ghi chú,thừa
        2025,
        2026,7
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [
            "content/indicators/so-lieu.csv:3:1: error: the row has 1 cell but the header has 3",
            "content/indicators/so-lieu.csv:4:1: error: the row has 4 cells but the header has 3",
        ])
        #expect(build.result.diagnostics[0].hint == "add the missing cells (an empty cell is written as nothing between two commas: 2025,,)")
    }

    @Test("a period that is not a year is refused", arguments: ["99999999999999999999", "+202", "2024xyz"])
    func badPeriod(period: String) throws {
        let site = try TestSite("""
        -- content/indicators/indicators.yml --
        - id: so-lieu
          name: Số liệu
          unit: "%"
        -- content/indicators/so-lieu.csv --
        nam,gia_tri
        \(period),5
        2024,6
        """)
        defer { site.remove() }
        #expect(site.build().messages == ["content/indicators/so-lieu.csv:2:1: error: the period \"\(period)\" is not a year"])
    }

    // MARK: Symbolic links

    @Test("symbolic links out of a folder, and loops, are skipped with a warning and never published")
    func symlinks() throws {
        let site = try TestSite(Self.article + "\n-- content/media/anh.txt --\nảnh\n-- content/articles/nhap.md --\n---\ntitle: Nháp\ndate: 2026-01-01\ndraft: true\n---\nBí mật.\n")
        defer { site.remove() }
        let media = site.root.appendingPathComponent("content/media")
        let links = ["passwd.txt": "/etc/passwd", "etc": "/etc", "vong": ".", "vong-cha": "..", "bai": "../articles", "ban-sao.txt": "anh.txt"]
        for (name, target) in links { try FileManager.default.createSymbolicLink(atPath: media.appendingPathComponent(name).path, withDestinationPath: target) }
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("templates/static/x").path, withDestinationPath: "/etc/hostname")
        let build = site.build()
        #expect(build.messages == [
            "content/media/bai:1:1: warning: the symbolic link leads outside content/media/ (to \(site.root.resolvingSymlinksInPath().path)/content/articles) and is not published",
            "content/media/etc:1:1: warning: the symbolic link leads outside content/media/ (to /etc) and is not published",
            "content/media/passwd.txt:1:1: warning: the symbolic link leads outside content/media/ (to /etc/passwd) and is not published",
            "content/media/vong:1:1: warning: the symbolic link leads back into a folder that holds it (a loop) and is skipped",
            "content/media/vong-cha:1:1: warning: the symbolic link leads back into a folder that holds it (a loop) and is skipped",
            "templates/static/x:1:1: warning: the symbolic link leads outside templates/static/ (to /etc/hostname) and is not published",
        ])
        let published = build.writer.files.keys.filter { $0.hasPrefix("media/") || $0 == "x" }.sorted()
        #expect(published == ["media/anh.txt", "media/ban-sao.txt"])
    }

    // MARK: One URL policy

    @Test("javascript: and other schemes are errors wherever a user writes an address")
    func urlPolicy() throws {
        let site = try TestSite("""
        -- content/site.yml --
        title: Cổng
        licence:
          name: CC BY 4.0
          url: "javascript:alert(1)"
        organisation:
          name: Sở
          website: "data:text/html,x"
        menu:
          - title: Tin
            url: " java\tscript:alert(1)"
        -- content/articles/a.md --
        ---
        title: Tin
        date: 2026-01-02
        image: "vbscript:x"
        image_alt: Ảnh
        ---
        Nội dung [an toàn](https://example.org/) và <mailto:a@b.vn>.
        -- content/documents/d.md --
        ---
        title: Văn bản
        form: Quyết định
        authority: UBND
        issued: 2021
        url: JAVASCRIPT:alert(1)
        ---
        -- content/indicators/indicators.yml --
        - id: so-lieu
          name: Số liệu
          unit: "%"
          source:
            name: Nguồn
            url: "//evil.example/x"
        -- content/indicators/so-lieu.csv --
        nam,gia_tri
        2024,5
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [
            "content/articles/a.md:4:8: error: 'image' is not an address readers can safely follow (got \"vbscript:x\")",
            "content/documents/d.md:1:1: warning: the document has neither 'file' nor 'url' to download",
            "content/documents/d.md:6:6: error: 'url' is not an address readers can safely follow (got \"JAVASCRIPT:alert(1)\")",
            "content/indicators/indicators.yml:6:10: error: 'url' is not an address readers can safely follow (got \"//evil.example/x\")",
            "content/site.yml:4:8: error: 'url' is not an address readers can safely follow (got \"javascript:alert(1)\")",
            "content/site.yml:7:12: error: 'website' is not an address readers can safely follow (got \"data:text/html,x\")",
            "content/site.yml:10:10: error: 'url' is not an address readers can safely follow (got \" java\\u{9}script:alert(1)\")",
        ])
        #expect(build.result.diagnostics[0].hintText == URLPolicy.hint)
    }

    @Test("what the policy lets through", arguments: [
        ("https://example.org/a", true), ("http://x.vn", true), ("mailto:a@b.vn", true), ("tel:+84262", true),
        ("/tin-tuc/", true), ("#muc-1", true), ("anh.png", true), ("../a/", true), ("a:b/c", false),
        ("javascript:alert(1)", false), ("JaVaScRiPt:x", false), ("\u{1}javascript:x", false), ("java\nscript:x", false),
        ("data:image/png;base64,x", false), ("//evil.example", false), ("https:evil", false), ("vbscript:x", false),
    ])
    func policy(url: String, allowed: Bool) {
        #expect(URLPolicy.allows(url) == allowed)
    }

    // MARK: Addresses kept as written

    @Test("an alias keeps the old address as written: a .html page is written as that file, Vietnamese and escaped segments stay")
    func aliasesAsWritten() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Tin
        date: 2026-01-02
        aliases: [/tin-cu/bai-a.html, "/tin-t%E1%BB%A9c/bài-cũ/", /cu/?p=12]
        ---
        Nội dung.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        #expect(build.file("tin-cu/bai-a.html")?.contains("url=/tin-tuc/a/") == true)
        #expect(build.file("tin-tức/bài-cũ/index.html")?.contains("url=/tin-tuc/a/") == true)
        #expect(build.file("cu/index.html")?.contains("url=/tin-tuc/a/") == true)
    }

    @Test("an alias outside the site is an error at the aliases line")
    func aliasOutside() throws {
        let site = try TestSite("-- content/articles/a.md --\n---\ntitle: Tin\ndate: 2026-01-02\naliases: [/a/../../x/]\n---\nx\n")
        defer { site.remove() }
        #expect(site.build().messages == ["content/articles/a.md:4:1: error: the alias \"/a/../../x/\" is not a path inside the site"])
    }

    @Test("a page url the tool would change is a warning saying into what")
    func changedURL() throws {
        let site = try TestSite("-- content/pages/rss.md --\n---\ntitle: Trang\nurl: /rss.xml\n---\nx\n")
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == ["content/pages/rss.md:3:6: warning: the url \"/rss.xml\" is published as /rss-xml/"])
        #expect(build.file("rss-xml/index.html") != nil)
    }

    // MARK: Failures said once, in words

    @Test("a write refused for every file is one error naming the cause in words")
    func writeFailuresOnce() {
        let failures: [(file: String, error: any Error)] = (1...400).map { ("tin-tuc/\($0)/index.html", DiskWriter.WriteError.cannotWrite("x", ENOSPC)) }
            + [("a.svg", DiskWriter.WriteError.cannotWrite("a.svg", EACCES))]
        let problems = Build.writeProblems(failures)
        #expect(problems.map { "\($0.location): \($0.message)" } == [
            "tin-tuc/1/index.html:1:1: cannot write 400 files (tin-tuc/1/index.html, …): the disk is full",
            "a.svg:1:1: cannot write a.svg: permission denied",
        ])
        #expect(problems[0].hint == "free some space on the disk and build again (a build needs room for a second copy of the site beside the output folder); the published folder was not changed")
    }

    @Test("Foundation's errors reach the user as words, never as a dump")
    func foundationErrors() {
        let denied = NSError(domain: NSCocoaErrorDomain, code: CocoaError.fileWriteNoPermission.rawValue)
        #expect(SystemError.words(denied).english == "permission denied")
        let full = NSError(domain: NSCocoaErrorDomain, code: 512, userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))])
        #expect(SystemError.words(full).english == "the disk is full")
        #expect(SystemError.words(CocoaError(.fileWriteVolumeReadOnly)).english == "the disk or folder is read-only")
        #expect(SystemError.words(POSIXError(.ENAMETOOLONG)).english == "the name is too long for the file system")
    }

    @Test("a read-only output folder is one plain error, and the published folder is unchanged")
    func readOnlyOutput() throws {
        guard getuid() != 0 else { return } // root writes anywhere: covered by writeFailuresOnce
        let site = try TestSite(Self.article)
        defer { site.remove() }
        let output = site.root.appendingPathComponent("ra/public")
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        chmod(output.deletingLastPathComponent().path, 0o555)
        defer { chmod(output.deletingLastPathComponent().path, 0o755) }
        let result = site.buildToDisk(output: output)
        #expect(result.errors.map(\.message) == ["permission denied"])
    }

    // MARK: Messages that mislead, corrected

    @Test("a quoted value left open is reported where the quote opens")
    func unclosedQuote() throws {
        let site = try TestSite("-- content/articles/a.md --\n---\ntitle: \"Tin chưa đóng\ndate: 2026-01-02\nsummary: x\ntags: [a]\nauthor: c\n---\nx\n")
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == ["content/articles/a.md:2:8: error: YAML syntax error: a quoted value opened here is never closed"])
    }

    @Test("a control character is named and placed in the file, not in the front matter")
    func controlCharacter() throws {
        let site = try TestSite("-- content/articles/a.md --\n---\ndate: 2026-01-02\ntitle: Tin\u{1B}[31m đỏ\n---\nx\n")
        defer { site.remove() }
        #expect(site.build().messages == ["content/articles/a.md:3:11: error: the control character U+001B is not allowed in YAML"])
    }

    @Test("an empty file says it is empty")
    func emptyFile() throws {
        let site = try TestSite("-- content/articles/a.md --\n\n")
        defer { site.remove() }
        #expect(site.build().messages == ["content/articles/a.md:1:1: error: the file is empty"])
    }

    @Test("invalid UTF-8 names the byte that starts the broken character, at its column")
    func brokenCharacter() throws {
        let site = try TestSite("")
        defer { site.remove() }
        try site.writeBytes("content/articles/a.md", Array("---\ntitle: Tin\ndate: 2026-01-02\n---\nBad ".utf8) + [0xC3, 0x41])
        #expect(site.build().messages == ["content/articles/a.md:5:5: error: the file is not valid UTF-8 text (byte 0xC3 starts a character that is cut short)"])
    }

    @Test("an empty indicators.yml is no indicators; an unreadable one is one error, not one per reference")
    func indicatorsFile() throws {
        let site = try TestSite("""
        -- content/indicators/indicators.yml --
        # chưa có chỉ số

        -- content/articles/a.md --
        ---
        title: Tin
        date: 2026-01-02
        ---
        ```chart
        nang-suat
        ```
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == ["content/articles/a.md:5:1: error: no indicator with the id \"nang-suat\""])
        #expect(build.result.diagnostics[0].hint == "content/indicators/indicators.yml defines no indicator yet")
        try site.write("content/indicators/indicators.yml", "- id: nang-suat\n  name: \"Năng suất\n")
        #expect(site.build().messages == ["content/indicators/indicators.yml:2:9: error: YAML syntax error: a quoted value opened here is never closed"])
    }

    @Test("site.yml with a key set twice or a tab is one error, at its line", arguments: [
        ("title: A\nbase_url: https://x.org/\ntitle: B\n", "content/site.yml:3:1: error: YAML key set twice: 'title' (first on line 1)"),
        ("title: A\n\tbase_url: https://x.org/\n", "content/site.yml:2:1: error: YAML syntax error: a tab is used to indent"),
        // The same key in two mappings is not set twice: the mapping that has it twice is named.
        ("title: A\na:\n  2026: x\nb:\n  2025: y\n\n  2026: z\n  2026: w\n", "content/site.yml:8:3: error: YAML key set twice: '2026' (first on line 7)"),
        ("- id: a\n  x: 1\n- id: b\n  y: 1\n  # note\n  y: 2\n", "content/site.yml:6:3: error: YAML key set twice: 'y' (first on line 4)"),
    ])
    func siteSyntax(yaml: String, message: String) throws {
        let site = try TestSite("-- content/site.yml --\n" + yaml)
        defer { site.remove() }
        #expect(site.build().messages == [message])
    }

    @Test("a whole number out of range gets an example inside the range")
    func rangeHint() throws {
        let site = try TestSite("-- content/indicators/indicators.yml --\n- id: a\n  name: A\n  unit: \"%\"\n  decimals: 9\n-- content/indicators/a.csv --\nnam,gia_tri\n2024,1\n")
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == ["content/indicators/indicators.yml:4:13: error: 'decimals' must be a whole number from 0 to 6 (got \"9\")"])
        #expect(build.result.diagnostics[0].hint == "for example 'decimals: 3'")
    }
}
