import Testing
import Yams
@testable import Lantoa

@Suite("Reading front matter")
struct FrontMatterTests {
    /// Front matter that the quick reader takes: it must give what Yams gives.
    static let plain = [
        "title: Tin mới",
        "title: \"Hội thảo: năng suất\"\ndate: 2023-09-21T08:00:00+07:00",
        "title: 'Đắk Lắk'\ndraft: true\nweight: 5",
        "tags: [\"doanh nghiệp nhỏ và vừa\", \"cà phê\", \"5S\"]\ncategories: [\"tin-tuc\"]",
        "tags: [năng suất, 5S , ISO 9001]",
        "tags: []",
        "tags: [ ]",
        "summary: Một câu có dấu phẩy, [ngoặc] và 50% nữa   ",
        "# a comment line\ntitle: Có chú thích\n\nslug:    khoang-trang",
        "image: /anh/a.jpg\nimage_alt: \"Ảnh: hội nghị\"",
        "lastmod: ~\nauthor: null",
        "url: https://example.org/a#b",
        "title: Lúa   \ntags: ['a', \"b\"]",
        "title: Thuỷ lợi hoà bình",
    ]

    /// Front matter that the quick reader leaves to Yams.
    static let others = [
        "title: Tin\ntitle: Lại",
        "tags:\n  - a\n  - b",
        "story:\n  sector: Cà phê",
        "title: \"có \\\"ngoặc\\\"\"",
        "title: 'it''s'",
        "title: a # chú thích",
        "title: |\n  khối",
        "title: &a x\nsummary: *a",
        "title: -5",
        "title:",
        "title: a: b",
        "tags: [a,, b]",
        "tags: [a, b,]",
        "tags: [Cư M'gar]",
        "tags: [a, [b]]",
        "title: \"a\" b",
        "  title: lệch",
        "tiêu-đề: khoá không phải ASCII",
        "title:\tcó tab",
        "",
    ]

    @Test("the quick reader gives the nodes and locations Yams gives", arguments: plain)
    func sameAsYams(_ yaml: String) throws {
        let quick = try #require(PlainYAML.fields(yaml, file: "a.md", firstLine: 2))
        var diagnostics: [Diagnostic] = []
        let yams = FrontMatterParser.composeYAML(yaml, file: "a.md", firstLine: 2, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(quick.map(\.key) == yams.fields.map(\.key))
        for (q, y) in zip(quick, yams.fields) {
            #expect(q.value == y.value, "\(q.key)")
            #expect(Self.shape(q.value) == Self.shape(y.value), "\(q.key)")
            #expect(q.keyLocation == y.keyLocation, "\(q.key)")
            #expect(q.valueLocation == y.valueLocation, "\(q.key)")
        }
    }

    @Test("anything else goes to Yams", arguments: others)
    func leftToYams(_ yaml: String) {
        #expect(PlainYAML.fields(yaml, file: "a.md", firstLine: 2)?.isEmpty ?? true)
    }

    @Test("a key set twice is still reported by line")
    func duplicateKey() {
        var diagnostics: [Diagnostic] = []
        _ = FrontMatterParser.parseYAML("title: Tin\ntitle: Lại", file: "a.md", firstLine: 2, diagnostics: &diagnostics)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        #expect(diagnostics.first?.message.contains("title") == true, "\(diagnostics)")
    }

    /// Style and every item's text and style: `Node ==` compares text and tag only.
    static func shape(_ node: Node) -> String {
        switch node {
        case .scalar(let s): "\(s.style):\(s.string)"
        case .sequence(let items): "\(items.style)[" + items.map(shape).joined(separator: "|") + "]"
        case .mapping: "mapping"
        case .alias: "alias"
        }
    }
}
