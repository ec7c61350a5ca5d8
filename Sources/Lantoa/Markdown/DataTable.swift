/// The markup every data table of the site shares, whether written as a ```` ```table ```` block
/// of CSV or as a Markdown pipe table: a table with column headers, numeric columns aligned
/// right, that becomes a list of cards on a narrow screen (`reflow`: each cell labelled with its
/// column's name from `data-label`).
enum DataTable {
    static let open = "<div class=\"table-wrap\"><table class=\"data-table reflow\">"
    static let close = "</table></div>"

    /// Whether a column is of years or periods of years (`2023`, `2021–2025`): labels, not
    /// quantities, so never grouped ("2.023") nor aligned as numbers. Its header must say so
    /// ("Năm", "Giai đoạn", "Year"…): 1200 enterprises are not a year.
    static func looksLikeYears(header: String, _ cells: [String]) -> Bool {
        let words = VietnameseText.folded(plainLabel(header)).split(whereSeparator: { !$0.isLetter })
        guard words.contains(where: { ["nam", "year", "ky", "period"].contains($0) }) || words.starts(with: ["giai", "doan"]) else { return false }
        let filled = cells.map(\.trimmed).filter { !$0.isEmpty }
        return !filled.isEmpty && filled.allSatisfy { cell in
            let parts = cell.split(whereSeparator: { "–-".contains($0) })
            return (1...2).contains(parts.count) && parts.allSatisfy { $0.count == 4 && Int($0).map { (1000...2999).contains($0) } == true }
        }
    }

    /// The text a reader sees of a cell written in Markdown, for a label: emphasis and code marks
    /// and link targets left out.
    static func plainLabel(_ markdown: String) -> String {
        var text = markdown.replacingAll("\\|", with: "|")
        if let regex = try? Regex(#"\[([^\]]*)\]\([^)]*\)"#) { text = text.replacing(regex) { String($0.output[1].substring ?? "") } }
        return text.filter { !"*_`".contains($0) }.trimmed
    }

    /// Whether a cell as written reads as a number: `1.234,5`, `-3`, `4,5 %`.
    static func looksNumeric(_ cell: String) -> Bool {
        let text = cell.trimmed
        guard let first = text.unicodeScalars.first, first.properties.numericType != nil || "+-−".unicodeScalars.contains(first),
              text.unicodeScalars.contains(where: { $0.value >= 48 && $0.value <= 57 }) else { return false }
        return text.unicodeScalars.allSatisfy { ($0.value >= 48 && $0.value <= 57) || ".,% +-−\u{A0}".unicodeScalars.contains($0) }
    }
}
