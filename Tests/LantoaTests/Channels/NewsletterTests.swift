import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// The monthly newsletter: a page per month with something published, and its e-mail as HTML
/// (inline styles, absolute links), plain text and one MIME message.
@Suite("Monthly newsletter")
struct NewsletterTests {
    static let site = """

    -- content/articles/a.md --
    ---
    title: Tin tháng 11
    date: 2026-11-05
    summary: Tóm tắt tin.
    ---
    Nội dung.

    -- content/articles/b.md --
    ---
    title: Tin tháng 9
    date: 2026-09-10
    ---
    Nội dung.

    -- content/events/tap-huan.md --
    ---
    title: Tập huấn tháng 12
    start: 2026-12-10 08:00
    end: 2026-12-10 17:00
    place: Buôn Ma Thuột
    ---
    Chương trình.
    """

    @Test("a newsletter for each month with something published: its page, its HTML e-mail with absolute links, its text, its message")
    func months() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        let index = try #require(build.file("ban-tin/index.html"))
        let nov = try #require(index.range(of: "Bản tin năng suất tháng 11/2026")), sep = try #require(index.range(of: "Bản tin năng suất tháng 9/2026"))
        #expect(nov.lowerBound < sep.lowerBound && !index.contains("tháng 10/2026"))
        let page = try #require(build.file("ban-tin/2026-11/index.html"))
        #expect(page.contains("<a href=\"/tin-tuc/a/\">Tin tháng 11</a>") && page.contains("Tập huấn tháng 12") && !page.contains("Tin tháng 9"))
        #expect(page.contains("href=\"/ban-tin/2026-11/thu.eml\" download>Tệp thư (.eml)</a>"))
        // The theme's words reach inside the letter: nothing in it shadows `site`.
        #expect(page.contains("<p class=\"breadcrumb\"><a href=\"/ban-tin/\">Bản tin</a></p>") && page.contains("Gửi bản tin qua thư điện tử"))
        let html = try #require(build.file("ban-tin/2026-11/thu.html"))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        #expect(html.contains("<a href=\"https://example.org/tin-tuc/a/\" style=\""))
        #expect(html.contains("max-width:600px") && !html.contains("<link") && !html.contains("<img") && !html.contains("<script"))
        let text = try #require(build.file("ban-tin/2026-11/thu.txt"))
        #expect(text.hasPrefix("Bản tin năng suất tháng 11/2026\n===============================\n"))
        #expect(text.contains("* Tin tháng 11 (05/11/2026)\n  https://example.org/tin-tuc/a/\n"))
        let message = try #require(build.file("ban-tin/2026-11/thu.eml"))
        // A draft for Outlook (X-Unsent), dated the first of the next month, the subject in encoded words of at most 75 characters.
        #expect(message.hasPrefix("MIME-Version: 1.0\r\nX-Unsent: 1\r\nDate: Tue, 01 Dec 2026 08:00:00 +0700\r\nSubject: =?UTF-8?B?"))
        #expect(message.components(separatedBy: "\r\n").filter { $0.contains("=?UTF-8?B?") }.allSatisfy { $0.utf8.count <= 76 + 9 })
        #expect(html.contains("<!--[if mso]><table role=\"presentation\" width=\"600\" align=\"center\">"))
        #expect(message.contains("Content-Type: multipart/alternative; boundary=\"lantoa-ban-tin-2026-11\"\r\n"))
        #expect(message.components(separatedBy: "Content-Transfer-Encoding: base64").count == 3 && message.hasSuffix("--lantoa-ban-tin-2026-11--\r\n"))
        #expect(message.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 998 })
        // The text part decodes back to thu.txt.
        let lines = message.components(separatedBy: "\r\n")
        let start = try #require(lines.firstIndex(of: "Content-Type: text/plain; charset=utf-8")) + 3
        let encoded = lines[start...].prefix { !$0.hasPrefix("--") }.joined()
        #expect(String(decoding: Data(base64Encoded: encoded) ?? Data(), as: UTF8.self) == text)
        #expect(try #require(build.file("index.html")).contains("<a href=\"/ban-tin/\">Bản tin</a>"))
    }

    @Test("newsletter_months limits the months written, 0 writes none")
    func limit() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        try site.write("content/site.yml", TestSite.minimalConfig + "\nnewsletter_months: 1\n")
        let one = site.build()
        #expect(one.messages == [] && one.file("ban-tin/2026-11/thu.html") != nil && one.file("ban-tin/2026-09/index.html") == nil)
        try site.write("content/site.yml", TestSite.minimalConfig + "\nnewsletter_months: 0\n")
        let none = site.build()
        #expect(none.file("ban-tin/index.html") == nil && !(none.file("index.html") ?? "").contains("/ban-tin/"))
    }
}
