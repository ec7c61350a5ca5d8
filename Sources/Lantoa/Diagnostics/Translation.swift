/// Vietnamese for the messages of the tool, from one table. Each English template marks the
/// values it quotes with `{}`; the Vietnamese one places them with `{1}`, `{2}`, … A message
/// without an entry stays in English.
public enum Translation {
    /// The language people asked for through LANG, LC_ALL or LC_MESSAGES: Vietnamese or English.
    public static func prefersVietnamese(_ environment: [String: String]) -> Bool {
        let value = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LC_MESSAGES"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LANG"] ?? ""
        return value.lowercased().hasPrefix("vi")
    }

    /// The Vietnamese text of an English message, or the message itself.
    public static func vietnamese(_ english: String) -> String {
        // What import could not convert is a build message said by import.
        if english.hasPrefix("not converted: ") { return "chưa chuyển được: " + vietnamese(String(english.dropFirst("not converted: ".count))) }
        for (template, target) in table {
            if let values = match(english, template) {
                var out = target
                // Quoted values such as "the article" have their own entries.
                for (k, value) in values.enumerated() { out = out.replacingAll("{\(k + 1)}", with: word(value)) }
                return out
            }
        }
        return english
    }

    private static func word(_ value: String) -> String {
        words[value] ?? value
    }

    static let words: [String: String] = [
        "the article": "bài viết", "the page": "trang", "article": "bài viết", "page": "trang", "link": "liên kết", "image": "ảnh",
        "a list of words": "một danh sách từ", "a single piece of text": "một đoạn chữ", "front matter": "phần khai báo",
        "site.yml": "site.yml", "built": "đã dựng",
        // What the system said (SystemError), inside messages.
        "the disk is full": "ổ đĩa đã đầy", "the disk or folder is read-only": "ổ đĩa hoặc thư mục chỉ cho đọc",
        "permission denied": "không có quyền ghi", "the name is too long for the file system": "tên quá dài đối với hệ thống tệp",
        "no such file or folder": "không có tệp hay thư mục này", "too many open files": "mở quá nhiều tệp cùng lúc",
    ]

    /// The values a template's `{}` stand for in `text`, or nil when the text is not of that template.
    static func match(_ text: String, _ template: String) -> [String]? {
        let pieces = template.components(separatedBy: "{}")
        guard text.hasPrefix(pieces[0]) else { return nil }
        if pieces.count == 1 { return text == template ? [] : nil }
        var rest = text.dropFirst(pieces[0].count)
        var values: [String] = []
        for (k, piece) in pieces.enumerated().dropFirst() {
            if k == pieces.count - 1 {
                guard rest.hasSuffix(piece), rest.count >= piece.count else { return nil }
                values.append(String(rest.dropLast(piece.count)))
            } else {
                guard let r = rest.range(of: piece) else { return nil }
                values.append(String(rest[..<r.lowerBound]))
                rest = rest[r.upperBound...]
            }
        }
        return values
    }

    static let table: [(String, String)] = [
        // Front matter and site.yml
        ("the front matter opened with '---' on line 1 is never closed", "phần khai báo mở bằng '---' ở dòng 1 không được đóng lại"),
        ("add a line containing only '---' after the last front matter key", "thêm một dòng chỉ có '---' sau khóa khai báo cuối cùng"),
        ("YAML syntax error: {}", "lỗi cú pháp YAML: {1}"),
        ("check the indentation and the colons; a value with ':' or '#' in it must be put in quotes, e.g. title: \"Hội thảo: năng suất\"",
         "kiểm tra thụt lề và dấu hai chấm; giá trị có ':' hoặc '#' phải đặt trong ngoặc kép, ví dụ title: \"Hội thảo: năng suất\""),
        ("'{}' is set twice (first on line {})", "'{1}' được khai báo hai lần (lần đầu ở dòng {2})"),
        ("keep only one '{}:' line", "chỉ giữ một dòng '{1}:'"),
        ("{} has no '{}'", "{1} thiếu khóa '{2}'"),
        ("the article has no 'date'", "bài viết thiếu khóa 'date' (ngày đăng)"),
        ("add a line such as '{}' to the front matter", "thêm một dòng như '{1}' vào phần khai báo"),
        ("'{}' is not a valid date (got \"{}\")", "'{1}' không phải là ngày hợp lệ (nhận được \"{2}\")"),
        ("write it as YYYY-MM-DD or YYYY-MM-DD HH:MM, e.g. {}: 2026-11-27 08:30 (Vietnam time unless a zone such as +07:00 follows)",
         "viết theo dạng NĂM-THÁNG-NGÀY hoặc NĂM-THÁNG-NGÀY GIỜ:PHÚT, ví dụ {1}: 2026-11-27 08:30 (giờ Việt Nam nếu không ghi múi giờ như +07:00)"),
        ("'{}' must be true or false (got {})", "'{1}' phải là true hoặc false (nhận được {2})"),
        ("'{}' must be a whole number from {} to {} (got {})", "'{1}' phải là số nguyên từ {2} đến {3} (nhận được {4})"),
        ("'{}' must be {} (got {})", "'{1}' phải là {2} (nhận được {3})"),
        ("write it like this: {}", "viết như sau: {1}"),
        ("unknown key '{}' in {} is ignored", "khóa lạ '{1}' trong {2} bị bỏ qua"),
        ("did you mean '{}'?", "có phải ý bạn là '{1}'?"),
        ("unknown key '{}' in front matter is ignored (in {} files)", "khóa lạ '{1}' trong phần khai báo bị bỏ qua (ở {2} tệp)"),
        ("did you mean '{}'? Or, to keep it without a warning, add it to content/site.yml: extra_keys: [{}]",
         "có phải ý bạn là '{1}'? Hoặc, muốn giữ khóa này mà không bị cảnh báo, thêm vào content/site.yml: extra_keys: [{2}]"),
        ("Lan Tỏa does not use it; to keep it without a warning, add it to content/site.yml: extra_keys: [{}]",
         "Lan Tỏa không dùng khóa này; muốn giữ mà không bị cảnh báo, thêm vào content/site.yml: extra_keys: [{1}]"),
        ("{} file{} not read: *.{} ({})", "{1} tệp không được đọc: *.{3} ({4})"),
        ("rename them to .md, or, if they are Markdown, add the extension to content/site.yml: extensions: [md, markdown, {}]",
         "đổi đuôi tệp thành .md, hoặc, nếu là Markdown, thêm đuôi vào content/site.yml: extensions: [md, markdown, {1}]"),
        ("{} file{} beside the pages of content/{}/ not published: {}", "{1} tệp cạnh các trang trong content/{3}/ không được xuất bản: {4}"),
        ("link to them from a page in the same folder (![mô tả](anh.png)), give a page and its files a folder of their own, or move them to content/media/",
         "liên kết tới chúng từ một trang cùng thư mục (![mô tả](anh.png)), để mỗi trang cùng các tệp của nó trong một thư mục riêng, hoặc chuyển chúng vào content/media/"),
        ("{} file{} in content/{}/ not read: {}", "{1} tệp trong content/{3}/ không được đọc: {4}"),
        ("{} file{} at the top of content/ not read: {}", "{1} tệp ở gốc thư mục content/ không được đọc: {3}"),
        ("content/ holds site.yml, plan.yml and the folders articles/, pages/, stories/, documents/, media/ and indicators/",
         "content/ chứa site.yml, plan.yml và các thư mục articles/, pages/, stories/, documents/, media/ và indicators/"),
        ("indicators are read from content/indicators/indicators.yml and one <id>.csv each", "chỉ số được đọc từ content/indicators/indicators.yml và mỗi chỉ số một tệp <mã>.csv"),
        ("Lan Tỏa reads content/articles/, pages/, stories/, documents/, media/ and indicators/: move them there, or convert a Hugo or Jekyll site with 'lantoa import'",
         "Lan Tỏa đọc content/articles/, pages/, stories/, documents/, media/ và indicators/: hãy chuyển tệp vào đó, hoặc chuyển đổi trang Hugo hay Jekyll bằng 'lantoa import'"),
        // lantoa import
        ("front matter key '{}' not converted (in {} files)", "khóa khai báo '{1}' không được chuyển (ở {2} tệp)"),
        ("front matter key '{}' not converted", "khóa khai báo '{1}' không được chuyển"),
        ("Lan Tỏa has no use for it; copy what matters into the text, or keep it with extra_keys: [{}] in content/site.yml",
         "Lan Tỏa không dùng khóa này; chép phần cần giữ vào nội dung, hoặc giữ khóa bằng extra_keys: [{1}] trong content/site.yml"),
        ("the post has no date: it is dated the day of the import", "bài chưa có ngày: được ghi ngày chuyển đổi"),
        ("set 'date:' to the day it should carry", "đặt 'date:' bằng ngày bài cần mang"),
        ("the figure \"{}\" has no description", "ảnh \"{1}\" chưa có mô tả"),
        ("write what the picture shows between the brackets", "viết nội dung bức ảnh trong ngoặc vuông"),
        ("'{}' names \"{}\", which is not a page of the source site", "'{1}' trỏ tới \"{2}\", không phải một trang của trang nguồn"),
        // Front matter formats and publishing
        ("the front matter opened with '+++' on line 1 is never closed", "phần khai báo mở bằng '+++' ở dòng 1 không được đóng lại"),
        ("add a line containing only '+++' after the last front matter key", "thêm một dòng chỉ có '+++' sau khóa khai báo cuối cùng"),
        ("the TOML front matter cannot be read: {}", "không đọc được phần khai báo TOML: {1}"),
        ("TOML writes key = \"value\", lists as [\"a\", \"b\"] and dates as 2026-11-27T08:30:00+07:00; or write the front matter in YAML between '---' lines",
         "TOML viết khóa = \"giá trị\", danh sách dạng [\"a\", \"b\"], ngày dạng 2026-11-27T08:30:00+07:00; hoặc viết phần khai báo bằng YAML giữa hai dòng '---'"),
        ("write the front matter in YAML between '---' lines", "viết phần khai báo bằng YAML giữa hai dòng '---'"),
        ("the JSON front matter opened with '{' on line 1 is never closed", "phần khai báo JSON mở bằng '{' ở dòng 1 không được đóng lại"),
        ("end the object with its closing '}', or write the front matter in YAML between '---' lines", "đóng đối tượng bằng dấu '}', hoặc viết phần khai báo bằng YAML giữa hai dòng '---'"),

        ("'base_url' is not an http(s) address (got \"{}\")", "'base_url' không phải địa chỉ http(s) (nhận được \"{1}\")"),
        ("YAML syntax error: a quoted value opened here is never closed", "lỗi cú pháp YAML: giá trị mở ngoặc kép ở đây không được đóng lại"),
        ("end the value with the same quote it starts with (\"…\" or '…'), or remove the opening quote",
         "đóng giá trị bằng đúng loại ngoặc đã mở (\"…\" hoặc '…'), hoặc bỏ ngoặc mở"),
        ("the control character {} is not allowed in YAML", "ký tự điều khiển {1} không được phép trong YAML"),
        ("delete the invisible character (it often comes from copying text out of another program), or retype the line",
         "xóa ký tự vô hình này (thường lẫn vào khi sao chép từ chương trình khác), hoặc gõ lại dòng"),
        ("YAML syntax error: a tab is used to indent", "lỗi cú pháp YAML: dùng phím Tab để thụt lề"),
        ("indent with spaces only; YAML does not accept tabs at the start of a line", "chỉ thụt lề bằng dấu cách; YAML không chấp nhận Tab ở đầu dòng"),
        ("YAML key set twice: '{}' (first on line {})", "khóa YAML được khai báo hai lần: '{1}' (lần đầu ở dòng {2})"),
        ("keep only one of them", "chỉ giữ một"),
        ("the file is empty", "tệp trống"),
        ("write the front matter between two '---' lines and the text below it, or delete the file",
         "viết phần khai báo giữa hai dòng '---' và nội dung bên dưới, hoặc xóa tệp"),
        ("'{}' is not an address readers can safely follow (got \"{}\")", "'{1}' không phải địa chỉ an toàn cho người đọc (nhận được \"{2}\")"),
        ("write an address starting with https://, http://, mailto: or tel:, or a path on this site starting with /",
         "ghi địa chỉ bắt đầu bằng https://, http://, mailto: hoặc tel:, hoặc đường dẫn trong trang bắt đầu bằng /"),
        ("the url \"{}\" is published as {}", "url \"{1}\" được xuất bản thành {2}"),
        ("the alias \"{}\" is not a path inside the site", "địa chỉ cũ \"{1}\" không phải đường dẫn trong trang"),
        ("the symbolic link leads outside {} (to {}) and is not published", "liên kết tượng trưng trỏ ra ngoài {1} (tới {2}) nên không được xuất bản"),
        ("the symbolic link leads back into a folder that holds it (a loop) and is skipped", "liên kết tượng trưng trỏ ngược vào thư mục chứa nó (vòng lặp) nên bị bỏ qua"),
        ("remove the link; a folder cannot contain itself", "xóa liên kết; một thư mục không thể chứa chính nó"),
        // Writing the site
        ("refusing to replace {}: it holds files that Lan Tỏa did not write: {}", "không thay thế {1}: thư mục có những tệp không do Lan Tỏa ghi: {2}"),
        ("Lan Tỏa replaces its output folder whole: build into a new or empty folder, or move those files out first (put files the site should publish in content/media/)",
         "Lan Tỏa thay toàn bộ thư mục xuất: hãy dựng vào một thư mục mới hoặc trống, hoặc chuyển các tệp đó đi trước (tệp cần đăng lên trang thì đặt trong content/media/)"),
        ("cannot write {} files ({}, …): {}", "không ghi được {1} tệp ({2}, …): {3}"),
        ("cannot write {}: {}", "không ghi được {1}: {2}"),
        ("free some space on the disk and build again (a build needs room for a second copy of the site beside the output folder); the published folder was not changed",
         "giải phóng dung lượng ổ đĩa rồi dựng lại (mỗi lần dựng cần chỗ cho một bản sao thứ hai của trang cạnh thư mục xuất); thư mục đã xuất bản không bị thay đổi"),
        ("check that the output folder and the folder above it can be written; the published folder was not changed",
         "kiểm tra quyền ghi vào thư mục xuất và thư mục chứa nó; thư mục đã xuất bản không bị thay đổi"),
        ("waiting for another build into the same folder to finish", "đang chờ một lần dựng khác vào cùng thư mục kết thúc"),
        // Templates: loops and limits
        ("the partial includes itself: {}", "phần mẫu tự chèn chính nó: {1}"),
        // Figures
        ("'{}' is too large a number (got \"{}\")", "'{1}' là số quá lớn (nhận được \"{2}\")"),
        ("\"{}\" in column '{}' is too large a number", "\"{1}\" trong cột '{2}' là số quá lớn"),
        ("figures must be smaller than a million billion (10^15); check for a typing mistake or write the figure in a larger unit (tỷ đồng instead of đồng)",
         "số liệu phải nhỏ hơn một triệu tỷ (10^15); kiểm tra lỗi gõ, hoặc ghi theo đơn vị lớn hơn (tỷ đồng thay vì đồng)"),
        ("the row has {} cell{} but the header has {}", "dòng có {1} ô nhưng dòng tiêu đề có {3}"),
        ("the period \"{}\" is not a year", "kỳ \"{1}\" không phải là năm"),
        ("content/indicators/indicators.yml defines no indicator yet", "content/indicators/indicators.yml chưa khai báo chỉ số nào"),
        // Files
        ("the file is not valid UTF-8 text (byte {} starts a character that is cut short)",
         "tệp không phải văn bản UTF-8 hợp lệ (byte {1} mở đầu một ký tự bị cắt cụt)"),
        ("the file is not valid UTF-8 text (byte {} cannot start or continue a character)",
         "tệp không phải văn bản UTF-8 hợp lệ (byte {1} không thể bắt đầu hay nối tiếp một ký tự)"),
        ("save it again as UTF-8: in Notepad choose Save As → Encoding: UTF-8; in Excel choose \"CSV UTF-8\"; text typed with TCVN3 or VNI fonts must be converted to Unicode first (Unikey's converter does it)",
         "lưu lại tệp dưới dạng UTF-8: trong Notepad chọn Save As → Encoding: UTF-8; trong Excel chọn \"CSV UTF-8\"; văn bản gõ bằng phông TCVN3 hoặc VNI phải chuyển sang Unicode trước (dùng công cụ chuyển mã của Unikey)"),
        ("no content/site.yml in {}", "không có content/site.yml trong {1}"),
        ("run lantoa from the site's folder, or point to it with --site DIR", "chạy lantoa trong thư mục của trang, hoặc chỉ tới thư mục đó bằng --site THƯ-MỤC"),
        // URLs and links
        ("the URL {} is claimed twice: by {} and by {}", "địa chỉ {1} bị hai tệp cùng dùng: {2} và {3}"),
        ("give one of them another 'slug:' (or 'url:' for a page), or rename its file", "đặt 'slug:' khác cho một trong hai (hoặc 'url:' với trang), hoặc đổi tên tệp"),
        ("the slug \"{}\" would put the page outside its section folder", "slug \"{1}\" sẽ đưa trang ra ngoài thư mục của mục"),
        ("the {} '{}' points to nothing on this site", "{1} '{2}' không trỏ tới trang nào của trang web này"),
        ("the link '{}' points to a heading that page does not have", "liên kết '{1}' trỏ tới một tiêu đề mục không có trên trang đó"),
        ("the image '{}' has no alt text", "ảnh '{1}' chưa có mô tả (alt)"),
        ("the image '{}' does not exist", "ảnh '{1}' không tồn tại"),
        ("describe the image between the brackets: {}", "mô tả ảnh trong ngoặc vuông: {1}"),
        ("add 'image_alt:' with a short description of what the picture shows", "thêm 'image_alt:' với một câu ngắn mô tả nội dung ảnh"),
        ("put the file in content/media/ and write its path as /media/NAME", "đặt tệp vào content/media/ và ghi đường dẫn dạng /media/TÊN-TỆP"),
        ("raw HTML in Markdown is left out of the page", "mã HTML viết trong Markdown bị bỏ khỏi trang"),
        ("the {} has no text", "{1} chưa có nội dung"),
        ("write the body below the closing '---', or set 'draft: true' until it is ready", "viết nội dung bên dưới dòng '---' đóng, hoặc đặt 'draft: true' cho đến khi xong"),
        // Markdown extensions, shortcodes and Liquid
        ("the heading attributes \"{}\" are ignored: only {#id} is read", "thuộc tính tiêu đề \"{1}\" bị bỏ qua: chỉ đọc {#id}"),
        ("keep only the id, e.g. {#ket-qua}; the theme's stylesheet styles headings", "chỉ giữ mã định danh, ví dụ {#ket-qua}; kiểu chữ của tiêu đề do giao diện quyết định"),
        ("the Hugo shortcode '{}' is printed as text: Lan Tỏa does not run shortcodes", "shortcode Hugo '{1}' bị in ra nguyên văn: Lan Tỏa không chạy shortcode"),
        ("the escaped Hugo shortcode '{}' is printed with its /* */ marks", "shortcode Hugo '{1}' được thoát bằng /* */ nên in ra cả dấu /* */"),
        ("the Liquid tag '{}' is printed as text: Lan Tỏa does not run Liquid", "thẻ Liquid '{1}' bị in ra nguyên văn: Lan Tỏa không chạy Liquid"),
        ("the template expression '{}' is printed as text", "biểu thức mẫu '{1}' bị in ra nguyên văn"),
        ("to show a shortcode as an example, write it without /* */ inside backticks or a fenced code block",
         "muốn trình bày shortcode làm ví dụ, hãy viết nó không có /* */ trong dấu ` ` hoặc trong khối mã"),
        ("write the value itself (an address such as /media/anh.png, a title); Markdown here is not a template",
         "ghi thẳng giá trị (một địa chỉ như /media/anh.png, một tiêu đề); Markdown ở đây không phải mẫu trang"),
        ("link to the video instead, e.g. [Xem video](https://www.youtube.com/watch?v=ID): pages load nothing from other sites; 'lantoa import' converts it",
         "thay bằng một liên kết tới video, ví dụ [Xem video](https://www.youtube.com/watch?v=ID): trang không tải gì từ trang web khác; 'lantoa import' tự chuyển"),
        ("write the picture in Markdown with its caption as the title: ![mô tả](anh.jpg \"chú thích\"); 'lantoa import' converts it",
         "viết ảnh bằng Markdown, chú thích đặt làm tiêu đề: ![mô tả](anh.jpg \"chú thích\"); 'lantoa import' tự chuyển"),
        ("write the page's address instead, e.g. [tiêu đề](/tin-tuc/ten-bai/); 'lantoa import' converts it",
         "thay bằng địa chỉ của trang, ví dụ [tiêu đề](/tin-tuc/ten-bai/); 'lantoa import' tự chuyển"),
        ("write a fenced code block instead: a line ```go, the code, then a line ```; 'lantoa import' converts it",
         "thay bằng khối mã: một dòng ```go, rồi mã, rồi một dòng ```; 'lantoa import' tự chuyển"),
        ("paste the included text itself, in Markdown", "dán trực tiếp nội dung được chèn, viết bằng Markdown"),
        ("delete the {% raw %} and {% endraw %} tags: the text between them is shown as it is", "xóa hai thẻ {% raw %} và {% endraw %}: phần chữ giữa chúng vẫn hiện nguyên văn"),
        ("write it in Markdown instead; 'lantoa import hugo' or 'lantoa import jekyll' converts the common ones",
         "viết lại bằng Markdown; 'lantoa import hugo' hoặc 'lantoa import jekyll' tự chuyển các loại thường gặp"),
        // Templates
        ("template syntax error: {}", "lỗi cú pháp mẫu trang: {1}"),
        ("the template uses a partial '{}' that does not exist", "mẫu trang dùng phần '{1}' không tồn tại"),
        ("the theme has no '{}' template", "giao diện thiếu mẫu trang '{1}'"),
        // Indicators and CSV
        ("the table is empty", "bảng trống"),
        ("the file has a header but no rows", "tệp có dòng tiêu đề nhưng không có dòng số liệu"),
        ("\"{}\" in column '{}' is not a number", "\"{1}\" trong cột '{2}' không phải là số"),
        ("write only the number, e.g. 5,31; put remarks in a 'ghi_chu' column", "chỉ ghi con số, ví dụ 5,31; ghi chú đặt ở cột 'ghi_chu'"),
        ("the period {} appears twice (first on line {})", "kỳ {1} xuất hiện hai lần (lần đầu ở dòng {2})"),
        ("\"{}\" could be a thousands separator or a decimal", "\"{1}\" có thể là dấu phân cách hàng nghìn hoặc dấu thập phân"),
        ("the numbers mix decimal commas and decimal points", "các số dùng lẫn dấu phẩy và dấu chấm thập phân"),
        ("the indicator '{}' has no data file {}", "chỉ số '{1}' chưa có tệp số liệu {2}"),
        ("no indicator with the id \"{}\"", "không có chỉ số mã \"{1}\""),
        ("this row has {} cells but the header has {}", "dòng này có {1} ô nhưng dòng tiêu đề có {2}"),
        ("the target is due in {} but the data has no row for {}", "mục tiêu đến hạn năm {1} nhưng số liệu không có dòng năm {2}"),
        ("the translation \"{}\" is not a page of this site", "bản dịch \"{1}\" không phải một trang của trang web này"),
        // The command line
        ("wrote {}: {} pages, {} charts, {} files, {} articles in {} s, {} warning{}", "đã ghi {1}: {2} trang, {3} biểu đồ, {4} tệp, {5} bài viết trong {6} giây, {7} cảnh báo"),
        ("wrote {}: {} pages, {} charts, {} files, {} articles in {} s", "đã ghi {1}: {2} trang, {3} biểu đồ, {4} tệp, {5} bài viết trong {6} giây"),
        ("build failed: {} error{}, {} warning{}; nothing was written", "dựng trang thất bại: {1} lỗi, {3} cảnh báo; không ghi tệp nào"),
        ("check passed: {} error{}, {} warning{}", "kiểm tra đạt: {1} lỗi, {3} cảnh báo"),
        ("check failed: {} error{}, {} warning{}", "kiểm tra không đạt: {1} lỗi, {3} cảnh báo"),
        ("… and {} more problems not shown", "… và {1} vấn đề khác không hiển thị"),
        ("error: {} already exists; nothing was changed", "lỗi: {1} đã tồn tại; không thay đổi gì"),
        ("    hint: choose another title, or open the existing file", "    gợi ý: chọn tiêu đề khác, hoặc mở tệp đã có"),
        ("created {}; build it with: lantoa build --site {}", "đã tạo {1}; dựng trang bằng lệnh: lantoa build --site {2}"),
        ("{}: {} pages in {} s — {}", "{1}: {2} trang trong {3} giây — {4}"),
        ("rebuilt after {}: {} pages in {} s — {}", "dựng lại sau khi sửa {1}: {2} trang trong {3} giây — {4}"),
        ("{}: failed with {} error{}; the browser shows them over the last good page", "{1}: thất bại với {2} lỗi; trình duyệt hiện lỗi trên trang tốt gần nhất"),
        ("serving {} — press Ctrl-C to stop", "đang phục vụ {1} — nhấn Ctrl-C để dừng"),
        ("stopped", "đã dừng"),
    ]
}
