import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// Every generated URL comes from `SiteConfig.URLNames`: renaming a section in site.yml moves its
/// pages and every link to them, and nothing is left at the old address.
@Suite("URL names")
struct URLNamesTests {
    @Test("the plan, its tasks, the agencies and the documents follow urls: in site.yml, and every link with them")
    func renamed() throws {
        let site = try TestSite(StoryTests.pilots + "\n" + PlanTests.plan + "\n" + DocumentTests.documents + """

        -- content/site.yml --
        title: Năng suất
        base_url: https://example.org/
        urls:
          plan: plan
          tasks: tasks
          agencies: agencies
          documents: documents
        -- content/articles/a.md --
        ---
        title: Bài
        date: 2025-01-01
        tasks: [II.1.1]
        ---
        Nội dung.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        for page in ["plan/index.html", "plan/tasks/ii-1-1/index.html", "agencies/so-khcn/index.html", "documents/index.html",
                     "documents/qd-36/index.html", "documents/loai/quyet-dinh/index.html", "documents/co-quan/thu-tuong-chinh-phu/index.html"] {
            #expect(build.file(page) != nil, "\(page) is missing")
        }
        let files = build.writer.files.keys.sorted()
        #expect(!files.contains { $0.hasPrefix("ke-hoach/") || $0.hasPrefix("co-quan/") || $0.hasPrefix("van-ban/") }, "something is left at an old address")
        // Links: the task from the plan, the agency from the task, the documents from the footer.
        #expect(try #require(build.file("plan/index.html")).contains("href=\"/plan/tasks/ii-1-1/\""))
        #expect(try #require(build.file("plan/tasks/ii-1-1/index.html")).contains("href=\"/agencies/so-khcn/\""))
        #expect(try #require(build.file("index.html")).contains("href=\"/documents/\""))
        #expect(try #require(build.file("documents/index.html")).contains("href=\"/documents/loai/quyet-dinh/\""))
        for (path, _) in build.writer.files where path.hasSuffix(".html") {
            let html = try #require(build.file(path))
            #expect(!html.contains("href=\"/ke-hoach/nhiem-vu") && !html.contains("href=\"/co-quan/") && !html.contains("href=\"/van-ban/"), "\(path) links an old address")
        }
    }

    @Test("a page inside the search index's folder is an error: the index's files could overwrite it")
    func searchFolderClaimed() throws {
        let site = try TestSite("""
        -- content/pages/x.md --
        ---
        title: Trang lạc chỗ
        url: /tim-kiem/chi-muc/x/
        ---
        Nội dung.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages.contains { $0.hasPrefix("content/pages/x.md:1:1: error: the URL /tim-kiem/chi-muc/x/index.html is inside /tim-kiem/chi-muc/, the search index's folder") })
    }
}
