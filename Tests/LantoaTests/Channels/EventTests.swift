import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// The calendar of events: pages, registration, reports, iCalendar files, and the errors of a
/// malformed event at their line. `TestSite.now` is 27 November 2026.
@Suite("Events and training")
struct EventTests {
    static let upcoming = """

    -- content/events/tap-huan-kaizen.md --
    ---
    title: Tập huấn Kaizen, Lean; thực hành
    summary: Hai ngày học và thực hành.
    start: 2027-03-16 08:00
    end: 2027-03-17 16:30
    place: Hội trường Sở KH&CN, Buôn Ma Thuột
    organiser: Sở Khoa học và Công nghệ
    audience: Doanh nghiệp nhỏ và vừa
    category: Tập huấn
    materials:
      - title: Tài liệu
        file: /media/tai-lieu.txt
    registration:
      email: dangky@example.vn
      deadline: 2027-03-05
    ---
    Chương trình hai ngày.

    -- content/media/tai-lieu.txt --
    Tài liệu.
    """

    static let past = """

    -- content/events/hoi-thao-2025.md --
    ---
    title: Hội thảo chuyển đổi số
    start: 2025-08-30
    end: 2025-08-30
    online: https://hop.example.vn/cds
    category: Hội thảo
    registration:
      url: https://example.vn/dang-ky
      deadline: 2025-08-20
    ---
    Nội dung.

    -- content/articles/bao-cao.md --
    ---
    title: Tường thuật hội thảo
    date: 2025-08-31
    event: hoi-thao-2025
    ---
    Bài tường thuật.
    """

    @Test("the calendar lists upcoming events soonest first and past ones by year; each event has a page with its facts, materials and sign-up")
    func pages() throws {
        let site = try TestSite(Self.upcoming + Self.past)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        let list = try #require(build.file("su-kien/index.html"))
        let upcoming = try #require(list.range(of: "Sắp diễn ra")), pastHeading = try #require(list.range(of: "Đã diễn ra 2025"))
        let kaizen = try #require(list.range(of: "Tập huấn Kaizen")), seminar = try #require(list.range(of: "Hội thảo chuyển đổi số"))
        #expect(upcoming.lowerBound < kaizen.lowerBound && kaizen.lowerBound < pastHeading.lowerBound && pastHeading.lowerBound < seminar.lowerBound)
        #expect(list.contains("href=\"/su-kien/lich.ics\"") && list.contains("href=\"/su-kien/lich-tap-huan.ics\""))
        let page = try #require(build.file("su-kien/tap-huan-kaizen/index.html"))
        #expect(page.contains("08:00–16:30 ngày") == false)
        #expect(page.contains("08:00 ngày 16/03/2027 đến 16:30 ngày 17/03/2027"))
        #expect(page.contains("Hạn đăng ký: 05/03/2027"))
        #expect(page.contains("href=\"mailto:dangky@example.vn\""))
        #expect(page.contains("href=\"/media/tai-lieu.txt\""))
        #expect(page.contains("href=\"/su-kien/tap-huan-kaizen/lich.ics\""))
        #expect(page.contains("\"@type\":\"Event\"") && page.contains("\"startDate\":\"2027-03-16T08:00:00+07:00\""))
        // After its deadline, sign-up is closed; a past event links the article that reports on it.
        let past = try #require(build.file("su-kien/hoi-thao-2025/index.html"))
        #expect(past.contains("Đã hết hạn đăng ký (20/08/2025)."))
        #expect(!past.contains("href=\"https://example.vn/dang-ky\""))
        #expect(past.contains("Sự kiện đã diễn ra.") && past.contains("Ngày 30/08/2025"))
        #expect(past.contains("<a href=\"/tin-tuc/bao-cao/\">Tường thuật hội thảo</a>"))
        // Events are in the search index and the sitemap, and out of the news.
        #expect(try #require(build.file("sitemap.xml")).contains("/su-kien/tap-huan-kaizen/"))
        #expect(!(try #require(build.file("tin-tuc/index.html")).contains("Tập huấn Kaizen")))
    }

    @Test("iCalendar files: every event, each category, each event; UTC times, whole days as dates, escaped text, CRLF lines folded at 75 bytes")
    func calendars() throws {
        let site = try TestSite(Self.upcoming + Self.past)
        defer { site.remove() }
        let build = site.build()
        let all = try #require(build.file("su-kien/lich.ics"))
        #expect(all.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:") && all.hasSuffix("END:VCALENDAR\r\n"))
        #expect(all.components(separatedBy: "BEGIN:VEVENT").count == 3)
        #expect(all.contains("DTSTART:20270316T010000Z\r\nDTEND:20270317T093000Z\r\n"))
        #expect(all.contains("DTSTART;VALUE=DATE:20250830\r\nDTEND;VALUE=DATE:20250831\r\n"))
        #expect(all.contains("SUMMARY:Tập huấn Kaizen\\, Lean\\; thực hành\r\n"))
        for line in all.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "\(line)") }
        #expect(!all.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let training = try #require(build.file("su-kien/lich-tap-huan.ics"))
        #expect(training.contains("Tập huấn Kaizen") && !training.contains("Hội thảo chuyển đổi số"))
        let one = try #require(build.file("su-kien/hoi-thao-2025/lich.ics"))
        #expect(one.components(separatedBy: "BEGIN:VEVENT").count == 2 && one.contains("UID:hoi-thao-2025@"))
        #expect(ICalendar.fold(String(repeating: "ă", count: 60)).components(separatedBy: "\r\n ").allSatisfy { $0.utf8.count <= 75 && !$0.isEmpty })
    }

    @Test("a malformed event is an error at its line: ends before it starts, deadline after the start, a missing material, no place, no way to sign up")
    func errors() throws {
        let site = try TestSite("""
        -- content/events/a.md --
        ---
        title: A
        start: 2027-03-16 08:00
        end: 2027-03-15 17:00
        place: Buôn Ma Thuột
        registration:
          email: a@example.vn
          deadline: 2027-03-20
        materials:
          - title: Tài liệu
            file: /media/khong-co.pdf
        ---
        Nội dung.

        -- content/events/b.md --
        ---
        title: B
        start: 2027-04-01
        registration:
          deadline: 2027-03-01
        ---
        Nội dung.

        -- content/events/c.md --
        ---
        title: C
        start: 2027-05-20 07:30
        end: 2027-05-20 11:00
        place: Buôn Ma Thuột
        registration:
          email: dangky nangsuat.example.org
          deadline: 2027-05-20
        materials:
          - title: Tài liệu
            file: tai-lieu.txt
        ---
        Nội dung.

        -- content/media/tai-lieu.txt --
        Tài liệu.
        """)
        defer { site.remove() }
        let messages = site.build().messages
        #expect(messages.contains("content/events/a.md:4:6: error: the event ends before it starts (start: 2027-03-16 08:00, end: 2027-03-15 17:00)"))
        #expect(messages.contains("content/events/a.md:8:13: error: the registration deadline is after the event starts (deadline: 2027-03-20 23:59, start: 2027-03-16 08:00)"))
        #expect(messages.contains("content/events/a.md:11:11: error: the file \"/media/khong-co.pdf\" is not in content/media/"))
        #expect(messages.contains("content/events/b.md:1:1: error: the event has neither 'place' nor 'online'"))
        #expect(messages.contains { $0.hasPrefix("content/events/b.md:") && $0.hasSuffix("error: the registration has neither 'url' nor 'email'") })
        // No end is an error: a finish nobody wrote is not made up.
        #expect(messages.contains("content/events/b.md:1:1: error: the event has no 'end'"))
        // A deadline on the event's own day is allowed; a broken address and a file written without /media/ are not.
        #expect(messages.contains("content/events/c.md:7:10: error: 'email' is not an e-mail address (got \"dangky nangsuat.example.org\")"))
        #expect(messages.contains("content/events/c.md:11:11: error: the file is written \"tai-lieu.txt\"; files in content/media/ are written from /media/"))
        #expect(!messages.contains { $0.hasPrefix("content/events/c.md") && $0.contains("deadline") })
        // Assembly runs once the files read cleanly: an article naming no event is said then.
        let report = try TestSite(Self.past + """

        -- content/articles/c.md --
        ---
        title: C
        date: 2026-01-01
        event: hoi-thao-2052
        ---
        Nội dung.
        """)
        defer { report.remove() }
        let build = report.build()
        #expect(build.messages == ["content/articles/c.md:4:8: error: the article reports on an event 'hoi-thao-2052' that does not exist"])
        #expect(build.result.diagnostics.first?.hint == "did you mean 'hoi-thao-2025'?")
    }
}
