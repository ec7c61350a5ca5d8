import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// The Đắk Lắk portal in content/ is the default site: it must build cleanly.
@Suite("The example portal")
struct ExampleSiteTests {
    @Test("builds with no errors and no warnings, with every page the issue asks for")
    func builds() throws {
        let writer = MemoryWriter()
        let options = BuildOptions(siteRoot: TestSite.repositoryRoot, now: TestSite.now)
        let result = Build.run(options, to: .memory(writer))
        #expect(result.diagnostics.map(\.description) == [])
        let files = writer.files
        for path in ["index.html", "tin-tuc/index.html", "tin-tuc/trang/1/index.html", "ke-hoach/van-ban/index.html",
                     "gioi-thieu/index.html", "lien-he/index.html", "404.html", "the/index.html", "chuyen-muc/index.html",
                     "rss.xml", "sitemap.xml", "robots.txt", "media/tap-huan-5s.svg"] {
            #expect(files[path] != nil, "missing \(path)")
        }
        // A key missing from a list item is looked up in the contexts around it; a whole dictionary
        // printed into a page ("[&quot;…") is the sign of it.
        for (path, bytes) in files where path.hasSuffix(".html") {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("[&quot;"), "a context printed into \(path)")
        }
        let articles = files.keys.filter { $0.hasPrefix("tin-tuc/") && $0.hasSuffix("/index.html") && !$0.contains("/trang/") && $0 != "tin-tuc/index.html" }
        #expect(articles.count >= 12)
    }

    @Test("the plan text keeps its headings and gets a table of contents")
    func planText() throws {
        let writer = MemoryWriter()
        _ = Build.run(BuildOptions(siteRoot: TestSite.repositoryRoot, now: TestSite.now), to: .memory(writer))
        let plan = try #require(writer.text("ke-hoach/van-ban/index.html"))
        for heading in ["I. MỤC TIÊU", "II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "III. KINH PHÍ THỰC HIỆN", "IV. TỔ CHỨC THỰC HIỆN"] {
            #expect(plan.contains(heading))
        }
        #expect(plan.contains("<h2 id=\"i-muc-tieu\">"))
        #expect(plan.contains("<a href=\"#i-muc-tieu\">I. MỤC TIÊU</a>"))
        #expect(plan.contains("tăng năng suất lao động bình quân trên 7%/năm"))
    }
}
