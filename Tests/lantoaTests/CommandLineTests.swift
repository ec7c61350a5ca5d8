import Foundation
import Testing
import LantoaTesting

/// The `lantoa` executable as a user runs it: help text, exit codes, what goes to stdout and stderr.
@Suite("lantoa command line")
struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The built `lantoa` binary sits beside the test bundle.
    static let executable: URL = {
        let products = Bundle.main.bundleURL.pathExtension == "xctest"
            ? Bundle.main.bundleURL.deletingLastPathComponent() : Bundle.main.bundleURL
        return products.appendingPathComponent("lantoa")
    }()

    static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = ["LANG": "C.UTF-8"],
                    executable: URL = executable) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test("--help names the tool and its build subcommand")
    func help() throws {
        let r = try Self.run(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE: lantoa <subcommand>"))
        #expect(r.stdout.contains("build"))
        #expect(r.stdout.contains("Build the site into the output folder"))
    }

    #if os(Linux)
    /// Package.swift links the program with jemalloc; a linker that dropped the library as unused
    /// would leave glibc's malloc in its place without a word (5 % of a clean build).
    @Test("the program allocates with jemalloc, which prints its statistics when MALLOC_CONF asks")
    func allocator() throws {
        let r = try Self.run(["--version"], environment: ["LANG": "C.UTF-8", "MALLOC_CONF": "stats_print:true"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("Begin jemalloc statistics"))
        let plain = try Self.run(["--version"])
        #expect(!plain.stderr.contains("jemalloc"))
    }
    #endif

    @Test("build --help lists every option with its meaning")
    func buildHelp() throws {
        let r = try Self.run(["build", "--help"])
        #expect(r.status == 0)
        for option in ["--site <dir>", "--output <dir>", "--base-url <url>", "--drafts", "--future"] {
            #expect(r.stdout.contains(option), "missing \(option)")
        }
        #expect(r.stdout.contains("previous output folder is left exactly as it"))
    }

    @Test("import writes a new site and its report, in Vietnamese when asked, and refuses a folder that is not empty")
    func importCommand() throws {
        let source = try TestSite("""
        -- _config.yml --
        title: Blog
        -- _posts/2024-03-05-chao.md --
        ---
        title: Chào
        ---
        Xin chào {% include x.html %}.
        """, theme: false, config: false)
        defer { source.remove() }
        let repository = TestSite.repositoryRoot.path
        let destination = FileManager.default.temporaryDirectory.appendingPathComponent("lantoa-cli-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: destination) }
        let r = try Self.run(["import", "jekyll", source.root.path, destination.path, "--site", repository], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("đã chuyển 2 tệp vào") && r.stdout.contains("1 bài viết") && r.stdout.contains("1 bỏ qua"))
        #expect(r.stderr.contains("_posts/2024-03-05-chao.md:4:1: cảnh báo: chưa chuyển được: thẻ Liquid 'include' bị in ra nguyên văn"))
        #expect(FileManager.default.fileExists(atPath: destination.appendingPathComponent("import-report.txt").path))
        #expect(FileManager.default.fileExists(atPath: destination.appendingPathComponent("content/articles/2024/chao.md").path))
        #expect(try Self.run(["build", "--site", destination.path, "-q"]).status == 0)
        let again = try Self.run(["import", "jekyll", source.root.path, destination.path, "--site", repository])
        #expect(again.status == 1)
        #expect(again.stderr.hasPrefix("error: the destination") && again.stderr.contains("is not empty"))
        // Run from a folder with no theme: the new site uses the built-in theme, and builds.
        let elsewhere = destination.appendingPathComponent("../lantoa-cli-import-2-\(UUID().uuidString)").standardizedFileURL
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let themeless = try Self.run(["import", "jekyll", source.root.path, elsewhere.path], in: source.root)
        #expect(themeless.status == 0)
        #expect(!FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("templates").path))
        #expect(try Self.run(["build", "--site", elsewhere.path, "-q"]).status == 0)
        // A --site without templates/ is refused before anything is written.
        let missing = elsewhere.appendingPathComponent("../lantoa-cli-import-3-\(UUID().uuidString)").standardizedFileURL
        let noTheme = try Self.run(["import", "jekyll", source.root.path, missing.path, "--site", source.root.path], in: source.root)
        #expect(noTheme.status == 1 && noTheme.stderr.contains("does not exist; nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: missing.path))
    }

    @Test("a good site builds with exit 0 and a one-line summary")
    func success() throws {
        let site = try TestSite(BuildOutputTestsSpec.one)
        defer { site.remove() }
        let r = try Self.run(["build"], in: site.root)
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(r.stdout.hasPrefix("wrote public/: "))
        #expect(r.stdout.contains(" 1 article in "))
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/tin-tuc/a/index.html").path))
    }

    @Test("pictures are drawn again when the charts' font changes, though no source did; and again when it comes back",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/rsvg-convert"), "rsvg-convert (librsvg2-bin) draws the pictures"))
    func fontsChange() throws {
        let site = try TestSite(BuildOutputTestsSpec.one)
        defer { site.remove() }
        let picture = site.root.appendingPathComponent("public/anh-chia-se.png")
        #expect(try Self.run(["build"], in: site.root).status == 0)
        let drawn = try Data(contentsOf: picture)
        let again = try Self.run(["build"], in: site.root)
        #expect(again.stdout.contains("nothing changed since the last build"))
        // fontconfig with no fonts at all: Noto Sans is gone.
        let config = site.root.appendingPathComponent("no-fonts.conf")
        try "<?xml version=\"1.0\"?>\n<fontconfig><cachedir>\(site.root.path)/font-cache</cachedir></fontconfig>\n".write(to: config, atomically: true, encoding: .utf8)
        let without = try Self.run(["build"], in: site.root, environment: ["LANG": "C.UTF-8", "FONTCONFIG_FILE": config.path])
        #expect(without.status == 0)
        #expect(without.stdout.contains("everything rendered again: the charts' font is not the last build's"), "\(without.stdout)")
        #expect(try Data(contentsOf: picture) != drawn)
        let back = try Self.run(["build"], in: site.root)
        #expect(back.stdout.contains("the charts' font is not the last build's"), "\(back.stdout)")
        #expect(try Data(contentsOf: picture) == drawn)
    }

    @Test("a broken site prints every error like a compiler with a hint, exits 1 and writes nothing")
    func failure() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Tin
        date: 2024-13-45
        ---
        -- content/articles/b.md --
        ---
        date: 2024-01-01
        ---
        """)
        defer { site.remove() }
        let r = try Self.run(["build", "--site", site.root.path])
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("content/articles/a.md:3:7: error: 'date' is not a valid date (got \"2024-13-45\")"))
        #expect(lines.contains("content/articles/b.md:1:1: error: the article has no 'title'"))
        #expect(lines.contains { $0.hasPrefix("    hint: ") })
        #expect(lines.last == "build failed: 2 errors, 0 warnings; nothing was written")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public").path))
    }

    @Test("without rsvg-convert the build says which package to install, once, and leaves the previous output; --no-images builds")
    func missingRasteriser() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Tin
        date: 2024-01-01
        ---
        Nội dung.
        """)
        defer { site.remove() }
        #expect(try Self.run(["build", "--no-images", "-q"], in: site.root).status == 0)
        let page = site.root.appendingPathComponent("public/index.html")
        let before = try Data(contentsOf: page)
        // A PATH with no rsvg-convert on it, as on a machine without librsvg2-bin.
        let r = try Self.run(["build"], in: site.root, environment: ["LANG": "C.UTF-8", "PATH": "/nonexistent"])
        #expect(r.status == 1)
        let errors = r.stderr.split(separator: "\n").filter { $0.contains("error:") }
        #expect(errors == ["rsvg-convert:1:1: error: cannot draw the PNG pictures: rsvg-convert was not found on PATH"])
        #expect(r.stderr.contains("install the Debian package librsvg2-bin"))
        #expect(try Data(contentsOf: page) == before)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/anh-chia-se.png").path))
    }

    @Test("with 32 file handles and a file inherited above that limit, the build still draws its pictures and writes everything")
    func fewFileHandles() throws {
        let site = try TestSite("""
        -- content/indicators/indicators.yml --
        - id: nang-suat
          name: Tốc độ tăng năng suất lao động
          unit: "%"
          source:
            name: Tổng cục Thống kê
            url: https://www.gso.gov.vn/
        -- content/indicators/nang-suat.csv --
        nam,gia_tri,trang_thai
        2023,3.65,chính thức
        2024,5.88,sơ bộ
        """)
        defer { site.remove() }
        // bash keeps descriptor 99 open in the build, above the limit it then sets (a terminal,
        // an editor or a CI runner may hand such a file down): starting rsvg-convert by closing
        // each descriptor by number failed on it, and the failed starts used up the 32 handles.
        let r = try Self.run(["-c", "exec 99</dev/null && ulimit -n 32 && exec \"$0\" build -q --site \"$1\"", Self.executable.path, site.root.path],
                             executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(r.status == 0, "\(r.stderr)")
        let pictures = try FileManager.default.subpathsOfDirectory(atPath: site.root.appendingPathComponent("public").path).filter { $0.hasSuffix(".png") }
        #expect(pictures.count > 3, "\(pictures)")
        for picture in pictures {
            let bytes = try Data(contentsOf: site.root.appendingPathComponent("public/" + picture))
            #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) && bytes.count > 100, "\(picture)")
        }
    }

    @Test("--output '~' that reached the tool quoted is a folder named ~ here; the home folder is never touched")
    func tildeIsLiteral() throws {
        let site = try TestSite(BuildOutputTestsSpec.one)
        defer { site.remove() }
        let home = site.root.appendingPathComponent("home")
        try site.write("home/thu.txt", "của tôi")
        let before = FileTree.read(home)
        let r = try Self.run(["build", "--output", "~"], in: site.root, environment: ["LANG": "C.UTF-8", "HOME": home.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("wrote ~/:"))
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("~/index.html").path))
        #expect(FileTree.read(home) == before)
        // Pointed at the home folder itself, the build refuses to replace what it did not write.
        let refused = try Self.run(["build", "--output", home.path], in: site.root, environment: ["LANG": "C.UTF-8", "HOME": home.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("error: refusing to replace \(home.path): it holds files that Lan Tỏa did not write: 'thu.txt'"))
        #expect(FileTree.read(home) == before)
    }

    @Test("new refuses a title with a line break and shortens a long one; nothing it writes fails check")
    func newTitles() throws {
        let site = try TestSite(BuildOutputTestsSpec.one)
        defer { site.remove() }
        let broken = try Self.run(["new", "article", "a\nb: c\n---\nx"], in: site.root)
        #expect(broken.status == 1)
        #expect(broken.stderr.hasPrefix("error: the title has a line break or another control character; a title is one line of text"))
        let long = try Self.run(["new", "article", String(repeating: "Tập huấn năng suất ", count: 60)], in: site.root)
        #expect(long.status == 0, "\(long.stderr)")
        let name = long.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "/").last ?? ""
        #expect(name.count <= 83 && name.hasSuffix(".md") && name.hasPrefix("tap-huan-nang-suat-"))
        let check = try Self.run(["check"], in: site.root)
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test("a control character quoted from a file reaches the terminal as \\u{1b}, never raw")
    func controlCharactersShown() throws {
        let site = try TestSite("-- content/indicators/indicators.yml --\n- id: a\n  name: A\n  unit: \"%\"\n-- content/indicators/a.csv --\nnam,gia_tri\n2024,5\u{1B}[31m\n")
        defer { site.remove() }
        let r = try Self.run(["check"], in: site.root)
        #expect(r.status == 1)
        #expect(!r.stderr.contains("\u{1B}"))
        #expect(r.stderr.contains("\"5\\u{1b}[31m\" in column 'gia_tri' is not a number"))
    }

    @Test("an unknown option is rejected with usage and exit 64")
    func badOption() throws {
        let r = try Self.run(["build", "--colour"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("Unknown option '--colour'"))
    }
}

enum BuildOutputTestsSpec {
    static let one = """
    -- content/articles/a.md --
    ---
    title: Tin
    date: 2026-01-01
    ---
    Nội dung.
    """
}

extension CommandLineTests {
    @Test("new article creates a draft with a Vietnamese slug and every key, and refuses to overwrite")
    func newArticle() throws {
        let site = try TestSite("")
        defer { site.remove() }
        let first = try Self.run(["new", "article", "Tập huấn 5S cho doanh nghiệp Đắk Lắk"], in: site.root)
        #expect(first.status == 0)
        let path = first.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(path.hasPrefix("content/articles/20") && path.hasSuffix("/tap-huan-5s-cho-doanh-nghiep-dak-lak.md"))
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        for key in ["title: \"Tập huấn 5S cho doanh nghiệp Đắk Lắk\"", "draft: true", "summary:", "tags: []", "categories: []", "# image_alt:"] {
            #expect(text.contains(key), "missing \(key)")
        }
        // The new file builds: with --drafts it is a page, without it is left out.
        #expect(try Self.run(["build", "--drafts"], in: site.root).status == 0)
        let again = try Self.run(["new", "article", "Tập huấn 5S cho doanh nghiệp Đắk Lắk"], in: site.root)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists; nothing was changed"))
        #expect(try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8) == text)
    }

    @Test("new page and new site; a site folder that is not empty is refused")
    func newPageAndSite() throws {
        let site = try TestSite("")
        defer { site.remove() }
        #expect(try Self.run(["new", "page", "Hỏi đáp"], in: site.root).stdout == "content/pages/hoi-dap.md\n")
        #expect(try Self.run(["new", "story", "Xưởng may áp dụng Lean"], in: site.root).stdout == "content/stories/xuong-may-ap-dung-lean.md\n")
        let drafts = try Self.run(["build", "--drafts"], in: site.root)
        #expect(drafts.status == 0, "a new story must build: \(drafts.stderr)")
        // It has every key a story counts by (loai_hinh too), so a draft builds without a warning;
        // published with the placeholders still in, it is said.
        #expect(!drafts.stderr.contains("warning"), "\(drafts.stderr)")
        let storyPath = site.root.appendingPathComponent("content/stories/xuong-may-ap-dung-lean.md")
        let story = try String(contentsOf: storyPath, encoding: .utf8)
        for key in ["loai_hinh:", "summary:", "support:", "verified_by:", "# quote:", "# tasks:", "# illustrative:"] { #expect(story.contains(key), "missing \(key)") }
        try Data(story.replacingOccurrences(of: "draft: true", with: "draft: false").utf8).write(to: storyPath)
        let published = try Self.run(["build"], in: site.root)
        #expect(published.status == 0 && published.stderr.contains("warning: the story is published with what lantoa new wrote to be filled in: 'Tên doanh nghiệp', 'Tên chỉ số đo được', 'Doanh nghiệp đã làm gì, và kết quả đo được ra sao.', 'sector: \"\"', 'district: \"\"'"), "\(published.stderr)")
        let created = try Self.run(["new", "site", "tinh-khac"], in: site.root)
        #expect(created.status == 0)
        let build = try Self.run(["build", "--site", "tinh-khac", "--base-url", "https://tinh-khac.example.gov.vn/"], in: site.root)
        #expect(build.status == 0 && build.stderr == "")
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("tinh-khac/public/chi-so/nang-suat-lao-dong/index.html").path))
        let refused = try Self.run(["new", "site", "tinh-khac"], in: site.root)
        #expect(refused.status == 1 && refused.stderr.contains("is not empty"))
    }

    @Test("check writes nothing, exits 1 on errors, --strict fails on warnings, --format json is machine-readable")
    func check() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Tin
        date: 2026-01-01
        catgories: [x]
        ---
        Xem [mục](#khong-co).

        ## Có
        """)
        defer { site.remove() }
        let plain = try Self.run(["check"], in: site.root)
        #expect(plain.status == 0)
        #expect(plain.stderr.contains("content/articles/a.md:4:1: warning: unknown key 'catgories'"))
        #expect(plain.stderr.contains("content/articles/a.md:6:5: warning: the link '#khong-co' points to a heading that page does not have"))
        #expect(plain.stdout == "check passed: 0 errors, 2 warnings\n")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public").path))
        let strict = try Self.run(["check", "--strict", "--format", "json"], in: site.root)
        #expect(strict.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(strict.stdout.utf8)) as? [String: Any])
        #expect(report["ok"] as? Bool == false)
        #expect(report["warnings"] as? Int == 2)
        let first = try #require((report["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["file"] as? String == "content/articles/a.md" && first["line"] as? Int == 4 && first["hint"] as? String == "did you mean 'categories'?")
        try site.write("content/articles/a.md", "---\ntitle: Tin\ndate: 2026-13-01\n---\nx\n")
        #expect(try Self.run(["check"], in: site.root).status == 1)
    }
}

extension CommandLineTests {
    @Test("with LANG=vi_VN the problems, hints and summary are in Vietnamese")
    func vietnamese() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Tin
        date: 2024-13-45
        ---
        """)
        defer { site.remove() }
        let r = try Self.run(["build"], in: site.root, environment: ["LANG": "vi_VN.UTF-8"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("content/articles/a.md:3:7: lỗi: 'date' không phải là ngày hợp lệ (nhận được \"2024-13-45\")"))
        #expect(r.stderr.contains("    gợi ý: viết theo dạng NĂM-THÁNG-NGÀY"))
        #expect(r.stderr.hasSuffix("dựng trang thất bại: 1 lỗi, 0 cảnh báo; không ghi tệp nào\n"))
    }

    @Test("an article dated after the build is named as not published yet, by every build and check until its date")
    func waitingArticle() throws {
        let site = try TestSite(BuildOutputTestsSpec.one + """

        -- content/articles/sau.md --
        ---
        title: Tin sau
        date: 2999-12-08 08:00
        ---
        Chưa tới ngày.
        -- content/pages/hen.md --
        ---
        title: Trang hẹn giờ
        publishDate: 2999-12-09T08:00:00+09:00
        ---
        Chưa tới giờ.
        """)
        defer { site.remove() }
        let first = try Self.run(["build"], in: site.root)
        #expect(first.status == 0)
        #expect(first.stdout.hasSuffix("\nnot published yet: 2 files are dated after now, the soonest content/articles/sau.md (2999-12-08 08:00) and 1 more; each is published by the first build from its date on (lantoa build --future publishes them now)\n"), "\(first.stdout)")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/tin-tuc/sau/index.html").path))
        // `lantoa check`, which the README runs before a build, says it too.
        let check = try Self.run(["check"], in: site.root)
        #expect(check.status == 0 && check.stdout.contains("\nnot published yet: 2 files are dated after now, the soonest content/articles/sau.md"), "\(check.stdout)")
        // A build of nothing new says it again, from its record; in Vietnamese too.
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/pages/hen.md"))
        _ = try Self.run(["build"], in: site.root)
        let again = try Self.run(["build"], in: site.root, environment: ["LANG": "vi_VN.UTF-8"])
        #expect(again.stdout.hasPrefix("public/ giữ nguyên: "), "\(again.stdout)")
        #expect(again.stdout.hasSuffix("\nchưa đăng: content/articles/sau.md đề ngày 2999-12-08 08:00, sau lúc này; tệp sẽ được đăng ở lần dựng đầu tiên từ lúc đó (lantoa build --future để đăng ngay)\n"), "\(again.stdout)")
        let future = try Self.run(["build", "--future"], in: site.root)
        #expect(!future.stdout.contains("not published yet"), "\(future.stdout)")
    }

    @Test("--quiet prints nothing on success and only errors on failure; --verbose names every stage")
    func quietAndVerbose() throws {
        let site = try TestSite(BuildOutputTestsSpec.one)
        defer { site.remove() }
        let quiet = try Self.run(["build", "--quiet"], in: site.root)
        #expect(quiet.status == 0 && quiet.stdout == "" && quiet.stderr == "")
        let verbose = try Self.run(["build", "--verbose", "--output", "public2"], in: site.root)
        for stage in ["load", "assemble", "render", "write"] { #expect(verbose.stderr.contains("] \(stage)\n"), "no \(stage) line") }
        // The same sources into the same folder again: nothing to do, and it says so.
        let again = try Self.run(["build"], in: site.root)
        #expect(again.status == 0 && again.stdout.hasPrefix("public/ left as it is: nothing changed since the last build ("), "\(again.stdout)")
        // An article edited: the summary names it, and says only what reads it was rendered.
        try site.write("content/articles/a.md", "---\ntitle: Tin\ndate: 2026-01-01\n---\nNội dung mới.\n")
        let edited = try Self.run(["build"], in: site.root)
        #expect(edited.status == 0 && edited.stdout.contains("; content/articles/a.md changed, and only what reads it was rendered: "), "\(edited.stdout)")
        try site.write("content/articles/a.md", "---\ntitle: Tin\ndate: 2026-01-01\n---\nNội dung sửa lần nữa.\n")
        let vietnamese = try Self.run(["build"], in: site.root, environment: ["LANG": "vi_VN.UTF-8"])
        #expect(vietnamese.stdout.contains("; content/articles/a.md đã thay đổi, chỉ dựng lại phần đọc tệp đó: ghi "), "\(vietnamese.stdout)")
        // An article added, then deleted: the summary says which.
        try site.write("content/articles/b.md", "---\ntitle: Tin thứ hai\ndate: 2026-01-02\n---\nNội dung.\n")
        let added = try Self.run(["build"], in: site.root)
        #expect(added.stdout.contains("; content/articles/b.md was added, and only what reads it was rendered: "), "\(added.stdout)")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/b.md"))
        let deleted = try Self.run(["build"], in: site.root, environment: ["LANG": "vi_VN.UTF-8"])
        #expect(deleted.stdout.contains("; content/articles/b.md đã bị xóa, chỉ dựng lại phần đọc tệp đó: ghi "), "\(deleted.stdout)")
        let both = try Self.run(["build", "-q", "-v"], in: site.root)
        #expect(both.status == 64 && both.stderr.contains("cannot be used together"))
    }

    @Test("every subcommand's help is clear", arguments: ["build", "serve", "check", "new"])
    func subcommandHelp(name: String) throws {
        let r = try Self.run([name, "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE: lantoa \(name)"))
        #expect(r.stdout.contains("OVERVIEW: "))
    }

    @Test("serve stops cleanly on Ctrl-C and on kill: exit 0, 'stopped', and its preview folder is gone", arguments: [SIGINT, SIGTERM])
    func serveStops(signal number: Int32) throws {
        let site = try TestSite(BuildOutputTestsSpec.one)
        defer { site.remove() }
        let temporary = site.root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["serve", "--site", site.root.path, "--port", String(Int.random(in: 20_000..<40_000))]
        process.environment = ["LANG": "C.UTF-8", "TMPDIR": temporary.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        var printed = ""
        let deadline = Date().addingTimeInterval(20)
        while !printed.contains("built:"), Date() < deadline, process.isRunning {
            printed += String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
        }
        #expect(printed.contains("built:"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).count == 1)
        kill(process.processIdentifier, number)
        process.waitUntilExit()
        printed += String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(printed.contains("stopped"))
        #expect(!errors.contains("Error"), "\(errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty)
    }
}
