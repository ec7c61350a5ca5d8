import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// Radio and television reports: pages played by the browser's own player with their transcript,
/// a podcast feed of those the site plays, and the errors of a malformed report at their line.
@Suite("Radio and television reports")
struct BroadcastTests {
    static let reports = """

    -- content/broadcasts/phong-su-5s.md --
    ---
    title: Phóng sự 5S
    date: 2026-11-20 18:30
    summary: Ba tháng áp dụng 5S.
    medium: video
    file: /media/phong-su-5s.mp4
    captions: /media/phong-su-5s.vtt
    duration: "12:34"
    programme: Khoa học và Đời sống
    station: Đài Phát thanh và Truyền hình tỉnh
    language: ede
    image: /media/poster.png
    image_alt: Công nhân sắp xếp kho
    tasks: [II.1.1]
    ---
    Lời của phóng sự.

    -- content/broadcasts/ban-tin-thang-10.md --
    ---
    title: Bản tin năng suất tháng 10
    date: 2026-10-31
    medium: audio
    url: https://radio.example.vn/ban-tin-thang-10
    duration: "1:02:03"
    ---
    Lời của bản tin.

    -- content/plan.yml --
    title: Kế hoạch
    groups:
      - id: II.1
        title: Tuyên truyền
        tasks:
          - id: II.1.1
            text: Tuyên truyền hằng năm.
            lead: so
    agencies:
      - id: so
        name: Sở Khoa học và Công nghệ

    -- content/media/phong-su-5s.vtt --
    WEBVTT

    -- content/media/phong-su-5s.mp4 --
    not a real video: its bytes stand for one
    """

    static func site(_ spec: String = reports) throws -> TestSite {
        let site = try TestSite(spec)
        try site.writeBytes("content/media/poster.png", SitesFromElsewhereTests.png)
        return site
    }

    @Test("each report has a page: the browser's own player, captions, its facts, the transcript in its language; the list shows them newest first")
    func pages() throws {
        let site = try Self.site()
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        let list = try #require(build.file("phat-thanh-truyen-hinh/index.html"))
        let video = try #require(list.range(of: "Phóng sự 5S")), audio = try #require(list.range(of: "Bản tin năng suất tháng 10"))
        #expect(video.lowerBound < audio.lowerBound)
        #expect(list.contains("Truyền hình · <time datetime=\"2026-11-20T18:30:00+07:00\">20/11/2026</time>"))
        #expect(list.contains("href=\"/phat-thanh-truyen-hinh/podcast.xml\""))
        let page = try #require(build.file("phat-thanh-truyen-hinh/phong-su-5s/index.html"))
        #expect(page.contains("<video controls preload=\"none\" width=\"1280\" height=\"720\" poster=\"/media/poster.png\">"))
        #expect(page.contains("<source src=\"/media/phong-su-5s.mp4\" type=\"video/mp4\">"))
        #expect(page.contains("<track kind=\"captions\" src=\"/media/phong-su-5s.vtt\" srclang=\"rad\" label=\"Tiếng Ê Đê\" default>"))
        #expect(page.contains("<dt>Thời lượng</dt><dd><time datetime=\"PT12M34S\">12:34</time></dd>"))
        #expect(page.contains("<h2 id=\"ban-ghi-loi\">Bản ghi lời</h2>"))
        #expect(page.contains("<div class=\"prose\" lang=\"rad\">"))
        #expect(page.contains("Tải tệp về (1 KB)"))
        #expect(page.contains("\"@type\":\"VideoObject\"") && page.contains("\"duration\":\"PT12M34S\""))
        #expect(page.contains("href=\"/ke-hoach/nhiem-vu/ii-1-1/\""))
        // The task's page lists the report among what was done, as it lists articles and stories.
        let task = try #require(build.file("ke-hoach/nhiem-vu/ii-1-1/index.html"))
        #expect(task.contains("href=\"/phat-thanh-truyen-hinh/phong-su-5s/\""))
        // A report the site does not have is linked at its station, with no player.
        let linked = try #require(build.file("phat-thanh-truyen-hinh/ban-tin-thang-10/index.html"))
        #expect(!linked.contains("<audio") && linked.contains("href=\"https://radio.example.vn/ban-tin-thang-10\""))
        #expect(linked.contains("1:02:03"))
        // In the sitemap, the footer and the home page; out of the news.
        #expect(try #require(build.file("sitemap.xml")).contains("/phat-thanh-truyen-hinh/phong-su-5s/"))
        let home = try #require(build.file("index.html"))
        #expect(home.contains("href=\"/phat-thanh-truyen-hinh/phong-su-5s/\"") && home.contains("<a href=\"/phat-thanh-truyen-hinh/\">Tất cả phóng sự phát thanh, truyền hình</a>"))
        #expect(!(try #require(build.file("tin-tuc/index.html")).contains("Phóng sự 5S")))
    }

    @Test("the podcast feed carries the reports the site plays: an absolute enclosure with its size and type, the duration, the transcript")
    func podcast() throws {
        let site = try Self.site()
        defer { site.remove() }
        let feed = try #require(site.build().file("phat-thanh-truyen-hinh/podcast.xml"))
        #expect(feed.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\""))
        #expect(feed.components(separatedBy: "<item>").count == 2)
        #expect(feed.contains("<enclosure url=\"https://example.org/media/phong-su-5s.mp4\" length=\"42\" type=\"video/mp4\"/>"))
        #expect(feed.contains("<itunes:duration>754</itunes:duration>"))
        #expect(feed.contains("<podcast:transcript url=\"https://example.org/phat-thanh-truyen-hinh/phong-su-5s/#ban-ghi-loi\" type=\"text/html\" language=\"rad\"/>"))
        // The poster is not square: podcast apps would refuse it, so it stays on the page only.
        #expect(!feed.contains("<itunes:image"))
        #expect(feed.contains("<itunes:owner><itunes:name>"))
        #expect(!feed.contains("Bản tin năng suất tháng 10"))
    }

    @Test("no report with a file, no podcast: the list does not offer one")
    func noPodcast() throws {
        let site = try TestSite("""
        -- content/broadcasts/ban-tin.md --
        ---
        title: Bản tin
        date: 2026-10-31
        medium: audio
        url: https://radio.example.vn/ban-tin
        ---
        Lời.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        #expect(build.file("phat-thanh-truyen-hinh/podcast.xml") == nil)
        #expect(!(try #require(build.file("phat-thanh-truyen-hinh/index.html")).contains("podcast.xml")))
    }

    @Test("a malformed report is an error at its line; a report without a transcript is a warning")
    func errors() throws {
        let site = try TestSite("""
        -- content/broadcasts/a.md --
        ---
        title: A
        date: 2026-11-01
        medium: radio
        file: /media/khong-co.mp3
        duration: 12 phút
        language: en
        ---
        Lời.

        -- content/broadcasts/b.md --
        ---
        title: B
        date: 2026-11-01
        medium: video
        file: /media/b.mp3
        captions: /media/b.srt
        ---

        -- content/broadcasts/c.md --
        ---
        title: C
        medium: audio
        file: /media/c.avi
        ---
        Lời.

        -- content/broadcasts/d.md --
        ---
        title: D
        date: 2026-11-01
        medium: audio
        ---
        Lời.

        -- content/media/b.mp3 --
        x
        -- content/media/b.srt --
        x
        -- content/media/c.avi --
        x
        """)
        defer { site.remove() }
        #expect(site.build().messages == [
            "content/broadcasts/a.md:4:9: error: 'medium' must be video or audio (got \"radio\")",
            "content/broadcasts/a.md:5:7: error: the file \"/media/khong-co.mp3\" is not in content/media/",
            "content/broadcasts/a.md:6:11: error: 'duration' is not minutes and seconds (got \"12 phút\")",
            "content/broadcasts/a.md:7:11: error: unknown language \"en\"",
            "content/broadcasts/b.md:5:7: error: /media/b.mp3 is an audio file, but 'medium' says video",
            "content/broadcasts/b.md:6:11: error: the captions /media/b.srt are not a WebVTT file (.vtt)",
            "content/broadcasts/b.md:8:1: warning: the report has no transcript",
            "content/broadcasts/c.md:1:1: error: the report has no 'date'",
            "content/broadcasts/c.md:4:7: error: browsers cannot play /media/c.avi by themselves; the file must end in one of: m4a, m4v, mp3, mp4, oga, ogg, ogv, opus, wav, webm",
            "content/broadcasts/d.md:1:1: error: the report has neither 'file' nor 'url'",
        ])
    }

    @Test("a square poster of 1400 px goes to podcast apps; a WAV plays on the page and is left out of the podcast, with a warning; a future report waits; 'url' must be a web address")
    func podcastRules() throws {
        var square = SitesFromElsewhereTests.png
        square.replaceSubrange(16..<24, with: [0, 0, 0x05, 0x78, 0, 0, 0x05, 0x78])
        let site = try TestSite("""
        -- content/broadcasts/a.md --
        ---
        title: A
        date: 2026-11-01
        medium: audio
        file: /media/a.mp3
        image: /media/vuong.png
        image_alt: Logo chương trình
        ---
        Lời.

        -- content/broadcasts/b.md --
        ---
        title: B
        date: 2026-11-02
        medium: audio
        file: /media/b.wav
        ---
        Lời.

        -- content/broadcasts/sap-phat.md --
        ---
        title: Sắp phát
        date: 2027-01-15
        medium: audio
        file: /media/a.mp3
        ---
        Lời.

        -- content/media/a.mp3 --
        x
        -- content/media/b.wav --
        x
        """)
        defer { site.remove() }
        try site.writeBytes("content/media/vuong.png", square)
        let build = site.build()
        #expect(build.messages == [
            "content/broadcasts/b.md:1:1: warning: /media/b.wav plays on the report's page but is left out of the podcast: podcast apps take MP3, M4A or MP4",
        ])
        let feed = try #require(build.file("phat-thanh-truyen-hinh/podcast.xml"))
        #expect(feed.contains("<itunes:image href=\"https://example.org/media/vuong.png\"/>"))
        #expect(feed.components(separatedBy: "<item>").count == 2 && !feed.contains("b.wav"))
        #expect(try #require(build.file("phat-thanh-truyen-hinh/b/index.html")).contains("<source src=\"/media/b.wav\" type=\"audio/wav\">"))
        #expect(build.file("phat-thanh-truyen-hinh/sap-phat/index.html") == nil)
        #expect(site.build(future: true).file("phat-thanh-truyen-hinh/sap-phat/index.html") != nil)
        try site.write("content/broadcasts/c.md", "---\ntitle: C\ndate: 2026-11-03\nmedium: video\nurl: vtv.vn/phong-su\n---\nLời.\n")
        #expect(site.build().messages.contains("content/broadcasts/c.md:5:6: error: 'url' is not a web address (got \"vtv.vn/phong-su\")"))
    }

    @Test("durations: minutes and seconds, or hours too; a bare number could be either, so nothing else", arguments: [
        ("12:34", 754), ("1:02:03", 3723), ("90", nil), ("15", nil), ("0:05", 5), ("12:60", nil), ("12 phút", nil), ("", nil), ("1:2:3:4", nil), ("-5", nil), ("0", nil),
    ] as [(String, Int?)])
    func durations(text: String, seconds: Int?) {
        #expect(BroadcastParser.seconds(text) == seconds)
    }
}
