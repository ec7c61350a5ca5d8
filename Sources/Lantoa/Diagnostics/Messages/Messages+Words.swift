/// Words and phrases that stand inside other messages: what a file or group is (`the article`,
/// `a target`), what a value should be (`a list of words`). English and Vietnamese side by side;
/// see `Message`.
extension Message {
    /// A name that is the same in every language: a file (`site.yml`), a key (`deploy`), a value
    /// quoted from the input.
    public static func verbatim(_ name: String) -> Message { Message(name, name) }

    // MARK: What a file or a group of keys is

    static let theArticle = Message("the article", "bài viết")
    static let thePage = Message("the page", "trang")
    static let theStory = Message("the story", "mô hình điển hình")
    static let theEvent = Message("the event", "sự kiện")
    static let theTerm = Message("the term", "thuật ngữ")
    static let theBroadcast = Message("the report", "phóng sự")
    static let theHonourRoll = Message("the honour roll", "danh sách tôn vinh")
    static let theHonour = Message("the honour", "mục tôn vinh")
    static let anHonour = Message("an honour", "một mục tôn vinh")
    static let theDocument = Message("the document", "văn bản")
    static let theIndicator = Message("the indicator", "chỉ số")
    static let theTarget = Message("the target", "mục tiêu")
    static let theResult = Message("the result", "kết quả")
    static let thePilot = Message("the pilot", "dự án điểm")
    static let theMaterial = Message("the material", "tài liệu")
    static let theSource = Message("the source", "nguồn tham khảo")
    static let theRegistration = Message("the registration", "phần đăng ký")
    static let theChange = Message("the change", "thay đổi")
    static let theSeriesBreak = Message("the series break", "điểm gãy của chuỗi số liệu")
    static let theFrontMatter = Message("the front matter", "phần khai báo")
    static let frontMatter = Message("front matter", "phần khai báo")

    static let anItem = Message("an item", "một mục")
    static let aTask = Message("a task", "một nhiệm vụ")
    static let aTaskGroup = Message("a task group", "một nhóm nhiệm vụ")
    static let aTarget = Message("a target", "một mục tiêu")
    static let anAgency = Message("an agency", "một cơ quan")
    static let aMaterial = Message("a material", "một tài liệu")
    static let anIndicator = Message("an indicator", "một chỉ số")
    static let aResult = Message("a result", "một kết quả")
    static let aSource = Message("a source", "một nguồn tham khảo")
    static let aMenuItem = Message("a menu item", "một mục của trình đơn")
    static let aYearlyStatus = Message("a yearly status", "một trạng thái theo năm")
    static let aSeriesBreak = Message("a series break", "một điểm gãy của chuỗi số liệu")
    static let aChange = Message("a change", "một thay đổi")

    // MARK: What a value is, or should be

    static let aSinglePieceOfText = Message("a single piece of text", "một đoạn chữ")
    static let aListOfWords = Message("a list of words", "một danh sách từ")
    static let aListOfGroups = Message("a list of groups", "một danh sách các nhóm")
    static let anIndentedGroup = Message("a group of 'key: value' lines indented under it", "một nhóm dòng 'khóa: giá trị' thụt lề bên dưới")
    static let aList = Message("a list", "một danh sách")
    static let aGroupOfKeys = Message("a group of keys", "một nhóm khóa")
    static let anAlias = Message("an alias", "một bí danh YAML")
}
