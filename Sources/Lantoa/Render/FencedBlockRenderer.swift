/// Replaces ```` ```chart ```` and ```` ```table ```` blocks in Markdown with an accessible chart or table.
struct FencedBlockRenderer: Sendable {
    let indicators: [String: IndicatorStatistics]
    let templates: TemplateLibrary
    let config: SiteConfig
    /// False when indicators.yml could not be read: its own error says so, and an id missing
    /// from what was read is then no error of the article's.
    var indicatorsComplete = true
    /// The site's interface words (a table's default caption), and every language's, for a
    /// block in a page of another language.
    var words: Interface = .standard
    var allWords: [String: Interface] = [:]

    func render(_ block: FencedBlock) -> Result<String, Diagnostic>? {
        switch block.kind {
        case "chart": chart(block)
        case "table": table(block)
        default: nil
        }
    }

    /// The body names the indicator on its first line, then optional `kind: bar` lines.
    private func chart(_ block: FencedBlock) -> Result<String, Diagnostic> {
        var id = block.argument
        var kind: Indicator.ChartKind?
        for (k, line) in block.literal.split(separator: "\n").map({ $0.trimmed }).enumerated() where !line.isEmpty {
            let here = block.location.shifted(lines: k + 1)
            if let colon = line.firstIndex(of: ":") {
                let key = line[..<colon].trimmed, value = line[line.index(after: colon)...].trimmed
                guard key == "kind", let parsed = Indicator.ChartKind(rawValue: value) else {
                    return .failure(.error(here, .unknownChartOption(line),
                                           hint: .chartKindOptions(Indicator.ChartKind.allCases.map(\.rawValue).joined(separator: ", "))))
                }
                kind = parsed
            } else if id.isEmpty {
                id = line
            }
        }
        guard let stats = indicators[id] else {
            if !indicatorsComplete { return .success("") }
            let known = indicators.keys.sorted()
            let hint: Message = id.isEmpty ? .writeIndicatorIdInBlock(known.first ?? "nang-suat-lao-dong")
                : Suggestion.closest(to: id, in: known).map(Message.didYouMean)
                    ?? (known.isEmpty ? .noIndicatorsDefined : .knownIndicators(known.joined(separator: ", ")))
            return .failure(.error(block.location, id.isEmpty ? .chartBlockNamesNoIndicator : .noIndicatorId(id), hint: hint))
        }
        // A chart in a page of another language speaks that language.
        let local = block.language == nil ? stats : IndicatorStatistics(stats.indicator, words: words(for: block), language: block.language)
        let context = ChartFigure(config: config).context(local, id: "c\(block.index)-\(id)", kind: kind)
        return .success(templates.render("chart", context))
    }

    /// CSV inside, first row the header; the info string's rest is the caption.
    /// The words of the page a block is in: its language's, else the site's.
    private func words(for block: FencedBlock) -> Interface { block.language.flatMap { allWords[$0] } ?? words }

    private func table(_ block: FencedBlock) -> Result<String, Diagnostic> {
        let table: CSVTable
        switch CSVTable.parse(block.literal, file: block.location.file, firstLine: block.location.line + 1) {
        case .success(let t): table = t
        case .failure(var d):
            if d.text == .tableEmpty { d.location = block.location }
            return .failure(d)
        }
        let width = table.header.count
        if let bad = table.rows.first(where: { $0.fields.count != width }) {
            return .failure(.error(SourceLocation(file: block.location.file, line: bad.line),
                                   .rowHasCellsButHeader(bad.fields.count, width),
                                   hint: .separateCellsPutCellContains(table.delimiter, table.delimiter)))
        }
        // A column is numeric when every filled cell is a number in one decimal style.
        var numeric: [DecimalStyle?] = []
        for c in 0..<width {
            let cells = table.rows.map { $0.fields[c] }.filter { !$0.isEmpty }
            var styles: Set<String> = [], ambiguous = false
            for cell in cells {
                let e = DecimalStyle.evidence(cell)
                if let s = e.style { styles.insert(s.rawValue) }
                ambiguous = ambiguous || e.ambiguous
            }
            let style = styles.count == 1 ? DecimalStyle(rawValue: styles.first!)! : (styles.isEmpty && !ambiguous ? .point : nil)
            numeric.append(!cells.isEmpty && style != nil && cells.allSatisfy { style!.parse($0) != nil } && !DataTable.looksLikeYears(header: c < table.header.count ? table.header[c] : "", cells) ? style : nil)
        }
        // The words and numbers of the page's language.
        let t = words(for: block)
        var html = DataTable.open
        html += "<caption>\(XML.escape(block.argument.isEmpty ? t(.tableCaption) : block.argument))</caption><thead><tr>"
        for (c, name) in table.header.enumerated() {
            html += "<th scope=\"col\"\(numeric[c] != nil ? " class=\"num\"" : "")>\(XML.escape(name))</th>"
        }
        html += "</tr></thead><tbody>"
        for row in table.rows {
            html += "<tr>"
            for (c, cell) in row.fields.enumerated() {
                let label = c < table.header.count ? " data-label=\"\(XML.escape(table.header[c]))\"" : ""
                let tag = c == 0 && numeric[0] == nil ? "th scope=\"row\"" : "td\(label)"
                let close = c == 0 && numeric[0] == nil ? "th" : "td"
                if let style = numeric[c], let value = style.parse(cell) {
                    let decimals = cell.contains(style.decimal) ? cell.split(separator: style.decimal).last!.filter(\.isNumber).count : 0
                    let suffix = cell.hasSuffix("%") ? "\u{00A0}%" : ""
                    html += "<\(tag) class=\"num\">\(t.number(value, decimals: decimals))\(suffix)</\(close)>"
                } else {
                    html += "<\(tag)>\(XML.escape(cell))</\(close)>"
                }
            }
            html += "</tr>"
        }
        return .success(html + "</tbody>" + DataTable.close)
    }
}
