/// Markdown and the blocks written inside it (charts, tables). English and Vietnamese side by side; see `Message`.
extension Message {
    // MARK: Markdown/MarkdownTreeWalk.swift

    static let rawHtmlMarkdownLeftOut = Message(
        "raw HTML in Markdown is left out of the page",
        "mã HTML viết trong Markdown bị bỏ khỏi trang")
    static let writeMarkdownInsteadSetAllow = Message(
        "write it in Markdown instead, or set 'allow_raw_html: true' in content/site.yml if you trust every author",
        "viết lại bằng Markdown, hoặc đặt 'allow_raw_html: true' trong content/site.yml nếu bạn tin mọi người viết bài")
    static func headingAttributesIgnoredOnlyId(_ ignored: some CustomStringConvertible) -> Message {
        Message("the heading attributes \"\(ignored)\" are ignored: only {#id} is read",
                "thuộc tính tiêu đề \"\(ignored)\" bị bỏ qua: chỉ đọc {#id}")
    }
    static let keepOnlyHeadingId = Message(
        "keep only the id, e.g. {#ket-qua}; the theme's stylesheet styles headings",
        "chỉ giữ mã định danh, ví dụ {#ket-qua}; kiểu chữ của tiêu đề do giao diện quyết định")

    // MARK: Markdown/Shortcode.swift

    static func hugoShortcodeNotRun(_ name: some CustomStringConvertible) -> Message {
        Message("the Hugo shortcode '\(name)' is printed as text: Lan Tỏa does not run shortcodes",
                "shortcode Hugo '\(name)' bị in ra nguyên văn: Lan Tỏa không chạy shortcode")
    }
    static func escapedShortcodePrintedWithMarks(_ name: some CustomStringConvertible) -> Message {
        Message("the escaped Hugo shortcode '\(name)' is printed with its /* */ marks",
                "shortcode Hugo '\(name)' được thoát bằng /* */ nên in ra cả dấu /* */")
    }
    static func liquidTagNotRun(_ name: some CustomStringConvertible) -> Message {
        Message("the Liquid tag '\(name)' is printed as text: Lan Tỏa does not run Liquid",
                "thẻ Liquid '\(name)' bị in ra nguyên văn: Lan Tỏa không chạy Liquid")
    }
    static let showShortcodeExampleWriteWithout = Message(
        "to show a shortcode as an example, write it without /* */ inside backticks or a fenced code block",
        "muốn trình bày shortcode làm ví dụ, hãy viết nó không có /* */ trong dấu ` ` hoặc trong khối mã")
    static let writeValueItselfAddressMedia = Message(
        "write the value itself (an address such as /media/anh.png, a title); Markdown here is not a template",
        "ghi thẳng giá trị (một địa chỉ như /media/anh.png, một tiêu đề); Markdown ở đây không phải mẫu trang")
    static let linkToVideoInstead = Message(
        "link to the video instead, e.g. [Xem video](https://www.youtube.com/watch?v=ID): pages load nothing from other sites; 'lantoa import' converts it",
        "thay bằng một liên kết tới video, ví dụ [Xem video](https://www.youtube.com/watch?v=ID): trang không tải gì từ trang web khác; 'lantoa import' tự chuyển")
    static let writePictureMarkdownCaptionTitle = Message(
        "write the picture in Markdown with its caption as the title: ![mô tả](anh.jpg \"chú thích\"); 'lantoa import' converts it",
        "viết ảnh bằng Markdown, chú thích đặt làm tiêu đề: ![mô tả](anh.jpg \"chú thích\"); 'lantoa import' tự chuyển")
    static let writePageAddressInsteadOfRef = Message(
        "write the page's address instead, e.g. [tiêu đề](/tin-tuc/ten-bai/); 'lantoa import' converts it",
        "thay bằng địa chỉ của trang, ví dụ [tiêu đề](/tin-tuc/ten-bai/); 'lantoa import' tự chuyển")
    static let writeFencedCodeBlockInstead = Message(
        "write a fenced code block instead: a line ```go, the code, then a line ```; 'lantoa import' converts it",
        "thay bằng khối mã: một dòng ```go, rồi mã, rồi một dòng ```; 'lantoa import' tự chuyển")
    static let pasteIncludedTextItselfMarkdown = Message(
        "paste the included text itself, in Markdown",
        "dán trực tiếp nội dung được chèn, viết bằng Markdown")
    static let deleteRawEndrawTagsText = Message(
        "delete the {% raw %} and {% endraw %} tags: the text between them is shown as it is",
        "xóa hai thẻ {% raw %} và {% endraw %}: phần chữ giữa chúng vẫn hiện nguyên văn")
    static let writeMarkdownInsteadLantoaImport = Message(
        "write it in Markdown instead; 'lantoa import hugo' or 'lantoa import jekyll' converts the common ones",
        "viết lại bằng Markdown; 'lantoa import hugo' hoặc 'lantoa import jekyll' tự chuyển các loại thường gặp")

    // MARK: Render/FencedBlockRenderer.swift

    static func unknownChartOption(_ line: some CustomStringConvertible) -> Message {
        Message("unknown chart option \"\(line)\"",
                "tùy chọn biểu đồ lạ \"\(line)\"")
    }
    static func chartKindOptions(_ value: some CustomStringConvertible) -> Message {
        Message("the options are kind: \(value)",
                "các tùy chọn là kind: \(value)")
    }
    static let chartBlockNamesNoIndicator = Message(
        "the chart block names no indicator",
        "khối biểu đồ chưa ghi mã chỉ số")
    static func rowHasCellsButHeader(_ count: some CustomStringConvertible, _ width: some CustomStringConvertible) -> Message {
        Message("this row has \(count) cells but the header has \(width)",
                "dòng này có \(count) ô nhưng dòng tiêu đề có \(width)")
    }
    static func separateCellsPutCellContains(_ delimiter: some CustomStringConvertible, _ delimiter2: some CustomStringConvertible) -> Message {
        Message("separate cells with '\(delimiter)' and put a cell that contains '\(delimiter2)' in double quotes",
                "phân cách các ô bằng '\(delimiter)' và đặt ô có chứa '\(delimiter2)' trong ngoặc kép")
    }
}

extension Message {
    // MARK: Composed

    static func templateExpressionPrintedText(_ expression: some CustomStringConvertible) -> Message {
        Message("the template expression '\(expression)' is printed as text",
                "biểu thức mẫu '\(expression)' bị in ra nguyên văn")
    }

    static func describeImageBetweenBrackets(_ example: some CustomStringConvertible) -> Message {
        Message("describe the image between the brackets: \(example)",
                "mô tả ảnh trong ngoặc vuông: \(example)")
    }
}

extension Message {
    static func writeIndicatorIdInBlock(_ example: String) -> Message {
        Message("write the indicator id inside the block, e.g. \(example)",
                "ghi mã chỉ số bên trong khối, ví dụ \(example)")
    }
}
