/// The markup every data table of the site shares, whether written as a ```` ```table ```` block
/// of CSV or as a Markdown pipe table: a wrapper that scrolls sideways on a narrow screen, a
/// table with column headers, numeric columns aligned right.
enum DataTable {
    static let open = "<div class=\"table-wrap\"><table class=\"data-table\">"
    static let close = "</table></div>"

    /// Whether a cell as written reads as a number: `1.234,5`, `-3`, `4,5 %`.
    static func looksNumeric(_ cell: String) -> Bool {
        let text = cell.trimmed
        guard let first = text.unicodeScalars.first, first.properties.numericType != nil || "+-−".unicodeScalars.contains(first),
              text.unicodeScalars.contains(where: { $0.value >= 48 && $0.value <= 57 }) else { return false }
        return text.unicodeScalars.allSatisfy { ($0.value >= 48 && $0.value <= 57) || ".,% +-−\u{A0}".unicodeScalars.contains($0) }
    }
}
