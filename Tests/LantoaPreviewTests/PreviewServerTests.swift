import Foundation
import Testing
import LantoaTesting
@testable import LantoaPreview
import Lantoa
#if canImport(Glibc)
import Glibc
#endif

/// The preview server over real HTTP on loopback, the way a browser uses it.
@Suite("lantoa serve", .serialized)
struct PreviewServerTests {
    @Test("an edit reaches the open page; a broken file shows the overlay, fixing it clears it")
    func liveReload() async throws {
        let site = try TestSite(BuildOutputTestsSpec.twoArticles)
        defer { site.remove() }
        let server = try await PreviewServer(site: site.root, port: 0)
        let port = server.port
        let task = Task { try await server.run { _, _ in } }
        defer { task.cancel() }
        try await Loopback.waitForServer(port: port)

        let first = try await Loopback.get("/tin-tuc/kaizen/", port: port)
        #expect(first.status == 200)
        #expect(first.body.contains("Kaizen ở hợp tác xã") && first.body.contains("EventSource"))
        #expect(try await Loopback.get("/khong-co/", port: port).status == 404)
        #expect(try await Loopback.get("/%2e%2e/%2e%2e/etc/passwd", port: port).status == 403)
        #expect(try await Loopback.get("/assets/style.css", port: port).headers.contains("content-type: text/css"))

        let events = try Loopback.EventReader(port: port)
        #expect(try await events.next().contains("\"version\":1"))

        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Kaizen đổi tên\ndate: 2025-01-09\n---\nMới.\n")
        let reload = try await events.next()
        #expect(reload.contains("\"version\":2") && reload.contains("\"ok\":true"))
        #expect(try await Loopback.get("/tin-tuc/kaizen/", port: port).body.contains("Kaizen đổi tên"))

        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Hỏng\ndate: 2025-13-40\n---\n")
        #expect(try await events.next().contains("\"ok\":false"))
        let broken = try await Loopback.get("/tin-tuc/kaizen/", port: port).body
        #expect(broken.contains("lantoa-overlay"))
        #expect(broken.contains("content/articles/2025/kaizen.md:3:7: error: &#39;date&#39; is not a valid date"))
        #expect(broken.contains("Kaizen đổi tên"), "the last good page stays under the overlay")

        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Đã sửa\ndate: 2025-01-09\n---\nMới.\n")
        #expect(try await events.next().contains("\"ok\":true"))
        let fixed = try await Loopback.get("/tin-tuc/kaizen/", port: port).body
        #expect(!fixed.contains("lantoa-overlay") && fixed.contains("Đã sửa"))
        await server.stop()
    }

    @Test("the overlay speaks one language, the problems' own, and says which")
    func overlayLanguage() {
        let english = LiveReload.overlay("x", vietnamese: false), vietnamese = LiveReload.overlay("x", vietnamese: true)
        #expect(english.contains("lang=\"en\"") && english.contains(Message.overlayHeading.english) && english.contains(">Close</button>"))
        #expect(!english.contains(Message.overlayHeading.vietnamese) && !english.contains("Đóng"))
        #expect(vietnamese.contains("lang=\"vi\"") && vietnamese.contains(Message.overlayFixAndSave.vietnamese) && vietnamese.contains(">Đóng</button>"))
        #expect(!vietnamese.contains(Message.overlayFixAndSave.english) && !vietnamese.contains("Close"))
    }

    // Issue 18: the overlay escaped only & and <, so a quote in a problem could end an attribute.
    @Test("the overlay escapes &, <, >, \" and ' in the problems it shows")
    func overlayEscapes() async throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: A
        date: <b>"x"</b> & 'y'
        ---
        Nội dung.
        """)
        defer { site.remove() }
        let server = try await PreviewServer(site: site.root, port: 0)
        let task = Task { try await server.run { _, _ in } }
        defer { task.cancel() }
        let page = try await Loopback.get("/", port: server.port)
        #expect(page.body.contains("content/articles/a.md:3:7: error: &#39;date&#39; is not a valid date (got &quot;&lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; &#39;y&#39;&quot;)"))
        #expect(!page.body.contains("<b>"))
        await server.stop()
    }
}

enum BuildOutputTestsSpec {
    static let twoArticles = """
    -- content/articles/2025/kaizen.md --
    ---
    title: Kaizen ở hợp tác xã
    date: 2025-01-09
    ---
    Nội dung.
    -- content/articles/2026/tap-huan.md --
    ---
    title: Tập huấn
    date: 2026-01-09
    ---
    Nội dung.
    """
}
