import ArgumentParser
import Foundation
import Lantoa

/// The files `lantoa new` writes.
enum Scaffold {
    static func document(_ kind: NewCommand.Kind, title: String, slug: String, now: DateTime) -> (String, String) {
        let date = "\(now.year)-\(two(now.month))-\(two(now.day)) \(two(now.hour)):\(two(now.minute))"
        let quoted = "\"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        switch kind {
        case .article:
            return ("content/articles/\(now.year)/\(slug).md", """
            ---
            title: \(quoted)
            date: \(date)
            draft: true
            summary: ""
            tags: []
            categories: []
            author: ""
            # image: /media/ten-anh.jpg
            # image_alt: Mô tả ngắn nội dung bức ảnh
            # lastmod: \(date)
            ---

            Đoạn mở đầu: ai, làm gì, ở đâu, khi nào.

            ## Tiêu đề mục

            Nội dung bài viết.

            """)
        case .page:
            return ("content/pages/\(slug).md", """
            ---
            title: \(quoted)
            description: ""
            draft: true
            # url: /\(slug)/
            # toc: true
            ---

            Nội dung trang.

            """)
        case .story:
            return ("content/stories/\(slug).md", """
            ---
            title: \(quoted)
            date: \(date)
            draft: true
            enterprise: Tên doanh nghiệp
            sector: ""
            district: ""
            size: nhỏ            # siêu nhỏ, nhỏ hoặc vừa
            tools: []            # 5S, Kaizen, Lean, ISO 9001, …
            started: \(now.year)
            status: đang triển khai
            results:
              - metric: Tên chỉ số đo được
                before: 0
                after: 0
                unit: ""
                measured: \(now.year)
            # image: /media/ten-anh.jpg
            # image_alt: Mô tả ngắn nội dung bức ảnh
            ---

            Doanh nghiệp đã làm gì, và kết quả đo được ra sao.

            """)
        case .site:
            return ("", "")
        }
    }

    /// A small site that builds at once: config, one article, one indicator with its CSV, and the theme.
    static func site(at folder: URL, theme: URL, now: DateTime) throws -> URL {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder.path), !((try? manager.contentsOfDirectory(atPath: folder.path).isEmpty) ?? true) {
            Terminal.printError("error: \(folder.path) exists and is not empty; nothing was changed")
            throw ExitCode.failure
        }
        guard manager.fileExists(atPath: theme.appendingPathComponent("base.mustache").path) else {
            Terminal.printError("error: no theme in \(theme.path)")
            Terminal.printError("    hint: run this from a Lan Tỏa site (its templates/ are copied), or pass --site DIR")
            throw ExitCode.failure
        }
        try manager.createDirectory(at: folder.appendingPathComponent("content/indicators"), withIntermediateDirectories: true)
        try manager.copyItem(at: theme, to: folder.appendingPathComponent("templates"))
        let files: [(String, String)] = [
            ("content/site.yml", """
            title: Năng suất tỉnh
            description: Cổng thông tin kế hoạch nâng cao năng suất của tỉnh.
            base_url: http://localhost:1313/
            organisation:
              name: Sở Khoa học và Công nghệ
              email: lienhe@example.org
            menu:
              - title: Trang chủ
                url: /
              - title: Tin tức
                url: /tin-tuc/
              - title: Chỉ số
                url: /chi-so/

            """),
            ("content/articles/\(now.year)/bat-dau.md", """
            ---
            title: Khai trương cổng thông tin
            date: \(now.year)-\(two(now.month))-\(two(now.day))
            tags: [năng suất]
            categories: [Sự kiện]
            ---

            Cổng thông tin về kế hoạch nâng cao năng suất của tỉnh chính thức hoạt động.

            """),
            ("content/indicators/indicators.yml", """
            - id: nang-suat-lao-dong
              name: Tốc độ tăng năng suất lao động
              unit: "%"
              source:
                name: Số liệu minh họa
              decimals: 1
              illustrative: true
              targets:
                - label: Bình quân trên 7 %/năm giai đoạn 2021–2025
                  kind: average
                  op: ">"
                  value: 7
                  from: 2021
                  year: 2025

            """),
            ("content/indicators/nang-suat-lao-dong.csv", "nam;gia_tri\n2021;5,2\n2022;6,1\n2023;5,8\n"),
        ]
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
