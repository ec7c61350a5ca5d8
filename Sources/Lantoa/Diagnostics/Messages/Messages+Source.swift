/// Reading files: the content folder, front matter, site.yml and the fields of every file. English and Vietnamese side by side; see `Message`.
extension Message {
    // MARK: Config/SiteConfig.swift

    static func baseURLThisComputer(_ url: some CustomStringConvertible) -> Message {
        Message("the site's address \(url) is this computer's: feeds, the sitemap, shared links and the newsletters' e-mails (thu.eml) would point to it",
                "địa chỉ trang web \(url) là của máy này: nguồn tin, sơ đồ trang, liên kết chia sẻ và thư bản tin (thu.eml) sẽ trỏ về đó")
    }
    static let setBaseURLBeforePublishing = Message(
        "before publishing or sending a newsletter, write the published address in content/site.yml, e.g. base_url: https://nangsuat.tinh.gov.vn/ (or build with --base-url)",
        "trước khi xuất bản hoặc gửi bản tin, ghi địa chỉ thật vào content/site.yml, ví dụ base_url: https://nangsuat.tinh.gov.vn/ (hoặc build với --base-url)")
    static func baseURLNotHTTP(_ text: some CustomStringConvertible) -> Message {
        Message("'base_url' is not an http(s) address (got \"\(text)\")",
                "'base_url' không phải địa chỉ http(s) (nhận được \"\(text)\")")
    }
    static let writeAddressSiteWillServed = Message(
        "write the address the site will be served from, e.g. base_url: https://nangsuat.daklak.gov.vn/",
        "ghi địa chỉ trang web sẽ được đặt, ví dụ base_url: https://nangsuat.daklak.gov.vn/")
    static func notLanguageCodeAnotherLanguage(_ key: some CustomStringConvertible) -> Message {
        Message("'\(key)' is not a language code of another language than the site's",
                "'\(key)' không phải mã của một ngôn ngữ khác ngôn ngữ của trang")
    }
    static func useCodeEnEdeDifferent(_ language: some CustomStringConvertible) -> Message {
        Message("use a code such as en or ede, different from language: \(language)",
                "dùng mã như en hoặc ede, khác với language: \(language)")
    }
    static func example(_ key: some CustomStringConvertible, _ value: some CustomStringConvertible) -> Message {
        Message("for example '\(key): \(value)'",
                "ví dụ '\(key): \(value)'")
    }

    // MARK: Locale/DecimalStyle.swift

    static let figuresMustSmallerThanMillion = Message(
        "figures must be smaller than a million billion (10^15); check for a typing mistake or write the figure in a larger unit (tỷ đồng instead of đồng)",
        "số liệu phải nhỏ hơn một triệu tỷ (10^15); kiểm tra lỗi gõ, hoặc ghi theo đơn vị lớn hơn (tỷ đồng thay vì đồng)")

    // MARK: Source/BuiltInTheme.swift

    static func fileOverridesWhichBuiltTheme(_ value: some CustomStringConvertible, _ number: some CustomStringConvertible) -> Message {
        Message("this file overrides \(value), which the built-in theme of Lan Tỏa \(number) no longer has",
                "tệp này thay cho \(value), nhưng giao diện có sẵn của Lan Tỏa \(number) không còn tệp đó")
    }
    static let paginationHasNoTotal = Message(
        "`{{total}}` is empty: lists are numbered from the oldest page now and give no page count, so a page stays as it was when pages are added after it (README, `page_size`)",
        "`{{total}}` để trống: danh sách nay đánh số trang từ trang cũ nhất và không có tổng số trang, để một trang giữ nguyên khi có trang mới sau nó (README, `page_size`)")
    static let termCountFirstPageOnly = Message(
        "`{{count}}` is given on a tag's or category's first page only now: on its other pages this line shows no number",
        "`{{count}}` nay chỉ có ở trang đầu của một thẻ hay chuyên mục: ở các trang sau, dòng này không có số")
    static let archiveYearCountIndexOnly = Message(
        "each year's `{{count}}` is given on the archive's index only now: on a year's or a month's page the list of years shows no numbers",
        "`{{count}}` của mỗi năm nay chỉ có ở trang mục lục lưu trữ: ở trang của một năm hay một tháng, danh sách các năm không có số")
    static let searchIndexInSegments = Message(
        "the search index is written in segments now (`segments` in manifest.json, not `shards`): this copy of search.js finds nothing",
        "chỉ mục tìm kiếm nay được ghi theo từng đoạn (`segments` trong manifest.json, không còn `shards`): bản search.js này sẽ không tìm thấy gì")
    static let searchSentencesFromTheme = Message(
        "the search page hands its sentences to search.js as data-found, data-nothing, … (the theme's search_* words): without them it says them in Vietnamese whatever the page's language",
        "trang tìm kiếm nay đưa các câu của nó cho search.js qua data-found, data-nothing, … (lời search_* của giao diện): thiếu chúng, trang luôn nói bằng tiếng Việt")
    static let legendHasNoUnlikely = Message(
        "the key of statuses has no 'khó đạt' (status_unlikely), which a target the remaining years cannot reach at the best year's pace now shows",
        "chú giải tình trạng thiếu 'khó đạt' (status_unlikely), tình trạng nay dùng cho mục tiêu mà các năm chưa có số liệu khó bù kịp")
    static func compareWithBuiltIn(_ name: some CustomStringConvertible) -> Message {
        Message("compare with the built-in file: rename yours, run `lantoa theme eject \(name)`, and carry your changes over",
                "đối chiếu với tệp có sẵn: đổi tên tệp của bạn, chạy `lantoa theme eject \(name)`, rồi chép các thay đổi của bạn sang")
    }
    static func usedOnlyIfAnotherTemplate(_ value: some CustomStringConvertible, _ record: some CustomStringConvertible) -> Message {
        Message("it is used only if another template of yours names it; compare with `lantoa theme eject` of the new files, then delete it and its line \(value) in \(record)",
                "tệp chỉ được dùng khi một mẫu khác của trang gọi tới; đối chiếu với các tệp mới (`lantoa theme eject`), rồi xóa tệp và dòng \(value) trong \(record)")
    }

    // MARK: Source/FieldReader.swift

    static func notAddressReadersCanSafely(_ key: some CustomStringConvertible, _ value: some CustomStringConvertible) -> Message {
        Message("'\(key)' is not an address readers can safely follow (got \"\(value)\")",
                "'\(key)' không phải địa chỉ an toàn cho người đọc (nhận được \"\(value)\")")
    }
    static func hasNo(_ what: Message, _ key: some CustomStringConvertible) -> Message {
        Message("\(what.english) has no '\(key)'",
                "\(what.vietnamese) thiếu khóa '\(key)'")
    }
    static func isEmptyGot(_ key: some CustomStringConvertible, _ value: some CustomStringConvertible) -> Message {
        Message("'\(key)' is empty (got \"\(value)\")",
                "'\(key)' đang để trống (nhận được \"\(value)\")")
    }
    static func writeTextAfter(_ key: some CustomStringConvertible, _ example: some CustomStringConvertible) -> Message {
        Message("write the text after '\(key):', e.g. '\(example)'",
                "viết nội dung sau '\(key):', ví dụ '\(example)'")
    }
    static func addLine(_ example: some CustomStringConvertible, _ value: Message) -> Message {
        Message("add a line such as '\(example)' to \(value.english)",
                "thêm một dòng như '\(example)' vào \(value.vietnamese)")
    }
    static func notValidDateGot(_ key: some CustomStringConvertible, _ text: some CustomStringConvertible) -> Message {
        Message("'\(key)' is not a valid date (got \"\(text)\")",
                "'\(key)' không phải là ngày hợp lệ (nhận được \"\(text)\")")
    }
    static func dayMonthYearNoSuchDay(_ key: some CustomStringConvertible, _ date: some CustomStringConvertible) -> Message {
        Message("read day first, \(date) is not a day of the calendar; write \(key): as YEAR-MONTH-DAY, e.g. \(key): 2026-11-27",
                "đọc theo ngày/tháng/năm, \(date) không phải ngày có thật; viết \(key): theo dạng NĂM-THÁNG-NGÀY, ví dụ \(key): 2026-11-27")
    }
    static func noSuchDay(_ key: some CustomStringConvertible, _ date: some CustomStringConvertible) -> Message {
        Message("\(date) is not a day of the calendar; write \(key): as YEAR-MONTH-DAY, e.g. \(key): 2026-11-27",
                "\(date) không phải ngày có thật; viết \(key): theo dạng NĂM-THÁNG-NGÀY, ví dụ \(key): 2026-11-27")
    }
    static func writeDateForm(_ key: some CustomStringConvertible) -> Message {
        Message("write it as YYYY-MM-DD or YYYY-MM-DD HH:MM, e.g. \(key): 2026-11-27 08:30 (Vietnam time unless a zone such as +07:00 follows)",
                "viết theo dạng NĂM-THÁNG-NGÀY hoặc NĂM-THÁNG-NGÀY GIỜ:PHÚT, ví dụ \(key): 2026-11-27 08:30 (giờ Việt Nam nếu không ghi múi giờ như +07:00)")
    }
    static func mustTrueFalseGot(_ key: some CustomStringConvertible, _ value: Message) -> Message {
        Message("'\(key)' must be true or false (got \(value.english))",
                "'\(key)' phải là true hoặc false (nhận được \(value.vietnamese))")
    }
    static func writeTrueFalse(_ key: some CustomStringConvertible, _ key2: some CustomStringConvertible) -> Message {
        Message("write '\(key): true' or '\(key2): false'",
                "ghi '\(key): true' hoặc '\(key2): false'")
    }
    static func mustWholeNumberGot(_ key: some CustomStringConvertible, _ lowerBound: some CustomStringConvertible, _ upperBound: some CustomStringConvertible, _ value: Message) -> Message {
        Message("'\(key)' must be a whole number from \(lowerBound) to \(upperBound) (got \(value.english))",
                "'\(key)' phải là số nguyên từ \(lowerBound) đến \(upperBound) (nhận được \(value.vietnamese))")
    }
    static func unknownKeyIgnored(_ key: some CustomStringConvertible, _ what: Message) -> Message {
        Message("unknown key '\(key)' in \(what.english) is ignored",
                "khóa lạ '\(key)' trong \(what.vietnamese) bị bỏ qua")
    }
    static func mustGot(_ key: some CustomStringConvertible, _ expected: Message, _ value: Message) -> Message {
        Message("'\(key)' must be \(expected.english) (got \(value.english))",
                "'\(key)' phải là \(expected.vietnamese) (nhận được \(value.vietnamese))")
    }
    static func writeLike(_ example: some CustomStringConvertible) -> Message {
        Message("write it like this: \(example)",
                "viết như sau: \(example)")
    }

    // MARK: Source/FrontMatterFormats.swift

    static let tomlFrontMatterNeverClosed = Message(
        "the front matter opened with '+++' on line 1 is never closed",
        "phần khai báo mở bằng '+++' ở dòng 1 không được đóng lại")
    static let addClosingTOMLLine = Message(
        "add a line containing only '+++' after the last front matter key",
        "thêm một dòng chỉ có '+++' sau khóa khai báo cuối cùng")
    static func tomlFrontMatterCannotRead(_ description: some CustomStringConvertible) -> Message {
        Message("the TOML front matter cannot be read: \(description)",
                "không đọc được phần khai báo TOML: \(description)")
    }
    static let tomlWritesKeyValueLists = Message(
        "TOML writes key = \"value\", lists as [\"a\", \"b\"] and dates as 2026-11-27T08:30:00+07:00; or write the front matter in YAML between '---' lines",
        "TOML viết khóa = \"giá trị\", danh sách dạng [\"a\", \"b\"], ngày dạng 2026-11-27T08:30:00+07:00; hoặc viết phần khai báo bằng YAML giữa hai dòng '---'")
    static let writeFrontMatterYamlBetween = Message(
        "write the front matter in YAML between '---' lines",
        "viết phần khai báo bằng YAML giữa hai dòng '---'")
    static let jsonFrontMatterOpenedLine = Message(
        "the JSON front matter opened with '{' on line 1 is never closed",
        "phần khai báo JSON mở bằng '{' ở dòng 1 không được đóng lại")
    static let endObjectClosingWriteFront = Message(
        "end the object with its closing '}', or write the front matter in YAML between '---' lines",
        "đóng đối tượng bằng dấu '}', hoặc viết phần khai báo bằng YAML giữa hai dòng '---'")

    // MARK: Source/FrontMatterParser.swift

    static let frontMatterNeverClosed = Message(
        "the front matter opened with '---' on line 1 is never closed",
        "phần khai báo mở bằng '---' ở dòng 1 không được đóng lại")
    static let addClosingYAMLLine = Message(
        "add a line containing only '---' after the last front matter key",
        "thêm một dòng chỉ có '---' sau khóa khai báo cuối cùng")
    static func yamlKeySetTwiceFirst(_ key: some CustomStringConvertible, _ value: some CustomStringConvertible) -> Message {
        Message("YAML key set twice: '\(key)' (first on line \(value))",
                "mục '\(key):' được ghi hai lần trong cùng một chỗ (lần đầu ở dòng \(value))")
    }
    static func yamlCouldNotRead(_ error: some CustomStringConvertible) -> Message {
        Message("the YAML could not be read: \(error)",
                "không đọc được YAML: \(error)")
    }
    static func expectedKeyValueLinesGot(_ value: Message) -> Message {
        Message("expected 'key: value' lines, got \(value.english)",
                "cần các dòng 'khóa: giá trị', nhận được \(value.vietnamese)")
    }
    static let eachLineFrontMatterKey = Message(
        "each line of the front matter is a key, a colon and a value, e.g. 'title: Tin mới'",
        "mỗi dòng khai báo gồm khóa, dấu hai chấm và giá trị, ví dụ 'title: Tin mới'")
    static func setTwiceFirstLine(_ key: some CustomStringConvertible, _ line: some CustomStringConvertible) -> Message {
        Message("'\(key)' is set twice (first on line \(line))",
                "'\(key)' được khai báo hai lần (lần đầu ở dòng \(line))")
    }
    static func keepOnlyOneLine(_ key: some CustomStringConvertible) -> Message {
        Message("keep only one '\(key):' line",
                "chỉ giữ một dòng '\(key):'")
    }
    static let checkIndentationColonsValueMust = Message(
        "check the indentation and the colons; a value with ':' or '#' in it must be put in quotes, e.g. title: \"Hội thảo: năng suất\"",
        "kiểm tra thụt lề và dấu hai chấm; giá trị có ':' hoặc '#' phải đặt trong ngoặc kép, ví dụ title: \"Hội thảo: năng suất\"")
    static let yamlSyntaxErrorQuotedValue = Message(
        "YAML syntax error: a quoted value opened here is never closed",
        "sai cú pháp YAML: giá trị mở ngoặc kép ở đây không được đóng lại")
    static let endValueSameQuoteStarts = Message(
        "end the value with the same quote it starts with (\"…\" or '…'), or remove the opening quote",
        "đóng giá trị bằng đúng loại ngoặc đã mở (\"…\" hoặc '…'), hoặc bỏ ngoặc mở")
    static func controlCharacterNotAllowedYaml(_ character: some CustomStringConvertible) -> Message {
        Message("the control character \(character) is not allowed in YAML",
                "ký tự điều khiển \(character) không được phép trong YAML")
    }
    static func yamlCannotReadHere(_ problem: some CustomStringConvertible, _ character: some CustomStringConvertible) -> Message {
        Message("YAML cannot be read here: \(problem) (\(character))",
                "không đọc được YAML ở đây: \(problem) (\(character))")
    }
    static let deleteInvisibleCharacterOftenComes = Message(
        "delete the invisible character (it often comes from copying text out of another program), or retype the line",
        "xóa ký tự vô hình này (thường lẫn vào khi sao chép từ chương trình khác), hoặc gõ lại dòng")
    static let yamlSyntaxErrorTabUsed = Message(
        "YAML syntax error: a tab is used to indent",
        "sai cú pháp YAML: dùng phím Tab để thụt lề")
    static let indentSpacesOnlyYamlDoes = Message(
        "indent with spaces only; YAML does not accept tabs at the start of a line",
        "chỉ thụt lề bằng dấu cách; YAML không chấp nhận Tab ở đầu dòng")
    static func yamlKeySetTwice(_ value: some CustomStringConvertible) -> Message {
        Message("YAML key set twice: \(value)",
                "mục được ghi hai lần trong cùng một chỗ: \(value)")
    }
    static let keepOnlyOneThem = Message(
        "keep only one of them",
        "chỉ giữ lại một trong hai dòng")
    static func yamlNoSpaceAfterColon(_ written: some CustomStringConvertible) -> Message {
        Message("'\(written)' has no space after its colon, so YAML does not read it as a key and its value",
                "'\(written)' thiếu dấu cách sau dấu hai chấm, nên YAML không đọc được đó là khóa và giá trị")
    }
    static func writeSpaceAfterColon(_ fixed: some CustomStringConvertible) -> Message {
        Message("put a space after the colon: \(fixed)",
                "thêm một dấu cách sau dấu hai chấm: \(fixed)")
    }
    static func yamlSyntaxError(_ problem: Message) -> Message {
        Message("YAML syntax error: \(problem.english)",
                "sai cú pháp YAML: \(problem.vietnamese)")
    }

    /// What libyaml says, in both languages: its common problems are explained in plain words
    /// in each (libyaml's own words follow in English, in brackets, for a search); a rare one is
    /// quoted as it is, said to be the YAML reader's words.
    static func yamlProblem(_ problem: String, context: String?) -> Message {
        let known: [String: (english: String, vietnamese: String)] = [
            "did not find expected key": ("a key is missing where one should be (usually a wrong indentation, or a quote left open on the line above, such as a title with \"quotes\" inside quotes)",
                                          "không tìm thấy khóa ở chỗ cần có (thường do thụt lề sai, hoặc một ngoặc kép ở dòng trên chưa đóng)"),
            "mapping values are not allowed in this context": ("a colon where none may be (a value holding ':' must be in quotes)",
                                                               "có dấu hai chấm ở chỗ không được có (giá trị có dấu ':' phải đặt trong ngoặc kép)"),
            "found character that cannot start any token": ("a character that cannot start a value (such as @, ` or a tab)",
                                                            "có một ký tự không được đứng đầu giá trị (như @, ` hoặc Tab)"),
            "could not find expected ':'": ("the colon after a key is missing",
                                            "thiếu dấu hai chấm sau khóa"),
            "did not find expected '-' indicator": ("the '-' that starts an item of the list is missing",
                                                    "thiếu dấu '-' ở đầu một mục của danh sách"),
            "found unexpected end of stream": ("the front matter ends halfway through a value",
                                               "phần khai báo kết thúc giữa chừng"),
            "did not find expected node content": ("a value is missing where one should be",
                                                   "thiếu giá trị ở chỗ cần có"),
            "block sequence entries are not allowed in this context": ("a list item '-' in the wrong place (check the indentation)",
                                                                       "mục danh sách '-' đặt sai chỗ (kiểm tra thụt lề)"),
            "found undefined tag handle": ("an unknown '!' tag",
                                           "có một thẻ '!' lạ"),
        ]
        let raw = problem + (context.map { " (\($0))" } ?? "")
        let english = known[problem].map { "\($0.english) [\(raw)]" } ?? raw
        let vietnamese = known[problem]?.vietnamese ?? "\(raw) (lời của bộ đọc YAML)"
        return Message(english, vietnamese)
    }

    // MARK: Source/ProjectFiles.swift

    static let symbolicLinkLeadsBackInto = Message(
        "the symbolic link leads back into a folder that holds it (a loop) and is skipped",
        "liên kết tượng trưng trỏ ngược vào thư mục chứa nó (vòng lặp) nên bị bỏ qua")
    static let removeLinkFolderCannotContain = Message(
        "remove the link; a folder cannot contain itself",
        "xóa liên kết; một thư mục không thể chứa chính nó")
    static func copyFileIntoInsteadLinking(_ listed: some CustomStringConvertible) -> Message {
        Message("copy the file into \(listed)/ instead of linking to it, or remove the link",
                "sao chép tệp vào \(listed)/ thay vì liên kết tới nó, hoặc xóa liên kết")
    }
    static let fileCannotRead = Message(
        "the file cannot be read",
        "không đọc được tệp")
    static let checkExistsYouMayRead = Message(
        "check that it exists and that you may read it",
        "kiểm tra tệp có tồn tại và bạn có quyền đọc")

    // MARK: Source/SourceFile.swift

    static let saveAgainUtf8Notepad = Message(
        "save it again as UTF-8: in Notepad choose Save As → Encoding: UTF-8; in Excel choose \"CSV UTF-8\"; text typed with TCVN3 or VNI fonts must be converted to Unicode first (Unikey's converter does it)",
        "lưu lại tệp dưới dạng UTF-8: trong Notepad chọn Save As → Encoding: UTF-8; trong Excel chọn \"CSV UTF-8\"; văn bản gõ bằng phông TCVN3 hoặc VNI phải chuyển sang Unicode trước (dùng công cụ chuyển mã của Unikey)")

    // MARK: Source/URLPolicy.swift

    static let writeAddressStartingHttpsHttp = Message(
        "write an address starting with https://, http://, mailto: or tel:, or a path on this site starting with /",
        "ghi địa chỉ bắt đầu bằng https://, http://, mailto: hoặc tel:, hoặc đường dẫn trong trang bắt đầu bằng /")
}

extension Message {
    // MARK: Composed

    static func knownKeysAre(_ keys: some CustomStringConvertible) -> Message {
        Message("known keys are: \(keys)",
                "các khóa đã biết: \(keys)")
    }
}

extension Message {
    static func symbolicLinkLeadsOutside(_ folder: String, _ target: String?) -> Message {
        Message("the symbolic link leads outside \(folder) (to \(target ?? "nothing")) and is not published",
                "liên kết tượng trưng trỏ ra ngoài \(folder) (tới \(target ?? "không đâu cả")) nên không được xuất bản")
    }

    static func notValidUTF8(byte: String, cutShort: Bool) -> Message {
        cutShort
            ? Message("the file is not valid UTF-8 text (byte \(byte) starts a character that is cut short)",
                      "tệp không phải văn bản UTF-8 hợp lệ (byte \(byte) mở đầu một ký tự bị cắt cụt)")
            : Message("the file is not valid UTF-8 text (byte \(byte) cannot start or continue a character)",
                      "tệp không phải văn bản UTF-8 hợp lệ (byte \(byte) không thể bắt đầu hay nối tiếp một ký tự)")
    }

    static func mustBeOneURLSegment(_ key: String, _ value: String) -> Message {
        Message("'\(key)' must be one URL segment of a-z, 0-9 and '-' (got \"\(value)\")",
                "'\(key)' phải là một đoạn địa chỉ chỉ gồm a-z, 0-9 và '-' (nhận được \"\(value)\")")
    }
}
