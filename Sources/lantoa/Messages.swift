import Lantoa

/// What the command line says. English and Vietnamese side by side; see `Message`.
extension Message {
    // MARK: DeployCommand.swift

    static let deployNoRemoteGiveRemote = Message(
        "deploy: no remote: give --remote name:path, or 'deploy: remote:' in content/site.yml",
        "deploy: chưa có nơi tải lên: thêm --remote tên:đường-dẫn, hoặc 'deploy: remote:' trong content/site.yml")
    static func deployFilesUploadKbDelete(_ count: some CustomStringConvertible, _ value: some CustomStringConvertible, _ count2: some CustomStringConvertible, _ unchanged: some CustomStringConvertible) -> Message {
        Message("deploy: \(count) files to upload (\(value) KB), \(count2) to delete, \(unchanged) unchanged",
                "deploy: \(count) tệp cần tải lên (\(value) KB), \(count2) tệp cần xóa, \(unchanged) tệp không đổi")
    }
    static func upload(_ path: some CustomStringConvertible) -> Message {
        Message("  upload \(path)",
                "  tải lên \(path)")
    }
    static func moreUpload(_ value: some CustomStringConvertible) -> Message {
        Message("  … and \(value) more to upload",
                "  … và \(value) tệp nữa cần tải lên")
    }
    static func delete(_ path: some CustomStringConvertible) -> Message {
        Message("  delete \(path)",
                "  xóa \(path)")
    }
    static func moreDelete(_ value: some CustomStringConvertible) -> Message {
        Message("  … and \(value) more to delete",
                "  … và \(value) tệp nữa cần xóa")
    }
    static func deployRefusingDeleteRemoteFiles(_ count: some CustomStringConvertible, _ remoteFiles: some CustomStringConvertible, _ share: some CustomStringConvertible, _ limit: some CustomStringConvertible) -> Message {
        Message("deploy: refusing to delete \(count) of the remote's \(remoteFiles) files (\(share) %, more than \(limit) %)",
                "deploy: không xóa \(count) trong \(remoteFiles) tệp ở nơi nhận (\(share) %, nhiều hơn \(limit) %)")
    }
    static let hintCheckRemoteOutputFolder = Message(
        "    hint: check --remote and the output folder with --dry-run; add --force when the deletions are meant",
        "    gợi ý: kiểm tra --remote và thư mục kết quả bằng --dry-run; thêm --force nếu đúng là cần xóa")
    static func deployUploadingFilesPagesUse(_ count: some CustomStringConvertible) -> Message {
        Message("deploy: uploading \(count) files that pages use",
                "deploy: đang tải lên \(count) tệp mà các trang dùng")
    }
    static func deployUploadingPages(_ count: some CustomStringConvertible) -> Message {
        Message("deploy: uploading \(count) pages",
                "deploy: đang tải lên \(count) trang")
    }
    static func deployUploadingFeedsSitemapsSearch(_ count: some CustomStringConvertible) -> Message {
        Message("deploy: uploading \(count) feeds, sitemaps and search index files",
                "deploy: đang tải lên \(count) tệp nguồn tin, sơ đồ trang và chỉ mục tìm kiếm")
    }
    static func deployDeletingFiles(_ count: some CustomStringConvertible) -> Message {
        Message("deploy: deleting \(count) files",
                "deploy: đang xóa \(count) tệp")
    }
    static func deployDoneUploadedDeletedUnchanged(_ count: some CustomStringConvertible, _ count2: some CustomStringConvertible, _ unchanged: some CustomStringConvertible) -> Message {
        Message("deploy: done: \(count) uploaded, \(count2) deleted, \(unchanged) unchanged",
                "deploy: xong: \(count) tệp tải lên, \(count2) tệp xóa, \(unchanged) tệp không đổi")
    }
    static func deployHasNoListFiles(_ folder: some CustomStringConvertible) -> Message {
        Message("deploy: \(folder) has no list of the files a build wrote there",
                "deploy: \(folder) không có danh sách tệp do lần dựng trang ghi")
    }
    static let hintRunLantoaBuildFirst = Message(
        "    hint: run 'lantoa build' first (with --output when the site is built elsewhere)",
        "    gợi ý: chạy 'lantoa build' trước (thêm --output nếu trang được dựng ở nơi khác)")
    static let deployRcloneNotInstalled = Message(
        "deploy: rclone is not installed",
        "deploy: chưa cài rclone")
    static let hintInstallDebianPackageRclone = Message(
        "    hint: install the Debian package rclone (sudo apt-get install rclone)",
        "    gợi ý: cài gói rclone của Debian (sudo apt-get install rclone)")
    static func deployRcloneStoppedWhileExit(_ step: some CustomStringConvertible, _ status: some CustomStringConvertible) -> Message {
        Message("deploy: rclone stopped while \(step) (exit status \(status))",
                "deploy: rclone dừng khi \(step) (mã thoát \(status))")
    }
    static func hintCheckRemoteRcloneLsd(_ target: some CustomStringConvertible) -> Message {
        Message("    hint: check the remote with 'rclone lsd \(target)'; run lantoa deploy again to finish",
                "    gợi ý: kiểm tra nơi nhận bằng 'rclone lsd \(target)'; chạy lại lantoa deploy để hoàn tất")
    }
    static func deployCannotWrite(_ path: some CustomStringConvertible) -> Message {
        Message("deploy: cannot write \(path)",
                "deploy: không ghi được \(path)")
    }
    static let hintCheckFolderBesideOutput = Message(
        "    hint: check that the folder beside the output can be written",
        "    gợi ý: kiểm tra quyền ghi vào thư mục chứa thư mục kết quả")
    static let deployConfigFailedSiteHas = Message(
        "deploy config failed: the site has errors; 'lantoa check' lists them",
        "không tạo được cấu hình máy chủ: trang web còn lỗi; 'lantoa check' liệt kê các lỗi")

    // MARK: ImportCommand.swift

    static func errorDoesNotExistNothing(_ value: some CustomStringConvertible) -> Message {
        Message("error: \(value) does not exist; nothing was written",
                "lỗi: \(value) không tồn tại; chưa ghi gì")
    }
    static let hintLeaveOutSiteUse = Message(
        "    hint: leave out --site to use the built-in theme, or name a site that has a templates/ folder",
        "    gợi ý: bỏ --site để dùng giao diện có sẵn, hoặc chỉ tới một trang có thư mục templates/")
    static func errorCannotWriteNewSite(_ value: Message) -> Message {
        Message("error: cannot write the new site: \(value.english)",
                "lỗi: không ghi được trang mới: \(value.vietnamese)")
    }
    static func importedFilesIntoReportImport(_ count: some CustomStringConvertible, _ destination: some CustomStringConvertible, _ value: some CustomStringConvertible, _ destination2: some CustomStringConvertible) -> Message {
        Message("imported \(count) files into \(destination): \(value); report in \(destination2)/import-report.txt",
                "đã chuyển \(count) tệp vào \(destination): \(value); báo cáo ở \(destination2)/import-report.txt")
    }

    // MARK: NewCommand.swift

    static func errorCannotCreateSite(_ title: some CustomStringConvertible, _ value: Message) -> Message {
        Message("error: cannot create the site in \(title): \(value.english)",
                "lỗi: không tạo được trang trong \(title): \(value.vietnamese)")
    }
    static let errorTitleHasLineBreak = Message(
        "error: the title has a line break or another control character; a title is one line of text",
        "lỗi: tiêu đề có dấu xuống dòng hoặc ký tự điều khiển; tiêu đề chỉ là một dòng chữ")
    static func hintWriteTitleOneLine(_ rawValue: some CustomStringConvertible) -> Message {
        Message("    hint: write the title on one line, in quotes: lantoa new \(rawValue) \"Tập huấn 5S cho doanh nghiệp\"",
                "    gợi ý: viết tiêu đề trên một dòng, trong ngoặc kép: lantoa new \(rawValue) \"Tập huấn 5S cho doanh nghiệp\"")
    }
    static func errorTitleHasNoLetters(_ title: some CustomStringConvertible) -> Message {
        Message("error: the title \"\(title)\" has no letters or digits to make a file name from",
                "lỗi: tiêu đề \"\(title)\" không có chữ hay số để đặt tên tệp")
    }
    static func errorAlreadyExistsNothingWas(_ path: some CustomStringConvertible) -> Message {
        Message("error: \(path) already exists; nothing was changed",
                "lỗi: \(path) đã tồn tại; không thay đổi gì")
    }
    static let hintChooseAnotherTitleOpen = Message(
        "    hint: choose another title, or open the existing file",
        "    gợi ý: chọn tiêu đề khác, hoặc mở tệp đã có")
    static func errorCannotWrite(_ path: some CustomStringConvertible, _ value: Message) -> Message {
        Message("error: cannot write \(path): \(value.english)",
                "lỗi: không ghi được \(path): \(value.vietnamese)")
    }

    // MARK: OutputOptions.swift

    static let waitingAnotherBuildIntoSame = Message(
        "waiting for another build into the same folder to finish",
        "đang chờ một lần dựng khác vào cùng thư mục kết thúc")

    // MARK: Scaffold.swift

    static func errorExistsNotEmptyNothing(_ path: some CustomStringConvertible) -> Message {
        Message("error: \(path) exists and is not empty; nothing was changed",
                "lỗi: \(path) đã có và không trống; không thay đổi gì")
    }
    static let hintNameNewFolderLantoa = Message(
        "    hint: name a new folder, e.g. lantoa new site cong-nang-suat",
        "    gợi ý: đặt tên một thư mục mới, ví dụ lantoa new site cong-nang-suat")

    // MARK: ServeCommand.swift

    static func servingPressCtrlCStop(_ address: some CustomStringConvertible) -> Message {
        Message("serving \(address) — press Ctrl-C to stop",
                "đang phục vụ \(address) — nhấn Ctrl-C để dừng")
    }
    static func previewWrittenTo(_ folder: String) -> Message {
        Message("the preview's files are written to \(folder), removed when it stops (public/ is not touched)",
                "các tệp xem trước được ghi vào \(folder), thư mục này bị xóa khi dừng (public/ giữ nguyên)")
    }
    static let stopped = Message(
        "stopped",
        "đã dừng")

    // MARK: Terminal.swift

    static func moreProblemsNotShown(_ value: some CustomStringConvertible) -> Message {
        Message("… and \(value) more problems not shown",
                "… và \(value) vấn đề khác không hiển thị")
    }

    // MARK: ThemeCommand.swift

    static func errorBuiltThemeHasNo(_ name: some CustomStringConvertible) -> Message {
        Message("error: the built-in theme has no file \"\(name)\"",
                "lỗi: giao diện có sẵn không có tệp \"\(name)\"")
    }
    static func hintDidYouMean(_ close: some CustomStringConvertible) -> Message {
        Message("    hint: did you mean '\(close)'?",
                "    gợi ý: có phải ý bạn là '\(close)'?")
    }
    static let hintLantoaThemeListShows = Message(
        "    hint: 'lantoa theme list' shows its files, e.g. base.mustache, i18n/vi.yml, static/assets/style.css",
        "    gợi ý: 'lantoa theme list' liệt kê các tệp, ví dụ base.mustache, i18n/vi.yml, static/assets/style.css")
    static func errorAlreadyExistsWasLeft(_ path: some CustomStringConvertible) -> Message {
        Message("error: \(path) already exists; it was left as it is",
                "lỗi: \(path) đã có; giữ nguyên tệp")
    }
    static let hintAlreadyReplacesBuiltFile = Message(
        "    hint: it already replaces the built-in file; delete or rename it first to eject a fresh copy",
        "    gợi ý: tệp này đã thay cho tệp có sẵn; xóa hoặc đổi tên nó trước khi chép bản mới")

    // MARK: Composed

    static func error(_ message: Message) -> Message {
        Message("error: \(message.english)", "lỗi: \(message.vietnamese)")
    }

    static func hint(_ message: Message) -> Message {
        Message("    hint: \(message.english)", "    gợi ý: \(message.vietnamese)")
    }

    /// `s` after a count other than one; Vietnamese nouns do not change.
    private static func s(_ count: Int) -> String { count == 1 ? "" : "s" }

    /// Seconds as each language writes them: 0.48 s and 0,48 giây.
    private static func seconds(_ value: Double) -> Message {
        // Not "0.00 s", which reads as no time at all, or as a clock that did not run.
        if value < 0.005 { return Message("under 0.01 s", "dưới 0,01 giây") }
        let text = String(format: "%.2f", value)
        return Message("\(text) s", "\(text.replacingOccurrences(of: ".", with: ",")) giây")
    }

    static func wrote(_ folder: String) -> Message { Message("wrote \(folder)", "đã ghi \(folder)") }

    /// The summary line of a build.
    static func built(_ action: Message, _ report: BuildReport, seconds value: Double, warnings: Int) -> Message {
        let (counts, time, said) = (counts(report), seconds(value), warningCount(warnings))
        let patched = report.patched.map { patched in
            // Which source files the build followed: "x.md changed (and 2 other files changed), and only what reads them…".
            let (first, more, how) = report.patchedAfter ?? ("", 0, .changed)
            let what: (english: String, vietnamese: String) = first.isEmpty ? ("the changed files", "các tệp đã thay đổi")
                : more == 0 ? ("it", "tệp đó") : ("them", "các tệp đó")
            let happened: (english: String, vietnamese: String) = switch how {
            case .changed: ("changed", "đã thay đổi")
            case .added: ("was added", "mới được thêm")
            case .deleted: ("was deleted", "đã bị xóa")
            }
            let lead: (english: String, vietnamese: String) = first.isEmpty ? ("", "")
                : ("\(first) \(happened.english)\(andMore(more).english), and ", "\(first) \(happened.vietnamese)\(andMore(more).vietnamese), ")
            let reads = how == .deleted && more == 0 ? "read" : "reads"
            return (english: "; \(lead.english)only what \(reads) \(what.english) was rendered: \(patched.written) file\(s(patched.written)) written, \(patched.removed) deleted",
                    vietnamese: "; \(lead.vietnamese)chỉ dựng lại phần đọc \(what.vietnamese): ghi \(patched.written) tệp, xóa \(patched.removed) tệp")
        } ?? report.fullBecause.map { cause in
            let why = Self.why(cause)
            return (english: "; everything rendered again: \(why.english)", vietnamese: "; dựng lại toàn bộ: \(why.vietnamese)")
        } ?? (english: "", vietnamese: "")
        return Message("\(action.english): \(counts.english) in \(time.english)\(patched.english)\(said.english)",
                       "\(action.vietnamese): \(counts.vietnamese) trong \(time.vietnamese)\(patched.vietnamese)\(said.vietnamese)")
    }

    /// The line after the summary when files dated after the build were left out until then.
    static func waiting(_ waiting: [WaitingFile]) -> Message? {
        guard let first = waiting.first else { return nil }
        if waiting.count == 1 {
            return Message("not published yet: \(first.path) is dated \(first.date), after now; it is published by the first build from then on (lantoa build --future publishes it now)",
                           "chưa đăng: \(first.path) đề ngày \(first.date), sau lúc này; tệp sẽ được đăng ở lần dựng đầu tiên từ lúc đó (lantoa build --future để đăng ngay)")
        }
        let more = waiting.count - 1
        return Message("not published yet: \(waiting.count) files are dated after now, the soonest \(first.path) (\(first.date)) and \(more) more; each is published by the first build from its date on (lantoa build --future publishes them now)",
                       "chưa đăng: \(waiting.count) tệp đề ngày sau lúc này, sớm nhất là \(first.path) (\(first.date)) và \(more) tệp khác; mỗi tệp sẽ được đăng ở lần dựng đầu tiên từ ngày của nó (lantoa build --future để đăng ngay)")
    }

    /// Why a build with a record beside its output rendered every file.
    private static func why(_ cause: FullBuildCause) -> Message {
        switch cause {
        case .program: Message("another build of lantoa made the last one", "lần dựng trước do một bản lantoa khác thực hiện")
        case .drawing: Message("the charts' font is not the last build's (the pictures are drawn with it)",
                               "phông chữ của biểu đồ không còn như lần dựng trước (ảnh được vẽ bằng phông đó)")
        case .switches: Message("other options than the last build's", "tùy chọn khác với lần dựng trước")
        case .moment: Message("a publish, expiry or event date was reached since the last build",
                              "đã đến ngày đăng, ngày hết hạn hoặc ngày của một sự kiện kể từ lần dựng trước")
        case .changed(let path, let more): Message("\(path) changed\(andMore(more).english)", "\(path) đã thay đổi\(andMore(more).vietnamese)")
        case .added(let path, let more): Message("\(path) was added\(andMore(more).english)", "\(path) mới được thêm\(andMore(more).vietnamese)")
        case .deleted(let path, let more): Message("\(path) was deleted\(andMore(more).english)", "\(path) đã bị xóa\(andMore(more).vietnamese)")
        case .bundle(let path): Message("\(path) came or went in a folder with other files (which page publishes them may change)",
                                        "\(path) được thêm hoặc xóa trong một thư mục có tệp khác (trang nào đăng kèm các tệp đó có thể đổi)")
        case .pilot(let path) where path.hasPrefix("content/stories/"):
            Message("\(path) changes the enterprises an indicator counts (enterprise:, started:)",
                    "\(path) làm thay đổi các doanh nghiệp được một chỉ số đếm (enterprise:, started:)")
        case .pilot(let path): Message("\(path) is counted in an indicator (pilot:)", "\(path) được tính vào một chỉ số (pilot:)")
        case .resource(let path): Message("\(path) is published by another page", "\(path) được một trang khác đăng kèm")
        case .linkedPageMoved(let path): Message("another page links to \(path) by its file, and its address changed (or the file came or went)",
                                                 "một trang khác liên kết tới tệp \(path), và địa chỉ của nó đã đổi (hoặc tệp mới thêm hay đã xóa)")
        case .everyPage(let path): Message("\(path) changes what every page shows (a section's first or last document, or a version in another language)",
                                           "\(path) làm thay đổi phần mọi trang đều hiển thị (tài liệu đầu tiên hoặc cuối cùng của một chuyên mục, hoặc một bản ngôn ngữ khác)")
        case .frame: Message("a feed of another language or a share picture came or went",
                             "nguồn tin của một ngôn ngữ khác hoặc ảnh chia sẻ đã thêm hay bớt")
        case .output: Message("the output folder is not as the last build left it", "thư mục kết quả không còn như lần dựng trước để lại")
        case .record: Message("the record of the last build cannot be read", "không đọc được bản ghi của lần dựng trước")
        }
    }

    /// " (and 2 other files changed)" after the first file that did; nothing when it was alone.
    private static func andMore(_ more: Int) -> (english: String, vietnamese: String) {
        more == 0 ? ("", "") : (" (and \(more) other file\(s(more)) changed)", " (cùng \(more) tệp khác thay đổi)")
    }

    /// The summary line of a build that found its output already made from the same sources (`BuildRecord`).
    static func leftAsItIs(_ folder: String, _ report: BuildReport, seconds value: Double, warnings: Int) -> Message {
        let (counts, time, said) = (counts(report), seconds(value), warningCount(warnings))
        return Message("\(folder) left as it is: nothing changed since the last build (\(counts.english); checked in \(time.english)\(said.english))",
                       "\(folder) giữ nguyên: nguồn không thay đổi kể từ lần dựng trước (\(counts.vietnamese); kiểm tra trong \(time.vietnamese)\(said.vietnamese))")
    }

    /// What a build made: pages, charts, files, articles.
    private static func counts(_ report: BuildReport) -> Message {
        Message("\(report.pages) page\(s(report.pages)), \(report.charts) chart\(s(report.charts)), \(report.files) file\(s(report.files)), \(report.articles) article\(s(report.articles))",
                "\(report.pages) trang, \(report.charts) biểu đồ, \(report.files) tệp, \(report.articles) bài viết")
    }

    /// ", 2 warnings" after a summary in each language, nothing when there are none.
    private static func warningCount(_ count: Int) -> (english: String, vietnamese: String) {
        count == 0 ? ("", "") : (", \(count) warning\(s(count))", ", \(count) cảnh báo")
    }

    static func buildFailed(_ errors: Int, _ warnings: Int) -> Message {
        Message("build failed: \(errors) error\(s(errors)), \(warnings) warning\(s(warnings)); nothing was written",
                "dựng trang thất bại: \(errors) lỗi, \(warnings) cảnh báo; không ghi tệp nào")
    }

    static func checkPassed(_ errors: Int, _ warnings: Int) -> Message {
        Message("check passed: \(errors) error\(s(errors)), \(warnings) warning\(s(warnings))",
                "kiểm tra xong: \(errors) lỗi, \(warnings) cảnh báo")
    }

    static func checkFailed(_ errors: Int, _ warnings: Int) -> Message {
        Message("check failed: \(errors) error\(s(errors)), \(warnings) warning\(s(warnings))",
                "kiểm tra thấy lỗi: \(errors) lỗi, \(warnings) cảnh báo")
    }

    static func createdBuildItWith(_ folder: String, _ title: String) -> Message {
        Message("created \(folder); build it with: lantoa build --site \(title)",
                "đã tạo \(folder); dựng trang bằng lệnh: lantoa build --site \(title)")
    }

    static let built = Message("built", "đã dựng")

    /// `deleted`: those of the files that are gone, said so.
    static func rebuiltAfter(_ changed: [String], deleted: Set<String> = []) -> Message {
        func names(_ gone: String) -> String { changed.prefix(3).map { deleted.contains($0) ? "\($0) (\(gone))" : $0 }.joined(separator: ", ") }
        let more = changed.count > 3 ? (" and \(changed.count - 3) more", " và \(changed.count - 3) tệp khác") : ("", "")
        return Message("rebuilt after \(names("deleted"))\(more.0)",
                       "dựng lại sau khi sửa \(names("đã xóa"))\(more.1)")
    }

    /// A rebuild that leaves no warning of the `before` the last build printed.
    static func noWarningsLeft(_ what: Message, _ before: Int) -> Message {
        Message("\(what.english) (no warnings now: the \(before == 1 ? "one" : "\(before)") above \(before == 1 ? "is" : "are") mended)",
                "\(what.vietnamese) (không còn cảnh báo: \(before) cảnh báo ở trên đã được sửa)")
    }

    /// A full build: its pages, and all its files (the count a warm rebuild's line gives).
    static func pages(_ what: Message, _ pages: Int, files: Int, _ value: Double, _ address: String) -> Message {
        let time = seconds(value)
        return Message("\(what.english): \(pages) pages (\(files) files) in \(time.english) — \(address)",
                       "\(what.vietnamese): \(pages) trang (\(files) tệp) trong \(time.vietnamese) — \(address)")
    }

    /// A warm rebuild: how many of the site's files it rendered.
    static func rendered(_ what: Message, _ rendered: Int, of files: Int, _ value: Double, _ address: String) -> Message {
        let time = seconds(value)
        return Message("\(what.english): \(rendered) of \(files) files rendered in \(time.english) — \(address)",
                       "\(what.vietnamese): dựng \(rendered)/\(files) tệp trong \(time.vietnamese) — \(address)")
    }

    /// A warm rebuild that rendered the pages open in the browser first, then the rest.
    static func renderedOpenFirst(_ what: Message, open: Int, after first: Double, _ rendered: Int, of files: Int, _ value: Double,
                                  _ address: String) -> Message {
        let (shown, time) = (seconds(first), seconds(value))
        let pages = open == 1 ? ("the open page", "trang đang mở") : ("the \(open) open pages", "\(open) trang đang mở")
        return Message("\(what.english): \(pages.0) in \(shown.english), then \(rendered) of \(files) files rendered in \(time.english) — \(address)",
                       "\(what.vietnamese): \(pages.1) xong sau \(shown.vietnamese), rồi dựng \(rendered)/\(files) tệp trong \(time.vietnamese) — \(address)")
    }

    static func failedErrorBrowserShowsThem(_ what: Message, _ errors: Int) -> Message {
        Message("\(what.english): failed with \(errors) error\(s(errors)); the browser shows them over the last good page",
                "\(what.vietnamese): thất bại với \(errors) lỗi; trình duyệt hiện lỗi trên trang tốt gần nhất")
    }

    static func replacedBySiteTemplates(_ name: String) -> Message {
        Message("\(name)  (replaced by the site's templates/\(name))",
                "\(name)  (được thay bằng templates/\(name) của trang)")
    }
}
