import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// The preview's warm rebuilds must give exactly what a full build gives.
@Suite("Incremental rebuilds")
struct BuildSessionTests {
    /// A session building `site` into `preview/`, after its first full build.
    static func warmSession(_ site: TestSite) -> (BuildSession, URL) {
        let output = site.root.appendingPathComponent("preview")
        let session = BuildSession(options: site.options(output: output))
        #expect(session.build().succeeded)
        return (session, output)
    }

    /// The files that differ between the preview's folder and a full build of the same site:
    /// those only one has, then those with other bytes.
    static func differ(_ output: URL, _ site: TestSite, _ options: BuildOptions) -> [String] {
        differ(output, site.build(options))
    }

    static func differ(_ output: URL, _ full: TestBuild) -> [String] {
        #expect(full.result.succeeded)
        let now = FileTree.read(output), files = full.writer.files
        return Set(now.keys).symmetricDifference(files.keys).sorted() + now.keys.filter { files[$0] != nil && now[$0] != files[$0] }.sorted()
    }

    /// `old` replaced with `new` in the site's file at `path`; the changed paths, for `rebuild`.
    static func replace(_ old: String, with new: String, in path: String, _ site: TestSite) throws -> [String] {
        let before = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        #expect(before.contains(old), "\(path) has no \(old)")
        try site.write(path, before.replacingOccurrences(of: old, with: new))
        return [path]
    }

    @Test("a body-only edit renders only that page and the feeds, and the output equals a full build")
    func bodyEdit() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        let (session, output) = Self.warmSession(site)
        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Kaizen ở hợp tác xã\ndate: 2025-01-09\ntags: [Kaizen, năng suất]\n---\nĐoạn đầu tiên làm tóm tắt.\n\nĐoạn thứ hai đã sửa.\n")
        let result = session.rebuild(changed: ["content/articles/2025/kaizen.md"])
        #expect(result.succeeded && session.lastWasIncremental)
        #expect(FileTree.read(output) == site.build().writer.files)
    }

    @Test("retitling an article that reports on an event, and editing an event or a glossary term, gives what a full build gives")
    func eventsAndTerms() throws {
        let site = try TestSite(BuildOutputTests.twoArticles + """

        -- content/events/hoi-thao.md --
        ---
        title: Hội thảo Kaizen
        start: 2025-01-08 08:00
        end: 2025-01-08 11:00
        place: Buôn Ma Thuột
        ---
        Nội dung.

        -- content/glossary/kaizen.md --
        ---
        title: Kaizen
        short: Cải tiến liên tục.
        ---
        """)
        defer { site.remove() }
        let (session, output) = Self.warmSession(site)
        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Tường thuật hội thảo Kaizen\ndate: 2025-01-09\ntags: [Kaizen, năng suất]\nevent: hoi-thao\n---\nĐoạn đầu tiên làm tóm tắt.\n")
        #expect(session.rebuild(changed: ["content/articles/2025/kaizen.md"]).succeeded)
        #expect(FileTree.read(output) == site.build().writer.files)
        #expect(FileTree.read(output)["su-kien/hoi-thao/index.html"].map { String(decoding: $0, as: UTF8.self).contains("Tường thuật hội thảo Kaizen") } == true)
        try site.write("content/glossary/kaizen.md", "---\ntitle: Kaizen\nshort: Cải tiến nhỏ mỗi ngày.\n---\n")
        #expect(session.rebuild(changed: ["content/glossary/kaizen.md"]).succeeded)
        #expect(FileTree.read(output) == site.build().writer.files)
    }

    @Test("a search file that cannot be written fails the warm rebuild with an error naming it, deferred or not")
    func searchWriteFails() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        let (session, output) = Self.warmSession(site)
        // The folder of the text chunks becomes a file: nothing can be written under it.
        let chunks = output.appendingPathComponent("tim-kiem/chi-muc/d")
        try FileManager.default.removeItem(at: chunks)
        try Data("x".utf8).write(to: chunks)
        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Kaizen ở hợp tác xã\ndate: 2025-01-09\ntags: [Kaizen, năng suất]\n---\nĐoạn đầu tiên làm tóm tắt.\n\nMột từ mới: xylanh.\n")
        let result = session.rebuild(changed: ["content/articles/2025/kaizen.md"])
        #expect(!result.succeeded)
        #expect(result.errors.contains { $0.location.file.hasPrefix("tim-kiem/chi-muc/d/") })

        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Kaizen ở hợp tác xã\ndate: 2025-01-09\ntags: [Kaizen, năng suất]\n---\nĐoạn đầu tiên làm tóm tắt.\n\nLại sửa.\n")
        let deferred = session.rebuild(changed: ["content/articles/2025/kaizen.md"], deferSearch: true)
        #expect(deferred.succeeded)
        let problems = session.finishSearch()
        #expect(!problems.isEmpty)
        #expect(!deferred.adding(problems).succeeded)
        #expect(deferred.adding([]).succeeded)
    }

    @Test("with the search deferred, the page changes first and the index when finishSearch runs; then all equals a full build")
    func deferredSearch() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        let (session, output) = Self.warmSession(site)
        let before = FileTree.read(output)
        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Kaizen ở hợp tác xã\ndate: 2025-01-09\ntags: [Kaizen, năng suất]\n---\nĐoạn đầu tiên làm tóm tắt.\n\nMột từ mới: xylanh.\n")
        #expect(session.rebuild(changed: ["content/articles/2025/kaizen.md"], deferSearch: true).succeeded)
        let between = FileTree.read(output)
        #expect(between["tin-tuc/kaizen/index.html"] != before["tin-tuc/kaizen/index.html"])
        #expect(between.filter { $0.key.hasPrefix("tim-kiem/chi-muc/") } == before.filter { $0.key.hasPrefix("tim-kiem/chi-muc/") })
        #expect(session.finishSearch().isEmpty)
        let after = FileTree.read(output)
        #expect(after["tim-kiem/chi-muc/s/xy.json"] != nil)
        #expect(after == site.build().writer.files)
        // The only word of a shard goes: its file goes too.
        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Kaizen ở hợp tác xã\ndate: 2025-01-09\ntags: [Kaizen, năng suất]\n---\nĐoạn đầu tiên làm tóm tắt.\n")
        #expect(session.rebuild(changed: ["content/articles/2025/kaizen.md"]).succeeded)
        #expect(FileTree.read(output)["tim-kiem/chi-muc/s/xy.json"] == nil)
        #expect(FileTree.read(output) == site.build().writer.files)
    }

    @Test("a new title re-renders every page that shows the article; a new date assembles the site again; both match a full build")
    func titleAndDate() throws {
        let site = try TestSite(Self.fiveArticles)
        defer { site.remove() }
        let (session, output) = Self.warmSession(site)
        try Self.save("content/articles/x3.md", "---\ntitle: Bài ba đổi tên\ndate: 2024-03-01\ntags: [Kaizen]\nsummary: Tóm tắt mới.\n---\nNội dung 3.\n",
                      site, session, output)
        try Self.save("content/articles/x3.md", "---\ntitle: Bài ba đổi tên\ndate: 2026-03-01\ntags: [Kaizen]\n---\nNội dung 3.\n", site, session, output)
    }

    /// Saves `text` at `path` and rebuilds: the rebuild succeeds, takes a warm path, and leaves
    /// exactly what a full build writes.
    static func save(_ path: String, _ text: String, _ site: TestSite, _ session: BuildSession, _ output: URL,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try site.write(path, text)
        #expect(session.rebuild(changed: [path]).succeeded, sourceLocation: sourceLocation)
        #expect(session.lastWasIncremental, sourceLocation: sourceLocation)
        #expect(FileTree.read(output) == site.build().writer.files, sourceLocation: sourceLocation)
    }

    @Test("a card template change or a broken file are handled without stale output")
    func fallbacks() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        let (session, output) = Self.warmSession(site)
        try site.write("templates/card.mustache", "<li class=\"card\"><h2 class=\"card-title\"><a href=\"{{url}}\">{{title}}</a> mới</h2></li>\n")
        #expect(session.rebuild(changed: ["templates/card.mustache"]).succeeded)
        #expect(session.lastWasIncremental)
        #expect(FileTree.read(output) == site.build().writer.files)

        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Tên mới\ndate: 2025-13-09\n---\nMới.\n")
        let broken = session.rebuild(changed: ["content/articles/2025/kaizen.md"])
        #expect(!broken.succeeded)
        #expect(broken.errors.map { "\($0.location)" } == ["content/articles/2025/kaizen.md:3:7"])
        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Tên mới\ndate: 2025-01-09\n---\nĐã sửa.\n")
        #expect(session.rebuild(changed: ["content/articles/2025/kaizen.md"]).succeeded)
        #expect(FileTree.read(output) == site.build().writer.files)
    }

    /// Five articles tagged alike, two to a page, and an event an article may report on.
    static let fiveArticles: String = {
        var spec = BuildOutputTests.twoArticles + """

        -- content/site.yml --
        title: T
        base_url: https://example.org/
        page_size: 2
        home_articles: 2
        -- content/events/hoi-thao.md --
        ---
        title: Hội thảo Kaizen
        start: 2025-01-08 08:00
        end: 2025-01-08 11:00
        place: Buôn Ma Thuột
        ---
        Nội dung.
        """
        for k in 1...5 { spec += "\n-- content/articles/x\(k).md --\n---\ntitle: Bài \(k)\ndate: 2024-0\(k)-01\ntags: [Kaizen]\n---\nNội dung \(k).\n" }
        return spec
    }()

    @Test("new, deleted and renamed articles, new dates, tags, slugs, aliases, drafts and event reports are rebuilt warm, each exactly as a full build")
    func articleStructure() throws {
        let site = try TestSite(Self.fiveArticles)
        defer { site.remove() }
        let (session, output) = Self.warmSession(site)
        func article(_ k: String, _ front: String, _ body: String = "Nội dung.") -> String { "---\ntitle: Bài \(k)\n\(front)\n---\n\(body)\n" }
        func delete(_ path: String) throws { try FileManager.default.removeItem(at: site.root.appendingPathComponent(path)) }
        let edits: [(String, () throws -> [String])] = [
            ("a new article with a new tag", { try site.write("content/articles/x6.md", article("6", "date: 2024-06-01\ntags: [Mới, Kaizen]")); return ["content/articles/x6.md"] }),
            ("a date that moves an article to the top", { try site.write("content/articles/x3.md", article("3", "date: 2026-04-01\ntags: [Kaizen]")); return ["content/articles/x3.md"] }),
            ("new tags and a category", { try site.write("content/articles/x2.md", article("2", "date: 2024-02-01\ntags: [5S, Kaizen]\ncategories: [Đào tạo]")); return ["content/articles/x2.md"] }),
            ("a renamed file", {
                try delete("content/articles/x4.md")
                try site.write("content/articles/x4-moi.md", article("bốn", "date: 2024-04-01\ntags: [Kaizen]"))
                return ["content/articles/x4.md", "content/articles/x4-moi.md"]
            }),
            ("a new slug and an alias", { try site.write("content/articles/x5.md", article("5", "date: 2024-05-01\nslug: bai-nam\naliases: [/tin-tuc/x5/]")); return ["content/articles/x5.md"] }),
            ("a report on an event", { try site.write("content/articles/x1.md", article("1", "date: 2024-01-01\nevent: hoi-thao")); return ["content/articles/x1.md"] }),
            ("a draft", { try site.write("content/articles/x6.md", article("6", "date: 2024-06-01\ndraft: true\ntags: [Mới]")); return ["content/articles/x6.md"] }),
            ("a deleted article, the only one of its tag", { try delete("content/articles/2026/tap-huan-5s.md"); return ["content/articles/2026/tap-huan-5s.md"] }),
        ]
        for (what, edit) in edits {
            let changed = try edit()
            let result = session.rebuild(changed: changed)
            #expect(result.succeeded, "\(what): \(result.diagnostics)")
            #expect(session.lastWasIncremental, "\(what)")
            let full = site.build()
            #expect(full.result.succeeded)
            let warm = FileTree.read(output)
            #expect(warm == full.writer.files, "\(what): \(Set(warm.keys).symmetricDifference(full.writer.files.keys).sorted()) \(warm.keys.filter { full.writer.files[$0] != nil && warm[$0] != full.writer.files[$0] }.sorted())")
            // A deleted page's folder goes with it, as in a full build.
            let folders = FileManager.default.enumerator(at: output, includingPropertiesForKeys: [.isDirectoryKey])!.compactMap { $0 as? URL }
                .filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
            #expect(folders.filter { (try? FileManager.default.contentsOfDirectory(atPath: $0.path))?.isEmpty == true }.map(\.lastPathComponent) == [], "\(what)")
        }
    }

    @Test("a new date renders the pages that show the article and leaves the others as they were")
    func onlyWhatChanged() throws {
        let site = try TestSite(Self.fiveArticles)
        defer { site.remove() }
        let (session, output) = Self.warmSession(site)
        let untouched = ["tin-tuc/x1/index.html", "tin-tuc/x5/index.html", "gioi-thieu/index.html"]
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        for file in untouched + ["tin-tuc/x3/index.html"] {
            try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: output.appendingPathComponent(file).path)
        }
        // Bài 3 moves a fortnight: still between 2 and 4 in every list.
        try site.write("content/articles/x3.md", "---\ntitle: Bài 3\ndate: 2024-03-15\ntags: [Kaizen]\n---\nNội dung 3.\n")
        #expect(session.rebuild(changed: ["content/articles/x3.md"]).succeeded)
        #expect(session.lastWasIncremental)
        func modified(_ file: String) throws -> Date? { try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(file).path)[.modificationDate] as? Date }
        for file in untouched { #expect(try modified(file) == past, "\(file)") }
        #expect(try modified("tin-tuc/x3/index.html") != past)
        #expect(FileTree.read(output) == site.build().writer.files)
    }

    @Test("a warning that many files share is said once with their number after a warm edit, as a full build says it: the edited file's own joins it, and the count follows the files that still have it")
    func summarisedWarnings() throws {
        func article(_ k: Int, _ extra: String) -> String { "-- content/articles/a\(k).md --\n---\ntitle: Bài \(k)\ndate: 2026-01-0\(k)\n\(extra)---\nNội dung \(k).\n" }
        let site = try TestSite((1...3).map { article($0, "authors: [An]\n") }.joined())
        defer { site.remove() }
        let (session, _) = Self.warmSession(site)
        func same(_ what: String, _ path: String, _ text: String, saying expected: [String]) throws {
            try site.write(path, text)
            let result = session.rebuild(changed: [path])
            #expect(result.succeeded && session.lastWasIncremental, "\(what)")
            let full = site.build(site.options(output: site.root.appendingPathComponent("preview")))
            #expect(result.diagnostics.map(\.description) == full.result.diagnostics.map(\.description), "\(what)")
            #expect(result.diagnostics.map { String($0.description.prefix { $0 != " " }) + " " + $0.text.english } == expected, "\(what): \(result.diagnostics)")
        }
        func text(_ k: Int, _ extra: String, body: String = "") -> String { "---\ntitle: Bài \(k)\ndate: 2026-01-0\(k)\n\(extra)---\nNội dung \(k).\(body)\n" }
        let unknown = "unknown key 'authors' in front matter is ignored"
        try same("a2's body edited", "content/articles/a2.md", text(2, "authors: [An]\n", body: " Thêm."),
                 saying: ["content/articles/a1.md:4:1: \(unknown) (in 3 files)"])
        try same("a1 without the key", "content/articles/a1.md", text(1, ""),
                 saying: ["content/articles/a2.md:4:1: \(unknown) (in 2 files)"])
        try same("a2 without the key", "content/articles/a2.md", text(2, ""),
                 saying: ["content/articles/a3.md:4:1: \(unknown)"])
        try same("a1 with it again, on another line", "content/articles/a1.md", text(1, "tags: [x]\nauthors: [An]\n"),
                 saying: ["content/articles/a1.md:5:1: \(unknown) (in 2 files)"])
    }

    @Test("a failed warm rebuild is taken again with the next one; a page saved with its new bundle, and then edited, is warm; a new Markdown file that a relative link names, a page that another links to by its file moved or deleted, and that page back, are warm with the documents linking it, each exactly as a full build")
    func failuresAndFallbacks() throws {
        let site = try TestSite(Self.fiveArticles)
        defer { site.remove() }
        let (session, output) = Self.warmSession(site)
        try site.write("content/articles/x3.md", "---\ntitle: Bài 3\ndate: 2024-13-15\n---\nNội dung 3.\n")
        #expect(!session.rebuild(changed: ["content/articles/x3.md"]).succeeded)
        // Another file saved meanwhile: the broken one is still said.
        try site.write("content/articles/x2.md", "---\ntitle: Bài 2\ndate: 2024-02-01\ntags: [Kaizen]\n---\nĐã sửa.\n")
        let still = session.rebuild(changed: ["content/articles/x2.md"])
        #expect(!still.succeeded)
        #expect(still.errors.map(\.location.file) == ["content/articles/x3.md"])
        try site.write("content/articles/x3.md", "---\ntitle: Bài 3\ndate: 2024-03-15\n---\nNội dung 3.\n")
        #expect(session.rebuild(changed: ["content/articles/x3.md"]).succeeded)
        #expect(FileTree.read(output) == site.build().writer.files)

        // An article with a picture in its folder is a bundle: its files travel with it.
        try site.writeBytes("content/articles/goi/anh.txt", Array("chú thích".utf8))
        try site.write("content/articles/goi/bai.md", "---\ntitle: Gói\ndate: 2024-07-01\n---\nXem [chú thích](anh.txt).\n")
        #expect(session.rebuild(changed: ["content/articles/goi/anh.txt", "content/articles/goi/bai.md"]).succeeded)
        #expect(session.lastWasIncremental)
        #expect(Self.differ(output, site, site.options(output: output)) == [])
        // Its own Markdown file edited: its files are published with it as before, where it is now.
        for (what, text) in [("a new date", "---\ntitle: Gói\ndate: 2024-08-01\n---\nXem [chú thích](anh.txt).\n"),
                             ("a new slug", "---\ntitle: Gói\ndate: 2024-08-01\nslug: goi-moi\n---\nXem [chú thích](anh.txt).\n"),
                             ("the link to its file taken out", "---\ntitle: Gói\ndate: 2024-08-01\nslug: goi-moi\n---\nKhông còn liên kết.\n"),
                             ("a new title", "---\ntitle: Gói mới\ndate: 2024-08-01\nslug: goi-moi\n---\nKhông còn liên kết.\n")] {
            try site.write("content/articles/goi/bai.md", text)
            #expect(session.rebuild(changed: ["content/articles/goi/bai.md"]).succeeded, "\(what)")
            #expect(session.lastWasIncremental, "\(what)")
            #expect(FileTree.read(output) == site.build().writer.files, "\(what)")
        }
        #expect(FileTree.read(output)["tin-tuc/goi-moi/anh.txt"] != nil)
        // A folder with two pages and no index has no bundle: a file there is published only while linked.
        try site.writeBytes("content/articles/hai/ghi-chu.txt", Array("ghi chú".utf8))
        try site.write("content/articles/hai/a.md", "---\ntitle: A\ndate: 2024-08-02\n---\nXem [ghi chú](ghi-chu.txt).\n")
        try site.write("content/articles/hai/b.md", "---\ntitle: B\ndate: 2024-08-03\n---\nB.\n")
        #expect(session.rebuild(changed: ["content/articles/hai/ghi-chu.txt", "content/articles/hai/a.md", "content/articles/hai/b.md"]).succeeded)
        try site.write("content/articles/hai/a.md", "---\ntitle: A\ndate: 2024-08-02\n---\nKhông còn liên kết.\n")
        #expect(session.rebuild(changed: ["content/articles/hai/a.md"]).succeeded)
        #expect(FileTree.read(output) == site.build().writer.files)

        // A relative link that named no file names the new one: the article linking it is parsed
        // again with it, and links to it now.
        try site.write("content/articles/x4.md", "---\ntitle: Bài 4\ndate: 2024-04-01\ntags: [Kaizen]\n---\nXem [trang mới](../pages/moi.md) và [ghi chú](x9.md).\n")
        #expect(session.rebuild(changed: ["content/articles/x4.md"]).succeeded)
        func same(_ what: String, _ result: BuildResult) {
            let full = site.build(site.options(output: output))
            #expect(result.succeeded == full.result.succeeded, "\(what): \(result.diagnostics)")
            #expect(result.diagnostics.map(\.description) == full.result.diagnostics.map(\.description), "\(what)")
            #expect(session.lastWasIncremental, "\(what)")
            session.finishSearch()
            #expect(Self.differ(output, full) == [], "\(what)")
        }
        for (path, text) in [("content/pages/moi.md", "---\ntitle: Trang mới\n---\nNội dung.\n"), ("content/articles/x9.md", "---\ntitle: Bài 9\ndate: 2024-09-01\n---\nGhi chú.\n")] {
            try site.write(path, text)
            same("\(path) made", session.rebuild(changed: [path]))
        }
        // x4 now links both pages: a page it links to by its file gets another address or goes,
        // and x4 is parsed again with it, linking where that page is now. Edited at the same
        // address, it is an edit like any other.
        #expect(try String(contentsOf: output.appendingPathComponent("tin-tuc/x4/index.html"), encoding: .utf8).contains("href=\"/moi/\""))
        let linked: [(String, String?)] = [("content/pages/moi.md", "---\ntitle: Trang mới\nurl: /trang-moi/\n---\nNội dung.\n"),
                                           ("content/pages/moi.md", "---\ntitle: Trang mới\nurl: /trang-moi/\n---\nNội dung đã sửa.\n"),
                                           ("content/articles/x9.md", "---\ntitle: Bài 9\ndate: 2024-09-01\nslug: bai-chin\n---\nGhi chú.\n"),
                                           ("content/articles/x9.md", "---\ntitle: Bài 9\ndate: 2024-09-01\nslug: bai-chin\n---\nSửa.\n"),
                                           ("content/articles/x9.md", "---\ntitle: Bài chín\ndate: 2024-09-01\nslug: bai-chin\n---\nSửa tên.\n"),
                                           ("content/pages/moi.md", nil)]
        for (path, text) in linked {
            if let text { try site.write(path, text) } else { try FileManager.default.removeItem(at: site.root.appendingPathComponent(path)) }
            same("\(path): \(text ?? "deleted")", session.rebuild(changed: [path]))
        }
        #expect(try String(contentsOf: output.appendingPathComponent("tin-tuc/x4/index.html"), encoding: .utf8).contains("href=\"/tin-tuc/bai-chin/\""))
        #expect(try !String(contentsOf: output.appendingPathComponent("tin-tuc/x4/index.html"), encoding: .utf8).contains("trang-moi"))
        // The linked article deleted, and both pages back at once: x4 links them again.
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/x9.md"))
        same("x9 deleted", session.rebuild(changed: ["content/articles/x9.md"]))
        try site.write("content/pages/moi.md", "---\ntitle: Trang mới\n---\nNội dung.\n")
        try site.write("content/articles/x9.md", "---\ntitle: Bài 9\ndate: 2024-09-01\n---\nGhi chú.\n")
        same("both back", session.rebuild(changed: ["content/articles/x9.md", "content/pages/moi.md"]))
        // Renamed: x9 deleted and made under another name; x4's link names nothing now.
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/x9.md"))
        try site.write("content/articles/x10.md", "---\ntitle: Bài 9\ndate: 2024-09-01\n---\nGhi chú.\n")
        same("x9 renamed x10", session.rebuild(changed: ["content/articles/x10.md", "content/articles/x9.md"]))
        try site.write("content/articles/x9.md", "---\ntitle: Bài 9\ndate: 2024-09-01\n---\nGhi chú.\n")
        same("x9 back", session.rebuild(changed: ["content/articles/x9.md"]))
        // x4 itself edited is warm, and still links there; so is a page that links to its own file.
        for text in ["---\ntitle: Bài 4\ndate: 2024-04-01\ntags: [Kaizen]\n---\nXem lại [ghi chú](x9.md).\n",
                     "---\ntitle: Bài 4\ndate: 2024-04-01\ntags: [Kaizen]\n---\nXem lại [ghi chú](x9.md) và [đầu bài](x4.md#dau).\n",
                     "---\ntitle: Bài 4\ndate: 2024-04-01\ntags: [Kaizen]\n---\n## Đầu {#dau}\n\nXem lại [ghi chú](x9.md) và [đầu bài](x4.md#dau).\n"] {
            try site.write("content/articles/x4.md", text)
            #expect(session.rebuild(changed: ["content/articles/x4.md"]).succeeded)
            #expect(session.lastWasIncremental)
            #expect(FileTree.read(output) == site.build().writer.files)
        }
    }

    @Test("files added to a bundle or to content/media/, replaced or deleted, and a file that a relative link named before it was there, files no page publishes (the summary of files not read said again), and pages made or deleted with their bundles, are rebuilt warm, each exactly as a full build; a second page in a bundle's folder takes a full build")
    func filesBesidePages() throws {
        let site = try TestSite(Self.fiveArticles)
        defer { site.remove() }
        try site.writeBytes("content/articles/goi/anh.txt", Array("chú thích".utf8))
        try site.write("content/articles/goi/bai.md", "---\ntitle: Gói\ndate: 2024-07-01\n---\nXem [chú thích](anh.txt).\n")
        let (session, output) = Self.warmSession(site)
        func svg(_ w: Int, _ h: Int) -> [UInt8] { Array("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\"/>".utf8) }
        func put(_ path: String, _ bytes: [UInt8]) throws -> [String] { try site.writeBytes(path, bytes); return [path] }
        func delete(_ path: String) throws -> [String] { try FileManager.default.removeItem(at: site.root.appendingPathComponent(path)); return [path] }
        func markdown(_ path: String, _ text: String) throws -> [String] { try site.write(path, text); return [path] }
        let bundle = "content/articles/goi/bai.md"
        let edits: [(String, Bool, () throws -> [String])] = [
            ("a picture added to a bundle, linked by nothing", true, { try put("content/articles/goi/hinh.svg", svg(40, 30)) }),
            ("its page shows it, and lists it with the picture", true, {
                try markdown(bundle, "---\ntitle: Gói\ndate: 2024-07-01\nimage: hinh.svg\n---\nXem [chú thích](anh.txt).\n\n![Hình](hinh.svg)\n")
            }),
            ("the picture replaced by one of another size", true, { try put("content/articles/goi/hinh.svg", svg(80, 30)) }),
            ("the picture replaced again, saved together with an edit of its page", true, {
                try put("content/articles/goi/hinh.svg", svg(60, 30))
                    + markdown(bundle, "---\ntitle: Gói\ndate: 2024-07-01\nimage: hinh.svg\n---\nXem [chú thích](anh.txt) và hình mới.\n\n![Hình](hinh.svg)\n")
            }),
            ("a file added to the bundle, and the one its page links deleted", true, {
                try put("content/articles/goi/phu-luc.txt", Array("phụ lục".utf8)) + delete("content/articles/goi/anh.txt")
            }),
            ("a picture added to content/media/", true, { try put("content/media/bieu-do.svg", svg(10, 10)) }),
            ("an article that shows it", true, { try markdown("content/articles/x1.md", "---\ntitle: Bài 1\ndate: 2024-01-01\ntags: [Kaizen]\nimage: /media/bieu-do.svg\n---\n![Biểu đồ](/media/bieu-do.svg)\n") }),
            ("the picture replaced by one of another size", true, { try put("content/media/bieu-do.svg", svg(20, 10)) }),
            ("an article links a file that is not there yet", true, { try markdown("content/articles/x2.md", "---\ntitle: Bài 2\ndate: 2024-02-01\ntags: [Kaizen]\n---\nXem [ghi chú](tai-lieu/ghi-chu.txt).\n") }),
            ("the file comes", true, { try put("content/articles/tai-lieu/ghi-chu.txt", Array("ghi chú".utf8)) }),
            ("and goes", true, { try delete("content/articles/tai-lieu/ghi-chu.txt") }),
            ("a file in a folder of no page's (the summary says it is not published)", true, { try put("content/articles/rieng/x.txt", Array("x".utf8)) }),
            ("another beside it (the summary counts two)", true, { try put("content/articles/rieng/y.docx", Array("y".utf8)) }),
            ("a text file among the articles (read as none: the summary says to rename it)", true, { try put("content/articles/ghi-chu.txt", Array("z".utf8)) }),
            ("the first deleted", true, { try delete("content/articles/rieng/x.txt") }),
            ("a file of a page's bundle, deleted with the text file", true, { try delete("content/articles/goi/phu-luc.txt") + delete("content/articles/ghi-chu.txt") }),
            ("a file among the pages, in a folder of none", true, { try put("content/pages/nhap/ban-thao.odt", Array("o".utf8)) }),
            ("a page made with its bundle", true, {
                try put("content/articles/goi-2/anh.svg", svg(5, 5)) + markdown("content/articles/goi-2/index.md", "---\ntitle: Gói 2\ndate: 2024-09-01\n---\n![Ảnh](anh.svg)\n")
            }),
            ("a picture saved first into a folder of its own (not read yet)", true, { try put("content/articles/goi-3/anh.svg", svg(6, 6)) }),
            ("then the page beside it, which takes it with it", true, { try markdown("content/articles/goi-3/tap-huan.md", "---\ntitle: Gói 3\ndate: 2024-10-01\n---\nẢnh kèm theo.\n") }),
            ("a second page in that folder, so that neither takes its files", false, {
                try markdown("content/articles/goi-3/tap-huan-2.md", "---\ntitle: Gói 3b\ndate: 2024-10-02\n---\nBài thứ hai.\n")
            }),
            ("a page deleted with its bundle", true, { try delete("content/articles/goi-2/anh.svg") + delete("content/articles/goi-2/index.md") }),
            ("a page of content/pages/ made with its bundle", true, {
                try put("content/pages/anh-hoat-dong/anh.svg", svg(7, 7)) + markdown("content/pages/anh-hoat-dong/index.md", "---\ntitle: Ảnh hoạt động\n---\n![Ảnh](anh.svg)\n")
            }),
            ("the page deleted, its picture left behind (not read)", true, { try delete("content/pages/anh-hoat-dong/index.md") }),
        ]
        for (what, warm, edit) in edits {
            let changed = try edit()
            let result = session.rebuild(changed: changed)
            let full = site.build(site.options(output: output))
            #expect(result.succeeded == full.result.succeeded, "\(what): \(result.diagnostics)")
            #expect(result.diagnostics.map(\.description) == full.result.diagnostics.map(\.description), "\(what)")
            #expect(session.lastWasIncremental == warm, "\(what)")
            session.finishSearch()
            #expect(Self.differ(output, full) == [], "\(what)")
        }
        #expect(FileTree.read(output)["media/bieu-do.svg"] == svg(20, 10))
    }

    @Test("a preview's clock moves on: an article dated after the session started is published warm once its moment has come; a kept article's moment passing takes a full build")
    func clockMovesOn() throws {
        let site = try TestSite(Self.fiveArticles)
        defer { site.remove() }
        final class Clock: @unchecked Sendable {
            let lock = NSLock()
            var seconds = TestSite.now.epochSeconds
            func now() -> DateTime { lock.withLock { DateTime(epochSeconds: seconds) } }
            func set(_ later: Int) { lock.withLock { seconds = TestSite.now.epochSeconds + later } }
        }
        let clock = Clock()
        let output = site.root.appendingPathComponent("preview")
        let session = BuildSession(options: site.options(output: output), clock: { clock.now() })
        #expect(session.build().succeeded)
        func full(at later: Int) -> TestBuild {
            var options = site.options(output: output)
            options.now = DateTime(epochSeconds: TestSite.now.epochSeconds + later)
            return site.build(options)
        }
        // `lantoa new article` dates it when it is made: a minute after the session started here.
        try site.write("content/articles/moi.md", "---\ntitle: Bài mới\ndate: 2026-11-27 12:01\n---\nNội dung.\n")
        clock.set(120)
        #expect(session.rebuild(changed: ["content/articles/moi.md"]).succeeded)
        #expect(session.lastWasIncremental)
        #expect(FileTree.read(output)["tin-tuc/moi/index.html"] != nil)
        #expect(Self.differ(output, full(at: 120)) == [])
        // One dated an hour later waits for its hour; when it has passed, the next save publishes it.
        try site.write("content/articles/sau.md", "---\ntitle: Bài hẹn giờ\ndate: 2026-11-27 13:00\n---\nNội dung.\n")
        clock.set(180)
        #expect(session.rebuild(changed: ["content/articles/sau.md"]).succeeded)
        #expect(FileTree.read(output)["tin-tuc/sau/index.html"] == nil)
        #expect(Self.differ(output, full(at: 180)) == [])
        try site.write("content/articles/x1.md", "---\ntitle: Bài 1\ndate: 2024-01-01\ntags: [Kaizen]\n---\nĐã sửa.\n")
        clock.set(5_400)
        #expect(session.rebuild(changed: ["content/articles/x1.md"]).succeeded)
        #expect(!session.lastWasIncremental)
        #expect(FileTree.read(output)["tin-tuc/sau/index.html"] != nil)
        #expect(Self.differ(output, full(at: 5_400)) == [])
    }

    /// With share pictures (each story and indicator has its own), only the edits that add or
    /// change one: drawing the pictures of every full build compared with takes long.
    @Test("the portal's pages, stories, pilots declared by articles, events, radio-TV reports, honour rolls, legal documents, glossary terms, indicators and plan edited, added or deleted are rebuilt warm, each exactly as a full build",
          arguments: [false, true])
    func otherSections(pictures: Bool) throws {
        let site = try TestSite("", config: false)
        defer { site.remove() }
        try FileManager.default.copyItem(at: TestSite.repositoryRoot.appendingPathComponent("content"), to: site.root.appendingPathComponent("content"))
        let output = site.root.appendingPathComponent("preview")
        let options = site.options(output: output, images: pictures)
        let session = BuildSession(options: options)
        #expect(session.build().succeeded)
        func text(_ path: String) throws -> String { try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8) }
        func edited(_ path: String, _ old: String, _ new: String) throws -> [String] { try Self.replace(old, with: new, in: path, site) }
        func delete(_ path: String) throws -> [String] { try FileManager.default.removeItem(at: site.root.appendingPathComponent(path)); return [path] }
        let story = "content/stories/du-lich-kpi.md", event = "content/events/tap-huan-kaizen-lean-2027.md"
        let pilotArticle = "content/articles/2023/kaizen-hop-tac-xa-ca-phe.md"
        let report = "content/broadcasts/phong-su-5s-xuong-ca-phe.md", english = "content/articles/2022/trien-khai-ke-hoach-nang-suat.en.md"
        let englishText = try text(english)
        let (reportText, honourText, documentText) = (try text(report), try text("content/ton-vinh/2024.md"), try text("content/documents/qd-36-qd-ttg.md"))
        let planText = try text("content/plan.yml")
        // Warm: true when the edit must take the warm path; a new count of pilots takes a full build.
        let edits: [(String, Bool, () throws -> [String])] = [
            ("a story's text", true, { try edited(story, "Xe dọn phòng", "Xe đẩy dọn phòng") }),
            ("a story's title and tools", true, { try edited(story, "title: Khách sạn nhỏ dùng KPI", "title: Khách sạn nhỏ áp dụng KPI") + edited(story, "tools: [KPI/BSC, 5S]", "tools: [KPI/BSC, 5S, Kaizen]") }),
            ("a new story of the same enterprise (no new pilot)", true, {
                try site.write("content/stories/du-lich-kpi-2.md", text(story).replacingOccurrences(of: "title: Khách sạn nhỏ", with: "title: Năm thứ hai, khách sạn nhỏ")
                    .replacingOccurrences(of: "date: 2025-07-22", with: "date: 2026-10-02"))
                return ["content/stories/du-lich-kpi-2.md"]
            }),
            ("a deleted story", true, { try delete("content/stories/du-lich-kpi-2.md") }),
            ("a story of a new enterprise (a new pilot: the indicator and its charts change)", true, { try edited(story, "Khách sạn Hoa Sữa (minh họa)", "Khách sạn Hoa Ban (minh họa)") }),
            ("an event's title and date", true, { try edited(event, "title: Tập huấn Kaizen và Lean", "title: Lớp tập huấn Kaizen và Lean") + edited(event, "2027-03-16 08:00", "2027-03-16 09:00") }),
            ("a new event", true, {
                try site.write("content/events/moi.md", text(event).replacingOccurrences(of: "title: Tập huấn", with: "title: Tập huấn lần hai"))
                return ["content/events/moi.md"]
            }),
            ("a deleted event", true, { try delete("content/events/moi.md") }),
            ("a radio-TV report, in a newsletter", true, { try edited("content/broadcasts/phong-su-5s-xuong-ca-phe.md", "title: \"Phóng sự: 5S", "title: \"Phóng sự: Áp dụng 5S") }),
            ("an honour roll", true, { try edited("content/ton-vinh/2024.md", "story: co-khi-kaizen", "story: du-lich-kpi") }),
            ("an indicator an article and a page draw", true, { try edited("content/indicators/nang-suat-theo-khu-vuc.csv", "2022;Nông, lâm nghiệp và thủy sản;61;", "2022;Nông, lâm nghiệp và thủy sản;62;") }),
            ("an indicator a page draws", true, { try edited("content/indicators/dong-gop-tfp.csv", "2017,46.09,", "2017,46.19,") }),
            ("an indicator's name", true, { try edited("content/indicators/indicators.yml", "- id: grdp-dak-lak\n  name: ", "- id: grdp-dak-lak\n  name: Tổng ") }),
            ("the plan", true, { try edited("content/plan.yml", "title: \"Thông tin, tuyên truyền, phổ biến về năng suất\"", "title: \"Thông tin, tuyên truyền và phổ biến về năng suất\"") }),
            ("a new indicator: its file and its entry", true, {
                try site.write("content/indicators/so-sang-kien.csv", "nam,gia_tri,trang_thai,ghi_chu\n2022,12,minh họa,\n2023,18,minh họa,\n2024,25,minh họa,\n")
                return try edited("content/indicators/indicators.yml", "- id: dong-gop-tfp\n",
                                  "- id: so-sang-kien\n  name: Số sáng kiến cải tiến được công nhận (minh họa)\n  unit: sáng kiến\n  scope: province\n  description: Số liệu minh họa.\n  source:\n    name: Sở Khoa học và Công nghệ\n  frequency: năm\n  better: higher\n  chart: bar\n\n- id: dong-gop-tfp\n")
                    + ["content/indicators/so-sang-kien.csv"]
            }),
            ("the plan deleted (whether the site has one shows on every page: every file is rendered)", true, { try delete("content/plan.yml") }),
            ("the plan put back", true, { try site.write("content/plan.yml", planText); return ["content/plan.yml"] }),
            ("a file of data no indicator reads", true, { try site.write("content/indicators/ghi-chu.csv", "nam,gia_tri\n2024,1\n"); return ["content/indicators/ghi-chu.csv"] }),
            ("it deleted", true, { try delete("content/indicators/ghi-chu.csv") }),
            ("the new indicator deleted: its entry and its file", true, {
                try edited("content/indicators/indicators.yml", "- id: so-sang-kien\n  name: Số sáng kiến cải tiến được công nhận (minh họa)\n  unit: sáng kiến\n  scope: province\n  description: Số liệu minh họa.\n  source:\n    name: Sở Khoa học và Công nghệ\n  frequency: năm\n  better: higher\n  chart: bar\n\n", "")
                    + delete("content/indicators/so-sang-kien.csv")
            }),
            ("a legal document", true, { try edited("content/documents/qd-36-qd-ttg.md", "theo số hiệu 36/QĐ-TTg.", "theo số hiệu 36/QĐ-TTg (ngày 11/01/2021).") }),
            ("an article that declares a pilot (a new enterprise: the indicator and its charts change)", true, {
                try edited(pilotArticle, "illustrative: true\n", "illustrative: true\npilot:\n  enterprise: Công ty TNHH Cà phê Ea Tiêu (minh họa)\n  loai_hinh: công ty TNHH\n  size: nhỏ\n  started: 2023\n")
            }),
            ("that article's title and pilot year", true, {
                try edited(pilotArticle, "title: Hợp tác xã cà phê rút ngắn", "title: Hợp tác xã cà phê đã rút ngắn") + edited(pilotArticle, "  started: 2023\n", "  started: 2024\n")
            }),
            ("its pilot taken out", true, { try edited(pilotArticle, "pilot:\n  enterprise: Công ty TNHH Cà phê Ea Tiêu (minh họa)\n  loai_hinh: công ty TNHH\n  size: nhỏ\n  started: 2024\n", "") }),
            ("a page's title", true, { try edited("content/pages/lien-he.md", "title: Liên hệ", "title: Liên hệ với chúng tôi") }),
            ("a new page", true, { try site.write("content/pages/moi.md", "---\ntitle: Trang mới\naliases: [/trang-cu/]\n---\nXem [giới thiệu](/gioi-thieu/).\n"); return ["content/pages/moi.md"] }),
            ("a deleted page", true, { try delete("content/pages/moi.md") }),
            ("a page in English that is a version of an article (the article's page shows it: every file is rendered)", true, {
                try site.write("content/pages/en/news.md", "---\ntitle: News in English\nlang: en\ntranslation: /tin-tuc/kaizen-hop-tac-xa-ca-phe/\n---\nText.\n")
                return ["content/pages/en/news.md"]
            }),
            ("a glossary term's definition, shown after every text that links it", true, {
                try edited("content/glossary/kaizen.md", "short: Cải tiến liên tục bằng nhiều thay đổi nhỏ", "short: Cải tiến liên tục bằng những thay đổi nhỏ")
                    + edited("content/glossary/kaizen.md", "nghĩa là \"thay đổi để tốt hơn\"", "nghĩa là \"đổi để tốt hơn\"")
            }),
            ("a picture of content/media/ replaced by one of another size (an article's, a report's and an event's)", true, {
                try edited("content/media/tap-huan-5s.svg", "viewBox=\"0 0 640 360\"", "viewBox=\"0 0 640 400\"")
            }),
            ("a report's recording replaced by a longer one (its size is on its page and in the podcast)", true, {
                let path = "content/media/phong-su-5s-minh-hoa.mp3"
                let bytes = try Data(contentsOf: site.root.appendingPathComponent(path))
                try site.writeBytes(path, Array(bytes + bytes))
                return [path]
            }),
            ("a legal document's file replaced", true, { try edited("content/media/ke-hoach-nang-suat-dak-lak-2021-2030.txt", "Đắk Lắk", "tỉnh Đắk Lắk") }),
            ("a new file in content/media/", true, { try site.writeBytes("content/media/anh-moi.svg", Array("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\"/>".utf8)); return ["content/media/anh-moi.svg"] }),
            ("an article that shows it", true, { try edited("content/articles/2022/tap-huan-5s-buon-ma-thuot.md", "image: /media/tap-huan-5s.svg", "image: /media/anh-moi.svg") }),
            ("that file replaced by one of another size", true, { try site.writeBytes("content/media/anh-moi.svg", Array("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"3\"/>".utf8)); return ["content/media/anh-moi.svg"] }),
            ("the article back to its picture", true, { try edited("content/articles/2022/tap-huan-5s-buon-ma-thuot.md", "image: /media/anh-moi.svg", "image: /media/tap-huan-5s.svg") }),
            ("that file deleted", true, { try delete("content/media/anh-moi.svg") }),
            ("a glossary term's other name (it may link in any text: every file is rendered)", true, { try edited("content/glossary/kaizen.md", "also_called: [cải tiến liên tục]", "also_called: [cải tiến liên tục, cải tiến]") }),
            ("the only radio-TV report deleted (its section's link leaves every page's footer)", true, { try delete(report) }),
            ("and put back", true, { try site.write(report, reportText); return [report] }),
            ("the only honour roll deleted, and a legal document with it", true, {
                try delete("content/ton-vinh/2024.md") + delete("content/documents/qd-36-qd-ttg.md")
            }),
            ("both back", true, {
                try site.write("content/ton-vinh/2024.md", honourText)
                try site.write("content/documents/qd-36-qd-ttg.md", documentText)
                return ["content/ton-vinh/2024.md", "content/documents/qd-36-qd-ttg.md"]
            }),
            ("a new glossary term (it may link in any text)", true, {
                try site.write("content/glossary/chuyen-doi-so.md", "---\ntitle: Chuyển đổi số\nshort: Đưa công nghệ số vào mọi hoạt động\n---\nChuyển đổi số.\n")
                return ["content/glossary/chuyen-doi-so.md"]
            }),
            ("the only article in English deleted (its language's feed goes)", true, { try delete(english) }),
            ("and put back (the feed comes back)", true, { try site.write(english, englishText); return [english] }),
        ]
        let drawn = ["an article that declares a pilot (a new enterprise: the indicator and its charts change)", "a new story of the same enterprise (no new pilot)", "a deleted story", "a story of a new enterprise (a new pilot: the indicator and its charts change)",
                     "an indicator an article and a page draw", "the only radio-TV report deleted (its section's link leaves every page's footer)", "and put back"]
        // Edits that every page shows: every file is rendered (but the search index's), the others far fewer.
        let everything: Set<String> = ["a page in English that is a version of an article (the article's page shows it: every file is rendered)",
                                       "a glossary term's other name (it may link in any text: every file is rendered)",
                                       "the only radio-TV report deleted (its section's link leaves every page's footer)", "and put back",
                                       "the only honour roll deleted, and a legal document with it", "both back", "a new glossary term (it may link in any text)",
                                       "the only article in English deleted (its language's feed goes)", "and put back (the feed comes back)",
                                       "the plan deleted (whether the site has one shows on every page: every file is rendered)", "the plan put back"]
        for (what, warm, edit) in edits where !pictures || drawn.contains(what) {
            let changed = try edit()
            let result = session.rebuild(changed: changed)
            #expect(result.succeeded, "\(what): \(result.diagnostics)")
            #expect(session.lastWasIncremental == warm, "\(what)")
            if let report = result.report, let rendered = report.rendered {
                #expect(everything.contains(what) == (rendered > report.files / 2), "\(what): \(rendered) of \(report.files) files")
            }
            session.finishSearch()
            #expect(Self.differ(output, site, options) == [], "\(what)")
        }
    }

    @Test("the portal's templates edited (a page's, a partial, the card, the base, the e-mail), added and deleted are rendered again warm, each exactly as a full build, the chart's too")
    func templateEdits() throws {
        let site = try TestSite("", config: false)
        defer { site.remove() }
        try FileManager.default.copyItem(at: TestSite.repositoryRoot.appendingPathComponent("content"), to: site.root.appendingPathComponent("content"))
        let output = site.root.appendingPathComponent("preview")
        let options = site.options(output: output)
        let session = BuildSession(options: options)
        #expect(session.build().succeeded)
        /// The built-in theme's template, edited, saved over it in the site's `templates/`.
        func edited(_ name: String, _ old: String, _ new: String) throws -> [String] {
            let path = "templates/\(name).mustache"
            let on = site.root.appendingPathComponent(path)
            let before = try String(contentsOf: FileManager.default.fileExists(atPath: on.path) ? on : TestSite.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
            #expect(before.contains(old), "\(path) has no \(old)")
            try site.write(path, before.replacingOccurrences(of: old, with: new))
            return [path]
        }
        func check(_ what: String, warm: Bool, _ changed: [String]) {
            let result = session.rebuild(changed: changed)
            #expect(result.succeeded, "\(what): \(result.diagnostics)")
            #expect(result.report?.shownFirst == nil, "\(what): nothing is left for later without open pages")
            same(what, warm: warm)
        }
        func same(_ what: String, warm: Bool) {
            #expect(session.lastWasIncremental == warm, "\(what)")
            #expect(Self.differ(output, site, options) == [], "\(what)")
        }
        check("a story page's template", warm: true, try edited("story", "{{>reuse}}", "<p>Hết.</p>{{>reuse}}"))
        check("the pagination partial", warm: true, try edited("pagination", "</nav>", "</nav><!-- trang -->"))
        check("the card", warm: true, try edited("card", "</a>", "</a> ·"))
        check("the home page's tile", warm: true, try edited("tile", "</", "<!-- ô --></"))
        check("the newsletter's e-mail", warm: true, try edited("newsletter-mail", "</body>", "<!-- thư --></body>"))
        check("an indicator page's template, which includes the chart", warm: true, try edited("indicator", "{{>chart}}", "<!-- biểu đồ -->{{>chart}}"))
        check("the base of every page", warm: true, try edited("base", "</body>", "<!-- cuối --></body>"))
        check("the chart, drawn in Markdown bodies as they are parsed", warm: true, try edited("chart", "</figure>", "<!-- hình --></figure>"))

        // With pages open in the preview, those are rendered first; the rest is written by
        // `finishSearch`, and meanwhile the session says which files are still to come.
        func text(_ file: String) -> String { (try? String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)) ?? "" }
        let open: Set<String> = ["index.html", "gioi-thieu/index.html"]
        let first = session.rebuild(changed: try edited("base", "</body>", "<!-- trước --></body>"), deferSearch: true, openFirst: open)
        #expect(first.succeeded && session.lastWasIncremental)
        #expect(first.report?.shownFirst?.files == 2 && first.report?.rendered ?? 0 > 100, "\(String(describing: first.report))")
        #expect(open.allSatisfy { text($0).contains("<!-- trước -->") })
        let later = session.deferredFiles
        #expect(later.count > 100 && later.isDisjoint(with: open) && later.contains("tin-tuc/index.html"))
        #expect(!text("tin-tuc/index.html").contains("<!-- trước -->"), "a file left for later is not written before the reload")
        // A reader asks for one: it is written at once, and no longer waits.
        session.renderNow("tin-tuc/index.html")
        #expect(text("tin-tuc/index.html").contains("<!-- trước -->") && !session.isDeferred("tin-tuc/index.html"))
        #expect(session.isDeferred("gioi-thieu/index.html") == false && session.isDeferred("chi-so/index.html"))
        #expect(session.finishSearch().isEmpty)
        #expect(session.deferredFiles.isEmpty)
        same("the base, with the open pages first", warm: true)
        // The rest starts with the pages the open ones link to, then the other pages, then the other files.
        let routes = try #require(Build.assemble(options).site?.routes)
        let order = BuildSession.linkedFirst(routes, from: ["index.html"], in: output).map(\.file)
        let home = text("index.html")
        func isLinked(_ file: String) -> Bool { home.contains("href=\"/" + (file.hasSuffix("index.html") ? String(file.dropLast("index.html".count)) : file) + "\"") }
        let linked = order.prefix(while: isLinked)
        #expect(linked.count > 10 && linked.contains("tin-tuc/index.html") && linked.contains("chi-so/index.html"), "\(linked)")
        let firstOther = try #require(order.firstIndex { !$0.hasSuffix(".html") && !isLinked($0) })
        #expect(order.count == routes.count && !order[firstOther...].contains { $0.hasSuffix(".html") }, "no page after the other files")
        // A new save stops the rest: a reader's page is still rendered on request, and the next
        // rebuild (another template, then a content edit) renders what the rest left.
        _ = session.rebuild(changed: try edited("base", "<!-- trước -->", "<!-- lần hai -->"), deferSearch: true, openFirst: open)
        #expect(session.finishSearch(stoppingWhen: { true }).isEmpty)
        #expect(session.isDeferred("tin-tuc/index.html"), "stopped before the rest")
        session.renderNow("the/kaizen/index.html")
        #expect(text("the/kaizen/index.html").contains("<!-- lần hai -->") && !session.isDeferred("the/kaizen/index.html"))
        let next = session.rebuild(changed: try edited("story", "{{>reuse}}", "<p>Hết bài.</p>{{>reuse}}"), deferSearch: true, openFirst: open)
        #expect(next.succeeded && session.lastWasIncremental)
        #expect(session.isDeferred("tin-tuc/index.html"), "what the stopped rest left joins this rebuild's rest")
        #expect(session.finishSearch(stoppingWhen: { true }).isEmpty)
        let page = "content/pages/gioi-thieu.md"
        try site.write(page, try String(contentsOf: site.root.appendingPathComponent(page), encoding: .utf8).replacingOccurrences(of: "title: Giới thiệu", with: "title: Về cổng"))
        let third = session.rebuild(changed: [page], deferSearch: true, openFirst: open)
        #expect(third.succeeded && session.lastWasIncremental)
        #expect(session.finishSearch().isEmpty && session.deferredFiles.isEmpty)
        same("a stopped rest, then a template and a page", warm: true)
        // A term's definition, its rest stopped, then a page: the index reads both edits' entries.
        func rewrite(_ path: String, _ old: String, _ new: String) throws -> [String] { try Self.replace(old, with: new, in: path, site) }
        let term = session.rebuild(changed: try rewrite("content/glossary/kaizen.md", "Cải tiến liên tục", "Cải tiến đều đặn"), deferSearch: true,
                                   openFirst: ["index.html"])
        #expect(term.succeeded && session.lastWasIncremental && session.hasWorkAfterReload)
        _ = session.finishSearch(stoppingWhen: { true })
        #expect(session.hasWorkAfterReload, "the index waits")
        #expect(session.rebuild(changed: try rewrite(page, "title: Về cổng", "title: Về cổng thông tin"), deferSearch: true, openFirst: open).succeeded)
        #expect(session.finishSearch().isEmpty && !session.hasWorkAfterReload)
        same("a term's rest stopped, then a page: the index has both", warm: true)
        // And then an article's text, which the index reads alone otherwise.
        _ = session.rebuild(changed: try rewrite("content/glossary/kaizen.md", "Cải tiến đều đặn", "Cải tiến mỗi ngày"), deferSearch: true, openFirst: ["index.html"])
        _ = session.finishSearch(stoppingWhen: { true })
        let name = try #require(FileManager.default.subpaths(atPath: site.root.appendingPathComponent("content/articles").path)?
            .sorted().first { $0.hasSuffix(".md") && !$0.contains("/index.") })
        let article = "content/articles/" + name
        let body = try String(contentsOf: site.root.appendingPathComponent(article), encoding: .utf8)
        try site.write(article, body + "\nMột câu mới về thủy canh.\n")
        #expect(session.rebuild(changed: [article], deferSearch: true, openFirst: open).succeeded && session.lastWasIncremental)
        #expect(session.finishSearch().isEmpty && !session.hasWorkAfterReload)
        same("a term's rest stopped, then an article's text: the index has both", warm: true)

        // A rebuild that finds the open pages among none of its files leaves them all for later.
        let none = session.rebuild(changed: try edited("story", "{{>reuse}}", "<p>Đọc tiếp.</p>{{>reuse}}"), deferSearch: true, openFirst: open)
        #expect(none.report?.shownFirst?.files == 0 && !session.deferredFiles.isEmpty)
        #expect(session.finishSearch().isEmpty)
        same("a story's template, nothing open", warm: true)

        // A broken template is reported where it is and leaves the output as it was; the fix is warm.
        let before = FileTree.read(output)
        let broken = session.rebuild(changed: try edited("story", "{{>reuse}}", "{{#reuse}}"))
        #expect(!broken.succeeded)
        #expect(broken.errors.map(\.location.file) == ["templates/story.mustache"])
        #expect(FileTree.read(output) == before)
        check("the broken template mended", warm: true, try edited("story", "{{#reuse}}", "{{>reuse}}"))

        // A template added is read by nothing yet: warm, nothing rendered. A page's template
        // that names it, saved after it, renders with it; a template naming a partial saved
        // only later is an error until that one comes. Deleting one nobody reads is warm; one
        // still read is an error, and the output stays as it was.
        try site.write("templates/loi-ket.mustache", "<p class=\"loi-ket\">Cảm ơn bạn đã đọc.</p>\n")
        let added = session.rebuild(changed: ["templates/loi-ket.mustache"])
        #expect(added.succeeded && added.report?.rendered == 0, "\(String(describing: added.report))")
        same("a template added", warm: true)
        check("a page's template that includes the new one", warm: true, try edited("story", "{{>reuse}}", "{{>loi-ket}}{{>reuse}}"))
        #expect(FileTree.read(output).values.contains { String(decoding: $0, as: UTF8.self).contains("Cảm ơn bạn đã đọc") }, "a story page shows it")
        let early = session.rebuild(changed: try edited("page", "</article>", "{{>cuoi-trang}}</article>"))
        #expect(!early.succeeded && early.errors.map(\.location.file) == ["templates/page.mustache"], "\(early.diagnostics)")
        try site.write("templates/cuoi-trang.mustache", "<p>Cuối trang.</p>\n")
        check("the partial it names, saved after it", warm: true, ["templates/cuoi-trang.mustache"])
        let inUse = FileTree.read(output)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/loi-ket.mustache"))
        let missing = session.rebuild(changed: ["templates/loi-ket.mustache"])
        #expect(!missing.succeeded && missing.errors.map(\.location.file) == ["templates/story.mustache"], "\(missing.diagnostics)")
        #expect(FileTree.read(output) == inUse)
        check("the template that named it mended", warm: true, try edited("story", "{{>loi-ket}}", ""))
        try site.write("templates/thu-nghiem.mustache", "<p>Thử.</p>\n")
        check("another template added", warm: true, ["templates/thu-nghiem.mustache"])
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/thu-nghiem.mustache"))
        check("a template nobody reads deleted", warm: true, ["templates/thu-nghiem.mustache"])
    }

    @Test("site.yml, the theme's words and its static files edited, added or deleted: the kept documents assembled again with the new settings and every file rendered warm, exactly as a full build; settings that change how content is read take a full build")
    func settingsAndStaticFiles() throws {
        let site = try TestSite("", config: false)
        defer { site.remove() }
        try FileManager.default.copyItem(at: TestSite.repositoryRoot.appendingPathComponent("content"), to: site.root.appendingPathComponent("content"))
        // The portal has no footnote: one article with one, for the theme's words below.
        try site.write("content/articles/2025/chu-thich.md", "---\ntitle: Có chú thích\ndate: 2025-03-01\n---\nMột câu.[^1]\n\n[^1]: Nguồn: ví dụ.\n")
        let output = site.root.appendingPathComponent("preview")
        let options = site.options(output: output)
        let session = BuildSession(options: options)
        #expect(session.build().succeeded)
        func edited(_ path: String, _ old: String, _ new: String) throws -> [String] { try Self.replace(old, with: new, in: path, site) }
        @discardableResult
        func check(_ what: String, warm: Bool, _ changed: [String]) -> BuildResult {
            let result = session.rebuild(changed: changed)
            #expect(result.succeeded, "\(what): \(result.diagnostics)")
            #expect(session.lastWasIncremental == warm, "\(what)")
            same(what, result)
            return result
        }
        func same(_ what: String, _ result: BuildResult) {
            let full = site.build(options)
            #expect(result.diagnostics.map(\.description) == full.result.diagnostics.map(\.description), "\(what): the same warnings")
            #expect(Self.differ(output, full) == [], "\(what)")
        }
        let yml = "content/site.yml"
        check("the site's title", warm: true, try edited(yml, "title: Năng suất Đắk Lắk", "title: Năng suất tỉnh Đắk Lắk"))
        check("the credit line, which every page and the data files show", warm: true,
              try edited(yml, "credit: \"Nguồn: Sở Khoa học và Công nghệ tỉnh Đắk Lắk\"", "credit: \"Nguồn: Sở KH&CN Đắk Lắk\""))
        check("a menu item", warm: true, try edited(yml, "  - title: Sự kiện\n    url: /su-kien/\n", ""))
        check("the notice", warm: true, try edited(yml, "Đây là bản mẫu", "Đây là bản thử"))
        check("the English version's title", warm: true, try edited(yml, "title: Productivity in Đắk Lắk", "title: Productivity, Đắk Lắk"))
        check("a smaller page size: more list pages", warm: true, try edited(yml, "page_size: 6", "page_size: 4"))
        check("the page size back: list pages deleted", warm: true, try edited(yml, "page_size: 4", "page_size: 6"))
        check("the stylesheet: a new fingerprint in every page", warm: true, try edited("templates/static/assets/style.css", "body", "html body"))
        let favicon = check("a favicon", warm: true, try edited("templates/static/favicon.svg", "</svg>", "<!-- x --></svg>"))
        #expect(favicon.report?.rendered == 1, "no page names it by its bytes: only it is written")

        // With a page open in the preview, it comes first with the stylesheet it now loads.
        let css = session.rebuild(changed: try edited("templates/static/assets/style.css", "html body", "body"), deferSearch: true, openFirst: ["index.html"])
        #expect(css.succeeded && session.lastWasIncremental)
        let home = (try? String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)) ?? ""
        let sheet = home.firstMatch(of: /assets\/style\.[0-9a-f]{8}\.css/).map { String($0.output) } ?? ""
        #expect(!sheet.isEmpty && FileManager.default.fileExists(atPath: output.appendingPathComponent(sheet).path), "\(sheet)")
        #expect(!session.deferredFiles.contains(sheet) && session.deferredFiles.contains("tin-tuc/index.html"))
        #expect(session.finishSearch().isEmpty)
        same("the stylesheet as it was, after the open page first", css)

        // The theme's words: in every page, the cards (a badge), the charts in bodies, footnotes.
        let words = "templates/i18n/vi.yml"
        check("a word of every page", warm: true, try edited(words, "news: Tin tức", "news: Tin mới"))
        check("the cards' badge", warm: true, try edited(words, "badge_illustrative: minh họa", "badge_illustrative: ví dụ"))
        check("a chart's words, in bodies too", warm: true, try edited(words, "chart_details: Chi tiết và tải số liệu", "chart_details: Xem chi tiết"))
        check("a footnote's link back", warm: true,
              try edited(words, "footnote_back: \"Quay lại chỗ dẫn chú thích {number}\"", "footnote_back: \"Về chỗ dẫn {number}\""))
        check("an English word", warm: true, try edited("templates/i18n/en.yml", "news: News", "news: Latest news"))

        // An error in site.yml is reported and leaves the output as it was; the fix is warm.
        let before = FileTree.read(output)
        let broken = session.rebuild(changed: try edited(yml, "page_size: 6", "page_size: mười"))
        #expect(!broken.succeeded && broken.errors.map(\.location.file) == [yml])
        #expect(FileTree.read(output) == before)
        check("the error mended", warm: true, try edited(yml, "page_size: mười", "page_size: 6"))

        // A static file added is published, with a fingerprinted copy for a stylesheet; one
        // deleted is gone. One that takes a page's address is an error, as in a full build.
        try site.write("templates/static/assets/extra.css", "p { color: black }\n")
        let extra = check("a new static file", warm: true, ["templates/static/assets/extra.css"])
        #expect(extra.report?.rendered ?? 0 > 100, "a new stylesheet has a fingerprinted name: every page is rendered")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("assets/extra.css").path))
        try site.write("templates/static/tai-lieu/huong-dan.txt", "Hướng dẫn.\n")
        #expect(check("a new static file in a new folder", warm: true, ["templates/static/tai-lieu/huong-dan.txt"]).report?.rendered == 1)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/static/assets/extra.css"))
        check("a static file deleted", warm: true, ["templates/static/assets/extra.css"])
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("assets/extra.css").path))
        let settled = FileTree.read(output)
        try site.write("templates/static/tin-tuc/index.html", "<p>x</p>\n")
        let clash = session.rebuild(changed: ["templates/static/tin-tuc/index.html"])
        let fullClash = site.build(options)
        #expect(!clash.succeeded && clash.errors.map(\.description) == fullClash.result.errors.map(\.description), "\(clash.diagnostics)")
        #expect(FileTree.read(output) == settled)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("templates/static/tin-tuc"))
        check("the clash removed", warm: true, ["templates/static/tin-tuc/index.html"])

        // Settings that change how content is read: full builds.
        check("the news section's address", warm: false, try edited(yml, "articles: tin-tuc", "articles: tin"))
        check("raw HTML allowed", warm: false, try edited(yml, "allow_raw_html: false", "allow_raw_html: true"))
    }
}
