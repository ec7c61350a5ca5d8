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

    @Test("the messages of issue 14's hardening speak Vietnamese too, values included", arguments: [
        "refusing to replace /tmp/x: it holds files that Lan Tỏa did not write: 'important.txt'",
        "cannot write 400 files (tin-tuc/1/index.html, …): the disk is full",
        "cannot write a.svg: permission denied",
        "'url' is not an address readers can safely follow (got \"javascript:x\")",
        "the symbolic link leads outside content/media/ (to /etc) and is not published",
        "the symbolic link leads back into a folder that holds it (a loop) and is skipped",
        "'value' is too large a number (got \"1e300\")",
        "the row has 1 cell but the header has 3",
        "the period \"+202\" is not a year",
        "the partial includes itself: footer → footer",
        "YAML syntax error: a quoted value opened here is never closed",
        "the control character U+001B is not allowed in YAML",
        "YAML key set twice: 'title' (first on line 1)",
        "the file is empty",
        "the file is not valid UTF-8 text (byte 0xC3 starts a character that is cut short)",
        "the url \"/rss.xml\" is published as /rss-xml/",
        URLPolicy.hint, DecimalStyle.tooLargeHint,
    ])
    func hardening(message: String) {
        let vietnamese = Translation.vietnamese(message)
        #expect(vietnamese != message)
        #expect(!vietnamese.contains("disk is full") && !vietnamese.contains("permission denied"))
    }
}
