import Testing
@testable import Lantoa

@Suite("CSV as staff save it from Excel")
struct CSVTableTests {
    @Test("the delimiter is detected: comma, semicolon or tab", arguments: [
        ("nam,gia_tri\n2024,5.88\n", Character(",")),
        ("nam;gia_tri\n2024;5,88\n", Character(";")),
        ("nam\tgia_tri\n2024\t5,88\n", Character("\t")),
        ("\"nam;x\",gia_tri\n2024,1\n", Character(",")),
    ])
    func delimiter(text: String, expected: Character) throws {
        let table = try CSVTable.parse(text, file: "a.csv").get()
        #expect(table.delimiter == expected)
        #expect(table.rows.count == 1)
    }

    @Test("quoted fields keep delimiters, doubled quotes and line breaks; rows keep their file line")
    func quoted() throws {
        let text = "nam;ghi_chu;gia_tri\n2023;\"Có dấu ; và \"\"ngoặc\"\"\";1\n2024;\"hai\ndòng\";2\n\n;;\n"
        let table = try CSVTable.parse(text, file: "a.csv").get()
        #expect(table.rows.map(\.fields) == [["2023", "Có dấu ; và \"ngoặc\"", "1"], ["2024", "hai\ndòng", "2"]])
        #expect(table.rows.map(\.line) == [2, 3])
    }

    @Test("an unclosed quote and an empty file are errors at their line")
    func errors() {
        guard case .failure(let open) = CSVTable.parse("nam,gia_tri\n2024,\"5\n", file: "a.csv") else { Issue.record(); return }
        #expect("\(open.location)" == "a.csv:2:1")
        guard case .failure(let empty) = CSVTable.parse("\n\n", file: "b.csv") else { Issue.record(); return }
        #expect(empty.message == "the table is empty")
    }

    @Test("decimal style evidence: unambiguous numbers decide, 1.234 alone does not", arguments: [
        ("5,31", DecimalStyle.comma, false), ("5.31", .point, false), ("1.234,5", .comma, false), ("1,234.5", .point, false),
        ("1.234.567", .comma, false), ("12", nil, false),
    ] as [(String, DecimalStyle?, Bool)])
    func evidence(text: String, style: DecimalStyle?, ambiguous: Bool) {
        let e = DecimalStyle.evidence(text)
        #expect(e.style == style)
        #expect(e.ambiguous == ambiguous)
    }

    @Test("a single separator before three digits is ambiguous")
    func ambiguous() {
        #expect(DecimalStyle.evidence("1.234").ambiguous)
        #expect(DecimalStyle.evidence("1,234").ambiguous)
    }

    @Test("numbers parse in the declared style, percent signs and spaces allowed")
    func parse() {
        #expect(DecimalStyle.comma.parse("1.234,5") == 1234.5)
        #expect(DecimalStyle.comma.parse("5,31 %") == 5.31)
        #expect(DecimalStyle.point.parse("1,234.5") == 1234.5)
        #expect(DecimalStyle.point.parse("−3.5") == -3.5)
        #expect(DecimalStyle.point.parse("n/a") == nil)
    }
}
