/// What `lantoa import` says about a Hugo or Jekyll site. English and Vietnamese side by side; see `Message`.
extension Message {
    // MARK: Import/BodyConverter.swift

    static func figureHasNoDescription(_ src: some CustomStringConvertible) -> Message {
        Message("the figure \"\(src)\" has no description",
                "ảnh \"\(src)\" chưa có mô tả")
    }
    static let writeWhatPictureShowsBetween = Message(
        "write what the picture shows between the brackets",
        "viết nội dung bức ảnh trong ngoặc vuông")
    static let writePageAddressInsteadOfMissingRef = Message(
        "write the page's address instead, e.g. [tiêu đề](/tin-tuc/ten-bai/)",
        "thay bằng địa chỉ của trang, ví dụ [tiêu đề](/tin-tuc/ten-bai/)")

    // MARK: Import/SiteImporter.swift

    static func keyHasNoUse(_ key: some CustomStringConvertible) -> Message {
        Message("Lan Tỏa has no use for it; copy what matters into the text, or keep it with extra_keys: [\(key)] in content/site.yml",
                "Lan Tỏa không dùng khóa này; chép phần cần giữ vào nội dung, hoặc giữ khóa bằng extra_keys: [\(key)] trong content/site.yml")
    }
    static func dateOnlyDayKept(_ text: some CustomStringConvertible, _ day: some CustomStringConvertible) -> Message {
        Message("the date \"\(text)\" is not one Lan Tỏa reads: only its day \(day) is kept",
                "ngày \"\(text)\" không đúng dạng Lan Tỏa đọc được: chỉ giữ phần ngày \(day)")
    }
    static let writeDateTimeForm = Message(
        "write it as YYYY-MM-DD HH:MM, with a zone such as +07:00 if needed",
        "ghi dạng NĂM-THÁNG-NGÀY GIỜ:PHÚT, thêm múi giờ như +07:00 nếu cần")
    static let postHasNoDateDated = Message(
        "the post has no date: it is dated the day of the import",
        "bài chưa có ngày: được ghi ngày chuyển đổi")
    static let setDateDayShouldCarry = Message(
        "set 'date:' to the day it should carry",
        "đặt 'date:' bằng ngày bài cần mang")
    static func oldAddressLeftOutAnother(_ alias: some CustomStringConvertible) -> Message {
        Message("the old address \(alias) is left out: another page has it already",
                "địa chỉ cũ \(alias) bị bỏ: một trang khác đã dùng địa chỉ này")
    }
    static let keepPageReadersShouldArrive = Message(
        "keep it on the page readers should arrive at",
        "giữ địa chỉ này ở trang mà người đọc cần tới")
}

extension Message {
    // MARK: Composed

    /// What import could not convert is said as a build message with this in front.
    static func notConverted(_ what: Message) -> Message {
        Message("not converted: \(what.english)",
                "chưa chuyển được: \(what.vietnamese)")
    }

    static func namesNotPageSourceSite(_ name: some CustomStringConvertible, _ target: some CustomStringConvertible) -> Message {
        Message("'\(name)' names \"\(target)\", which is not a page of the source site",
                "'\(name)' trỏ tới \"\(target)\", không phải một trang của trang nguồn")
    }
}

extension Message {
    static func frontMatterKeyNotConverted(_ key: String) -> Message {
        Message("front matter key '\(key)' not converted",
                "khóa khai báo '\(key)' không được chuyển")
    }
}

extension Message {
    // Why import did not start.
    public static func sourceNotAFolder(_ path: String) -> Message {
        Message("the source \(path) is not a folder", "nguồn \(path) không phải một thư mục")
    }

    public static func destinationInsideSource(_ path: String) -> Message {
        Message("the destination \(path) is inside the source folder, which import never changes",
                "thư mục đích \(path) nằm trong thư mục nguồn, mà lệnh import không bao giờ thay đổi thư mục nguồn")
    }

    public static func destinationNotEmpty(_ path: String) -> Message {
        Message("the destination \(path) is not empty", "thư mục đích \(path) không trống")
    }
}

extension Message {
    // What became of the files, in the summary line (`ImportReport.Outcome`).
    static let importedArticles = Message("articles", "bài viết")
    static let importedPages = Message("pages", "trang")
    static let importedResources = Message("files beside their pages", "tệp đi kèm trang")
    static let importedMedia = Message("static files copied to content/media/", "tệp tĩnh chép vào content/media/")
    static let importSkipped = Message("skipped (theme, layouts, configuration, generated output)", "bỏ qua (giao diện, bố cục, cấu hình, kết quả dựng sẵn)")
    static let importNotConverted = Message("not converted", "không chuyển được")
}
