/// Assembling the site, its addresses and links, and writing it. English and Vietnamese side by side; see `Message`.
extension Message {
    // MARK: Output/DiskWriter.swift

    static func cannotWrite(_ path: some CustomStringConvertible, _ value: Message) -> Message {
        Message("cannot write \(path): \(value.english)",
                "không ghi được \(path): \(value.vietnamese)")
    }

    // MARK: Output/Rasteriser.swift

    static func wasNotFoundPath(_ program: some CustomStringConvertible) -> Message {
        Message("\(program) was not found on PATH",
                "không tìm thấy chương trình \(program) trong PATH")
    }
    static func cannotDrawPngPicture(_ path: some CustomStringConvertible, _ message: Message) -> Message {
        Message("cannot draw the PNG picture \(path): \(message.english)",
                "không vẽ được ảnh PNG \(path): \(message.vietnamese)")
    }
    static func cannotDrawPngPictures(_ count: some CustomStringConvertible, _ path: some CustomStringConvertible, _ message: Message) -> Message {
        Message("cannot draw \(count) PNG pictures (\(path), …): \(message.english)",
                "không vẽ được \(count) ảnh PNG (\(path), …): \(message.vietnamese)")
    }
    static func installDebianPackageScriptsSetup(_ package: some CustomStringConvertible) -> Message {
        Message("install the Debian package \(package) (scripts/setup does), or build with --no-images to leave PNG pictures out",
                "hãy cài gói Debian \(package) (scripts/setup tự cài), hoặc dựng với --no-images để bỏ qua các ảnh PNG")
    }

    // MARK: Pipeline/Build.swift

    static let chooseNewFolderPublicInside = Message(
        "choose a new folder such as public/ inside the project",
        "chọn một thư mục mới, ví dụ public/ trong thư mục dự án")
    static let checkFolderCanWritten = Message(
        "check that the folder can be written",
        "kiểm tra quyền ghi vào thư mục")
    static func cannotDrawAnyPNG(_ missing: Message) -> Message {
        Message("cannot draw the PNG pictures: \(missing.english)",
                "không vẽ được các ảnh PNG: \(missing.vietnamese)")
    }
    static let outputReplacedWhole = Message(
        "Lan Tỏa replaces its output folder whole: build into a new or empty folder, or move those files out first (put files the site should publish in content/media/)",
        "Lan Tỏa thay toàn bộ thư mục xuất: hãy dựng vào một thư mục mới hoặc trống, hoặc chuyển các tệp đó đi trước (tệp cần đăng lên trang thì đặt trong content/media/)")
    static let checkFolderCanWrittenDisk = Message(
        "check that the folder can be written and the disk is not full",
        "kiểm tra quyền ghi vào thư mục và ổ đĩa chưa đầy")
    static func cannotWriteFiles(_ count: some CustomStringConvertible, _ value: some CustomStringConvertible, _ cause: Message) -> Message {
        Message("cannot write \(count) files (\(value), …): \(cause.english)",
                "không ghi được \(count) tệp (\(value), …): \(cause.vietnamese)")
    }
    static let freeSomeSpaceDiskBuild = Message(
        "free some space on the disk and build again (a build needs room for a second copy of the site beside the output folder); the published folder was not changed",
        "giải phóng dung lượng ổ đĩa rồi dựng lại (mỗi lần dựng cần chỗ cho một bản sao thứ hai của trang cạnh thư mục xuất); thư mục đã xuất bản không bị thay đổi")
    static let checkOutputFolderFolderAbove = Message(
        "check that the output folder and the folder above it can be written; the published folder was not changed",
        "kiểm tra quyền ghi vào thư mục xuất và thư mục chứa nó; thư mục đã xuất bản không bị thay đổi")

    // MARK: Pipeline/BuildSession.swift

    static let checkOutputFolderCanWritten = Message(
        "check that the output folder can be written",
        "kiểm tra quyền ghi vào thư mục xuất")

    // MARK: Pipeline/ContentInventory.swift

    static func fileTopContentNotRead(_ n: Int, _ list: some CustomStringConvertible) -> Message {
        Message("\(n) file\(n == 1 ? "" : "s") at the top of content/ not read: \(list)",
                "\(n) tệp ở gốc thư mục content/ không được đọc: \(list)")
    }
    static let contentHoldsSiteYmlPlan = Message(
        "content/ holds site.yml, plan.yml and the folders articles/, pages/, stories/, documents/, media/ and indicators/",
        "content/ chứa site.yml, plan.yml và các thư mục articles/, pages/, stories/, documents/, media/ và indicators/")
    static func fileNotRead(_ n: Int, _ ext: some CustomStringConvertible, _ list: some CustomStringConvertible) -> Message {
        Message("\(n) file\(n == 1 ? "" : "s") not read: *.\(ext) (\(list))",
                "\(n) tệp không được đọc: *.\(ext) (\(list))")
    }
    static func renameThemMdIfThey(_ ext: some CustomStringConvertible) -> Message {
        Message("rename them to .md, or, if they are Markdown, add the extension to content/site.yml: extensions: [md, markdown, \(ext)]",
                "đổi đuôi tệp thành .md, hoặc, nếu là Markdown, thêm đuôi vào content/site.yml: extensions: [md, markdown, \(ext)]")
    }
    static func fileBesidePagesContentNot(_ n: Int, _ value: some CustomStringConvertible, _ list: some CustomStringConvertible) -> Message {
        Message("\(n) file\(n == 1 ? "" : "s") beside the pages of content/\(value)/ not published: \(list)",
                "\(n) tệp cạnh các trang trong content/\(value)/ không được xuất bản: \(list)")
    }
    static let linkThemPageSameFolder = Message(
        "link to them from a page in the same folder (![mô tả](anh.png) for a picture, [tài liệu](tai-lieu.docx) for another file), give a page and its files a folder of their own, move them to content/media/, or delete them if they are not for the site",
        "liên kết tới chúng từ một trang cùng thư mục (![mô tả](anh.png) cho ảnh, [tài liệu](tai-lieu.docx) cho tệp khác), để mỗi trang cùng các tệp của nó trong một thư mục riêng, chuyển chúng vào content/media/, hoặc xoá chúng nếu không dùng cho trang")
    static func fileContentNotRead(_ n: Int, _ folder: some CustomStringConvertible, _ list: some CustomStringConvertible) -> Message {
        Message("\(n) file\(n == 1 ? "" : "s") in content/\(folder)/ not read: \(list)",
                "\(n) tệp trong content/\(folder)/ không được đọc: \(list)")
    }
    static func indicatorsAreRead(_ id: some CustomStringConvertible) -> Message {
        Message("no indicator of content/indicators/indicators.yml reads it: add one with 'id: \(id)', or name the file in an indicator's 'data:'",
                "không chỉ số nào trong content/indicators/indicators.yml đọc tệp này: thêm một chỉ số có 'id: \(id)', hoặc ghi tên tệp vào 'data:' của một chỉ số")
    }
    static let contentFoldersRead = Message(
        "Lan Tỏa reads content/articles/, pages/, stories/, documents/, media/ and indicators/: move them there, or convert a Hugo or Jekyll site with 'lantoa import'",
        "Lan Tỏa đọc content/articles/, pages/, stories/, documents/, media/ và indicators/: hãy chuyển tệp vào đó, hoặc chuyển đổi trang Hugo hay Jekyll bằng 'lantoa import'")

    // MARK: Pipeline/ContentLoader.swift

    static func noContentSiteYml(_ path: some CustomStringConvertible) -> Message {
        Message("no content/site.yml in \(path)",
                "không có content/site.yml trong \(path)")
    }
    static let runLantoaSiteFolderPoint = Message(
        "run lantoa from the site's folder, or point to it with --site DIR",
        "chạy lantoa trong thư mục của trang, hoặc chỉ tới thư mục đó bằng --site THƯ-MỤC")
    static func baseURLOptionNotHTTP(_ override: some CustomStringConvertible) -> Message {
        Message("--base-url is not an http(s) address (got \"\(override)\")",
                "--base-url không phải địa chỉ http(s) (nhận được \"\(override)\")")
    }
    static let exampleBaseUrlHttpsExample = Message(
        "for example --base-url https://example.org/nang-suat/",
        "ví dụ --base-url https://example.org/nang-suat/")

    // MARK: Pipeline/RouteTable.swift

    static let giveOneThemAnotherSlug = Message(
        "give one of them another 'slug:' (or 'url:' for a page), or rename its file",
        "đặt 'slug:' khác cho một trong hai (hoặc 'url:' với trang), hoặc đổi tên tệp")
    static func urlInsideSearchIndexFolder(_ file: some CustomStringConvertible, _ folder: some CustomStringConvertible) -> Message {
        Message("the URL /\(file) is inside /\(folder), the search index's folder",
                "địa chỉ /\(file) nằm trong /\(folder), thư mục chỉ mục tìm kiếm")
    }
    static let giveAnotherUrlSlugSet = Message(
        "give it another 'url:' or 'slug:', or set another name for the search page in site.yml (urls: search:)",
        "đặt 'url:' hoặc 'slug:' khác, hoặc đổi tên trang tìm kiếm trong site.yml (urls: search:)")

    // MARK: Pipeline/SiteAssembler.swift

    static func nameAlreadyNameTerm(_ name: some CustomStringConvertible, _ first: some CustomStringConvertible) -> Message {
        Message("the name '\(name)' is already a name of the term in \(first)",
                "tên '\(name)' đã là tên của thuật ngữ trong \(first)")
    }
    static let keepNameOneTermOnly = Message(
        "keep the name on one term only, and link the other term from its text",
        "chỉ giữ tên này ở một thuật ngữ, và dẫn liên kết tới thuật ngữ kia trong phần giải thích")
    static let writeSlugEventContentEvents = Message(
        "write the slug of an event in content/events/ (its file name without .md)",
        "ghi tên đường dẫn của một sự kiện trong content/events/ (tên tệp, bỏ đuôi .md)")
    static func articleReportsEventDoesNot(_ slug: some CustomStringConvertible) -> Message {
        Message("the article reports on an event '\(slug)' that does not exist",
                "bài viết tường thuật sự kiện '\(slug)' nhưng không có sự kiện này")
    }
    static func aliasNotPathInsideSite(_ alias: some CustomStringConvertible) -> Message {
        Message("the alias \"\(alias)\" is not a path inside the site",
                "địa chỉ cũ \"\(alias)\" không phải đường dẫn trong trang")
    }
    static let writeOldAddressPathTin = Message(
        "write the old address as a path such as /tin-tuc/ten-cu/ or /tin-cu/bai-a.html",
        "ghi địa chỉ cũ dạng đường dẫn như /tin-tuc/ten-cu/ hoặc /tin-cu/bai-a.html")
    static func fileNameSaysArticleWhich(_ code: some CustomStringConvertible, _ languages: some CustomStringConvertible, _ language: some CustomStringConvertible) -> Message {
        Message("the file name says the article is in '\(code)', which is not a language of the site (\(languages)): it is published as an article in '\(language)'",
                "tên tệp cho biết bài viết bằng ngôn ngữ '\(code)', không phải một ngôn ngữ của trang web (\(languages)): bài được đăng như một bài bằng '\(language)'")
    }
    static func addFileNameLanguage(_ code: some CustomStringConvertible, _ code2: some CustomStringConvertible) -> Message {
        Message("add '\(code):' under 'languages:' in content/site.yml and templates/i18n/\(code2).yml, or rename the file",
                "thêm '\(code):' dưới 'languages:' trong content/site.yml và tệp templates/i18n/\(code2).yml, hoặc đổi tên tệp")
    }
    static func articleWhichNotLanguageSite(_ lang: some CustomStringConvertible, _ languages: some CustomStringConvertible) -> Message {
        Message("the article is in '\(lang)', which is not a language of the site (\(languages))",
                "bài viết bằng ngôn ngữ '\(lang)', không phải một ngôn ngữ của trang web (\(languages))")
    }
    static func addArticleLanguage(_ lang: some CustomStringConvertible, _ lang2: some CustomStringConvertible) -> Message {
        Message("add '\(lang):' under 'languages:' in content/site.yml (with its title and menu) and templates/i18n/\(lang2).yml, or change 'lang:'",
                "thêm '\(lang):' dưới 'languages:' trong content/site.yml (kèm tên trang và trình đơn) và tệp templates/i18n/\(lang2).yml, hoặc sửa 'lang:'")
    }
    static func translationNotPageSite(_ target: some CustomStringConvertible) -> Message {
        Message("the translation \"\(target)\" is not a page of this site",
                "bản dịch \"\(target)\" không phải một trang của trang web này")
    }
    static let writePathPageSiteLanguage = Message(
        "write the path of the page in the site's language, e.g. translation: /gioi-thieu/",
        "ghi đường dẫn của trang bằng ngôn ngữ chính của trang web, ví dụ translation: /gioi-thieu/")
    static let tag = Message("tag", "thẻ")
    static let category = Message("category", "chuyên mục")
    static func termWithoutMarks(_ what: Message, _ written: some CustomStringConvertible, _ meant: some CustomStringConvertible) -> Message {
        Message("the \(what.english) \"\(written)\" is written without its marks, so the article is listed under \"\(meant)\"",
                "\(what.vietnamese) \"\(written)\" được viết không dấu, nên bài được xếp vào \"\(meant)\"")
    }
    static func writeAsOthersDo(_ meant: some CustomStringConvertible) -> Message {
        Message("write \"\(meant)\", as the other articles do",
                "viết \"\(meant)\" như các bài khác")
    }
    static func noPlanTaskId(_ id: some CustomStringConvertible) -> Message {
        Message("no plan task with the id \"\(id)\"",
                "không có nhiệm vụ mã \"\(id)\" trong kế hoạch")
    }
    static func evidenceDated(_ year: some CustomStringConvertible, _ value: some CustomStringConvertible, _ sourcePath: some CustomStringConvertible) -> Message {
        Message("the evidence for \(year) is dated \(value) (\(sourcePath))",
                "minh chứng cho năm \(year) lại có ngày \(value) (\(sourcePath))")
    }
    static func linkReportWhatWasDone(_ year: Int) -> Message {
        Message("link a report of what was done in \(year), dated in \(year) or by 31 March \(year + 1), or give the evidence under the year it belongs to",
                "dẫn bài báo cáo việc đã làm trong năm \(year), có ngày trong năm \(year) hoặc đến hết 31/3/\(year + 1), hoặc ghi minh chứng vào đúng năm của nó")
    }
    static func evidenceNotPage(_ year: some CustomStringConvertible, _ url: some CustomStringConvertible) -> Message {
        Message("the evidence for \(year), \(url), is not a page of this site, so the task page does not link it",
                "minh chứng cho năm \(year), \(url), không phải một trang của trang web này, nên trang nhiệm vụ chưa dẫn tới")
    }
    static func evidenceNotPublished(_ year: some CustomStringConvertible, _ url: some CustomStringConvertible, _ sourcePath: some CustomStringConvertible,
                                     _ date: some CustomStringConvertible) -> Message {
        Message("the evidence for \(year), \(url), is \(sourcePath), dated \(date) and not published yet, so the task page does not link it",
                "minh chứng cho năm \(year), \(url), là \(sourcePath), đăng ngày \(date) nên chưa xuất bản; trang nhiệm vụ chưa dẫn tới")
    }
    static let evidenceLinkedOnItsDate = Message(
        "the first build on or after that date links it; nothing to change if the date is right",
        "lần dựng đầu tiên từ ngày đó trở đi sẽ dẫn tới bài; không cần sửa gì nếu ngày đúng")
    static func evidenceDraft(_ year: some CustomStringConvertible, _ url: some CustomStringConvertible, _ sourcePath: some CustomStringConvertible) -> Message {
        Message("the evidence for \(year), \(url), is \(sourcePath), a draft, so the task page does not link it",
                "minh chứng cho năm \(year), \(url), là \(sourcePath), còn là bản nháp; trang nhiệm vụ chưa dẫn tới")
    }
    static let evidenceDraftReady = Message(
        "write draft: false in its front matter when it is ready",
        "ghi draft: false ở phần đầu bài khi bài đã sẵn sàng")
    static let evidenceLinkedOncePublished = Message(
        "an article dated later or still a draft is linked once it is published; otherwise correct the path (the address of the page, e.g. /tin-tuc/ten-bai/)",
        "bài có ngày đăng sau hôm nay hoặc còn là bản nháp sẽ được dẫn khi đăng; nếu không, sửa lại đường dẫn (địa chỉ của trang, ví dụ /tin-tuc/ten-bai/)")

    // MARK: Site/LinkChecker.swift

    static func linkPointsHeadingPageDoes(_ url: some CustomStringConvertible) -> Message {
        Message("the link '\(url)' points to a heading that page does not have",
                "liên kết '\(url)' trỏ tới một tiêu đề mục không có trên trang đó")
    }
    static func pointsNothingSite(_ what: Message, _ url: some CustomStringConvertible) -> Message {
        Message("\(what.english) '\(url)' points to nothing on this site",
                "\(what.vietnamese) '\(url)' không trỏ tới trang nào của trang web này")
    }
    static let putImageInMedia = Message(
        "put the file in content/media/ and write its path as /media/NAME",
        "đặt tệp vào content/media/ và ghi đường dẫn dạng /media/TÊN-TỆP")
    static func putImageBesidePage(_ file: some CustomStringConvertible) -> Message {
        Message("save the picture as \(file), where the link looks for it, or put it in content/media/ and write its path as /media/NAME",
                "lưu ảnh thành \(file), nơi liên kết tìm nó, hoặc đặt ảnh vào content/media/ và ghi đường dẫn dạng /media/TÊN-TỆP")
    }
    static func putFileBesidePage(_ file: some CustomStringConvertible) -> Message {
        Message("save the file as \(file), where the link looks for it, or put it in content/media/ and write its path as /media/NAME",
                "lưu tệp thành \(file), nơi liên kết tìm nó, hoặc đặt tệp vào content/media/ và ghi đường dẫn dạng /media/TÊN-TỆP")
    }
    static func linkedPageNotPublished(_ file: some CustomStringConvertible) -> Message {
        Message("the link goes to the page of \(file), which is not published (a draft, dated in the future, or expired)",
                "liên kết trỏ tới trang của \(file), nhưng trang đó không được đăng (bản nháp, đề ngày trong tương lai, hoặc đã hết hạn)")
    }
    static let publishLinkedPage = Message(
        "publish that page (remove 'draft: true', or wait for its date), or remove the link; 'lantoa build --drafts' shows drafts",
        "hãy đăng trang đó (bỏ 'draft: true', hoặc chờ tới ngày đăng), hoặc bỏ liên kết; 'lantoa build --drafts' hiện cả bản nháp")
    static func fileNamedInOtherCase(_ address: some CustomStringConvertible) -> Message {
        Message("did you mean '\(address)'? Write the name letter for letter, capitals too: the server tells them apart",
                "có phải ý bạn là '\(address)'? Hãy ghi tên tệp đúng từng chữ, kể cả chữ hoa: máy chủ phân biệt chữ hoa và chữ thường")
    }
    static func noPageFileThere(_ file: some CustomStringConvertible) -> Message {
        Message("there is no page file \(file): check the file's name and folder, or link the page's address (/tin-tuc/ten-bai-viet/)",
                "không có tệp trang \(file): hãy kiểm tra tên và thư mục của tệp, hoặc liên kết tới địa chỉ của trang (/tin-tuc/ten-bai-viet/)")
    }
    static func linkWithSpaceShownAsText(_ written: some CustomStringConvertible) -> Message {
        Message("'\(written)' is shown as text, not as a link or picture: its address has a space",
                "'\(written)' hiện ra như chữ thường, không thành liên kết hay ảnh: địa chỉ có dấu cách")
    }
    static func writeAddressInAngleBrackets(_ example: some CustomStringConvertible, renamed: some CustomStringConvertible) -> Message {
        Message("put the address between < and >: \(example), or rename the file without spaces (\(renamed))",
                "đặt địa chỉ giữa < và >: \(example), hoặc đổi tên tệp không có dấu cách (\(renamed))")
    }
    static func imageDoesNotExist(_ image: some CustomStringConvertible) -> Message {
        Message("the image '\(image)' does not exist",
                "ảnh '\(image)' không tồn tại")
    }
}

extension Message {
    // MARK: Composed

    static let taskIdsLookLike = Message("task ids look like II.1.2", "mã nhiệm vụ có dạng II.1.2")
}

extension Message {
    static let theLink = Message("the link", "liên kết")
    static func theMenuItem(_ title: String) -> Message { Message("the menu item '\(title)'", "mục '\(title)' của trình đơn") }
    static let menuItemLeadsToPage = Message(
        "write the address of one of the site's pages (an empty section has no page: a language's news list needs one article in it), or take the item out of the menu",
        "ghi địa chỉ một trang của trang web (mục không có bài thì không có trang: danh sách tin của một ngôn ngữ cần ít nhất một bài), hoặc bỏ mục này khỏi trình đơn")

    static func urlClaimedTwice(_ url: String, _ first: String, _ second: String) -> Message {
        Message("the URL \(url) is claimed twice: by \(first) and by \(second)",
                "địa chỉ \(url) bị hai tệp cùng dùng: \(first) và \(second)")
    }

    static let pageHasNoHeadings = Message("that page has no headings", "trang đó không có tiêu đề mục nào")

    static func itsHeadingsAre(_ ids: String) -> Message {
        Message("its headings are: \(ids)",
                "các tiêu đề mục của trang: \(ids)")
    }

    static func checkAddressPagesLookLike(_ example: String) -> Message {
        Message("check the address; site pages look like \(example)",
                "kiểm tra lại địa chỉ; các trang của trang web có dạng \(example)")
    }

    // Why an output folder is refused, and what writing it met.
    static let outputIsOrContainsProject = Message("it is, or contains, the project folder, content/ or templates/",
                                                   "đó là, hoặc chứa, thư mục dự án, content/ hay templates/")
    static let outputInsideContent = Message("it is inside content/ or templates/", "thư mục nằm trong content/ hoặc templates/")
    static let outputIsAFile = Message("a file, not a folder, already has that name", "đã có một tệp (không phải thư mục) mang tên này")

    static func refusingToWriteSiteInto(_ path: String, _ why: Message) -> Message {
        Message("refusing to write the site into \(path): \(why.english)",
                "không ghi trang vào \(path): \(why.vietnamese)")
    }

    static func refusingToWritePathLeaves(_ path: String) -> Message {
        Message("refusing to write \(path): the path leaves the output folder",
                "không ghi \(path): đường dẫn đi ra ngoài thư mục kết quả")
    }

    static func cannotRead(_ path: String, _ cause: Message) -> Message {
        Message("cannot read \(path): \(cause.english)",
                "không đọc được \(path): \(cause.vietnamese)")
    }

    static func refusingToReplaceForeign(_ folder: String, _ files: [String]) -> Message {
        let shown = files.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
        let more = files.count > 3 ? (" and \(files.count - 3) more", " và \(files.count - 3) tệp khác") : ("", "")
        return Message("refusing to replace \(folder): it holds files that Lan Tỏa did not write: \(shown)\(more.0)",
                       "từ chối thay thế \(folder): thư mục có những tệp không do Lan Tỏa ghi: \(shown)\(more.1)")
    }
}

extension Message {
    static func leftOutOfPodcast(_ file: String) -> Message {
        Message("\(file) plays on the report's page but is left out of the podcast: podcast apps take MP3, M4A or MP4",
                "\(file) phát được trên trang của phóng sự nhưng không đưa vào podcast: ứng dụng podcast chỉ nhận MP3, M4A hoặc MP4")
    }
    static let convertForPodcast = Message(
        "ask the station for an MP3 (or M4A, MP4) of the report, or convert the file, e.g. with Audacity",
        "xin Đài bản MP3 (hoặc M4A, MP4) của phóng sự, hoặc chuyển định dạng tệp, ví dụ bằng Audacity")
}

