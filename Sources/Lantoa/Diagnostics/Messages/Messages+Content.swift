/// Articles, pages, stories, documents, events and the glossary. English and Vietnamese side by side; see `Message`.
extension Message {
    // MARK: Content/DocumentParser.swift

    static let fileEmpty = Message(
        "the file is empty",
        "tệp trống")
    static let writeFrontMatterBetweenTwo = Message(
        "write the front matter between two '---' lines and the text below it, or delete the file",
        "viết phần khai báo giữa hai dòng '---' và nội dung bên dưới, hoặc xóa tệp")
    static func imageHasNoAltText(_ image: some CustomStringConvertible) -> Message {
        Message("the image '\(image)' has no alt text",
                "ảnh '\(image)' chưa có mô tả (alt)")
    }
    static let addImageAltShortDescription = Message(
        "add 'image_alt:' with a short description of what the picture shows",
        "thêm 'image_alt:' với một câu ngắn mô tả nội dung ảnh")
    static func slugWouldPutPageOutside(_ slug: some CustomStringConvertible) -> Message {
        Message("the slug \"\(slug)\" would put the page outside its section folder",
                "slug \"\(slug)\" sẽ đưa trang ra ngoài thư mục của mục")
    }
    static func slugOneUrlSegment(_ value: some CustomStringConvertible) -> Message {
        Message("a slug is one URL segment such as '\(value)'",
                "slug là một đoạn của địa chỉ, ví dụ '\(value)'")
    }
    static func urlMustPathInsideSite(_ url: some CustomStringConvertible) -> Message {
        Message("the url \"\(url)\" must be a path inside the site, starting with '/'",
                "url \"\(url)\" phải là đường dẫn trong trang, bắt đầu bằng '/'")
    }
    static let exampleDocumentURL = Message(
        "for example 'url: /ke-hoach/van-ban/'",
        "ví dụ 'url: /ke-hoach/van-ban/'")
    static func urlsAreLettersDigitsDashes(_ value: some CustomStringConvertible) -> Message {
        Message("URLs are made of a-z, 0-9 and '-'; write 'url: /\(value)' to say so, or add the old form to 'aliases:' to keep it working",
                "địa chỉ chỉ gồm a-z, 0-9 và '-'; ghi 'url: /\(value)' cho rõ, hoặc thêm dạng cũ vào 'aliases:' để liên kết cũ vẫn dùng được")
    }
    static let fileNameGivesEmptyUrl = Message(
        "the file name gives an empty URL slug",
        "tên tệp không tạo được slug cho địa chỉ")
    static let renameFileLettersDigitsSet = Message(
        "rename the file with letters or digits, or set 'slug:' in the front matter",
        "đổi tên tệp có chữ hoặc số, hoặc đặt 'slug:' trong phần khai báo")
    static func hasNoText(_ what: Message) -> Message {
        Message("\(what.english) has no text",
                "\(what.vietnamese) chưa có nội dung")
    }
    static let writeBodyBelowClosingSet = Message(
        "write the body below the closing '---', or set 'draft: true' until it is ready",
        "viết nội dung bên dưới dòng '---' đóng, hoặc đặt 'draft: true' cho đến khi xong")
    static func didYouMean(_ typo: some CustomStringConvertible) -> Message {
        Message("did you mean '\(typo)'?",
                "có phải ý bạn là '\(typo)'?")
    }

    // MARK: Content/Event.swift

    static func eventEndsBeforeStart(_ start: some CustomStringConvertible, _ end: some CustomStringConvertible) -> Message {
        Message("the event ends before it starts (start: \(start), end: \(end))",
                "sự kiện kết thúc trước khi bắt đầu (bắt đầu: \(start), kết thúc: \(end))")
    }
    static let checkEventEndsAfterStart = Message(
        "check the dates: 'end:' is when the event finishes, on or after 'start:'",
        "kiểm tra lại ngày giờ: 'end:' là lúc sự kiện kết thúc, bằng hoặc sau 'start:'")
    static let eventHasNeitherPlaceNor = Message(
        "the event has neither 'place' nor 'online'",
        "sự kiện thiếu cả 'place' (địa điểm) lẫn 'online' (địa chỉ họp trực tuyến)")
    static let sayWhereEventHappens = Message(
        "say where it happens, e.g. 'place: Hội trường Sở Khoa học và Công nghệ, Buôn Ma Thuột', or give the meeting's address with 'online:'",
        "ghi nơi tổ chức, ví dụ 'place: Hội trường Sở Khoa học và Công nghệ, Buôn Ma Thuột', hoặc địa chỉ phòng họp trực tuyến ở 'online:'")
    static func fileWrittenFilesContentMedia(_ file: some CustomStringConvertible) -> Message {
        Message("the file is written \"\(file)\"; files in content/media/ are written from /media/",
                "tệp được ghi là \"\(file)\"; tệp trong content/media/ phải ghi bắt đầu bằng /media/")
    }
    static func writeFileMedia(_ file: some CustomStringConvertible) -> Message {
        Message("write 'file: /media/\(file)'",
                "ghi 'file: /media/\(file)'")
    }
    static func fileNotContentMedia(_ file: some CustomStringConvertible) -> Message {
        Message("the file \"\(file)\" is not in content/media/",
                "tệp \"\(file)\" không có trong content/media/")
    }
    static let putMaterialInMediaOrURL = Message(
        "put the file in content/media/ and write 'file: /media/NAME', or give its address with 'url:'",
        "đặt tệp vào content/media/ và ghi 'file: /media/TÊN', hoặc ghi địa chỉ của tệp ở 'url:'")
    static func materialHasNeitherFileNor(_ title: some CustomStringConvertible) -> Message {
        Message("the material '\(title)' has neither 'file' nor 'url'",
                "tài liệu '\(title)' thiếu cả 'file' lẫn 'url'")
    }
    static let addMaterialFileOrURL = Message(
        "add 'file: /media/NAME.pdf' for a file in content/media/, or 'url:' for an address",
        "thêm 'file: /media/TÊN.pdf' cho tệp trong content/media/, hoặc 'url:' cho một địa chỉ")
    static func emailNotMailAddressGot(_ email: some CustomStringConvertible) -> Message {
        Message("'email' is not an e-mail address (got \"\(email)\")",
                "'email' không phải là địa chỉ thư điện tử (đang ghi \"\(email)\")")
    }
    static let writeOneEmailAddress = Message(
        "write one address such as dangky@skhcn.daklak.gov.vn, without spaces",
        "ghi một địa chỉ như dangky@skhcn.daklak.gov.vn, không có dấu cách")
    static let registrationHasNeitherUrlNor = Message(
        "the registration has neither 'url' nor 'email'",
        "phần đăng ký thiếu cả 'url' (địa chỉ biểu mẫu) lẫn 'email'")
    static let giveRegistrationFormOrEmail = Message(
        "give the form's address ('url: https://…') or the address to write to ('email: dangky@skhcn.daklak.gov.vn')",
        "ghi địa chỉ biểu mẫu đăng ký ('url: https://…') hoặc địa chỉ thư điện tử nhận đăng ký ('email: dangky@skhcn.daklak.gov.vn')")
    static func registrationDeadlineAfterEventStarts(_ value: some CustomStringConvertible, _ value2: some CustomStringConvertible) -> Message {
        Message("the registration deadline is after the event starts (deadline: \(value), start: \(value2))",
                "hạn đăng ký muộn hơn lúc sự kiện bắt đầu (hạn: \(value), bắt đầu: \(value2))")
    }
    static let setDeadlineNoLaterThan = Message(
        "set 'deadline:' no later than the start: the day of the event at the latest",
        "đặt 'deadline:' không muộn hơn lúc bắt đầu: chậm nhất là ngày diễn ra sự kiện")
    static func addEventDateLine(_ key: some CustomStringConvertible) -> Message {
        Message("add a line such as '\(key): 2027-03-15 08:00' (Vietnam time)",
                "thêm một dòng như '\(key): 2027-03-15 08:00' (giờ Việt Nam)")
    }

    // MARK: Content/LegalDocument.swift

    static func issuedNotDateYearGot(_ issued: some CustomStringConvertible) -> Message {
        Message("'issued' is not a date or a year (got \"\(issued)\")",
                "'issued' không phải ngày hay năm (nhận được \"\(issued)\")")
    }
    static let writeIssuedDate = Message(
        "write it as 2021-01-11, or 2021 when the day is not known",
        "ghi dạng 2021-01-11, hoặc 2021 nếu không rõ ngày")
    static let putDocumentInMediaOrURL = Message(
        "put the file in content/media/ and write 'file: /media/NAME', or give the official address with 'url:'",
        "đặt tệp vào content/media/ và ghi 'file: /media/TÊN', hoặc ghi địa chỉ chính thức bằng 'url:'")
    static let documentHasNeitherFileNor = Message(
        "the document has neither 'file' nor 'url' to download",
        "văn bản không có 'file' hay 'url' để tải về")
    static let addDocumentFileOrURL = Message(
        "add 'file: /media/NAME.pdf' or the official address with 'url:'",
        "thêm 'file: /media/TÊN.pdf' hoặc địa chỉ chính thức bằng 'url:'")

    // MARK: Content/StoryParser.swift

    static let storyDoesNotSayEnterprise = Message(
        "the story does not say the enterprise's legal form, so it is not counted among enterprises with a pilot project",
        "mô hình chưa ghi loại hình doanh nghiệp nên không được đếm vào số doanh nghiệp có dự án điểm")
    static let addStoryLegalForm = Message(
        "add 'loai_hinh: công ty TNHH' (or công ty cổ phần, công ty hợp danh, doanh nghiệp tư nhân, hợp tác xã, hộ kinh doanh, cơ sở sản xuất)",
        "thêm 'loai_hinh: công ty TNHH' (hoặc công ty cổ phần, công ty hợp danh, doanh nghiệp tư nhân, hợp tác xã, hộ kinh doanh, cơ sở sản xuất)")
    static func storyHasPlaceholder(_ list: some CustomStringConvertible) -> Message {
        Message("the story is published with what lantoa new wrote to be filled in: \(list)",
                "bài điển hình được xuất bản với chỗ lantoa new để trống hoặc viết mẫu để thay: \(list)")
    }
    static let replacePlaceholderOrKeepDraft = Message(
        "write the enterprise's name, its sector and district, the measured results and the text, or keep 'draft: true' until they are known; a story of 'Tên doanh nghiệp' is not counted among the pilots",
        "viết tên doanh nghiệp, lĩnh vực, địa bàn, kết quả đo được và nội dung, hoặc giữ 'draft: true' đến khi có; bài của 'Tên doanh nghiệp' không được tính vào số dự án điểm")
    static func notKnownImprovementToolListed(_ written: some CustomStringConvertible) -> Message {
        Message("'\(written)' is not a known improvement tool; it is listed as written",
                "'\(written)' không phải công cụ cải tiến đã biết; được ghi nguyên như đã viết")
    }
    static let sayWhenFiguresWereMeasured = Message(
        "say when the figures were measured, e.g. measured: 2025 or measured: 6/2025",
        "ghi thời điểm đo, ví dụ measured: 2025 hoặc measured: 6/2025")
    static let writeBetterLowerDefectsTime = Message(
        "write 'better: lower' for defects, time or cost",
        "ghi 'better: lower' cho lỗi, thời gian hoặc chi phí")
    static func writeEnterpriseLegalFormRegistered(_ key: some CustomStringConvertible) -> Message {
        Message("write the enterprise's legal form as registered, e.g. '\(key): công ty TNHH'",
                "ghi loại hình doanh nghiệp như khi đăng ký, ví dụ '\(key): công ty TNHH'")
    }
    static let pilotDoesNotSayEnterprise = Message(
        "the pilot does not say the enterprise's legal form",
        "dự án điểm chưa ghi loại hình doanh nghiệp")
    static let addPilotLegalForm = Message(
        "add 'loai_hinh: công ty TNHH' (or công ty cổ phần, hợp tác xã, hộ kinh doanh…)",
        "thêm 'loai_hinh: công ty TNHH' (hoặc công ty cổ phần, hợp tác xã, hộ kinh doanh…)")
    static let pilotHasNoStartedYear = Message(
        "the pilot has no 'started' year",
        "dự án điểm chưa ghi năm bắt đầu ('started')")
    static let addPilotStarted = Message(
        "add 'started: 2025', the year the pilot project began",
        "thêm 'started: 2025', năm bắt đầu dự án điểm")
    static func writeExample(_ key: some CustomStringConvertible, _ value: some CustomStringConvertible) -> Message {
        Message("write for example '\(key): \(value)'",
                "ghi ví dụ '\(key): \(value)'")
    }
    static func tooLargeNumberGot(_ key: some CustomStringConvertible, _ text: some CustomStringConvertible) -> Message {
        Message("'\(key)' is too large a number (got \"\(text)\")",
                "'\(key)' là số quá lớn (nhận được \"\(text)\")")
    }
    static func writeOnlyNumberAndUnit(_ key: some CustomStringConvertible) -> Message {
        Message("write only the number, e.g. \(key): 4,5, and the unit in 'unit:'",
                "chỉ ghi con số, ví dụ \(key): 4,5, và đơn vị ở 'unit:'")
    }
}

extension Message {
    // MARK: Composed

    static func urlPublishedAs(_ url: String, _ path: String) -> Message {
        Message("the url \"\(url)\" is published as \(path)",
                "url \"\(url)\" được xuất bản thành \(path)")
    }

    static func didYouMeanOrKeep(_ same: String, _ key: String) -> Message {
        Message("did you mean '\(same)'? Or, to keep it without a warning, add it to content/site.yml: extra_keys: [\(key)]",
                "có phải ý bạn là '\(same)'? Hoặc, muốn giữ khóa này mà không bị cảnh báo, thêm vào content/site.yml: extra_keys: [\(key)]")
    }

    static func notUsedKeep(_ key: String) -> Message {
        Message("Lan Tỏa does not use it; to keep it without a warning, add it to content/site.yml: extra_keys: [\(key)]",
                "Lan Tỏa không dùng khóa này; muốn giữ mà không bị cảnh báo, thêm vào content/site.yml: extra_keys: [\(key)]")
    }

    /// A problem said once for all the files that have it.
    static func inFiles(_ message: Message, _ count: Int) -> Message {
        Message("\(message.english) (in \(count) files)",
                "\(message.vietnamese) (ở \(count) tệp)")
    }

    static func knownTools(_ names: String) -> Message {
        Message("known tools: \(names)",
                "các công cụ đã biết: \(names)")
    }

    static func resultHasNo(_ metric: String, _ key: String) -> Message {
        Message("the result '\(metric)' has no '\(key)'",
                "kết quả '\(metric)' thiếu khóa '\(key)'")
    }

    static func successStoryNeedsFigure(before: Bool, _ key: String) -> Message {
        before
            ? Message("a success story needs the figure before the change, e.g. \(key): 4,5",
                      "mô hình điển hình cần số liệu trước khi cải tiến, ví dụ \(key): 4,5")
            : Message("a success story needs the figure after the change, e.g. \(key): 4,5",
                      "mô hình điển hình cần số liệu sau khi cải tiến, ví dụ \(key): 4,5")
    }

    static func betterMustBeHigherOrLower(_ text: String) -> Message {
        Message("'better' must be higher or lower (got \"\(text)\")",
                "'better' phải là higher (cao hơn là tốt) hoặc lower (thấp hơn là tốt) (nhận được \"\(text)\")")
    }

    static func mustBeOneOf(_ key: String, _ options: [String], _ text: String) -> Message {
        let list = options.map { "\"\($0)\"" }.joined(separator: ", ")
        return Message("'\(key)' must be one of \(list) (got \"\(text)\")",
                       "'\(key)' phải là một trong các giá trị \(list) (nhận được \"\(text)\")")
    }

    static func mustBeNumber(_ key: String, _ text: String) -> Message {
        Message("'\(key)' must be a number (got \"\(text)\")",
                "'\(key)' phải là một con số (nhận được \"\(text)\")")
    }
}

extension Message {
    // MARK: Broadcast.swift (content/broadcasts/)

    static func mediumMustBeVideoOrAudio(_ text: String) -> Message {
        Message("'medium' must be video or audio (got \"\(text)\")",
                "'medium' phải là video (truyền hình) hoặc audio (phát thanh) (nhận được \"\(text)\")")
    }
    static let writeMedium = Message(
        "write 'medium: video' for a television report or 'medium: audio' for a radio one",
        "ghi 'medium: video' cho phóng sự truyền hình hoặc 'medium: audio' cho phóng sự phát thanh")
    static func notPlayableFile(_ name: String, _ extensions: String) -> Message {
        Message("browsers cannot play \(name) by themselves; the file must end in one of: \(extensions)",
                "trình duyệt không tự phát được \(name); tệp phải có đuôi là một trong: \(extensions)")
    }
    static func fileIsNotMedium(_ name: String, _ what: Message, _ medium: String) -> Message {
        Message("\(name) is \(what.english), but 'medium' says \(medium)",
                "\(name) là \(what.vietnamese), nhưng 'medium' lại ghi \(medium)")
    }
    static func writeMediumFor(_ medium: String) -> Message {
        Message("write 'medium: \(medium)', or give the file of the other medium",
                "ghi 'medium: \(medium)', hoặc đổi sang tệp đúng loại")
    }
    static let writeCaptions = Message(
        "save the captions as WebVTT (a .vtt file; most subtitle editors export it) in content/media/",
        "lưu phụ đề dạng WebVTT (tệp .vtt; phần lớn công cụ làm phụ đề xuất được) vào content/media/")
    static func broadcastURLNotAbsolute(_ url: String) -> Message {
        Message("'url' is not a web address (got \"\(url)\")",
                "'url' không phải một địa chỉ web (nhận được \"\(url)\")")
    }
    static let writeBroadcastURL = Message(
        "write the whole address of the report's page, starting with https://",
        "ghi đầy đủ địa chỉ trang của phóng sự, bắt đầu bằng https://")
    static let aVideo = Message("a video", "một tệp video")
    static let anAudio = Message("an audio file", "một tệp âm thanh")
    static let broadcastHasNeitherFileNorURL = Message(
        "the report has neither 'file' nor 'url'",
        "phóng sự thiếu cả 'file' (tệp để phát trên trang) lẫn 'url' (địa chỉ trên trang của Đài hoặc Báo)")
    static let addBroadcastFileOrURL = Message(
        "put the file in content/media/ and write 'file: /media/NAME.mp3', or give its page at the station with 'url:'",
        "đặt tệp vào content/media/ và ghi 'file: /media/TÊN.mp3', hoặc ghi địa chỉ trang của phóng sự ở 'url:'")
    static func putBroadcastInMedia(_ extensions: String) -> Message {
        Message("put the file in content/media/ and write its path as /media/NAME; browsers play: \(extensions)",
                "đặt tệp vào content/media/ và ghi đường dẫn dạng /media/TÊN; trình duyệt phát được: \(extensions)")
    }
    static func durationNotTime(_ text: String) -> Message {
        Message("'duration' is not minutes and seconds (got \"\(text)\")",
                "'duration' không ghi thời lượng theo phút và giây (nhận được \"\(text)\")")
    }
    static let writeDuration = Message(
        "write minutes and seconds, e.g. duration: \"12:34\" (a quarter of an hour is \"15:00\"), or hours too, e.g. duration: \"1:02:03\"",
        "ghi phút và giây, ví dụ duration: \"12:34\" (mười lăm phút là \"15:00\"), hoặc cả giờ, ví dụ duration: \"1:02:03\"")
    static func unknownBroadcastLanguage(_ text: String) -> Message {
        Message("unknown language \"\(text)\"",
                "ngôn ngữ lạ \"\(text)\"")
    }
    static let writeBroadcastLanguage = Message(
        "write language: vi (tiếng Việt), ede (Ê Đê) or mnong (M'nông)",
        "ghi language: vi (tiếng Việt), ede (tiếng Ê Đê) hoặc mnong (tiếng M'nông)")
    static func captionsMustBeVTT(_ name: String) -> Message {
        Message("the captions \(name) are not a WebVTT file (.vtt)",
                "phụ đề \(name) không phải tệp WebVTT (.vtt)")
    }
    static let broadcastHasNoTranscript = Message(
        "the report has no transcript",
        "phóng sự chưa có bản ghi lời")
    static let writeTranscript = Message(
        "write what is said below the front matter: people who cannot hear it read it there, and search finds it",
        "ghi lại lời trong phóng sự bên dưới phần khai báo: người không nghe được sẽ đọc ở đó, và công cụ tìm kiếm tìm được")
}

extension Message {
    // MARK: HonourRoll.swift (content/ton-vinh/)

    static let honourRollIsEmpty = Message("the honour roll lists nobody", "danh sách tôn vinh chưa có ai")
    static let writeHonours = Message(
        "list who was honoured under 'honours:', each with '- enterprise:', 'award:', and where known 'for:', 'story:' and 'evidence:'",
        "liệt kê các đơn vị được tôn vinh dưới 'honours:', mỗi đơn vị có '- enterprise:' (tên), 'award:' (danh hiệu), và nếu có thì 'for:' (thành tích), 'story:' (mô hình điển hình), 'evidence:' (minh chứng)")
    static func honourStoryDoesNotExist(_ slug: String) -> Message {
        Message("the honour names a story '\(slug)' that does not exist",
                "mục tôn vinh dẫn tới mô hình điển hình '\(slug)' nhưng không có mô hình này")
    }
    static let writeStorySlug = Message(
        "write the slug of a story in content/stories/ (its file name without .md)",
        "ghi tên đường dẫn của một mô hình trong content/stories/ (tên tệp, bỏ đuôi .md)")
    static func decisionDoesNotExist(_ slug: String) -> Message {
        Message("the decision '\(slug)' is not a document of the site",
                "quyết định '\(slug)' không phải một văn bản của trang")
    }
    static let writeDocumentSlug = Message(
        "add the decision to content/documents/ and write its slug (its file name without .md)",
        "thêm quyết định vào content/documents/ rồi ghi tên đường dẫn của nó (tên tệp, bỏ đuôi .md)")
    static func yearHonouredTwice(_ year: Int, _ first: String) -> Message {
        Message("the year \(year) already has its honour roll in \(first)",
                "năm \(year) đã có danh sách tôn vinh trong \(first)")
    }
    static let oneFilePerYear = Message(
        "keep one file per year: move these honours into that file",
        "mỗi năm một tệp: chuyển các mục tôn vinh này vào tệp kia")
}

extension Message {
    static func honourYearNotFileName(_ year: Int, _ file: String) -> Message {
        Message("the roll says year \(year) but its file is named \(file)",
                "danh sách ghi năm \(year) nhưng tệp lại mang tên \(file)")
    }
    static func honourYearMatchFile(_ file: String) -> Message {
        Message("write 'year: \(file)', or rename the file to the year of the roll",
                "ghi 'year: \(file)', hoặc đổi tên tệp theo năm của danh sách")
    }
}
