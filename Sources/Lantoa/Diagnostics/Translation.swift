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

    /// A word or phrase that stands inside messages (`articles` → `bài viết`).
    public static func vietnamese(word value: String) -> String { word(value) }

    static let words: [String: String] = [
        "the article": "bài viết", "the page": "trang", "article": "bài viết", "page": "trang", "link": "liên kết", "image": "ảnh",
        "a list of words": "một danh sách từ", "a single piece of text": "một đoạn chữ", "front matter": "phần khai báo",
        "site.yml": "site.yml", "built": "đã dựng",
        // What lantoa import did with each file (its summary line).
        "articles": "bài viết", "pages": "trang", "files beside their pages": "tệp đi kèm trang", "static files copied to content/media/": "tệp tĩnh chép vào content/media/",
        "skipped (theme, layouts, configuration, generated output)": "bỏ qua (giao diện, bố cục, cấu hình, kết quả dựng sẵn)", "not converted": "không chuyển được",
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
        ("the old address {} is left out: another page has it already", "địa chỉ cũ {1} bị bỏ: một trang khác đã dùng địa chỉ này"),
        ("keep it on the page readers should arrive at", "giữ địa chỉ này ở trang mà người đọc cần tới"),
        ("the date \"{}\" is not one Lan Tỏa reads: only its day {} is kept", "ngày \"{1}\" không đúng dạng Lan Tỏa đọc được: chỉ giữ phần ngày {2}"),
        ("write it as YYYY-MM-DD HH:MM, with a zone such as +07:00 if needed", "ghi dạng NĂM-THÁNG-NGÀY GIỜ:PHÚT, thêm múi giờ như +07:00 nếu cần"),
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
        // Every other message and hint of the library
        ("check that the folder can be written", "kiểm tra quyền ghi vào thư mục"),
        ("check that the folder can be written and the disk is not full", "kiểm tra quyền ghi vào thư mục và ổ đĩa chưa đầy"),
        ("choose a new folder such as public/ inside the project", "chọn một thư mục mới, ví dụ public/ trong thư mục dự án"),
        ("check that the output folder can be written", "kiểm tra quyền ghi vào thư mục xuất"),
        ("--base-url is not an http(s) address (got \"{}\")", "--base-url không phải địa chỉ http(s) (nhận được \"{1}\")"),
        ("for example --base-url https://example.org/nang-suat/", "ví dụ --base-url https://example.org/nang-suat/"),
        ("URLs are made of a-z, 0-9 and '-'; write 'url: /{}' to say so, or add the old form to 'aliases:' to keep it working",
         "địa chỉ chỉ gồm a-z, 0-9 và '-'; ghi 'url: /{1}' cho rõ, hoặc thêm dạng cũ vào 'aliases:' để địa chỉ cũ vẫn dùng được"),
        ("a slug is one URL segment such as '{}'", "slug là một đoạn của địa chỉ, ví dụ '{1}'"),
        ("for example 'url: /ke-hoach/van-ban/'", "ví dụ 'url: /ke-hoach/van-ban/'"),
        ("rename the file with letters or digits, or set 'slug:' in the front matter", "đổi tên tệp có chữ hoặc số, hoặc đặt 'slug:' trong phần khai báo"),
        ("the file name gives an empty URL slug", "tên tệp không tạo được slug cho địa chỉ"),
        ("the url \"{}\" must be a path inside the site, starting with '/'", "url \"{1}\" phải là đường dẫn trong trang, bắt đầu bằng '/'"),
        ("for example '{}: {}'", "ví dụ '{1}: {2}'"),
        ("write '{}: true' or '{}: false'", "ghi '{1}: true' hoặc '{2}: false'"),
        ("YAML key set twice: {}", "khóa YAML được khai báo hai lần: {1}"),
        ("each line of the front matter is a key, a colon and a value, e.g. 'title: Tin mới'", "mỗi dòng khai báo gồm khóa, dấu hai chấm và giá trị, ví dụ 'title: Tin mới'"),
        ("expected 'key: value' lines, got {}", "cần các dòng 'khóa: giá trị', nhận được {1}"),
        ("the YAML could not be read: {}", "không đọc được YAML: {1}"),
        ("'issued' is not a date or a year (got \"{}\")", "'issued' không phải ngày hay năm (nhận được \"{1}\")"),
        ("add 'file: /media/NAME.pdf' or the official address with 'url:'", "thêm 'file: /media/TÊN.pdf' hoặc địa chỉ chính thức bằng 'url:'"),
        ("put the file in content/media/ and write 'file: /media/NAME', or give the official address with 'url:'",
         "đặt tệp vào content/media/ và ghi 'file: /media/TÊN', hoặc ghi địa chỉ chính thức bằng 'url:'"),
        ("the document has neither 'file' nor 'url' to download", "văn bản không có 'file' hay 'url' để tải về"),
        ("the file \"{}\" is not in content/media/", "tệp \"{1}\" không có trong content/media/"),
        ("write it as 2021-01-11, or 2021 when the day is not known", "ghi dạng 2021-01-11, hoặc 2021 nếu không rõ ngày"),
        ("check that it exists and that you may read it", "kiểm tra tệp có tồn tại và bạn có quyền đọc"),
        ("copy the file into {}/ instead of linking to it, or remove the link", "chép tệp vào {1}/ thay vì tạo liên kết, hoặc xóa liên kết"),
        ("the file cannot be read", "không đọc được tệp"),
        ("a success story needs the figure {} the change, e.g. {}: 4,5", "mô hình điển hình cần số liệu {1} khi cải tiến, ví dụ {2}: 4,5"),
        ("say when the figures were measured, e.g. measured: 2025 or measured: 6/2025", "ghi thời điểm đo, ví dụ measured: 2025 hoặc measured: 6/2025"),
        ("write 'better: lower' for defects, time or cost", "ghi 'better: lower' cho lỗi, thời gian hoặc chi phí"),
        ("write for example '{}: {}'", "ghi ví dụ '{1}: {2}'"),
        ("write only the number, e.g. {}: 4,5, and the unit in 'unit:'", "chỉ ghi con số, ví dụ {1}: 4,5, và đơn vị ở 'unit:'"),
        ("a quoted field opened here is never closed", "ô mở ngoặc kép ở đây không được đóng lại"),
        ("every field that starts with \" must end with \"; write \"\" for a quote inside it", "ô bắt đầu bằng \" phải kết thúc bằng \"; ghi \"\" cho dấu ngoặc kép bên trong"),
        ("the first row names the columns, e.g. nam,gia_tri; one row per period follows", "dòng đầu ghi tên cột, ví dụ nam,gia_tri; sau đó mỗi kỳ một dòng"),
        ("add 'decimal: comma' (5,31 means five point three one) or 'decimal: point' to '{}' in indicators.yml",
         "thêm 'decimal: comma' (5,31 là năm phẩy ba mốt) hoặc 'decimal: point' cho '{1}' trong indicators.yml"),
        ("add 'from: 2021' for an average over 2021–{}", "thêm 'from: 2021' cho mức bình quân giai đoạn 2021–{1}"),
        ("add 'op: \">\"' and 'value: 7', or 'min:' and 'max:' for a range", "thêm 'op: \">\"' và 'value: 7', hoặc 'min:' và 'max:' cho một khoảng"),
        ("add 'year: 2021'", "thêm 'year: 2021'"),
        ("add 'year: 2025' (the year the target is due)", "thêm 'year: 2025' (năm đến hạn của mục tiêu)"),
        ("add one row per period below the header", "thêm mỗi kỳ một dòng bên dưới dòng tiêu đề"),
        ("add the {} figure to {}, or correct the target's year", "thêm số liệu năm {1} vào {2}, hoặc sửa năm của mục tiêu"),
        ("an average target needs 'from:'", "mục tiêu bình quân cần 'from:'"),
        ("create {} with a header such as nam,gia_tri and one row per year", "tạo {1} với dòng tiêu đề như nam,gia_tri và mỗi năm một dòng"),
        ("for example 'id: {}'", "ví dụ 'id: {1}'"),
        ("give each indicator its own id", "đặt cho mỗi chỉ số một mã riêng"),
        ("keep one row per period; correct figures replace the old row", "mỗi kỳ giữ một dòng; số liệu đính chính thay dòng cũ"),
        ("name the column of numbers 'gia_tri' (or 'value')", "đặt tên cột số liệu là 'gia_tri' (hoặc 'value')"),
        ("name the first column 'nam' (or 'period') and write one year per row", "đặt tên cột đầu là 'nam' (hoặc 'period') và ghi mỗi năm một dòng"),
        ("no period column in the header (got {})", "dòng tiêu đề không có cột kỳ (nhận được {1})"),
        ("no value column in the header (got {})", "dòng tiêu đề không có cột giá trị (nhận được {1})"),
        ("the indicator id \"{}\" is used twice (first on line {})", "mã chỉ số \"{1}\" được dùng hai lần (lần đầu ở dòng {2})"),
        ("the indicator id \"{}\" must be lowercase letters, digits and '-'", "mã chỉ số \"{1}\" chỉ được gồm chữ thường, số và '-'"),
        ("the one computed source is 'computed: stories'", "nguồn tính sẵn duy nhất là 'computed: stories'"),
        ("the target has no threshold", "mục tiêu chưa có ngưỡng"),
        ("the target has no year", "mục tiêu chưa có năm"),
        ("unknown chart kind \"{}\"", "loại biểu đồ lạ \"{1}\""),
        ("unknown source \"{}\" for 'computed'", "nguồn lạ \"{1}\" cho 'computed'"),
        ("unknown target kind \"{}\"", "loại mục tiêu lạ \"{1}\""),
        ("use >, >=, <, <=, or ≈ with 'tolerance:'", "dùng >, >=, <, <=, hoặc ≈ kèm 'tolerance:'"),
        ("use one of: {}", "dùng một trong các giá trị: {1}"),
        ("use value, average or cumulative", "dùng value, average hoặc cumulative"),
        ("write 'better: higher' when a bigger value is good", "ghi 'better: higher' khi giá trị lớn hơn là tốt hơn"),
        ("write 'decimal: comma' for numbers such as 5,31", "ghi 'decimal: comma' cho số như 5,31"),
        ("write every number the same way, or declare 'decimal: comma' (or point) for '{}' in indicators.yml",
         "viết mọi con số cùng một kiểu, hoặc khai báo 'decimal: comma' (hoặc point) cho '{1}' trong indicators.yml"),
        ("write it with a point, e.g. {}: 7.5", "viết bằng dấu chấm, ví dụ {1}: 7.5"),
        ("write years as 2024 (or 2024-Q1, 2024-06 for shorter periods)", "ghi năm dạng 2024 (hoặc 2024-Q1, 2024-06 cho kỳ ngắn hơn)"),
        ("no agency with the id \"{}\"", "không có cơ quan mã \"{1}\""),
        ("no indicator with the id \"{}\"", "không có chỉ số mã \"{1}\""),
        ("the status of a task is given per year (got '{}')", "tình trạng nhiệm vụ ghi theo từng năm (nhận được '{1}')"),
        ("unknown task status \"{}\"", "tình trạng nhiệm vụ lạ \"{1}\""),
        ("write for example '2025: đang triển khai'", "ghi ví dụ '2025: đang triển khai'"),
        ("write the page's address instead, e.g. [tiêu đề](/tin-tuc/ten-bai/)", "thay bằng địa chỉ của trang, ví dụ [tiêu đề](/tin-tuc/ten-bai/)"),
        ("write it in Markdown instead, or set 'allow_raw_html: true' in content/site.yml if you trust every author",
         "viết lại bằng Markdown, hoặc đặt 'allow_raw_html: true' trong content/site.yml nếu bạn tin mọi người viết bài"),
        ("separate cells with '{}' and put a cell that contains '{}' in double quotes", "phân cách các ô bằng '{1}' và đặt ô có chứa '{2}' trong ngoặc kép"),
        ("the chart block names no indicator", "khối biểu đồ chưa ghi mã chỉ số"),
        ("the options are kind: {}", "các tùy chọn là kind: {1}"),
        ("unknown chart option \"{}\"", "tùy chọn biểu đồ lạ \"{1}\""),
        ("no plan task with the id \"{}\"", "không có nhiệm vụ mã \"{1}\" trong kế hoạch"),
        ("write the old address as a path such as /tin-tuc/ten-cu/ or /tin-cu/bai-a.html", "ghi địa chỉ cũ dạng đường dẫn, ví dụ /tin-tuc/ten-cu/ hoặc /tin-cu/bai-a.html"),
        ("write the path of the page in the site's language, e.g. translation: /gioi-thieu/", "ghi đường dẫn của trang bằng ngôn ngữ chính của trang web, ví dụ translation: /gioi-thieu/"),
        ("write the address the site will be served from, e.g. base_url: https://nangsuat.daklak.gov.vn/", "ghi địa chỉ trang web sẽ được đặt, ví dụ base_url: https://nangsuat.daklak.gov.vn/"),
        ("every theme needs: {}", "giao diện nào cũng cần: {1}"),
        ("remove the {{>{}}} or {{<{}}} tag here, or move what both templates share into a third partial",
         "xóa thẻ {{>{1}}} hoặc {{<{2}}} ở đây, hoặc chuyển phần chung của hai mẫu sang một phần mẫu thứ ba"),
        ("'{}' is not a known improvement tool; it is listed as written", "'{1}' không phải công cụ cải tiến đã biết; được ghi nguyên như đã viết"),
        ("unknown comparison \"{}\"", "phép so sánh lạ \"{1}\""),
        // The command line's own lines
        ("error: the source {} is not a folder", "lỗi: nguồn {1} không phải một thư mục"),
        ("error: the destination {} is inside the source folder, which import never changes", "lỗi: thư mục đích {1} nằm trong thư mục nguồn, mà lệnh import không bao giờ thay đổi thư mục nguồn"),
        ("error: the destination {} is not empty", "lỗi: thư mục đích {1} không trống"),
        ("error: cannot write the new site: {}", "lỗi: không ghi được trang mới: {1}"),
        ("imported {} files into {}: {}; report in {}/import-report.txt", "đã chuyển {1} tệp vào {2}: {3}; báo cáo ở {4}/import-report.txt"),
        ("error: cannot create the site in {}: {}", "lỗi: không tạo được trang trong {1}: {2}"),
        ("error: the title has a line break or another control character; a title is one line of text", "lỗi: tiêu đề có dấu xuống dòng hoặc ký tự điều khiển; tiêu đề chỉ là một dòng chữ"),
        ("    hint: write the title on one line, in quotes: lantoa new {} \"Tập huấn 5S cho doanh nghiệp\"", "    gợi ý: viết tiêu đề trên một dòng, trong ngoặc kép: lantoa new {1} \"Tập huấn 5S cho doanh nghiệp\""),
        ("error: the title \"{}\" has no letters or digits to make a file name from", "lỗi: tiêu đề \"{1}\" không có chữ hay số để đặt tên tệp"),
        ("error: cannot write {}: {}", "lỗi: không ghi được {1}: {2}"),
        ("error: {} exists and is not empty; nothing was changed", "lỗi: {1} đã có và không trống; không thay đổi gì"),
        ("error: no theme in {}", "lỗi: không có giao diện trong {1}"),
        ("    hint: run this from a Lan Tỏa site (its templates/ are copied), or pass --site DIR", "    gợi ý: chạy lệnh trong thư mục một trang Lan Tỏa (thư mục templates/ của nó được chép), hoặc thêm --site THƯ-MỤC"),
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
