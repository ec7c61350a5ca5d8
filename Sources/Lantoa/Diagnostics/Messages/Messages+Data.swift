/// Indicators, their CSV tables and targets, and the plan. English and Vietnamese side by side; see `Message`.
extension Message {
    // MARK: Data/CSVTable.swift

    static let quotedFieldOpenedHereNever = Message(
        "a quoted field opened here is never closed",
        "ô mở ngoặc kép ở đây không được đóng lại")
    static let everyFieldStartsMustEnd = Message(
        "every field that starts with \" must end with \"; write \"\" for a quote inside it",
        "ô bắt đầu bằng \" phải kết thúc bằng \"; ghi \"\" cho dấu ngoặc kép bên trong")
    static let tableEmpty = Message(
        "the table is empty",
        "bảng trống")
    static let firstRowNamesColumns = Message(
        "the first row names the columns, e.g. nam,gia_tri; one row per period follows",
        "dòng đầu ghi tên cột, ví dụ nam,gia_tri; sau đó mỗi kỳ một dòng")

    // MARK: Data/IndicatorLoader.swift

    static func indicatorIdMustLowercaseLetters(_ id: some CustomStringConvertible) -> Message {
        Message("the indicator id \"\(id)\" must be lowercase letters, digits and '-'",
                "mã chỉ số \"\(id)\" chỉ được gồm chữ thường, số và '-'")
    }
    static func exampleId(_ value: some CustomStringConvertible) -> Message {
        Message("for example 'id: \(value)'",
                "ví dụ 'id: \(value)'")
    }
    static func indicatorIdUsedTwiceFirst(_ id: some CustomStringConvertible, _ line: some CustomStringConvertible) -> Message {
        Message("the indicator id \"\(id)\" is used twice (first on line \(line))",
                "mã chỉ số \"\(id)\" được dùng hai lần (lần đầu ở dòng \(line))")
    }
    static let giveEachIndicatorOwnId = Message(
        "give each indicator its own id",
        "đặt cho mỗi chỉ số một mã riêng")
    static let writeBetterHigherWhenBigger = Message(
        "write 'better: higher' when a bigger value is good",
        "ghi 'better: higher' khi giá trị lớn hơn là tốt hơn")
    static func scopeMustNationalProvinceGot(_ text: some CustomStringConvertible) -> Message {
        Message("'scope' must be national or province (got \"\(text)\")",
                "'scope' phải là national hoặc province (nhận được \"\(text)\")")
    }
    static let writeScopeNationalFigureWhole = Message(
        "write 'scope: national' for a figure of the whole country, 'scope: province' for the province's own",
        "ghi 'scope: national' cho số liệu cả nước, 'scope: province' cho số liệu của tỉnh")
    static func unknownChartKind(_ text: some CustomStringConvertible) -> Message {
        Message("unknown chart kind \"\(text)\"",
                "loại biểu đồ lạ \"\(text)\"")
    }
    static func useOneOf(_ value: some CustomStringConvertible) -> Message {
        Message("use one of: \(value)",
                "dùng một trong các giá trị: \(value)")
    }
    static let writeDecimalComma = Message(
        "write 'decimal: comma' for numbers such as 5,31",
        "ghi 'decimal: comma' cho số như 5,31")
    static let addBreakYear = Message(
        "add 'year: 2021'",
        "thêm 'year: 2021'")
    static func targetProvinceContributesNationalTarget(_ id: some CustomStringConvertible) -> Message {
        Message("a target the province contributes to is a national target, but '\(id)' is a provincial series",
                "mục tiêu tỉnh góp phần thực hiện là mục tiêu của cả nước, nhưng '\(id)' là chuỗi số liệu của tỉnh")
    }
    static let attachTargetIndicatorScopeNational = Message(
        "attach the target to an indicator with 'scope: national', or remove 'contributes: true' if the plan sets the province's own figure",
        "gắn mục tiêu với một chỉ số có 'scope: national', hoặc bỏ 'contributes: true' nếu Kế hoạch đặt chỉ tiêu riêng của tỉnh")
    static func nationalSeriesOnlyTargetProvince(_ id: some CustomStringConvertible) -> Message {
        Message("'\(id)' is a national series: only a target the province contributes to ('góp phần đạt') can be compared with it",
                "'\(id)' là chuỗi số liệu cả nước: chỉ so sánh được với mục tiêu tỉnh góp phần thực hiện ('góp phần đạt')")
    }
    static let addContributesTrueIfPlan = Message(
        "add 'contributes: true' if the plan says 'góp phần đạt', or attach the target to a provincial indicator",
        "thêm 'contributes: true' nếu Kế hoạch ghi 'góp phần đạt', hoặc gắn mục tiêu với một chỉ số của tỉnh")
    static func unknownSourceComputed(_ computed: some CustomStringConvertible) -> Message {
        Message("unknown source \"\(computed)\" for 'computed'",
                "nguồn lạ \"\(computed)\" cho 'computed'")
    }
    static let oneComputedSourceComputedStories = Message(
        "the one computed source is 'computed: stories'",
        "nguồn tính sẵn duy nhất là 'computed: stories'")
    static func targetDueButDataHas(_ year: some CustomStringConvertible, _ year2: some CustomStringConvertible) -> Message {
        Message("the target is due in \(year) but the data has no row for \(year2)",
                "mục tiêu đến hạn năm \(year) nhưng số liệu không có dòng năm \(year2)")
    }
    static func addFigureCorrectTargetYear(_ year: some CustomStringConvertible, _ dataPath: some CustomStringConvertible) -> Message {
        Message("add the \(year) figure to \(dataPath), or correct the target's year",
                "thêm số liệu năm \(year) vào \(dataPath), hoặc sửa năm của mục tiêu")
    }
    static func unknownTargetKind(_ text: some CustomStringConvertible) -> Message {
        Message("unknown target kind \"\(text)\"",
                "loại mục tiêu lạ \"\(text)\"")
    }
    static let useValueAverageCumulative = Message(
        "use value, average or cumulative",
        "dùng value, average hoặc cumulative")
    static let targetHasNoYear = Message(
        "the target has no year",
        "mục tiêu chưa có năm")
    static let addTargetYear = Message(
        "add 'year: 2025' (the year the target is due)",
        "thêm 'year: 2025' (năm đến hạn của mục tiêu)")
    static let averageTargetNeeds = Message(
        "an average target needs 'from:'",
        "mục tiêu bình quân cần 'from:'")
    static func addAverageFrom(_ year: some CustomStringConvertible) -> Message {
        Message("add 'from: 2021' for an average over 2021–\(year)",
                "thêm 'from: 2021' cho mức bình quân giai đoạn 2021–\(year)")
    }
    static func aboutNeedsStatedTolerance(_ op: some CustomStringConvertible) -> Message {
        Message("\"\(op)\" (about) needs a stated 'tolerance:'",
                "\"\(op)\" (khoảng) cần ghi rõ 'tolerance:' (mức chênh lệch chấp nhận)")
    }
    static let addHowFarValueStill = Message(
        "add how far from the value still counts, in the indicator's unit, e.g. tolerance: 2",
        "ghi mức chênh lệch vẫn tính là đạt, theo đơn vị của chỉ số, ví dụ tolerance: 2")
    static func unknownComparison(_ op: some CustomStringConvertible) -> Message {
        Message("unknown comparison \"\(op)\"",
                "phép so sánh lạ \"\(op)\"")
    }
    static let useKnownComparison = Message(
        "use >, >=, <, <=, ≈ (khoảng) or ≈> (khoảng trên) with 'tolerance:'",
        "dùng >, >=, <, <=, ≈ (khoảng) hoặc ≈> (khoảng trên) kèm 'tolerance:'")
    static let targetHasNoThreshold = Message(
        "the target has no threshold",
        "mục tiêu chưa có ngưỡng")
    static let addTargetThreshold = Message(
        "add 'op: \">\"' and 'value: 7', or 'min:' and 'max:' for a range",
        "thêm 'op: \">\"' và 'value: 7', hoặc 'min:' và 'max:' cho một khoảng")
    static let targetNamesConceptButNot = Message(
        "the target names a concept but not the series it needs",
        "mục tiêu nêu khái niệm nhưng chưa ghi chuỗi số liệu cần có")
    static let addConceptNameSeriesWords = Message(
        "add 'concept_name:' with the series in words, e.g. concept_name: đóng góp của khoa học và công nghệ thông qua TFP",
        "thêm 'concept_name:' mô tả chuỗi số liệu, ví dụ concept_name: đóng góp của khoa học và công nghệ thông qua TFP")
    static func writeWithPoint(_ key: some CustomStringConvertible) -> Message {
        Message("write it with a point, e.g. \(key): 7.5",
                "viết bằng dấu chấm, ví dụ \(key): 7.5")
    }
    static func indicatorHasNoDataFile(_ id: some CustomStringConvertible, _ path: some CustomStringConvertible) -> Message {
        Message("the indicator '\(id)' has no data file \(path)",
                "chỉ số '\(id)' chưa có tệp số liệu \(path)")
    }
    static func indicatorDataOutsideContent(_ id: some CustomStringConvertible, _ path: some CustomStringConvertible) -> Message {
        Message("the data file of the indicator '\(id)' must be a file inside content/ (got 'data: \(path)')",
                "tệp số liệu của chỉ số '\(id)' phải là một tệp trong content/ (đang ghi 'data: \(path)')")
    }
    static func moveDataIntoContentIndicators(_ id: some CustomStringConvertible) -> Message {
        Message("move the file to content/indicators/\(id).csv and remove the 'data:' line, or write a path that starts with content/",
                "chuyển tệp vào content/indicators/\(id).csv và bỏ dòng 'data:', hoặc ghi đường dẫn bắt đầu bằng content/")
    }
    static func renameDataFile(_ found: some CustomStringConvertible, _ path: some CustomStringConvertible) -> Message {
        Message("\(found) is there: rename it to \(path)",
                "đã có tệp \(found): đổi tên thành \(path)")
    }
    static func createDataFile(_ path: some CustomStringConvertible) -> Message {
        Message("create \(path) with a header such as nam,gia_tri and one row per year",
                "tạo \(path) với dòng tiêu đề như nam,gia_tri và mỗi năm một dòng")
    }
    static func noPeriodColumnHeaderGot(_ value: some CustomStringConvertible) -> Message {
        Message("no period column in the header (got \(value))",
                "dòng tiêu đề không có cột kỳ (nhận được \(value))")
    }
    static let namePeriodColumn = Message(
        "name the first column 'nam' (or 'period') and write one year per row",
        "đặt tên cột đầu là 'nam' (hoặc 'period') và ghi mỗi năm một dòng")
    static func noValueColumnHeaderGot(_ value: some CustomStringConvertible) -> Message {
        Message("no value column in the header (got \(value))",
                "dòng tiêu đề không có cột giá trị (nhận được \(value))")
    }
    static let nameValueColumn = Message(
        "name the column of numbers 'gia_tri' (or 'value')",
        "đặt tên cột số liệu là 'gia_tri' (hoặc 'value')")
    static func numbersMixDecimalCommasDecimal(commaLine: some CustomStringConvertible, pointLine: some CustomStringConvertible) -> Message {
        Message("the numbers mix decimal commas (line \(commaLine)) and decimal points (line \(pointLine))",
                "các số dùng lẫn dấu phẩy thập phân (dòng \(commaLine)) và dấu chấm thập phân (dòng \(pointLine))")
    }
    static func writeEveryNumberSameWay(_ id: some CustomStringConvertible) -> Message {
        Message("write every number the same way, or declare 'decimal: comma' (or point) for '\(id)' in indicators.yml",
                "viết mọi con số cùng một kiểu, hoặc khai báo 'decimal: comma' (hoặc point) cho '\(id)' trong indicators.yml")
    }
    static func couldThousandsSeparatorDecimal(_ text: some CustomStringConvertible) -> Message {
        Message("\"\(text)\" could be a thousands separator or a decimal",
                "\"\(text)\" có thể là dấu phân cách hàng nghìn hoặc dấu thập phân")
    }
    static func writeWholeOrDecimal(_ key: some CustomStringConvertible, _ whole: some CustomStringConvertible, _ decimal: some CustomStringConvertible) -> Message {
        Message("write '\(key): \(whole)' if it is a whole number, or '\(key): \(decimal)' with a decimal comma if it is not",
                "viết '\(key): \(whole)' nếu là số nguyên, hoặc '\(key): \(decimal)' (dấu phẩy thập phân) nếu là số lẻ")
    }
    /// A figure written with a decimal point in a file of decimal commas (`commas`), or the other way.
    static func numberInOtherStyle(_ raw: some CustomStringConvertible, commas: Bool, declared: Bool) -> Message {
        switch (commas, declared) {
        case (true, true):
            Message("\"\(raw)\" is written with a decimal point, but this indicator's numbers are written with decimal commas (decimal: comma in indicators.yml)",
                    "\"\(raw)\" được viết với dấu chấm thập phân, nhưng số liệu của chỉ số này viết phần thập phân bằng dấu phẩy (decimal: comma trong indicators.yml)")
        case (false, true):
            Message("\"\(raw)\" is written with a decimal comma, but this indicator's numbers are written with decimal points (decimal: point in indicators.yml)",
                    "\"\(raw)\" được viết với dấu phẩy thập phân, nhưng số liệu của chỉ số này viết phần thập phân bằng dấu chấm (decimal: point trong indicators.yml)")
        case (true, false):
            Message("\"\(raw)\" is written with a decimal point, but the other numbers of the file are written with decimal commas",
                    "\"\(raw)\" được viết với dấu chấm thập phân, nhưng các số khác trong tệp viết phần thập phân bằng dấu phẩy")
        case (false, false):
            Message("\"\(raw)\" is written with a decimal comma, but the other numbers of the file are written with decimal points",
                    "\"\(raw)\" được viết với dấu phẩy thập phân, nhưng các số khác trong tệp viết phần thập phân bằng dấu chấm")
        }
    }
    static func writeNumberAs(_ number: some CustomStringConvertible) -> Message {
        Message("write \(number), as the other lines are written",
                "viết \(number), như các dòng khác")
    }
    static func statusWrittenOtherWay(_ status: some CustomStringConvertible, _ meant: some CustomStringConvertible) -> Message {
        Message("the status \"\(status)\" is \"\(meant)\" written another way: as written, the figure would be drawn and counted as official",
                "trạng thái \"\(status)\" là \"\(meant)\" viết sai dấu: viết như vậy, số liệu sẽ được vẽ và tính như số chính thức")
    }
    static func writeStatus(_ meant: some CustomStringConvertible) -> Message {
        Message("write \"\(meant)\"", "viết \"\(meant)\"")
    }
    static func statusUnknown(_ status: some CustomStringConvertible, known: some CustomStringConvertible) -> Message {
        Message("the status \"\(status)\" is none of \(known): the figure is drawn and counted as official",
                "trạng thái \"\(status)\" không phải một trong các từ \(known): số liệu được vẽ và tính như số chính thức")
    }
    static let writeKnownStatus = Message(
        "write one of these words in the status column, and anything more in the note column (ghi_chu)",
        "ghi một trong các từ này ở cột trạng thái, phần giải thích thêm ghi ở cột ghi chú (ghi_chu)")
    static func declareDecimalStyle(_ id: some CustomStringConvertible) -> Message {
        Message("add 'decimal: comma' (5,31 means five point three one) or 'decimal: point' to '\(id)' in indicators.yml",
                "thêm 'decimal: comma' (5,31 là năm phẩy ba mốt) hoặc 'decimal: point' cho '\(id)' trong indicators.yml")
    }
    static func periodNotYear(_ period: some CustomStringConvertible) -> Message {
        Message("the period \"\(period)\" is not a year",
                "kỳ \"\(period)\" không phải là năm")
    }
    static func rowSeparatedOtherWay(_ row: some CustomStringConvertible, _ header: some CustomStringConvertible) -> Message {
        Message("the cells of this line are separated by \(row), but the header's by \(header)",
                "các ô của dòng này cách nhau bằng \(row), còn dòng tiêu đề bằng \(header)")
    }
    static func separateCellsAsHeader(_ header: some CustomStringConvertible) -> Message {
        Message("separate the cells with \(header), as the header does (a number with a decimal comma in a file of ',' is put in quotes: \"6,12\")",
                "ngăn các ô bằng \(header) như dòng tiêu đề (số có dấu phẩy thập phân trong tệp dùng ',' thì đặt trong ngoặc kép: \"6,12\")")
    }
    static func periodAfterThisYear(_ period: some CustomStringConvertible, _ year: Int) -> Message {
        Message("the period \(period) is after this year (\(year)), but its figure is not marked as a forecast",
                "kỳ \(period) ở sau năm nay (\(year)) mà số liệu không ghi là dự báo")
    }
    static let writeForecastOrYear = Message(
        "write \"dự báo\" in the status column (trang_thai), or correct the year",
        "ghi \"dự báo\" ở cột trạng thái (trang_thai), hoặc sửa lại năm")
    static func columnReadAsBreakdown(_ header: some CustomStringConvertible) -> Message {
        Message("the column \"\(header)\" is read as a breakdown (a district, a sector): its values are drawn as groups",
                "cột \"\(header)\" được đọc như một cách chia nhóm (huyện, ngành): các giá trị của cột được vẽ thành từng nhóm")
    }
    static func nameColumn(_ name: some CustomStringConvertible) -> Message {
        Message("if it is meant as \(name), name it so in the header line",
                "nếu đó là cột \(name), hãy đặt tên như vậy ở dòng tiêu đề")
    }
    static let writeYearsAsPeriods = Message(
        "write years as 2024 (or 2024-Q1, 2024-06 for shorter periods)",
        "ghi năm dạng 2024 (hoặc 2024-Q1, 2024-06 cho kỳ ngắn hơn)")
    static func rowHasCellButHeader(_ count: Int, _ count2: some CustomStringConvertible) -> Message {
        Message("the row has \(count) cell\(count == 1 ? "" : "s") but the header has \(count2)",
                "dòng có \(count) ô nhưng dòng tiêu đề có \(count2)")
    }
    static let addMissingCellsEmptyCell = Message(
        "add the missing cells (an empty cell is written as nothing between two commas: 2025,,)",
        "thêm các ô còn thiếu (ô trống là không ghi gì giữa hai dấu phẩy: 2025,,)")
    static let removeExtraCellsDecimalPoint = Message(
        "remove the extra cells: this file writes decimals with a point (31.2), so a decimal comma splits a number into two cells",
        "bỏ các ô thừa: tệp này viết số thập phân bằng dấu chấm (31.2), nên dấu phẩy thập phân tách một số thành hai ô")
    static let removeExtraCellsPutValue = Message(
        "remove the extra cells, or put a value that contains a comma in quotes: \"1,5\"",
        "bỏ các ô thừa, hoặc đặt giá trị có dấu phẩy trong ngoặc kép: \"1,5\"")
    static func columnTooLargeNumber(_ raw: some CustomStringConvertible, _ value: some CustomStringConvertible) -> Message {
        Message("\"\(raw)\" in column '\(value)' is too large a number",
                "\"\(raw)\" trong cột '\(value)' là số quá lớn")
    }
    static func columnNotNumber(_ raw: some CustomStringConvertible, _ value: some CustomStringConvertible) -> Message {
        Message("\"\(raw)\" in column '\(value)' is not a number",
                "\"\(raw)\" trong cột '\(value)' không phải là số")
    }
    static func periodWithoutValueLeftOut(_ period: some CustomStringConvertible, _ said: some CustomStringConvertible) -> Message {
        Message("the period \(period) has no value: the row is left out of the chart, the table and the downloads, and \"\(said)\" is shown nowhere",
                "kỳ \(period) không có giá trị: dòng này không có trong biểu đồ, bảng và tệp tải về, và \"\(said)\" không hiện ở đâu")
    }
    static let giveFigureOrDeleteRow = Message(
        "write the figure when it is published, or delete the row until then",
        "ghi con số khi được công bố, hoặc xóa dòng này cho đến lúc đó")
    static let writeOnlyNumberInCell = Message(
        "write only the number, e.g. 5,31; put remarks in a 'ghi_chu' column",
        "chỉ ghi con số, ví dụ 5,31; ghi chú đặt ở cột 'ghi_chu'")
    static func periodAppearsTwiceFirstLine(_ period: some CustomStringConvertible, _ first: some CustomStringConvertible) -> Message {
        Message("the period \(period) appears twice (first on line \(first))",
                "kỳ \(period) xuất hiện hai lần (lần đầu ở dòng \(first))")
    }
    static let keepOneRowPerPeriod = Message(
        "keep one row per period; correct figures replace the old row",
        "mỗi kỳ giữ một dòng; số liệu đính chính thay dòng cũ")
    static let fileHasHeaderButNo = Message(
        "the file has a header but no rows",
        "tệp có dòng tiêu đề nhưng không có dòng số liệu")
    static let addOneRowPerPeriod = Message(
        "add one row per period below the header",
        "thêm mỗi kỳ một dòng bên dưới dòng tiêu đề")

    // MARK: Data/Plan.swift

    static let changeHasNoDate = Message(
        "the change has no 'date'",
        "thay đổi chưa ghi ngày ('date')")
    static let addDayTookEffectDate = Message(
        "add the day it took effect, e.g. date: 2025-03-01",
        "thêm ngày có hiệu lực, ví dụ date: 2025-03-01")
    static func noIndicatorId(_ indicator: some CustomStringConvertible) -> Message {
        Message("no indicator with the id \"\(indicator)\"",
                "không có chỉ số mã \"\(indicator)\"")
    }
    static let noIndicatorsDefined = Message(
        "content/indicators/indicators.yml defines no indicator yet",
        "content/indicators/indicators.yml chưa khai báo chỉ số nào")
    static func noAgencyId(_ value: some CustomStringConvertible) -> Message {
        Message("no agency with the id \"\(value)\"",
                "không có cơ quan mã \"\(value)\"")
    }
    static func kindMustRecurringOneOff(_ text: some CustomStringConvertible) -> Message {
        Message("'kind' must be recurring or one-off (got \"\(text)\")",
                "'kind' phải là recurring hoặc one-off (nhận được \"\(text)\")")
    }
    static let writeKindRecurringTaskPlan = Message(
        "write 'kind: recurring' for a task the plan asks for every year (hằng năm), 'kind: one-off' for one that can be finished",
        "ghi 'kind: recurring' cho nhiệm vụ Kế hoạch giao hằng năm, 'kind: one-off' cho nhiệm vụ có thể hoàn thành")
    static func statusTaskGivenPerYear(_ key: some CustomStringConvertible) -> Message {
        Message("the status of a task is given per year (got '\(key)')",
                "tình trạng nhiệm vụ ghi theo từng năm (nhận được '\(key)')")
    }
    static let writeYearlyStatusExample = Message(
        "write for example '2025: đang triển khai'",
        "ghi ví dụ '2025: đang triển khai'")
    static func taskRecursEveryYearYear(_ status: some CustomStringConvertible) -> Message {
        Message("the task recurs every year, so a year is \"đã thực hiện\" or \"chưa thực hiện\" (got \"\(status)\")",
                "nhiệm vụ thực hiện hằng năm nên mỗi năm là \"đã thực hiện\" hoặc \"chưa thực hiện\" (nhận được \"\(status)\")")
    }
    static let recurringTaskNeverFinishedWrite = Message(
        "a recurring task is never finished: write 'đã thực hiện' for a year it was carried out",
        "nhiệm vụ hằng năm không bao giờ \"hoàn thành\": ghi 'đã thực hiện' cho năm đã làm")
    static func unknownTaskStatus(_ status: some CustomStringConvertible) -> Message {
        Message("unknown task status \"\(status)\"",
                "\"\(status)\" không phải một tình trạng của nhiệm vụ")
    }
}

extension Message {
    // MARK: Composed

    static func decimalMustBeCommaOrPoint(_ text: String) -> Message {
        Message("'decimal' must be comma or point (got \"\(text)\")",
                "'decimal' phải là comma (dấu phẩy) hoặc point (dấu chấm) (nhận được \"\(text)\")")
    }

    static let saveCSVAsUTF8 = Message(
        "in Excel choose File → Save As → \"CSV UTF-8 (Comma delimited)\"; files saved as Windows-1258 or with TCVN3/VNI fonts cannot be read",
        "trong Excel chọn Tệp → Lưu thành → \"CSV UTF-8 (Comma delimited)\"; tệp lưu bằng Windows-1258 hoặc gõ bằng phông TCVN3/VNI không đọc được")

    static func knownIndicators(_ ids: String) -> Message {
        Message("known indicators: \(ids)",
                "các chỉ số đã có: \(ids)")
    }

    static func knownAgencies(_ ids: String) -> Message {
        Message("agencies: \(ids)",
                "các cơ quan: \(ids)")
    }
}
