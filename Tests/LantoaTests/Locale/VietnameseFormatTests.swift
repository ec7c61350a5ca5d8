import Testing
@testable import Lantoa

@Suite("Vietnamese dates and numbers")
struct VietnameseFormatTests {
    @Test("short dates are dd/mm/yyyy")
    func shortDate() {
        #expect(VietnameseFormat.shortDate(DateTime(year: 2026, month: 11, day: 27)) == "27/11/2026")
        #expect(VietnameseFormat.shortDate(DateTime(year: 2026, month: 3, day: 5)) == "05/03/2026")
    }

    @Test("a typed number keeps its per cent sign on its line; other spaces stay")
    func keepingPercent() {
        #expect(VietnameseFormat.keepingPercent("Bình quân trên 7 %/năm giai đoạn 2021–2025") == "Bình quân trên 7\u{00A0}%/năm giai đoạn 2021–2025")
        #expect(VietnameseFormat.keepingPercent("Khoảng 30 % và 7,5 %") == "Khoảng 30\u{00A0}% và 7,5\u{00A0}%")
        #expect(VietnameseFormat.keepingPercent("năm 2025 % tăng") == "năm 2025\u{00A0}% tăng")
        #expect(VietnameseFormat.keepingPercent("7  %, đạt 2030 ") == "7  %, đạt 2030 ")
        #expect(VietnameseFormat.keepingPercent("không có") == "không có")
    }

    @Test("long dates pad the day below 10 and the month only for January and February", arguments: [
        (2026, 11, 27, "ngày 27 tháng 11 năm 2026"),
        (2026, 3, 5, "ngày 05 tháng 3 năm 2026"),
        (2026, 1, 9, "ngày 09 tháng 01 năm 2026"),
        (2026, 2, 14, "ngày 14 tháng 02 năm 2026"),
        (2026, 10, 1, "ngày 01 tháng 10 năm 2026"),
    ])
    func longDate(year: Int, month: Int, day: Int, expected: String) {
        #expect(VietnameseFormat.longDate(DateTime(year: year, month: month, day: day)) == expected)
    }

    @Test("numbers use a decimal comma and a thousands dot", arguments: [
        (1234.0, 0, "1.234"), (7.5, 1, "7,5"), (1234567.891, 2, "1.234.567,89"), (0.0, 1, "0,0"),
        (-5.31, 2, "−5,31"), (999.0, 0, "999"), (1000.0, 0, "1.000"),
    ])
    func numbers(value: Double, decimals: Int, expected: String) {
        #expect(VietnameseFormat.number(value, decimals: decimals) == expected)
    }

    @Test("feeds get RFC 822 and RFC 3339 dates in +07:00")
    func feedDates() {
        let d = DateTime(year: 2026, month: 11, day: 27, hour: 8, minute: 30)
        #expect(VietnameseFormat.rfc822(d) == "Fri, 27 Nov 2026 08:30:00 +0700")
        #expect(VietnameseFormat.iso8601(d) == "2026-11-27T08:30:00+07:00")
    }
}

@Suite("Dates as written")
struct DateTimeTests {
    @Test("accepted forms; no zone means Vietnam time", arguments: [
        ("2026-11-27", DateTime(year: 2026, month: 11, day: 27)),
        ("2026-11-27 08:30", DateTime(year: 2026, month: 11, day: 27, hour: 8, minute: 30)),
        ("2026-11-27T08:30:15", DateTime(year: 2026, month: 11, day: 27, hour: 8, minute: 30, second: 15)),
        ("2026-11-27T00:30:00Z", DateTime(year: 2026, month: 11, day: 27, hour: 0, minute: 30, offsetMinutes: 0)),
        ("2026-11-27T08:30:00+07:00", DateTime(year: 2026, month: 11, day: 27, hour: 8, minute: 30)),
        ("2026-11-27 08:30:00.123 +0900", DateTime(year: 2026, month: 11, day: 27, hour: 8, minute: 30, offsetMinutes: 540)),
        ("2024-02-29", DateTime(year: 2024, month: 2, day: 29)),
    ])
    func parses(text: String, expected: DateTime) {
        #expect(DateTime(parsing: text) == expected)
    }

    @Test("impossible or malformed dates are refused", arguments: [
        "2024-13-45", "2023-02-29", "27/11/2026", "hôm qua", "2026-11-27 25:00", "2026-11-27T08", "2026-11-27 08:30 ICT", "",
    ])
    func refuses(text: String) {
        #expect(DateTime(parsing: text) == nil)
    }

    @Test("epoch seconds round-trip and midnight in Vietnam is the previous day in UTC")
    func epoch() {
        let d = DateTime(year: 2026, month: 1, day: 1)
        #expect(d.epochSeconds == 1_767_200_400) // 2025-12-31T17:00:00Z
        #expect(DateTime(epochSeconds: d.epochSeconds) == d)
        #expect(d.weekday == 4) // a Thursday
    }
}
