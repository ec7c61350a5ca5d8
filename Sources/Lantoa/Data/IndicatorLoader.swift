/// Reads `content/indicators/indicators.yml` and each indicator's CSV, collecting every problem.
public struct IndicatorLoader {
    public let files: ProjectFiles

    static let definitionKeys = ["id", "name", "short_name", "unit", "description", "source", "method_note", "frequency",
                                 "better", "chart", "decimals", "decimal", "cumulative", "illustrative", "breaks", "targets", "data", "computed",
                                 "scope", "concept", "dimension_note", "dimension_until", "counting_rule", "translations"]
    static let targetKeys = ["label", "kind", "op", "value", "tolerance", "min", "max", "from", "year", "to", "plan",
                             "contributes", "concept", "concept_name", "approximate", "period_assumed"]

    public init(files: ProjectFiles) { self.files = files }

    public func load(diagnostics: inout [Diagnostic]) -> [Indicator] {
        let path = "content/indicators/indicators.yml"
        guard files.exists(path) else { return [] }
        let file: SourceFile
        switch files.read(path) {
        case .success(let f): file = f
        case .failure(let d): diagnostics.append(d); return []
        }
        // Empty, or only comments: no indicators yet.
        if file.text.split(separator: "\n").allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty || $0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }) {
            return []
        }
        // The file is a list of definitions; wrap it so FieldReader can read it as one key.
        var found: [Diagnostic] = []
        let root = FrontMatterParser.parseYAML("indicators:\n" + file.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "  " + $0 }.joined(separator: "\n"), file: path, firstLine: 0, diagnostics: &found)
        diagnostics += found.map { d in var d = d; d.location.column = max(1, d.location.column - 2); return d }
        var reader = FieldReader(root)
        var indicators: [Indicator] = []
        var seen: [String: SourceLocation] = [:]
        for group in reader.groups("indicators") {
            var r = FieldReader(group)
            if let indicator = definition(&r, group: group, seen: &seen) { indicators.append(indicator) }
            diagnostics += r.diagnostics.map(Self.unindent)
        }
        diagnostics += reader.diagnostics.map(Self.unindent)
        return indicators
    }

    /// The wrapper indented every line by two spaces: give columns back.
    static func unindent(_ d: Diagnostic) -> Diagnostic {
        var d = d
        if d.location.file.hasSuffix("indicators.yml") { d.location.column = max(1, d.location.column - 2) }
        return d
    }

    private func definition(_ r: inout FieldReader, group: FrontMatter, seen: inout [String: SourceLocation]) -> Indicator? {
        r.warnUnknownKeys(known: Self.definitionKeys, what: "an indicator")
        guard let id = r.requiredString("id", what: "the indicator", example: "id: nang-suat-lao-dong") else { return nil }
        let idLocation = group["id"]!.valueLocation
        if VietnameseText.slug(id) != id {
            r.report(.error(idLocation, "the indicator id \"\(id)\" must be lowercase letters, digits and '-'",
                            hint: "for example 'id: \(VietnameseText.slug(id))'"))
            return nil
        }
        if let first = seen[id] {
            r.report(.error(idLocation, "the indicator id \"\(id)\" is used twice (first on line \(first.line))", hint: "give each indicator its own id"))
            return nil
        }
        seen[id] = idLocation
        let name = r.requiredString("name", what: "the indicator", example: "name: Tốc độ tăng năng suất lao động") ?? id
        var source = ("", "")
        if let s = r.group("source") {
            var sr = FieldReader(s)
            sr.warnUnknownKeys(known: ["name", "url"], what: "source")
            source = (sr.string("name") ?? "", sr.link("url") ?? "")
            r.absorb(sr)
        } else if let s = r.string("source") {
            source = (s, "")
        }
        var indicator = Indicator(
            id: id, name: name, shortName: r.string("short_name") ?? name, unit: r.string("unit") ?? "",
            description: r.string("description") ?? "", sourceName: source.0, sourceURL: source.1,
            methodNote: r.string("method_note") ?? "", frequency: r.string("frequency") ?? "năm",
            better: .higher, chart: .line, decimals: r.int("decimals", in: 0...6) ?? 1,
            cumulative: r.bool("cumulative") ?? false, illustrative: r.bool("illustrative") ?? false,
            breaks: [], targets: [], observations: [], location: group.location)
        if let field = group["better"], let text = r.string("better") {
            if let better = Indicator.Better(rawValue: text) { indicator.better = better } else {
                r.report(.error(field.valueLocation, "'better' must be higher or lower (got \"\(text)\")", hint: "write 'better: higher' when a bigger value is good"))
            }
        }
        if let field = group["scope"], let text = r.string("scope") {
            if let scope = Indicator.Scope(rawValue: text) { indicator.scope = scope } else {
                r.report(.error(field.valueLocation, "'scope' must be national or province (got \"\(text)\")",
                                hint: "write 'scope: national' for a figure of the whole country, 'scope: province' for the province's own"))
            }
        }
        indicator.concept = r.string("concept")
        indicator.dimensionNote = r.string("dimension_note") ?? ""
        indicator.dimensionUntil = r.date("dimension_until")
        indicator.countingRule = r.string("counting_rule") ?? ""
        if let field = group["chart"], let text = r.string("chart") {
            if let kind = Indicator.ChartKind(rawValue: text) { indicator.chart = kind } else {
                r.report(.error(field.valueLocation, "unknown chart kind \"\(text)\"",
                                hint: "use one of: \(Indicator.ChartKind.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
        }
        var style: DecimalStyle?
        if let field = group["decimal"], let text = r.string("decimal") {
            style = DecimalStyle(rawValue: text)
            if style == nil { r.report(.error(field.valueLocation, "'decimal' must be comma or point (got \"\(text)\")", hint: "write 'decimal: comma' for numbers such as 5,31")) }
        }
        if let group = r.group("translations") {
            var tr = FieldReader(group)
            for field in group.fields {
                guard var one = tr.group(field.key).map({ FieldReader($0) }) else { continue }
                one.warnUnknownKeys(known: ["name", "short_name", "unit", "description", "source", "targets", "breaks", "notes"], what: "translations.\(field.key)")
                var notes: [String: String] = [:]
                if let group = one.group("notes") {
                    var nr = FieldReader(group)
                    for note in group.fields { notes[note.key] = nr.string(note.key) }
                    one.absorb(nr)
                }
                indicator.translations[field.key] = Indicator.Text(
                    name: one.string("name"), shortName: one.string("short_name"), unit: one.string("unit"),
                    description: one.string("description"), sourceName: one.string("source"),
                    targets: one.stringList("targets"), breaks: one.stringList("breaks"), notes: notes)
                tr.absorb(one)
            }
            r.absorb(tr)
        }
        for b in r.groups("breaks") {
            var br = FieldReader(b)
            br.warnUnknownKeys(known: ["year", "label"], what: "a series break")
            if let year = br.int("year", in: 1900...2200), let label = br.requiredString("label", what: "the series break", example: "label: Thay đổi phương pháp tính") {
                indicator.breaks.append(SeriesBreak(year: year, label: label))
            } else if b["year"] == nil {
                br.report(.error(b.location, "the series break has no 'year'", hint: "add 'year: 2021'"))
            }
            r.absorb(br)
        }
        for t in r.groups("targets") {
            var tr = FieldReader(t)
            if let target = Self.target(&tr, group: t) {
                // A target is compared only with a series of its own scope: "góp phần đạt" names a national figure.
                if target.contributes && indicator.scope != .national {
                    tr.report(.error(t["contributes"]?.valueLocation ?? t.location, "a target the province contributes to is a national target, but '\(id)' is a provincial series",
                                     hint: "attach the target to an indicator with 'scope: national', or remove 'contributes: true' if the plan sets the province's own figure"))
                } else if !target.contributes && indicator.scope == .national {
                    tr.report(.error(t.location, "'\(id)' is a national series: only a target the province contributes to ('góp phần đạt') can be compared with it",
                                     hint: "add 'contributes: true' if the plan says 'góp phần đạt', or attach the target to a provincial indicator"))
                } else {
                    indicator.targets.append(target)
                }
            }
            r.absorb(tr)
        }
        if let field = group["computed"], let computed = r.string("computed") {
            guard computed == "stories" else {
                r.report(.error(field.valueLocation, "unknown source \"\(computed)\" for 'computed'", hint: "the one computed source is 'computed: stories'"))
                return nil
            }
            // Counted from content/stories/ once the stories are read.
            indicator.computed = computed
            return indicator
        }
        let dataPath = r.string("data") ?? "content/indicators/\(id).csv"
        indicator.observations = observations(dataPath, indicator: indicator, style: style, report: { r.report($0) })
        // A target whose year has passed in the data but has no row of its own points at a missing period.
        let years = Set(indicator.series.map(\.year))
        for target in indicator.targets where !years.isEmpty && target.year < years.max()! && !years.contains(target.year) {
            r.report(.warning(target.location, "the target is due in \(target.year) but the data has no row for \(target.year)",
                              hint: "add the \(target.year) figure to \(dataPath), or correct the target's year"))
        }
        return indicator
    }

    /// Small and medium enterprises starting a pilot project, by year: each enterprise counts once,
    /// in the year its first project started. Only enterprises count (see `Story.isEnterprise`).
    public static func countPilots(_ pilots: [Pilot], indicator: Indicator) -> [Observation] {
        var firstYear: [String: Int] = [:]
        for pilot in pilots where pilot.counts {
            let key = VietnameseText.folded(pilot.enterprise.replacingAll("(minh họa)", with: "")).trimmingCharacters(in: .whitespaces)
            if firstYear[key].map({ pilot.started < $0 }) ?? true { firstYear[key] = pilot.started }
        }
        var counts: [Int: Int] = [:]
        for (_, year) in firstYear { counts[year, default: 0] += 1 }
        return counts.keys.sorted().map { year in
            // No status and no note of its own: an illustrative row says so, and each row says how it
            // was counted, in the words of the page that shows it (`Indicator.note(of:words:)`).
            Observation(period: String(year), year: year, value: Double(counts[year]!), status: "", note: "", source: "", dimensions: [:], line: 1)
        }
    }

    /// The pilots that stories declare.
    public static func pilots(of stories: [Document]) -> [Pilot] {
        stories.compactMap { d in
            guard let s = d.story, let started = s.started else { return nil }
            return Pilot(enterprise: s.enterprise, legalForm: s.legalForm, size: s.size, started: started, source: d.sourcePath)
        }
    }

    static func target(_ r: inout FieldReader, group: FrontMatter) -> Target? {
        r.warnUnknownKeys(known: targetKeys, what: "a target")
        let label = r.requiredString("label", what: "the target", example: "label: Bình quân trên 7 %/năm giai đoạn 2021–2025") ?? ""
        var kind = Target.Kind.value
        if let field = group["kind"], let text = r.string("kind") {
            guard let k = Target.Kind(rawValue: text) else {
                r.report(.error(field.valueLocation, "unknown target kind \"\(text)\"", hint: "use value, average or cumulative"))
                return nil
            }
            kind = k
        }
        guard let year = r.int("year", in: 1900...2200) ?? r.int("to", in: 1900...2200) else {
            r.report(.error(group.location, "the target has no year", hint: "add 'year: 2025' (the year the target is due)"))
            return nil
        }
        let from = r.int("from", in: 1900...2200)
        if kind == .average && from == nil {
            r.report(.error(group.location, "an average target needs 'from:'", hint: "add 'from: 2021' for an average over 2021–\(year)"))
            return nil
        }
        var condition: Target.Condition?
        let min = number(&r, "min"), max = number(&r, "max")
        if let min, let max {
            condition = .between(min, max)
        } else if let value = number(&r, "value") {
            let op = r.string("op") ?? ">="
            switch op {
            case ">": condition = .above(value)
            case ">=", "≥": condition = .atLeast(value)
            case "<": condition = .below(value)
            case "<=", "≤": condition = .atMost(value)
            case "≈", "~", "about", "khoảng", "≈>", "about_above", "khoảng trên":
                guard let tolerance = number(&r, "tolerance") else {
                    r.report(.error(group["op"]!.valueLocation, "\"\(op)\" (about) needs a stated 'tolerance:'",
                                    hint: "add how far from the value still counts, in the indicator's unit, e.g. tolerance: 2"))
                    return nil
                }
                condition = ["≈>", "about_above", "khoảng trên"].contains(op) ? .aboutAbove(value, tolerance: tolerance) : .about(value, tolerance: tolerance)
            default:
                r.report(.error(group["op"]!.valueLocation, "unknown comparison \"\(op)\"", hint: "use >, >=, <, <=, ≈ (khoảng) or ≈> (khoảng trên) with 'tolerance:'"))
                return nil
            }
        }
        guard let condition else {
            // A threshold written but refused has its own error already.
            guard group["value"] == nil && group["min"] == nil && group["max"] == nil else { return nil }
            r.report(.error(group.location, "the target has no threshold", hint: "add 'op: \">\"' and 'value: 7', or 'min:' and 'max:' for a range"))
            return nil
        }
        var target = Target(label: label, kind: kind, condition: condition, from: from, year: year, plan: r.string("plan") ?? "", location: group.location)
        target.contributes = r.bool("contributes") ?? false
        target.concept = r.string("concept")
        target.conceptName = r.string("concept_name") ?? ""
        target.approximate = r.bool("approximate") ?? false
        target.periodAssumed = r.bool("period_assumed") ?? false
        if target.concept != nil && target.conceptName.isEmpty {
            r.report(.error(group["concept"]!.valueLocation, "the target names a concept but not the series it needs",
                            hint: "add 'concept_name:' with the series in words, e.g. concept_name: đóng góp của khoa học và công nghệ thông qua TFP"))
        }
        return target
    }


    /// `2024`, `2024-Q1`, `2024-06`, `2021-2025`: four digits for a year, then a short suffix of its own.
    static func isPeriod(_ period: String) -> Bool {
        let rest = period.dropFirst(4)
        return period.prefix(4).allSatisfy { $0.isASCII && $0.isNumber } && (rest.isEmpty || (rest.first == "-" || rest.first == "/" || rest.first == " ") && rest.count <= 12)
    }

    static func number(_ r: inout FieldReader, _ key: String) -> Double? {
        guard let field = r.frontMatter[key], let text = r.string(key) else { return nil }
        if let v = Double(text) ?? DecimalStyle.comma.parse(text) {
            if VietnameseFormat.isFigure(v) { return v }
            r.report(.error(field.valueLocation, "'\(key)' is too large a number (got \"\(text)\")", hint: DecimalStyle.tooLargeHint))
            return nil
        }
        r.report(.error(field.valueLocation, "'\(key)' must be a number (got \"\(text)\")", hint: "write it with a point, e.g. \(key): 7.5"))
        return nil
    }

    /// Reads the CSV of an indicator: a period column, a value column, optional status/note/source, and dimensions.
    func observations(_ path: String, indicator: Indicator, style declared: DecimalStyle?, report: (Diagnostic) -> Void) -> [Observation] {
        guard files.exists(path) else {
            report(.error(indicator.location, "the indicator '\(indicator.id)' has no data file \(path)",
                          hint: "create \(path) with a header such as nam,gia_tri and one row per year"))
            return []
        }
        let file: SourceFile
        switch files.read(path) {
        case .success(let f): file = f
        case .failure(var d):
            d.hint = "in Excel choose File → Save As → \"CSV UTF-8 (Comma delimited)\"; files saved as Windows-1258 or with TCVN3/VNI fonts cannot be read"
            report(d)
            return []
        }
        let table: CSVTable
        switch CSVTable.parse(file.text, file: path) {
        case .success(let t): table = t
        case .failure(let d): report(d); return []
        }
        let names = table.header.map { VietnameseText.slug($0).replacingAll("-", with: "_") }
        func column(_ candidates: [String]) -> Int? { names.firstIndex { candidates.contains($0) } }
        guard let periodColumn = column(["period", "nam", "ky", "year", "thoi_gian", "giai_doan"]) else {
            report(.error(SourceLocation(file: path, line: table.headerLine), "no period column in the header (got \(table.header.map { "\"\($0)\"" }.joined(separator: ", ")))",
                          hint: "name the first column 'nam' (or 'period') and write one year per row"))
            return []
        }
        guard let valueColumn = column(["value", "gia_tri", "so_lieu"]) else {
            report(.error(SourceLocation(file: path, line: table.headerLine), "no value column in the header (got \(table.header.map { "\"\($0)\"" }.joined(separator: ", ")))",
                          hint: "name the column of numbers 'gia_tri' (or 'value')"))
            return []
        }
        let statusColumn = column(["status", "trang_thai"]), noteColumn = column(["note", "ghi_chu"]), sourceColumn = column(["source", "nguon"])
        let known = Set([periodColumn, valueColumn, statusColumn, noteColumn, sourceColumn].compactMap { $0 })
        let dimensionColumns = table.header.indices.filter { !known.contains($0) }

        // Decide how decimals are written, from the declaration or from the numbers themselves.
        var style = declared
        if style == nil {
            var votes: Set<String> = []
            var ambiguous: (String, Int, Int)?
            for row in table.rows where valueColumn < row.fields.count {
                let e = DecimalStyle.evidence(row.fields[valueColumn])
                if let s = e.style { votes.insert(s.rawValue) }
                if e.ambiguous && ambiguous == nil { ambiguous = (row.fields[valueColumn], row.line, valueColumn) }
            }
            if votes.count > 1 {
                report(.error(SourceLocation(file: path, line: table.headerLine), "the numbers mix decimal commas and decimal points",
                              hint: "write every number the same way, or declare 'decimal: comma' (or point) for '\(indicator.id)' in indicators.yml"))
                return []
            }
            style = votes.first.flatMap(DecimalStyle.init(rawValue:))
            if style == nil, let (text, line, col) = ambiguous {
                report(.error(SourceLocation(file: path, line: line, column: col + 1), "\"\(text)\" could be a thousands separator or a decimal",
                              hint: "add 'decimal: comma' (5,31 means five point three one) or 'decimal: point' to '\(indicator.id)' in indicators.yml"))
                return []
            }
        }
        let parser = style ?? .point
        var out: [Observation] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            func field(_ i: Int?) -> String { i.flatMap { $0 < row.fields.count ? row.fields[$0] : nil } ?? "" }
            let period = field(periodColumn)
            let raw = field(valueColumn)
            guard let year = Int(period.prefix(4)), period.count >= 4, year >= 1, Self.isPeriod(period) else {
                report(.error(SourceLocation(file: path, line: row.line, column: periodColumn + 1), "the period \"\(period)\" is not a year",
                              hint: "write years as 2024 (or 2024-Q1, 2024-06 for shorter periods)"))
                continue
            }
            // Cells after the value (status, notes) may be left off; the value's own cell may not.
            if row.fields.count > table.header.count || row.fields.count <= max(periodColumn, valueColumn) {
                let count = row.fields.count
                report(.error(SourceLocation(file: path, line: row.line), "the row has \(count) cell\(count == 1 ? "" : "s") but the header has \(table.header.count)",
                              hint: count < table.header.count ? "add the missing cells (an empty cell is written as nothing between two commas: 2025,,)"
                                  : "remove the extra cells, or put a value that contains a comma in quotes: \"1,5\""))
                continue
            }
            if raw.isEmpty { continue } // a period without a figure yet
            if let value = parser.parse(raw), !VietnameseFormat.isFigure(value) {
                report(.error(SourceLocation(file: path, line: row.line, column: valueColumn + 1), "\"\(raw)\" in column '\(table.header[valueColumn])' is too large a number",
                              hint: DecimalStyle.tooLargeHint))
                continue
            }
            guard let value = parser.parse(raw) else {
                report(.error(SourceLocation(file: path, line: row.line, column: valueColumn + 1), "\"\(raw)\" in column '\(table.header[valueColumn])' is not a number",
                              hint: "write only the number, e.g. 5,31; put remarks in a 'ghi_chu' column"))
                continue
            }
            var dimensions: [String: String] = [:]
            for c in dimensionColumns where !field(c).isEmpty { dimensions[table.header[c]] = field(c) }
            let key = period + "|" + dimensions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "|")
            if let first = seen[key] {
                report(.error(SourceLocation(file: path, line: row.line, column: periodColumn + 1), "the period \(period) appears twice (first on line \(first))",
                              hint: "keep one row per period; correct figures replace the old row"))
                continue
            }
            seen[key] = row.line
            out.append(Observation(period: period, year: year, value: value, status: field(statusColumn), note: field(noteColumn),
                                   source: field(sourceColumn), dimensions: dimensions, line: row.line))
        }
        if out.isEmpty && table.rows.isEmpty {
            report(.error(SourceLocation(file: path, line: table.headerLine), "the file has a header but no rows", hint: "add one row per period below the header"))
        }
        return out.sorted { $0.period < $1.period }
    }
}
