/// A CSV file as staff save it from Excel: `,`, `;` or tab separated (detected), quoted fields,
/// CRLF or LF (already made LF by `SourceFile`), trailing blank lines ignored.
public struct CSVTable: Sendable {
    /// One data row and the line of the file it starts on.
    public struct Row: Sendable {
        public var fields: [String]
        public var line: Int
    }

    public var header: [String]
    public var rows: [Row]
    public var delimiter: Character
    /// Line of the header row.
    public var headerLine: Int

    /// Parses `text`; `firstLine` is the file line of the text's first line (for CSV inside Markdown).
    public static func parse(_ text: String, file: String, firstLine: Int = 1) -> Result<CSVTable, Diagnostic> {
        let delimiter = detectDelimiter(text)
        var records: [Row] = []
        var field = ""
        var fields: [String] = []
        var line = firstLine
        var recordLine = firstLine
        var inQuotes = false
        var quoteLine = firstLine
        var chars = Array(text).makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let p = pending { pending = nil; return p }
            return chars.next()
        }
        func endRecord() {
            fields.append(field)
            field = ""
            // Excel writes rows of only delimiters for empty lines; they carry nothing.
            if !fields.allSatisfy({ $0.trimmed.isEmpty }) { records.append(Row(fields: fields.map { $0.trimmed }, line: recordLine)) }
            fields = []
        }
        while let c = next() {
            if inQuotes {
                if c == "\"" {
                    if let n = chars.next() {
                        if n == "\"" { field.append("\"") } else { inQuotes = false; pending = n }
                    } else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.trimmed.isEmpty:
                field = ""
                inQuotes = true
                quoteLine = line
            case delimiter:
                fields.append(field)
                field = ""
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(c)
            }
        }
        if inQuotes {
            return .failure(.error(SourceLocation(file: file, line: quoteLine), .quotedFieldOpenedHereNever,
                                   hint: .everyFieldStartsMustEnd))
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        guard let header = records.first else {
            return .failure(.error(SourceLocation(file: file, line: firstLine), .tableEmpty,
                                   hint: .firstRowNamesColumns))
        }
        return .success(CSVTable(header: header.fields, rows: Array(records.dropFirst()), delimiter: delimiter, headerLine: header.line))
    }

    /// The delimiter that occurs most in the first line outside quotes (`;` wins ties: Excel in a
    /// Vietnamese setup writes `;` because `,` is the decimal separator).
    static func detectDelimiter(_ text: String) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var inQuotes = false
        for c in text {
            if c == "\n" { break }
            if c == "\"" { inQuotes.toggle() } else if !inQuotes, counts[c] != nil { counts[c]! += 1 }
        }
        if counts["\t"]! > 0 && counts["\t"]! >= max(counts[","]!, counts[";"]!) { return "\t" }
        return counts[";"]! >= counts[","]! && counts[";"]! > 0 ? ";" : ","
    }
}
