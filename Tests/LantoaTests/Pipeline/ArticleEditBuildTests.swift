import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// `lantoa build` after an edit to articles only: the build record says what each output file
/// reads of the articles, and only the files whose reading changed are rendered and written
/// (`BuildRecord.Reuse`, `PatchWriter`). Every such build must leave exactly what a build into
/// a new folder leaves.
@Suite("One-edit builds")
struct ArticleEditBuildTests {
    /// Builds into public/, then into a new folder from nothing, and compares the two trees.
    /// Returns what the first build did; `rendered` is handed the pages it rendered (those that
    /// read a template).
    @discardableResult
    private func build(_ site: TestSite, compress: Bool = false, images: Bool = false, segment: Int = SearchIndex.standardSegment, _ what: String = "",
                       rendered: ((Set<String>) -> Void)? = nil,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) -> BuildResult {
        var options = site.options(images: images, compress: compress)
        options.searchSegment = segment
        let result = rendered.map { noted in
            Build.execute(options, to: .disk, keepingDocuments: true, progress: { _ in }, rendered: { noted(Set($0.reads?.all.keys ?? [:].keys)) }).result
        } ?? Build.run(options, to: .disk)
        #expect(result.succeeded, "\(what): \(result.diagnostics)", sourceLocation: sourceLocation)
        let fresh = site.root.appendingPathComponent("fresh-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: fresh) }
        var fromNothing = site.options(output: fresh, images: images, compress: compress)
        fromNothing.searchSegment = segment
        #expect(Build.run(fromNothing, to: .disk).succeeded, sourceLocation: sourceLocation)
        let (patched, full) = (FileTree.read(site.root.appendingPathComponent("public")), FileTree.read(fresh))
        let differing = patched.keys.filter { full[$0] == nil }.sorted().map { "only after the edit: \($0)" }
            + full.keys.filter { patched[$0] == nil }.sorted().map { "only from nothing: \($0)" }
            + patched.keys.filter { full[$0] != nil && patched[$0] != full[$0] }.sorted().map { "different: \($0)" }
        #expect(differing.isEmpty, "\(what): \(differing)", sourceLocation: sourceLocation)
        // A deleted page's folder goes with it, as in a full build.
        let output = site.root.appendingPathComponent("public")
        let folders = FileManager.default.enumerator(at: output, includingPropertiesForKeys: [.isDirectoryKey])!.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
        #expect(folders.filter { (try? FileManager.default.contentsOfDirectory(atPath: $0.path))?.isEmpty == true }.map(\.lastPathComponent) == [],
                "\(what)", sourceLocation: sourceLocation)
        return result
    }

    private func article(_ k: String, _ front: String, _ body: String = "Nội dung.") -> String { "---\ntitle: Bài \(k)\n\(front)\n---\n\(body)\n" }

    @Test("new, edited, deleted and renamed articles, new dates, tags, slugs, aliases, drafts and event reports: only what reads them is written, and the output equals a build from nothing; also with the search index in segments of 3 entries",
          arguments: [(false, SearchIndex.standardSegment), (true, SearchIndex.standardSegment), (false, 3)])
    func articleEdits(compress: Bool, segment: Int) throws {
        let site = try TestSite(BuildSessionTests.fiveArticles)
        defer { site.remove() }
        #expect(build(site, compress: compress, segment: segment).report?.patched == nil)
        func delete(_ path: String) throws { try FileManager.default.removeItem(at: site.root.appendingPathComponent(path)) }
        let edits: [(String, () throws -> Void)] = [
            ("a body", { try site.write("content/articles/x2.md", self.article("2", "date: 2024-02-01\ntags: [Kaizen]", "Đã sửa.")) }),
            ("a new article with a new tag", { try site.write("content/articles/x6.md", self.article("6", "date: 2024-06-01\ntags: [Mới, Kaizen]")) }),
            ("a date that moves an article to the top", { try site.write("content/articles/x3.md", self.article("3", "date: 2026-04-01\ntags: [Kaizen]")) }),
            ("new tags and a category", { try site.write("content/articles/x2.md", self.article("2", "date: 2024-02-01\ntags: [5S, Kaizen]\ncategories: [Đào tạo]")) }),
            ("a renamed file", {
                try delete("content/articles/x4.md")
                try site.write("content/articles/x4-moi.md", self.article("bốn", "date: 2024-04-01\ntags: [Kaizen]"))
            }),
            ("a new slug and an alias", { try site.write("content/articles/x5.md", self.article("5", "date: 2024-05-01\nslug: bai-nam\naliases: [/tin-tuc/x5/]")) }),
            ("a report on an event", { try site.write("content/articles/x1.md", self.article("1", "date: 2024-01-01\nevent: hoi-thao")) }),
            ("a draft", { try site.write("content/articles/x6.md", self.article("6", "date: 2024-06-01\ndraft: true\ntags: [Mới]")) }),
            ("a deleted article, the only one of its tag", { try delete("content/articles/2026/tap-huan-5s.md") }),
            ("two articles at once", {
                try site.write("content/articles/x1.md", self.article("một", "date: 2024-01-01"))
                try site.write("content/articles/x7.md", self.article("7", "date: 2023-07-01\ntags: [Bảy]"))
            }),
        ]
        for (what, edit) in edits {
            try edit()
            let result = build(site, compress: compress, segment: segment, what)
            let patched = try #require(result.report?.patched, "\(what)")
            #expect(patched.written > 0, "\(what)")
            var options = site.options()
            options.searchSegment = segment
            #expect(result.report?.files == site.build(options).writer.files.count, "\(what)")
        }
    }

    @Test("a body edit writes the article's page and the few files that read it; the other pages keep their time")
    func onlyWhatChanged() throws {
        let site = try TestSite(BuildSessionTests.fiveArticles)
        defer { site.remove() }
        build(site)
        let output = site.root.appendingPathComponent("public")
        let untouched = ["tin-tuc/x1/index.html", "tin-tuc/x5/index.html", "gioi-thieu/index.html", "index.html"]
        func modified(_ file: String) throws -> Date? { try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(file).path)[.modificationDate] as? Date }
        let before = try untouched.map(modified)
        func inode(_ path: String) throws -> Int? { try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int }
        let page = try inode(output.appendingPathComponent("tin-tuc/x3/index.html").path)
        try site.write("content/articles/x3.md", article("3", "date: 2024-03-01\ntags: [Kaizen]", "Nội dung đã sửa."))
        let result = build(site)
        // The page it replaced trades places with it: kept in the staging folder, not freed (on
        // a disk mounted with `discard`, freeing a file waits for the disk).
        #expect(try inode(DiskWriter.siblings(of: output).staging + "/tin-tuc/x3/index.html") == page)
        let patched = try #require(result.report?.patched)
        #expect(patched.removed == 0)
        // The summary counts an indicator's chart files only: this site has none (favicon.svg is no chart).
        #expect(result.report?.charts == 0)
        // The page, its search text and the feeds that carry it; not the whole site.
        #expect(patched.written < (result.report?.files ?? 0) / 4, "\(patched)")
        #expect(try untouched.map(modified) == before)
        #expect(try modified("tin-tuc/x3/index.html") != nil)
        // Built again with nothing new: left as it is.
        #expect(Build.run(site.options(), to: .disk).report?.unchanged == true)
    }

    @Test("a new article, the newest, renders the first page of each list it is in and the two numbered pages before a new one, and of the archive its index and its year; the older pages are not rendered")
    func newArticleKeepsOlderPages() throws {
        var spec = BuildSessionTests.fiveArticles
        for k in 6...11 { spec += "\n-- content/articles/x\(k).md --\n" + article(String(k), "date: 2023-0\(k - 2)-01\ntags: [Kaizen]") }
        let site = try TestSite(spec)
        defer { site.remove() }
        build(site)
        // 13 articles, 2 to a page: the news has 5 numbered pages, Kaizen (12 articles) 5.
        func rendered(after path: String, _ date: String) throws -> Set<String> {
            try site.write(path, article("mới", "date: \(date)\ntags: [Kaizen]"))
            var pages: Set<String> = []
            let report = build(site, path, rendered: { pages = $0 }).report
            #expect(report?.patched != nil, "\(path)")
            return pages
        }
        // News: 14 articles make page 6; pages 5 and 4 link it. Kaizen: 13, its first page only.
        let first = try rendered(after: "content/articles/moi.md", "2026-06-01")
        #expect(first.contains("tin-tuc/trang/6/index.html") && first.contains("tin-tuc/trang/4/index.html") && first.contains("the/kaizen/index.html"))
        #expect(first.filter { $0.hasPrefix("tin-tuc/trang/") }.sorted() == ["tin-tuc/trang/4/index.html", "tin-tuc/trang/5/index.html", "tin-tuc/trang/6/index.html"])
        #expect(first.filter { $0.hasPrefix("the/kaizen/trang/") }.isEmpty, "\(first.sorted())")
        // News: 15, its first page only. Kaizen: 14 make page 6.
        let second = try rendered(after: "content/articles/moi-2.md", "2026-07-01")
        #expect(second.filter { $0.hasPrefix("tin-tuc/trang/") }.isEmpty, "\(second.sorted())")
        #expect(second.filter { $0.hasPrefix("the/kaizen/trang/") }.sorted() == ["the/kaizen/trang/4/index.html", "the/kaizen/trang/5/index.html", "the/kaizen/trang/6/index.html"])
        // The archive: each changes the index's counts and its year's page, not the other years' pages.
        for pages in [first, second] {
            #expect(pages.filter { $0.hasPrefix("tin-tuc/luu-tru/") }.sorted() == ["tin-tuc/luu-tru/2026/index.html", "tin-tuc/luu-tru/index.html"])
        }
        // The newest deleted: back as before, the pages it made gone (`build` compares with a build from nothing).
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/moi-2.md"))
        build(site, "moi-2.md deleted")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/the/kaizen/trang/6").path))
    }

    @Test("anything but an article or a file beside one, a hand-edited output file, a bundle's files changing hands, a pilot or a tampered record: a full build")
    func fullBuilds() throws {
        let site = try TestSite(BuildSessionTests.fiveArticles + "\n" + StoryTests.pilots)
        defer { site.remove() }
        // An article drawing the indicator its pilots are counted in: parsed again when a pilot changes.
        try site.write("content/articles/bieu-do.md", article("biểu đồ", "date: 2024-08-01", "Đoạn đầu.\n\n```chart\ndu-an-diem\n```"))
        build(site)
        let output = site.root.appendingPathComponent("public")
        func delete(_ path: String) throws { try FileManager.default.removeItem(at: site.root.appendingPathComponent(path)) }
        let cases: [(String, FullBuildCause?, () throws -> Void)] = [
            ("a template", .changed("templates/card.mustache", 0), { try site.write("templates/card.mustache", "<li class=\"card\"><h2 class=\"card-title\"><a href=\"{{url}}\">{{title}}</a> mới</h2></li>\n") }),
            ("a glossary term", .added("content/glossary/kaizen.md", 0), { try site.write("content/glossary/kaizen.md", "---\ntitle: Kaizen\nshort: Cải tiến liên tục\n---\nCải tiến.\n") }),
            ("a page's picture added with an article edited", .added("content/pages/anh.svg", 0), {
                try site.writeBytes("content/pages/anh.svg", Array("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\"/>".utf8))
                try site.write("content/articles/x2.md", self.article("2", "date: 2024-02-01\ntags: [Kaizen]", "Sửa khi thêm ảnh."))
            }),
            ("an article edited and an output page edited by hand", .output, {
                try site.write("content/articles/x2.md", self.article("2", "date: 2024-02-01\ntags: [Kaizen]", "Sửa lần nữa."))
                try Data("sửa tay".utf8).write(to: output.appendingPathComponent("tin-tuc/x1/index.html"))
            }),
            ("an article edited and an output page deleted by hand", .output, {
                try site.write("content/articles/x2.md", self.article("2", "date: 2024-02-01\ntags: [Kaizen]", "Sửa lần nữa, xóa tay."))
                try FileManager.default.removeItem(at: output.appendingPathComponent("tin-tuc/x1/index.html"))
            }),
            ("a file added to the output by hand", nil, {
                try site.write("content/articles/x2.md", self.article("2", "date: 2024-02-01\ntags: [Kaizen]", "Sửa lần ba."))
                try Data("của người khác".utf8).write(to: output.appendingPathComponent("tin-tuc/x1/ghi-chu.txt"))
            }),
            ("an empty folder added to the output by hand", nil, {
                try site.write("content/articles/x2.md", self.article("2", "date: 2024-02-01\ntags: [Kaizen]", "Sửa lần bốn."))
                try FileManager.default.createDirectory(at: output.appendingPathComponent("tin-tuc/x1/trong"), withIntermediateDirectories: false)
            }),
            ("an article counted as a pilot", .pilot("content/articles/x3.md"), {
                try site.write("content/articles/x3.md", self.article("3", "date: 2024-03-01\npilot:\n  enterprise: Công ty TNHH A\n  loai_hinh: công ty TNHH\n  size: nhỏ\n  started: 2024"))
            }),
            ("the pilot's text edited", .pilot("content/articles/x3.md"), {
                try site.write("content/articles/x3.md", self.article("3", "date: 2024-03-01\npilot:\n  enterprise: Công ty TNHH A\n  loai_hinh: công ty TNHH\n  size: nhỏ\n  started: 2024", "Sửa."))
            }),
        ]
        for (what, cause, change) in cases {
            try change()
            if let foreign = ["a file added to the output by hand": "tin-tuc/x1/ghi-chu.txt", "an empty folder added to the output by hand": "tin-tuc/x1/trong"][what] {
                // A full build refuses to take someone's file; the edit must not slip past that either.
                let refused = Build.run(site.options(), to: .disk)
                #expect(!refused.succeeded, "\(what)")
                #expect(refused.errors.contains { $0.message.contains(foreign) }, "\(what): \(refused.diagnostics)")
                try FileManager.default.removeItem(at: output.appendingPathComponent(foreign))
            }
            let report = build(site, what).report
            #expect(report?.patched == nil, "\(what)")
            // The summary says why (a record lay beside the output, except after the refused build).
            #expect(report?.fullBecause == cause, "\(what)")
        }
        // A bundle made whole (its only article and its files, all new): no file changes hands.
        try site.writeBytes("content/articles/goi/anh.txt", Array("chú thích".utf8))
        try site.write("content/articles/goi/bai.md", "---\ntitle: Gói\ndate: 2024-07-01\n---\nXem [chú thích](anh.txt).\n")
        let bundle = build(site, "a bundle made whole").report
        #expect(bundle?.patched != nil && bundle?.fullBecause == nil, "\(String(describing: bundle?.fullBecause))")
        // An article edited in its bundle publishes the folder's files as before, linked or not;
        // in a folder of several articles, the files its text links, as others' texts do.
        for (what, path, text) in [("an article in a bundle, alone", "content/articles/goi/bai.md", "---\ntitle: Gói\ndate: 2024-07-02\n---\nXem [chú thích](anh.txt).\n"),
                                   ("its link taken out", "content/articles/goi/bai.md", "---\ntitle: Gói\ndate: 2024-07-02\n---\nKhông còn liên kết.\n"),
                                   ("a year's article that links a file of its folder", "content/articles/2026/tap-huan-5s.md",
                                    "---\ntitle: Tập huấn 5S\ndate: 2026-03-05 08:30\ntags: [5S, Năng suất]\n---\nXem [ghi chú](ghi-chu.txt).\n"),
                                   ("and no longer", "content/articles/2026/tap-huan-5s.md", "---\ntitle: Tập huấn 5S\ndate: 2026-03-05 08:30\ntags: [5S, Năng suất]\n---\nKhông còn.\n")] {
            if what == "a year's article that links a file of its folder" {
                // A file beside the folder's only article (its bundle now), then a second article:
                // the folder is no one's bundle any more, a full build.
                try site.writeBytes("content/articles/2026/ghi-chu.txt", Array("ghi chú".utf8))
                let beside = build(site, "a file added beside an article").report
                #expect(beside?.patched != nil && beside?.fullBecause == nil, "\(String(describing: beside?.fullBecause))")
                try site.write("content/articles/2026/thu-hai.md", article("năm 2026", "date: 2026-03-02"))
                #expect(build(site, "a second article in its folder").report?.fullBecause == .bundle("content/articles/2026/thu-hai.md"))
            }
            try site.write(path, text)
            let report = build(site, what).report
            #expect(report?.patched != nil && report?.fullBecause == nil, "\(what)")
        }
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/tin-tuc/bai/anh.txt").path))

        // A record whose lists were changed without its check is not trusted.
        try site.write("content/articles/x2.md", article("2", "date: 2024-02-01\ntags: [Kaizen]", "Sửa lần tư."))
        let record = BuildRecord.path(for: output)
        // (The route list is the file's last part, after its JSON and the list of sources.)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: record))
        let routes = try #require(bytes.lastIndex(of: 0))
        try (bytes[...routes] + Data(String(decoding: bytes[(routes + 1)...], as: UTF8.self).replacingOccurrences(of: "*", with: "0").utf8))
            .write(to: URL(fileURLWithPath: record))
        let tampered = build(site, "tampered record").report
        #expect(tampered?.patched == nil && tampered?.fullBecause == .record)
        // Other switches: the summary says so, and not a file.
        #expect(Build.run(site.options(drafts: true), to: .disk).report?.fullBecause == .switches)
    }

    @Test("the portal's pages, stories, events, radio-TV reports, honour rolls and legal documents edited, added or deleted: the files that read more than the articles are rendered, the articles' pages are not, and the output equals a build from nothing; one that changes every page, the pilots counted or the glossary takes a full build")
    func otherDocuments() throws {
        let site = try TestSite("", config: false)
        defer { site.remove() }
        try FileManager.default.copyItem(at: TestSite.repositoryRoot.appendingPathComponent("content"), to: site.root.appendingPathComponent("content"))
        build(site)
        let output = site.root.appendingPathComponent("public")
        func text(_ path: String) throws -> String { try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8) }
        func edited(_ path: String, _ old: String, _ new: String) throws { _ = try BuildSessionTests.replace(old, with: new, in: path, site) }
        func delete(_ path: String) throws { try FileManager.default.removeItem(at: site.root.appendingPathComponent(path)) }
        let story = "content/stories/du-lich-kpi.md", event = "content/events/tap-huan-kaizen-lean-2027.md"
        let report = "content/broadcasts/phong-su-5s-xuong-ca-phe.md", reportText = try text(report)
        // An article that links a page by its file: parsed again when the page's address changes.
        let linking = "content/articles/2026/lien-he-so.md"
        try site.write(linking, "---\ntitle: Liên hệ Sở\ndate: 2026-01-05\n---\nXem [trang liên hệ](../../pages/lien-he.md).\n")
        // An article drawing the count of pilots: parsed again when a story changes the enterprises counted.
        try site.write("content/articles/2026/dem-du-an.md", "---\ntitle: Số doanh nghiệp có dự án điểm\ndate: 2026-01-06\n---\nĐoạn đầu.\n\n```chart\ndoanh-nghiep-du-an-diem\n```\n")
        build(site, "an article that links a page by its file, and one that draws the pilots")
        let articlePage = output.appendingPathComponent("tin-tuc/kaizen-hop-tac-xa-ca-phe/index.html")
        func modified() throws -> Date? { try FileManager.default.attributesOfItem(atPath: articlePage.path)[.modificationDate] as? Date }
        let untouched = try modified()
        // nil: only the files that read them; else the full build's cause.
        let edits: [(String, FullBuildCause?, () throws -> Void)] = [
            ("a story's text", nil, { try edited(story, "Xe dọn phòng", "Xe đẩy dọn phòng") }),
            ("a story's title and tools", nil, { try edited(story, "title: Khách sạn nhỏ dùng KPI", "title: Khách sạn nhỏ áp dụng KPI"); try edited(story, "tools: [KPI/BSC, 5S]", "tools: [KPI/BSC, 5S, Kaizen]") }),
            ("a new story of the same enterprise (no new pilot)", nil, {
                try site.write("content/stories/du-lich-kpi-2.md", text(story).replacingOccurrences(of: "title: Khách sạn nhỏ", with: "title: Năm thứ hai, khách sạn nhỏ")
                    .replacingOccurrences(of: "date: 2025-07-22", with: "date: 2026-10-02"))
            }),
            ("that story deleted", nil, { try delete("content/stories/du-lich-kpi-2.md") }),
            ("a story of a new enterprise, started a year earlier (the pilots counted change, and the charts of them)", .pilot(story), {
                try edited(story, "Khách sạn Hoa Sữa (minh họa)", "Khách sạn Hoa Ban (minh họa)"); try edited(story, "started: 2025", "started: 2024")
            }),
            ("an event's title and date", nil, { try edited(event, "title: Tập huấn Kaizen và Lean", "title: Lớp tập huấn Kaizen và Lean"); try edited(event, "2027-03-16 08:00", "2027-03-16 09:00") }),
            ("a new event", nil, { try site.write("content/events/moi.md", text(event).replacingOccurrences(of: "title: Tập huấn", with: "title: Tập huấn lần hai")) }),
            ("that event deleted", nil, { try delete("content/events/moi.md") }),
            ("a radio-TV report, in a newsletter", nil, { try edited(report, "title: \"Phóng sự: 5S", "title: \"Phóng sự: Áp dụng 5S") }),
            ("an honour roll", nil, { try edited("content/ton-vinh/2024.md", "story: co-khi-kaizen", "story: du-lich-kpi") }),
            ("a legal document", nil, { try edited("content/documents/qd-36-qd-ttg.md", "theo số hiệu 36/QĐ-TTg.", "theo số hiệu 36/QĐ-TTg (ngày 11/01/2021).") }),
            ("a page's title", nil, { try edited("content/pages/lien-he.md", "title: Liên hệ", "title: Liên hệ với chúng tôi") }),
            ("a new page with an alias", nil, { try site.write("content/pages/moi.md", "---\ntitle: Trang mới\naliases: [/trang-cu/]\n---\nXem [giới thiệu](/gioi-thieu/).\n") }),
            ("that page deleted", nil, { try delete("content/pages/moi.md") }),
            ("a page's address, linked by an article by its file", nil, { try edited("content/pages/lien-he.md", "title: Liên hệ với chúng tôi\n", "title: Liên hệ với chúng tôi\nslug: lien-he-so\n") }),
            ("a page and an article edited together", nil, {
                try edited("content/pages/lien-he.md", "title: Liên hệ với chúng tôi", "title: Liên hệ")
                try edited(linking, "Xem [trang", "Mời xem [trang")
            }),
            ("a page in English that is a version of an article (the article's page shows it)", .everyPage("content/pages/en/news.md"), {
                try site.write("content/pages/en/news.md", "---\ntitle: News in English\nlang: en\ntranslation: /tin-tuc/kaizen-hop-tac-xa-ca-phe/\n---\nText.\n")
            }),
            ("the only radio-TV report deleted (its section's link leaves every page's footer)", .everyPage(report), { try delete(report) }),
            ("and put back", .everyPage(report), { try site.write(report, reportText) }),
            ("a glossary term's definition (shown after every text that links it)", .changed("content/glossary/kaizen.md", 0), {
                try edited("content/glossary/kaizen.md", "short: Cải tiến liên tục bằng nhiều thay đổi nhỏ", "short: Cải tiến liên tục bằng những thay đổi nhỏ")
            }),
        ]
        // A month's newsletter shows its stories, reports and events: rendered when one of them
        // changed, and not for a page, an honour roll or a legal document.
        let letters = ["a story's text", "a radio-TV report, in a newsletter", "an event's title and date"]
        let noLetters = ["a page's title", "an honour roll", "a legal document"]
        for (what, cause, edit) in edits {
            try edit()
            let written = try modified()
            var months: Set<String> = []
            let result = build(site, what) { months = $0.filter { $0.hasPrefix("ban-tin/") && $0 != "ban-tin/index.html" } }
            if letters.contains(what) { #expect(!months.isEmpty, "\(what)") }
            if noLetters.contains(what) { #expect(months.isEmpty, "\(what): \(months.sorted())") }
            if cause == nil {
                let patched = try #require(result.report?.patched, "\(what)")
                #expect(patched.written > 0 && patched.written < (result.report?.files ?? 0) / 2, "\(what): \(patched)")
                // An article's page reads no other document: left as it was.
                #expect(try modified() == written, "\(what)")
            }
        }
        #expect(untouched != nil)
        #expect(try text("public/tin-tuc/lien-he-so/index.html").contains("href=\"/lien-he-so/\""))
    }

    @Test("with share pictures drawn, a story added, retitled and deleted is rendered with what reads it: its own picture shows only on its own page",
          .enabled(if: Rasteriser.missing() == nil, "rsvg-convert draws the share pictures"))
    func storyPictures() throws {
        let site = try TestSite("", config: false)
        defer { site.remove() }
        try FileManager.default.copyItem(at: TestSite.repositoryRoot.appendingPathComponent("content"), to: site.root.appendingPathComponent("content"))
        build(site, images: true)
        let story = "content/stories/du-lich-kpi.md", new = "content/stories/du-lich-kpi-2.md"
        let text = try String(contentsOf: site.root.appendingPathComponent(story), encoding: .utf8)
        let edits: [(String, String?)] = [
            ("a new story", text.replacingOccurrences(of: "title: Khách sạn nhỏ", with: "title: Năm thứ hai, khách sạn nhỏ")
                .replacingOccurrences(of: "date: 2025-07-22", with: "date: 2026-10-02")),
            ("its title", text.replacingOccurrences(of: "title: Khách sạn nhỏ", with: "title: Năm thứ ba, khách sạn nhỏ")
                .replacingOccurrences(of: "date: 2025-07-22", with: "date: 2026-10-02")),
            ("deleted", nil),
        ]
        for (what, content) in edits {
            if let content { try site.write(new, content) } else { try FileManager.default.removeItem(at: site.root.appendingPathComponent(new)) }
            let report = build(site, images: true, what).report
            #expect(report?.fullBecause == nil, "\(what): \(String(describing: report?.fullBecause))")
            #expect(report?.patched != nil, "\(what)")
            // (The output equals a build from nothing, pictures included: `build` compares them.)
            let picture = site.root.appendingPathComponent("public/dien-hinh/du-lich-kpi-2/" + ShareImages.name)
            #expect(FileManager.default.fileExists(atPath: picture.path) == (content != nil), "\(what)")
        }
    }

    /// The Markdown files under content/articles/.
    private func articleCount(_ site: TestSite) -> Int {
        FileManager.default.enumerator(atPath: site.root.appendingPathComponent("content/articles").path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }.count
    }

    @Test("after an edit only the changed articles are parsed; an article that warned is parsed again and warns again")
    func parsedOnce() throws {
        let site = try TestSite(BuildSessionTests.fiveArticles)
        defer { site.remove() }
        try site.write("content/articles/x1.md", article("1", "date: 2024-01-01\nfoo: bar"))
        #expect(build(site).report?.articlesReused == 0)
        try site.write("content/articles/x2.md", article("2", "date: 2024-02-01\ntags: [Kaizen]", "Đã sửa."))
        let result = build(site, "a body")
        #expect(result.report?.patched != nil)
        #expect(result.report?.articlesReused == articleCount(site) - 2)
        // No article moved: the search index is the last build's with the article read again.
        #expect(result.report?.searchReused == true)
        #expect(result.warnings.contains { $0.message.contains("foo") && $0.location.file == "content/articles/x1.md" }, "\(result.diagnostics)")
        try site.write("content/articles/x6.md", article("6", "date: 2024-06-01\ntags: [Mới]"))
        let added = build(site, "a new article").report
        #expect(added?.articlesReused == articleCount(site) - 2)
        // Its entry goes among the others, which move one place after it: the index is the last build's.
        #expect(added?.searchReused == true)
        try site.write("content/articles/x6.md", article("6 mới", "date: 2024-06-01\ntags: [Mới, Kaizen]", "Từ khóa mới hẳn."))
        #expect(build(site, "a title, tags and words no other article has").report?.searchReused == true)
        // A new article newer than every other takes the next number: the index is the last
        // build's with its entry added, and only the files its words reach are written.
        let search = site.root.appendingPathComponent("public/tim-kiem/chi-muc")
        let searchFiles = try FileManager.default.subpathsOfDirectory(atPath: search.path).filter { $0.hasSuffix(".json") }
        try site.write("content/articles/x9.md", article("9 mới nhất", "date: 2026-11-20\ntags: [Kaizen]", "Bản tin mới nhất về năng suất, với từ lạ xyzzy."))
        try site.write("content/articles/x2.md", article("2", "date: 2024-02-01\ntags: [Kaizen]", "Đã sửa cùng lúc."))
        let newest = build(site, "a new article, the newest, and an edit").report
        #expect(newest?.searchReused == true)
        let written = try #require(newest?.patched?.written)
        #expect(written < (newest?.files ?? 0) - searchFiles.count / 2, "\(written) of \(newest?.files ?? 0) files, \(searchFiles.count) of them the index's")
        // An event to come is dated after every article: a new article's entry goes before its.
        try site.write("content/events/sap-toi.md", "---\ntitle: Hội thảo sắp tới\nstart: 2027-03-01 08:00\nend: 2027-03-01 11:00\nplace: Buôn Ma Thuột\n---\nNội dung.\n")
        #expect(build(site, "an event to come").report?.searchReused == true)
        try site.write("content/articles/x10.md", article("10", "date: 2026-11-21\ntags: [Kaizen]", "Một bài mới nữa về năng suất, trước hội thảo sắp tới."))
        #expect(build(site, "a new article, before an event to come").report?.searchReused == true)
        // A deleted article's entry leaves; those after it move up one place: the index is the
        // last build's, with the word only it had gone from its shard.
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/x9.md"))
        #expect(build(site, "the newest but one deleted").report?.searchReused == true)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/x6.md"))
        try site.write("content/articles/x2.md", article("2", "date: 2024-02-01\ntags: [Kaizen]", "Sửa khi xóa bài khác."))
        #expect(build(site, "an article among others deleted, with an edit").report?.searchReused == true)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/events/sap-toi.md"))
        #expect(build(site, "the last entry deleted").report?.searchReused == true)
    }

    @Test("an article linking by a relative path is parsed again when articles come or go, or when a page it links to by its file (`x8.md`) changes address or goes; only a page other than an article linking it takes a full build")
    func relativeLinks() throws {
        let site = try TestSite(BuildSessionTests.fiveArticles)
        defer { site.remove() }
        try site.write("content/articles/x1.md", article("1", "date: 2024-01-01", "Xem [bài tám](x8.md) và [bài hai](/tin-tuc/x2/)."))
        build(site)
        let x1 = site.root.appendingPathComponent("public/tin-tuc/x1/index.html")
        func patchedOnly(_ report: BuildReport?, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
            #expect(report?.patched != nil && report?.fullBecause == nil, "\(what): \(String(describing: report?.fullBecause))", sourceLocation: sourceLocation)
        }
        try site.write("content/articles/x8.md", article("8", "date: 2024-08-01"))
        // x1 now links to a file that is there (the output must be a fresh build's: checked in `build`).
        let added = build(site, "the linked file added").report
        #expect(added?.articlesReused == articleCount(site) - 2)
        patchedOnly(added, "the linked file added")
        #expect(try String(contentsOf: x1, encoding: .utf8).contains("href=\"/tin-tuc/x8/\""))
        try site.write("content/articles/x2.md", article("2", "date: 2024-02-01\ntags: [Kaizen]", "Sửa."))
        #expect(build(site, "an edit").report?.articlesReused == articleCount(site) - 1)
        // x1 links x8's page: x8's new address is x1's new link, though x1 did not change.
        try site.write("content/articles/x8.md", article("8", "date: 2024-08-01\nslug: bai-tam"))
        let moved = build(site, "the linked page's slug changed").report
        patchedOnly(moved, "the linked page's slug changed")
        #expect(moved?.articlesReused == articleCount(site) - 2)
        #expect(try String(contentsOf: x1, encoding: .utf8).contains("href=\"/tin-tuc/bai-tam/\""))
        // Edited at the same address, it is an edit like any other.
        try site.write("content/articles/x8.md", article("tám", "date: 2024-08-01\nslug: bai-tam", "Sửa."))
        let edited = build(site, "the linked page edited").report
        patchedOnly(edited, "the linked page edited")
        // x1 is parsed again with it: a page it links changed, and may have moved.
        #expect(edited?.articlesReused == articleCount(site) - 2)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/x8.md"))
        patchedOnly(build(site, "the linked page deleted").report, "the linked page deleted")
        #expect(try String(contentsOf: x1, encoding: .utf8).contains("href=\"x8.md\""))
        // A page links it too: a page other than an article is rendered again only by a full build.
        try site.write("content/articles/x8.md", article("8", "date: 2024-08-01"))
        patchedOnly(build(site, "the linked file back").report, "the linked file back")
        try site.write("content/pages/gioi-thieu.md", "---\ntitle: Giới thiệu\n---\nXem [bài tám](../articles/x8.md).\n")
        build(site, "a page linking it")
        try site.write("content/articles/x8.md", article("8", "date: 2024-08-01\nslug: bai-tam"))
        #expect(build(site, "linked by a page, moved").report?.fullBecause == .linkedPageMoved("content/articles/x8.md"))
        #expect(try String(contentsOf: site.root.appendingPathComponent("public/gioi-thieu/index.html"), encoding: .utf8).contains("href=\"/tin-tuc/bai-tam/\""))
        // Deleted, it is named by the page still (the link is published as written, with a warning).
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/x8.md"))
        #expect(build(site, "linked by a page, deleted").report?.fullBecause == .linkedPageMoved("content/articles/x8.md"))
    }

    @Test("files of content/media/ and beside articles added, replaced or deleted, and bundles made or deleted whole: the articles that show, link or publish one are parsed again and rendered with the lists that show them; one a page, a report or the theme names takes a full build")
    func mediaFiles() throws {
        let site = try TestSite(BuildSessionTests.fiveArticles)
        defer { site.remove() }
        func svg(_ width: Int, _ height: Int) -> String { "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\"></svg>\n" }
        func delete(_ path: String) throws { try FileManager.default.removeItem(at: site.root.appendingPathComponent(path)) }
        // x2 shows a picture not saved yet (a warning); x3 has a lead picture, shown on its cards; x4 links a file by a relative path.
        try site.write("content/articles/x2.md", article("2", "date: 2024-02-01\ntags: [Kaizen]", "![Sơ đồ](/media/so-do.svg)"))
        try site.write("content/media/bia.svg", svg(40, 30))
        try site.write("content/articles/x3.md", article("3", "date: 2024-03-01\ntags: [Kaizen]\nimage: /media/bia.svg\nimage_alt: Bìa"))
        try site.write("content/media/tai-lieu.txt", "Tài liệu.\n")
        try site.write("content/articles/x4.md", article("4", "date: 2024-04-01", "Xem [tài liệu](../media/tai-lieu.txt)."))
        let first = build(site, "the first build")
        #expect(first.warnings.contains { $0.location.file == "content/articles/x2.md" }, "\(first.diagnostics)")
        let steps: [(String, () throws -> Void)] = [
            ("the missing picture saved", { try site.write("content/media/so-do.svg", svg(120, 80)) }),
            ("it replaced by one of another size", { try site.write("content/media/so-do.svg", svg(90, 60)) }),
            ("a lead picture replaced", { try site.write("content/media/bia.svg", svg(64, 48)) }),
            ("a linked file replaced", { try site.write("content/media/tai-lieu.txt", "Tài liệu mới.\n") }),
            ("a file nothing names added", { try site.write("content/media/khac.txt", "Khác.\n") }),
            ("a picture replaced and an article edited at once", {
                try site.write("content/media/bia.svg", svg(50, 50))
                try site.write("content/articles/x5.md", self.article("5", "date: 2024-05-01", "Sửa."))
            }),
            ("a new article with a new picture", {
                try site.write("content/media/moi.svg", svg(30, 30))
                try site.write("content/articles/x6.md", self.article("6", "date: 2024-06-01\nimage: /media/moi.svg\nimage_alt: Mới"))
            }),
            ("the picture deleted", { try delete("content/media/so-do.svg") }),
            ("a file nothing names deleted", { try delete("content/media/khac.txt") }),
            // Beside articles: a folder of several (the year's), and a bundle (a folder's only article publishes all of it).
            ("a picture beside the year's articles, shown by one", {
                try site.write("content/articles/2026/anh-nam.svg", svg(70, 40))
                try site.write("content/articles/2026/tap-huan-5s.md", "---\ntitle: Tập huấn 5S\ndate: 2026-03-05 08:30\ntags: [5S, Năng suất]\n---\n![Ảnh](anh-nam.svg)\n")
            }),
            ("it replaced", { try site.write("content/articles/2026/anh-nam.svg", svg(72, 42)) }),
            ("a bundle", {
                try site.write("content/articles/goi/index.md", self.article("gói", "date: 2024-07-01\nimage: bia.svg\nimage_alt: Bìa gói"))
                try site.write("content/articles/goi/bia.svg", svg(30, 20))
            }),
            ("a file added to the bundle, linked by nothing", { try site.write("content/articles/goi/phu-luc.txt", "Phụ lục.\n") }),
            ("the bundle's lead picture replaced", { try site.write("content/articles/goi/bia.svg", svg(33, 22)) }),
            ("a file deleted from the bundle", { try delete("content/articles/goi/phu-luc.txt") }),
            ("the year's picture deleted", { try delete("content/articles/2026/anh-nam.svg") }),
            ("the bundle deleted whole", { try delete("content/articles/goi") }),
        ]
        for (what, step) in steps {
            try step()
            let report = build(site, what).report
            #expect(report?.patched != nil && report?.fullBecause == nil, "\(what): \(String(describing: report?.fullBecause))")
        }
        #expect(try String(contentsOf: site.root.appendingPathComponent("public/tin-tuc/x3/index.html"), encoding: .utf8).contains("width=\"50\""))
        #expect(build(site, "the deleted picture again").warnings.contains { $0.location.file == "content/articles/x2.md" })
        // Named by a page, a report's recording or a template: their pages render only in full builds.
        try site.write("content/media/logo.svg", svg(10, 10))
        try site.write("content/pages/gioi-thieu.md", "---\ntitle: Giới thiệu\n---\n![Logo](/media/logo.svg)\n")
        build(site, "a page showing a picture")
        try site.write("content/media/logo.svg", svg(20, 20))
        #expect(build(site, "the page's picture replaced").report?.fullBecause == .changed("content/media/logo.svg", 0))
        try site.write("templates/logo.mustache", "<img src=\"/media/CHAN-TRANG.svg\" alt=\"\">\n")
        try site.write("content/media/chan-trang.svg", svg(10, 10))
        build(site, "a template naming a picture")
        try site.write("content/media/chan-trang.svg", svg(12, 12))
        #expect(build(site, "the template's picture replaced").report?.fullBecause == .changed("content/media/chan-trang.svg", 0))
        // A site that reads .txt files as Markdown: a .txt beside the articles is an article.
        let settings = try String(contentsOf: site.root.appendingPathComponent("content/site.yml"), encoding: .utf8)
        try site.write("content/site.yml", settings + "extensions: [md, txt]\n")
        build(site, "Markdown in .txt files")
        try site.write("content/articles/2026/ghi-chu-moi.txt", article("ghi chú", "date: 2024-09-01"))
        #expect(build(site, "a .txt article added").report?.fullBecause == .added("content/articles/2026/ghi-chu-moi.txt", 0))
        try site.write("content/articles/2026/ghi-chu-moi.txt", article("ghi chú", "date: 2024-09-01", "Sửa."))
        #expect(build(site, "a .txt article edited").report?.fullBecause == .changed("content/articles/2026/ghi-chu-moi.txt", 0))
    }

    @Test("an edit's parse cache, the articles taken from the last one copied from it, holds each article as the cache a build from nothing writes, byte for byte")
    func cacheCopied() throws {
        let site = try TestSite(BuildSessionTests.fiveArticles)
        defer { site.remove() }
        build(site)
        try site.write("content/articles/x2.md", article("2", "date: 2024-02-01\ntags: [Kaizen]", "Đã sửa."))
        try site.write("content/articles/x9.md", article("9", "date: 2026-11-20\ntags: [Kaizen]", "Bài mới."))
        let edited = build(site, "an edit and a new article").report
        #expect(edited?.patched != nil && (edited?.articlesReused ?? 0) == articleCount(site) - 2)
        let other = site.root.appendingPathComponent("other")
        #expect(Build.run(site.options(output: other), to: .disk).report?.articlesReused == 0)
        func cache(_ output: URL) throws -> DocumentCache {
            let record = try #require(BuildRecord.load(for: output))
            return try #require(DocumentCache.load(for: output, program: record.program, sources: record.sources))
        }
        let (copied, made) = (try cache(site.root.appendingPathComponent("public")), try cache(other))
        #expect(copied.entries.keys.sorted() == made.entries.keys.sorted())
        for (path, entry) in made.entries {
            let theirs = try #require(copied.entries[path])
            #expect(theirs.hash == entry.hash && theirs.readsOtherFiles == entry.readsOtherFiles, "\(path)")
            #expect(try copied.bytes(theirs.range) == made.bytes(entry.range), "\(path)")
        }
    }

    @Test("a damaged parse cache, or one another build left, is ignored whole")
    func damagedCache() throws {
        let site = try TestSite(BuildSessionTests.fiveArticles)
        defer { site.remove() }
        build(site)
        let cache = URL(fileURLWithPath: DocumentCache.path(for: site.root.appendingPathComponent("public")))
        let older = try Data(contentsOf: cache)
        var bytes = [UInt8](older)
        bytes[bytes.count / 2] ^= 0x20
        try Data(bytes).write(to: cache)
        try site.write("content/articles/x2.md", article("2", "date: 2024-02-01\ntags: [Kaizen]", "Đã sửa."))
        let damaged = build(site, "a damaged cache").report
        #expect(damaged?.patched != nil && damaged?.articlesReused == 0)
        // Whole and well formed, but from the build before: its documents may be out of date.
        try older.write(to: cache)
        try site.write("content/articles/x3.md", article("3", "date: 2024-03-01\ntags: [Kaizen]", "Đã sửa."))
        let stale = build(site, "a cache of the build before").report
        #expect(stale?.patched != nil && stale?.articlesReused == 0)
    }

    @Test("an article read back from the parse cache is the article parsed, field for field")
    func roundTrip() throws {
        let site = try TestSite(BuildSessionTests.fiveArticles + """

        -- content/articles/day-du/index.md --
        ---
        title: Bài đầy đủ
        date: 2024-09-01T08:30:00+07:00
        lastmod: 2024-09-02
        summary: Tóm tắt.
        description: Mô tả.
        tags: [5S, Kaizen]
        categories: [Đào tạo]
        author: Phòng Quản lý
        image: anh.png
        image_alt: Ảnh
        illustrative: true
        publishDate: 2024-09-01
        expiryDate: 2030-01-01
        slug: bai-day-du
        aliases: [/cu/day-du/]
        tasks: [II.1.2]
        translation: /en/full/
        event: hoi-thao
        ---
        ## Mở đầu {#mo-dau}

        Đoạn có [liên kết](https://example.org/), [trang](/gioi-thieu/), chú thích[^1] và ![ảnh](anh.png "Chú thích").

        [^1]: Nguồn.
        """)
        defer { site.remove() }
        try site.writeBytes("content/articles/day-du/anh.png", SitesFromElsewhereTests.png)
        build(site)
        let options = site.options()
        let record = try #require(BuildRecord.load(for: options.output))
        let cache = try #require(DocumentCache.load(for: options.output, program: record.program, sources: record.sources))
        var found: [Diagnostic] = []
        let project = try #require(ContentLoader(options: options).load(diagnostics: &found))
        #expect(cache.entries.count == project.articles.count)
        for article in project.articles {
            let entry = try #require(cache.entries[article.sourcePath], "\(article.sourcePath)")
            let cached = try #require(cache.document(article.sourcePath, hash: entry.hash, articlesAddedOrDeleted: false, store: nil))
            var (a, b) = ("", "")
            dump(article, to: &a)
            dump(cached, to: &b)
            let same = a == b
            #expect(same, "\(article.sourcePath)")
        }
        let path = "content/articles/day-du/index.md"
        let entry = try #require(cache.entries[path])
        let full = try #require(cache.document(path, hash: entry.hash, articlesAddedOrDeleted: false, store: nil))
        #expect(entry.readsOtherFiles && full.imageSize == ImageSize(width: 2, height: 1) && full.illustrative && full.body.readsWords)
        // Taken only while its file is as it was, and not after articles came or went (it links by a relative path).
        #expect(cache.document(path, hash: ContentHash("khác"), articlesAddedOrDeleted: false, store: nil) == nil)
        #expect(cache.document(path, hash: entry.hash, articlesAddedOrDeleted: true, store: nil) == nil)
    }
}
