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
            draft: true          # bỏ dòng này khi đã thay mọi chữ mẫu
            summary: ""
            enterprise: \(Story.placeholderEnterprise)
            loai_hinh: công ty TNHH   # công ty TNHH, công ty cổ phần, công ty hợp danh, doanh nghiệp tư nhân (được tính là doanh nghiệp); hợp tác xã, hộ kinh doanh, cơ sở sản xuất
            sector: ""
            district: ""
            size: nhỏ            # siêu nhỏ, nhỏ hoặc vừa
            tools: []            # 5S, Kaizen, Lean, ISO 9001, …
            started: \(now.year)
            status: đang triển khai   # hoặc hoàn thành
            support: ""          # chương trình hỗ trợ, năm
            verified_by: ""      # ai xác nhận kết quả
            results:
              - metric: \(Story.placeholderMetric)
                before: 0
                after: 0
                unit: ""
                measured: \(now.year)
            # quote:
            #   text: Câu nói của chủ doanh nghiệp.
            #   by: Giám đốc
            # tasks: [II.1.3]     # nhiệm vụ của Kế hoạch mà mô hình thực hiện
            # illustrative: true  # nếu là ví dụ, không phải doanh nghiệp thật
            # image: /media/ten-anh.jpg
            # image_alt: Mô tả ngắn nội dung bức ảnh
            ---

            \(Story.placeholderText)

            """)
        case .site:
            return ("", "")
        }
    }

    /// A small site that builds at once and passes the checks: site.yml with every key explained,
    /// one article, one page, one story, one indicator with its data, and the plan's skeleton. No
    /// theme: the built-in one is used until the site overrides a file (`lantoa theme eject`).
    static func site(at folder: URL, now: DateTime) throws -> URL {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder.path), !((try? manager.contentsOfDirectory(atPath: folder.path).isEmpty) ?? true) {
            Terminal.printError(.errorExistsNotEmptyNothing(folder.path))
            Terminal.printError(.hintNameNewFolderLantoa)
            throw ExitCode.failure
        }
        let today = "\(now.year)-\(two(now.month))-\(two(now.day))"
        for (path, text) in starterFiles(year: now.year, today: today) {
            let url = folder.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    static func starterFiles(year: Int, today: String) -> [(String, String)] {
        [
            ("content/site.yml", """
            # Cấu hình trang. Mỗi khóa có chú thích; khóa bắt đầu bằng # là tùy chọn, bỏ # để dùng.
            title: Năng suất tỉnh                      # tên trang, trên mọi trang
            tagline: Cổng thông tin Kế hoạch nâng cao năng suất   # dòng dưới tên trang
            description: Cổng thông tin về kế hoạch nâng cao năng suất của tỉnh.   # mô tả trang chủ, cho công cụ tìm kiếm
            base_url: http://localhost:1313/           # địa chỉ trang khi xuất bản, ví dụ https://nangsuat.tinh.gov.vn/
            language: vi                               # ngôn ngữ các trang (vi, en, …; lời giao diện ở templates/i18n/)
            organisation:                              # cơ quan chủ quản: chân mọi trang
              name: Sở Khoa học và Công nghệ
              email: lienhe@example.org
              # address: Số nhà, đường, phường, tỉnh
              # phone: "0262 3000 000"
              # website: https://sokhcn.example.org/
            # licence:                                 # giấy phép nội dung (mặc định CC BY 4.0)
            #   name: CC BY 4.0
            #   url: https://creativecommons.org/licenses/by/4.0/deed.vi
            # credit: "Nguồn: Sở Khoa học và Công nghệ"   # dòng ghi nguồn đề nghị khi dùng lại nội dung
            notice: Đây là trang mẫu tạo bởi lantoa new site; bài viết, mô hình và số liệu là minh họa.
            menu:                                      # menu đầu trang: tên và địa chỉ
              - title: Trang chủ
                url: /
              - title: Tin tức
                url: /tin-tuc/
              - title: Điển hình
                url: /dien-hinh/
              - title: Chỉ số
                url: /chi-so/
              - title: Kế hoạch
                url: /ke-hoach/
              - title: Giới thiệu
                url: /gioi-thieu/
            # languages:                               # trang bằng ngôn ngữ khác (lang: en trong bài)
            #   en:
            #     title: Provincial productivity portal
            #     menu:
            #       - title: About
            #         url: /en/about/
            # page_size: 10                            # số bài mỗi trang danh sách
            # home_articles: 6                         # số bài trên trang chủ
            # feed_size: 20                            # số mục trong mỗi nguồn tin (RSS, Atom, JSON Feed)
            # share_image: /media/anh-chia-se.png      # ảnh chia sẻ khi dựng với --no-images (1200 × 630)
            # share_image_alt: Mô tả ảnh chia sẻ
            # urls:                                    # tên các mục trong địa chỉ trang
            #   articles: tin-tuc
            #   tags: the
            #   categories: chuyen-muc
            #   page: trang
            #   indicators: chi-so
            #   embeds: nhung
            # allow_raw_html: false                    # cho phép HTML trong Markdown
            # search: true                             # trang tìm kiếm /tim-kiem/ và ô tìm kiếm
            # extensions: [md, markdown, mdown]        # đuôi tệp được đọc là Markdown
            # extra_keys: []                           # khóa front matter lạ được chấp nhận không cảnh báo

            """),
            ("content/articles/\(year)/khai-truong.md", """
            ---
            title: Khai trương cổng thông tin năng suất
            date: \(today)
            summary: Cổng thông tin về kế hoạch nâng cao năng suất của tỉnh chính thức hoạt động.
            tags: [năng suất]
            categories: [Sự kiện]
            tasks: [II.1.1]
            illustrative: true
            ---

            Cổng thông tin về kế hoạch nâng cao năng suất của tỉnh chính thức hoạt động. Trang đăng tin tức,
            mô hình điển hình, các chỉ số và tiến độ thực hiện kế hoạch.

            ## Nội dung chính

            - Tin tức về các hoạt động nâng cao năng suất.
            - Mô hình điển hình của doanh nghiệp.
            - Chỉ số và mục tiêu của kế hoạch, kèm số liệu để tải về.

            """),
            ("content/pages/gioi-thieu.md", """
            ---
            title: Giới thiệu
            description: Giới thiệu cổng thông tin và cơ quan chủ quản.
            ---

            Cổng thông tin do Sở Khoa học và Công nghệ quản lý. Nội dung được dùng lại theo giấy phép CC BY 4.0,
            ghi rõ nguồn.

            """),
            ("content/stories/xuong-5s.md", """
            ---
            title: Xưởng may áp dụng 5S, rút ngắn thời gian tìm dụng cụ
            date: \(today)
            summary: Sắp xếp lại khu cắt và kho phụ liệu theo 5S giúp xưởng rút ngắn thời gian chuẩn bị mỗi ca.
            enterprise: Xưởng may mẫu (minh họa)
            sector: Dệt may
            district: Thành phố
            size: nhỏ
            loai_hinh: công ty TNHH
            tools: [5S]
            started: \(year - 1)
            status: hoàn thành
            illustrative: true
            results:
              - metric: Thời gian chuẩn bị mỗi ca
                before: 30
                after: 12
                unit: phút
                measured: \(year)
            tasks: [II.1.1]
            ---

            Xưởng chia kho phụ liệu thành từng khu có nhãn và giao cho mỗi ca một người chấm điểm 5S hằng tuần.

            """),
            ("content/indicators/indicators.yml", """
            # Mỗi chỉ số: định nghĩa ở đây, số liệu trong <id>.csv (cột nam;gia_tri, có thể thêm trang_thai;ghi_chu).
            - id: nang-suat-lao-dong
              name: Tốc độ tăng năng suất lao động
              short_name: Tăng năng suất lao động
              unit: "%"
              source:
                name: Số liệu minh họa
              decimals: 1
              illustrative: true
              targets:
                - label: Bình quân trên 7 %/năm giai đoạn \(year - 3)–\(year + 1)
                  kind: average
                  op: ">"
                  value: 7
                  from: \(year - 3)
                  year: \(year + 1)
                  plan: I.2.a

            """),
            ("content/indicators/nang-suat-lao-dong.csv", "nam;gia_tri;trang_thai\n\(year - 3);5,2;chính thức\n\(year - 2);6,1;chính thức\n\(year - 1);5,8;sơ bộ\n"),
            ("content/plan.yml", """
            # Kế hoạch dưới dạng dữ liệu: mục tiêu, chỉ tiêu, nhiệm vụ theo năm và cơ quan thực hiện.
            title: Kế hoạch nâng cao năng suất của tỉnh
            status_illustrative: true
            goals:
              - id: I.1
                text: "Đưa năng suất trở thành động lực phát triển của các ngành, lĩnh vực của tỉnh."
            targets:
              - id: I.2.a
                year: \(year + 1)
                text: "Góp phần đạt mục tiêu tăng năng suất lao động bình quân trên 7%/năm."
                indicator: nang-suat-lao-dong
            groups:
              - id: II.1
                title: "Thông tin, tuyên truyền về năng suất"
                tasks:
                  - id: II.1.1
                    text: "Tuyên truyền, phổ biến kiến thức và kinh nghiệm điển hình về cải tiến năng suất."
                    kind: recurring
                    lead: so-khcn
                    status:
                      \(year - 1): đã thực hiện
            agencies:
              - id: so-khcn
                name: "Sở Khoa học và Công nghệ"
                role: "Cơ quan chủ trì triển khai Kế hoạch"

            """),
        ]
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
