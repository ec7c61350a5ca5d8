import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// The plan as data: targets with their current status, the task tracker, evidence, agencies.
@Suite("The plan as data")
struct PlanTests {
    static let plan = """
    -- content/plan.yml --
    title: Kế hoạch thử
    text: /ke-hoach/van-ban/
    goals:
      - id: I.1.a
        text: Mục tiêu chung.
    targets:
      - id: I.2.a.1
        year: 2025
        text: Từ 2 đến 3 doanh nghiệp.
        indicator: du-an-diem
    groups:
      - id: II.1
        title: Tuyên truyền
        tasks:
          - id: II.1.1
            text: Tuyên truyền về năng suất.
            lead: so-khcn
            partners: [bao]
            status:
              2024: đang triển khai
              2025:
                status: hoàn thành
                note: Đã xong.
                evidence: /tin-tuc/
    agencies:
      - id: so-khcn
        name: Sở Khoa học và Công nghệ
        duties: [Chủ trì.]
      - id: bao
        name: Báo Đắk Lắk
        duties: [Tuyên truyền.]
    """

    @Test("the plan page shows each target's current figure and status, and the tracker writes every status in words")
    func overview() throws {
        let site = try TestSite(StoryTests.pilots + "\n" + Self.plan + StoryTests.story("a", enterprise: "Cơ sở A", started: 2022))
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == [])
        let page = try #require(build.file("ke-hoach/index.html"))
        // 2025 is over by the build's clock: one enterprise by 2025 misses "từ 2 đến 3".
        #expect(page.contains("1\u{00A0}doanh nghiệp (2022–2025)"))
        #expect(page.contains("status-khong-dat"))
        #expect(page.contains("<td class=\"task-status task-dang-trien-khai\" data-label=\"2024\">đang triển khai</td><td class=\"task-status task-hoan-thanh\" data-label=\"2025\">hoàn thành</td>"))
        #expect(try #require(build.file("co-quan/bao/index.html")).contains("II.1.1"))
        #expect(try #require(build.file("ke-hoach/nhiem-vu/ii-1-1/index.html")).contains("<strong>2025</strong>: hoàn thành — Đã xong. (<a href=\"/tin-tuc/\">kết quả</a>)"))

        // One more story: the plan page follows the dashboard.
        try site.write("content/stories/b.md", StoryTests.story("b", enterprise: "Cơ sở B", size: "vừa", started: 2024)
            .components(separatedBy: "-- content/stories/b.md --\n")[1])
        let after = try #require(site.build().file("ke-hoach/index.html"))
        #expect(after.contains("2\u{00A0}doanh nghiệp (2022–2025)") && after.contains("status-dat"))
    }

    @Test("articles and stories that declare a task are listed on it, newest first; an unknown task id is a warning")
    func evidence() throws {
        let site = try TestSite(StoryTests.pilots + "\n" + Self.plan + """

        -- content/articles/cu.md --
        ---
        title: Bài cũ
        date: 2023-01-01
        tasks: [II.1.1]
        ---
        Nội dung.
        -- content/articles/moi.md --
        ---
        title: Bài mới
        date: 2025-01-01
        tasks: [II.1.1, II.9.9]
        ---
        Nội dung.
        """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.messages == ["content/articles/moi.md:1:1: warning: no plan task with the id \"II.9.9\""])
        let task = try #require(build.file("ke-hoach/nhiem-vu/ii-1-1/index.html"))
        // Pins a bug: a year without its own evidence link printed the task's whole evidence list as a URL.
        #expect(!task.contains("href=\"[["))
        #expect(task.contains("<strong>2024</strong>: đang triển khai</li>"))
        let newer = try #require(task.range(of: "Bài mới")), older = try #require(task.range(of: "Bài cũ"))
        #expect(newer.lowerBound < older.lowerBound)
        // The article links the task back, as a story or a document does.
        #expect(try #require(build.file("tin-tuc/cu/index.html")).contains("<p>Liên quan đến nhiệm vụ: <a href=\"/ke-hoach/nhiem-vu/ii-1-1/\">II.1.1</a> </p>"))
    }

    @Test("an unknown agency, indicator or status in plan.yml is an error at its line")
    func errors() throws {
        let broken = Self.plan.replacingOccurrences(of: "lead: so-khcn", with: "lead: so-kh")
            .replacingOccurrences(of: "indicator: du-an-diem", with: "indicator: du-an")
            .replacingOccurrences(of: "status: hoàn thành", with: "status: xong")
        let site = try TestSite(StoryTests.pilots + "\n" + broken)
        defer { site.remove() }
        #expect(site.build().messages == [
            "content/plan.yml:10:16: error: no indicator with the id \"du-an\"",
            "content/plan.yml:17:15: error: no agency with the id \"so-kh\"",
            "content/plan.yml:22:21: error: unknown task status \"xong\"",
        ])
        // A status without its marks is offered with them.
        try site.write("content/plan.yml", Self.plan.components(separatedBy: "-- content/plan.yml --\n")[1]
            .replacingOccurrences(of: "2024: đang triển khai", with: "2024: dang trien khai"))
        let build = site.build()
        #expect(build.messages == ["content/plan.yml:20:17: error: unknown task status \"dang trien khai\""])
        #expect(build.result.diagnostics.first?.hint == "did you mean 'đang triển khai'?")
    }
}
