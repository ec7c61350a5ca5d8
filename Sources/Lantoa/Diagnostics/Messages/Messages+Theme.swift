/// Templates, partials and interface words of a theme. English and Vietnamese side by side; see `Message`.
extension Message {
    // MARK: Templates/Interface.swift

    static func themeHasNoInterfaceWords(_ language: some CustomStringConvertible) -> Message {
        Message("the theme has no interface words for the site's language '\(language)'",
                "giao diện không có lời cho ngôn ngữ '\(language)' của trang")
    }
    static func copyViYmlDefaultTheme(_ folder: some CustomStringConvertible, _ path: some CustomStringConvertible) -> Message {
        Message("copy \(folder)/vi.yml of the default theme to \(path) and translate its words",
                "chép \(folder)/vi.yml của giao diện mặc định thành \(path) rồi dịch các lời trong đó")
    }
    static func interfaceWordMissing(_ rawValue: some CustomStringConvertible) -> Message {
        Message("the interface word '\(rawValue)' is missing",
                "thiếu lời giao diện '\(rawValue)'")
    }
    static func interfaceWordAddedLater(_ rawValue: some CustomStringConvertible, _ word: some CustomStringConvertible) -> Message {
        Message("the interface word '\(rawValue)', new in this version of Lan Tỏa, is missing: the built-in theme's \"\(word)\" is used",
                "thiếu lời giao diện '\(rawValue)', mới có trong phiên bản này của Lan Tỏa: dùng lời \"\(word)\" của giao diện có sẵn")
    }
    static func addLineEveryFileGives(_ rawValue: some CustomStringConvertible, _ value: some CustomStringConvertible, _ folder: some CustomStringConvertible) -> Message {
        Message("add a line such as \(rawValue): \(value) (every file in \(folder)/ gives every word)",
                "thêm một dòng như \(rawValue): \(value) (mọi tệp trong \(folder)/ phải có đủ mọi lời)")
    }

    // MARK: Templates/TemplateLibrary.swift

    static func templateUsesPartialDoesNot(_ name: some CustomStringConvertible) -> Message {
        Message("the template uses a partial '\(name)' that does not exist",
                "mẫu trang dùng phần '\(name)' không tồn tại")
    }
    static func themeHasNoTemplate(_ name: some CustomStringConvertible) -> Message {
        Message("the theme has no '\(name)' template",
                "giao diện thiếu mẫu trang '\(name)'")
    }
    static func everyThemeNeeds(_ value: some CustomStringConvertible) -> Message {
        Message("every theme needs: \(value)",
                "giao diện nào cũng cần: \(value)")
    }
    static func partialIncludesItself(_ value: some CustomStringConvertible) -> Message {
        Message("the partial includes itself: \(value)",
                "phần mẫu tự chèn chính nó: \(value)")
    }
    static func removeTagHereMoveWhat(_ name: some CustomStringConvertible, _ name2: some CustomStringConvertible) -> Message {
        Message("remove the {{>\(name)}} or {{<\(name2)}} tag here, or move what both templates share into a third partial",
                "bỏ thẻ {{>\(name)}} hoặc {{<\(name2)}} ở đây, hoặc chuyển phần dùng chung sang một mẫu thứ ba")
    }
    static let writeNameValueBetweenBraces = Message(
        "write the name of a value between the braces, e.g. {{title}}, or remove the tag",
        "ghi tên giá trị giữa hai cặp ngoặc, ví dụ {{title}}, hoặc bỏ thẻ")
    static func sectionsNestedMoreThanDeep(_ deepestNesting: some CustomStringConvertible) -> Message {
        Message("sections are nested more than \(deepestNesting) deep; close sections sooner or split the template into partials",
                "các khối lồng nhau quá \(deepestNesting) tầng; đóng khối sớm hơn hoặc tách mẫu thành các phần nhỏ")
    }
    static func addWhereSectionShouldEnd(_ name: some CustomStringConvertible) -> Message {
        Message("add {{/\(name)}} where the section should end",
                "thêm {{/\(name)}} ở chỗ khối kết thúc")
    }
}

extension Message {
    // MARK: Composed

    static func templateSyntaxError(_ problem: Message, _ source: String) -> Message {
        Message("template syntax error: \(problem.english) in \"\(source)\"",
                "sai cú pháp mẫu trang: \(problem.vietnamese) ở \"\(source)\"")
    }

    static func createPartialOrUse(_ path: String, _ names: String) -> Message {
        Message("create \(path), or use one of: \(names)",
                "tạo tệp \(path), hoặc dùng một trong các phần: \(names)")
    }

    static let everySectionNeedsClosing = Message(
        "every {{#section}} and {{$block}} needs a matching {{/section}}, and tags are written {{name}}",
        "mỗi {{#phần}} và {{$khối}} cần một thẻ đóng {{/phần}} tương ứng, và thẻ được viết {{tên}}")

    // What the Mustache parser found wrong.
    static func closingTagLeavesOpen(_ closing: String, _ open: String, _ line: Int) -> Message {
        Message("{{/\(closing)}} does not close the section '\(open)' opened on line \(line), which is still open",
                "{{/\(closing)}} không đóng phần '\(open)' mở ở dòng \(line), phần này vẫn chưa được đóng")
    }
    static func closingTagOpensNothing(_ closing: String) -> Message {
        Message("{{/\(closing)}} closes a section that was never opened", "{{/\(closing)}} đóng một phần chưa hề được mở")
    }
    static let tagNotClosed = Message("a tag is not closed with '}}'", "một thẻ không được đóng bằng '}}'")
    static func sectionNeverClosed(_ name: String) -> Message {
        Message("the section '\(name)' is never closed", "phần '\(name)' không được đóng")
    }
    static let tagHasNoName = Message("a tag has no name", "một thẻ không có tên")
    static let sectionsNestedTooDeeply = Message("sections are nested too deeply", "các phần lồng nhau quá sâu")
    static let badDelimiterTag = Message("a set-delimiter tag is malformed", "thẻ đổi dấu phân cách viết sai")
    static let onlyBlocksInsideParent = Message("only {{$block}} overrides may appear inside {{<parent}}", "bên trong {{<cha}} chỉ được có các khối {{$khối}} thay thế")
    static let tagHasBrackets = Message("a tag has brackets: names are letters, digits, '.', '-' and '_'", "thẻ có dấu ngoặc: tên chỉ gồm chữ, số, '.', '-' và '_'")
    static let unknownPragma = Message("a {{% pragma}} is unknown", "thẻ {{% pragma}} không được hỗ trợ")
}
