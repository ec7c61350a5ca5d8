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
        // Targets and indicators (issue 15)
        ("a target the province contributes to is a national target, but '{}' is a provincial series",
         "mục tiêu tỉnh góp phần thực hiện là mục tiêu của cả nước, nhưng '{1}' là chuỗi số liệu của tỉnh"),
        ("attach the target to an indicator with 'scope: national', or remove 'contributes: true' if the plan sets the province's own figure",
         "gắn mục tiêu với một chỉ số có 'scope: national', hoặc bỏ 'contributes: true' nếu Kế hoạch đặt chỉ tiêu riêng của tỉnh"),
        ("'{}' is a national series: only a target the province contributes to ('góp phần đạt') can be compared with it",
         "'{1}' là chuỗi số liệu cả nước: chỉ so sánh được với mục tiêu tỉnh góp phần thực hiện ('góp phần đạt')"),
        ("add 'contributes: true' if the plan says 'góp phần đạt', or attach the target to a provincial indicator",
         "thêm 'contributes: true' nếu Kế hoạch ghi 'góp phần đạt', hoặc gắn mục tiêu với một chỉ số của tỉnh"),
        ("'scope' must be national or province (got \"{}\")", "'scope' phải là national hoặc province (nhận được \"{1}\")"),
        ("write 'scope: national' for a figure of the whole country, 'scope: province' for the province's own",
         "ghi 'scope: national' cho số liệu cả nước, 'scope: province' cho số liệu của tỉnh"),
        ("the target names a concept but not the series it needs", "mục tiêu nêu khái niệm nhưng chưa ghi chuỗi số liệu cần có"),
        ("add 'concept_name:' with the series in words, e.g. concept_name: đóng góp của khoa học và công nghệ thông qua TFP",
         "thêm 'concept_name:' mô tả chuỗi số liệu, ví dụ concept_name: đóng góp của khoa học và công nghệ thông qua TFP"),
        ("\"{}\" (about) needs a stated 'tolerance:'", "\"{1}\" (khoảng) cần ghi rõ 'tolerance:' (mức chênh lệch chấp nhận)"),
        ("add how far from the value still counts, in the indicator's unit, e.g. tolerance: 2",
         "ghi mức chênh lệch vẫn tính là đạt, theo đơn vị của chỉ số, ví dụ tolerance: 2"),
        ("use >, >=, <, <=, ≈ (khoảng) or ≈> (khoảng trên) with 'tolerance:'", "dùng >, >=, <, <=, ≈ (khoảng) hoặc ≈> (khoảng trên) kèm 'tolerance:'"),
        ("write the enterprise's legal form as registered, e.g. '{}: công ty TNHH'", "ghi loại hình doanh nghiệp như khi đăng ký, ví dụ '{1}: công ty TNHH'"),
        ("the pilot does not say the enterprise's legal form", "dự án điểm chưa ghi loại hình doanh nghiệp"),
        ("add 'loai_hinh: công ty TNHH' (or công ty cổ phần, hợp tác xã, hộ kinh doanh…)", "thêm 'loai_hinh: công ty TNHH' (hoặc công ty cổ phần, hợp tác xã, hộ kinh doanh…)"),
        ("the pilot has no 'started' year", "dự án điểm chưa ghi năm bắt đầu ('started')"),
        ("add 'started: 2025', the year the pilot project began", "thêm 'started: 2025', năm bắt đầu dự án điểm"),
        ("the story does not say the enterprise's legal form, so it is not counted among enterprises with a pilot project",
         "mô hình chưa ghi loại hình doanh nghiệp nên không được đếm vào số doanh nghiệp có dự án điểm"),
        ("add 'loai_hinh: công ty TNHH' (or công ty cổ phần, doanh nghiệp tư nhân, hợp tác xã, hộ kinh doanh, cơ sở sản xuất)",
         "thêm 'loai_hinh: công ty TNHH' (hoặc công ty cổ phần, doanh nghiệp tư nhân, hợp tác xã, hộ kinh doanh, cơ sở sản xuất)"),
        // The plan (issue 15)
        ("'kind' must be recurring or one-off (got \"{}\")", "'kind' phải là recurring hoặc one-off (nhận được \"{1}\")"),
        ("write 'kind: recurring' for a task the plan asks for every year (hằng năm), 'kind: one-off' for one that can be finished",
         "ghi 'kind: recurring' cho nhiệm vụ Kế hoạch giao hằng năm, 'kind: one-off' cho nhiệm vụ có thể hoàn thành"),
        ("the task recurs every year, so a year is \"đã thực hiện\" or \"chưa thực hiện\" (got \"{}\")",
         "nhiệm vụ thực hiện hằng năm nên mỗi năm là \"đã thực hiện\" hoặc \"chưa thực hiện\" (nhận được \"{1}\")"),
        ("a recurring task is never finished: write 'đã thực hiện' for a year it was carried out",
         "nhiệm vụ hằng năm không bao giờ \"hoàn thành\": ghi 'đã thực hiện' cho năm đã làm"),
        ("the change has no 'date'", "thay đổi chưa ghi ngày ('date')"),
        ("add the day it took effect, e.g. date: 2025-03-01", "thêm ngày có hiệu lực, ví dụ date: 2025-03-01"),
        ("the evidence for {} is dated {} ({})", "kết quả ghi cho năm {1} lại có ngày {2} ({3})"),
        ("link a report of what was done in {}, or give the evidence under the year it belongs to",
         "dẫn bài báo cáo việc đã làm trong năm {1}, hoặc ghi kết quả vào đúng năm của nó"),
        // Addresses, links, templates, CSV (issue 14)
        ("URLs are made of a-z, 0-9 and '-'; write 'url: /{}' to say so, or add the old form to 'aliases:' to keep it working",
         "địa chỉ chỉ gồm a-z, 0-9 và '-'; ghi 'url: /{1}' cho rõ, hoặc thêm dạng cũ vào 'aliases:' để liên kết cũ vẫn dùng được"),
        ("write the old address as a path such as /tin-tuc/ten-cu/ or /tin-cu/bai-a.html", "ghi địa chỉ cũ dạng đường dẫn như /tin-tuc/ten-cu/ hoặc /tin-cu/bai-a.html"),
        ("copy the file into {}/ instead of linking to it, or remove the link", "sao chép tệp vào {1}/ thay vì liên kết tới nó, hoặc xóa liên kết"),
        ("write the name of a value between the braces, e.g. {{title}}, or remove the tag", "ghi tên giá trị giữa hai cặp ngoặc, ví dụ {{title}}, hoặc bỏ thẻ"),
        ("sections are nested more than {} deep; close sections sooner or split the template into partials",
         "các khối lồng nhau quá {1} tầng; đóng khối sớm hơn hoặc tách mẫu thành các phần nhỏ"),
        ("add {{/{}}} where the section should end", "thêm {{/{1}}} ở chỗ khối kết thúc"),
        ("remove the {{>{}}} or {{<{}}} tag here, or move what both templates share into a third partial",
         "bỏ thẻ {{>{1}}} hoặc {{<{2}}} ở đây, hoặc chuyển phần dùng chung sang một mẫu thứ ba"),
        ("add the missing cells (an empty cell is written as nothing between two commas: 2025,,)", "thêm các ô còn thiếu (ô trống là không ghi gì giữa hai dấu phẩy: 2025,,)"),
        ("remove the extra cells, or put a value that contains a comma in quotes: \"1,5\"", "bỏ các ô thừa, hoặc đặt giá trị có dấu phẩy trong ngoặc kép: \"1,5\""),
        ("YAML cannot be read here: {} ({})", "không đọc được YAML ở đây: {1} ({2})"),
        ("error: the title has a line break or another control character; a title is one line of text",
         "lỗi: tiêu đề có dấu xuống dòng hoặc ký tự điều khiển; tiêu đề chỉ là một dòng chữ"),
        ("error: cannot write {}: {}", "lỗi: không ghi được {1}: {2}"),
        ("error: cannot create the site in {}: {}", "lỗi: không tạo được trang trong {1}: {2}"),
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
        ("error: port {} is already in use on {}", "lỗi: cổng {1} trên {2} đang được một chương trình khác dùng"),
        ("    hint: stop the program using it (perhaps another lantoa serve), or choose another port: --port {}, or --port 0 for any free port",
         "    gợi ý: dừng chương trình đang dùng cổng đó (có thể là một lantoa serve khác), hoặc chọn cổng khác: --port {1}, hoặc --port 0 để lấy một cổng trống bất kỳ"),
        ("error: no permission to listen on port {}", "lỗi: không có quyền mở cổng {1}"),
        ("    hint: ports below 1024 need administrator rights; choose one from 1024 up, e.g. --port 1313",
         "    gợi ý: cổng dưới 1024 cần quyền quản trị; hãy chọn cổng từ 1024 trở lên, ví dụ --port 1313"),
        ("error: cannot listen on {}: it is not an address of this machine", "lỗi: không thể mở {1}: đó không phải địa chỉ của máy này"),
        ("error: cannot listen on '{}': no address found for that name ({})", "lỗi: không thể mở '{1}': không tìm được địa chỉ nào cho tên đó ({2})"),
        ("    hint: use an address of this machine: 127.0.0.1 or localhost (only this machine can connect), or 0.0.0.0 (every network)",
         "    gợi ý: dùng một địa chỉ của máy này: 127.0.0.1 hoặc localhost (chỉ máy này kết nối được), hoặc 0.0.0.0 (mọi mạng)"),
        ("error: cannot listen on {} port {}: {}", "lỗi: không thể mở {1} cổng {2}: {3}"),
        ("    hint: choose another port with --port, or another address with --host",
         "    gợi ý: chọn cổng khác bằng --port, hoặc địa chỉ khác bằng --host"),
        ("the preview stopped accepting connections ({}); it closed them all and listens again on port {}",
         "bản xem trước ngừng nhận kết nối ({1}); đã đóng hết các kết nối và nghe lại trên cổng {2}"),
    ]
}
