import Testing
@testable import Lantoa

@Suite("Messages in Vietnamese")
struct TranslationTests {
    @Test("templates capture quoted values and place them in the Vietnamese text")
    func templates() {
        #expect(Translation.vietnamese("'date' is not a valid date (got \"hôm qua\")") == "'date' không phải là ngày hợp lệ (nhận được \"hôm qua\")")
        #expect(Translation.vietnamese("the article has no 'title'") == "bài viết thiếu khóa 'title'")
        #expect(Translation.vietnamese("the link '/x/' points to nothing on this site") == "liên kết '/x/' không trỏ tới trang nào của trang web này")
        #expect(Translation.vietnamese("a message nobody translated") == "a message nobody translated")
    }

    @Test("LANG, LC_MESSAGES and LC_ALL choose the language, LC_ALL first", arguments: [
        (["LANG": "vi_VN.UTF-8"], true), (["LANG": "en_US.UTF-8"], false), ([:], false),
        (["LANG": "vi_VN.UTF-8", "LC_ALL": "C"], false), (["LANG": "C", "LC_MESSAGES": "vi_VN"], true),
    ])
    func language(environment: [String: String], vietnamese: Bool) {
        #expect(Translation.prefersVietnamese(environment) == vietnamese)
    }

    @Test("a diagnostic prints with lỗi and gợi ý in Vietnamese")
    func diagnostic() {
        let d = Diagnostic.error(SourceLocation(file: "a.md", line: 3, column: 7), "the table is empty", hint: "did you mean 'x'?")
        #expect(d.formatted(vietnamese: true) == "a.md:3:7: lỗi: bảng trống\n    gợi ý: có phải ý bạn là 'x'?")
    }
}
