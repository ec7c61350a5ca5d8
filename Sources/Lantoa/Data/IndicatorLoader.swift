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
        r.warnUnknownKeys(known: Self.definitionKeys, what: .anIndicator)
        guard let id = r.requiredString("id", what: .theIndicator, example: "id: nang-suat-lao-dong") else { return nil }
        let idLocation = group["id"]!.valueLocation
        if VietnameseText.slug(id) != id {
            r.report(.error(idLocation, .indicatorIdMustLowercaseLetters(id),
                            hint: .exampleId(VietnameseText.slug(id))))
            return nil
        }
        if let first = seen[id] {
            r.report(.error(idLocation, .indicatorIdUsedTwiceFirst(id, first.line), hint: .giveEachIndicatorOwnId))
            return nil
        }
        seen[id] = idLocation
        let name = r.requiredString("name", what: .theIndicator, example: "name: Tốc độ tăng năng suất lao động") ?? id
        var source = ("", "")
        if let s = r.group("source") {
            var sr = FieldReader(s)
            sr.warnUnknownKeys(known: ["name", "url"], what: .verbatim("source"))
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
                r.report(.error(field.valueLocation, .betterMustBeHigherOrLower(text), hint: .writeBetterHigherWhenBigger))
            }
        }
        if let field = group["scope"], let text = r.string("scope") {
            if let scope = Indicator.Scope(rawValue: text) { indicator.scope = scope } else {
                r.report(.error(field.valueLocation, .scopeMustNationalProvinceGot(text),
                                hint: .writeScopeNationalFigureWhole))
            }
        }
        indicator.concept = r.string("concept")
        indicator.dimensionNote = r.string("dimension_note") ?? ""
        indicator.dimensionUntil = r.date("dimension_until")
        indicator.countingRule = r.string("counting_rule") ?? ""
        if let field = group["chart"], let text = r.string("chart") {
            if let kind = Indicator.ChartKind(rawValue: text) { indicator.chart = kind } else {
                r.report(.error(field.valueLocation, .unknownChartKind(text),
                                hint: .useOneOf(Indicator.ChartKind.allCases.map(\.rawValue).joined(separator: ", "))))
            }
        }
        var style: DecimalStyle?
        if let field = group["decimal"], let text = r.string("decimal") {
            style = DecimalStyle(rawValue: text)
            if style == nil { r.report(.error(field.valueLocation, .decimalMustBeCommaOrPoint(text), hint: .writeDecimalComma)) }
        }
        if let group = r.group("translations") {
            var tr = FieldReader(group)
            for field in group.fields {
                guard var one = tr.group(field.key).map({ FieldReader($0) }) else { continue }
                one.warnUnknownKeys(known: ["name", "short_name", "unit", "unit_one", "description", "source", "targets", "breaks", "notes"], what: .verbatim("translations.\(field.key)"))
                var notes: [String: String] = [:]
                if let group = one.group("notes") {
                    var nr = FieldReader(group)
                    for note in group.fields { notes[note.key] = nr.string(note.key) }
                    one.absorb(nr)
                }
                indicator.translations[field.key] = Indicator.Text(
                    name: one.string("name"), shortName: one.string("short_name"), unit: one.string("unit"),
                    description: one.string("description"), sourceName: one.string("source"), unitOne: one.string("unit_one"),
                    targets: one.stringList("targets"), breaks: one.stringList("breaks"), notes: notes)
                tr.absorb(one)
            }
            r.absorb(tr)
        }
        for b in r.groups("breaks") {
            var br = FieldReader(b)
            br.warnUnknownKeys(known: ["year", "label"], what: .aSeriesBreak)
            if let year = br.int("year", in: 1900...2200), let label = br.requiredString("label", what: .theSeriesBreak, example: "label: Thay đổi phương pháp tính") {
                indicator.breaks.append(SeriesBreak(year: year, label: label))
            } else if b["year"] == nil {
                br.report(.error(b.location, .hasNo(.theSeriesBreak, "year"), hint: .addBreakYear))
            }
            r.absorb(br)
        }
        for t in r.groups("targets") {
            var tr = FieldReader(t)
            if let target = Self.target(&tr, group: t) {
                // A target is compared only with a series of its own scope: "góp phần đạt" names a national figure.
                if target.contributes && indicator.scope != .national {
                    tr.report(.error(t["contributes"]?.valueLocation ?? t.location, .targetProvinceContributesNationalTarget(id),
                                     hint: .attachTargetIndicatorScopeNational))
                } else if !target.contributes && indicator.scope == .national {
                    tr.report(.error(t.location, .nationalSeriesOnlyTargetProvince(id),
                                     hint: .addContributesTrueIfPlan))
                } else {
                    indicator.targets.append(target)
                }
            }
            r.absorb(tr)
        }
        if let field = group["computed"], let computed = r.string("computed") {
            guard computed == "stories" else {
                r.report(.error(field.valueLocation, .unknownSourceComputed(computed), hint: .oneComputedSourceComputedStories))
                return nil
            }
            // Counted from content/stories/ once the stories are read.
            indicator.computed = computed
            return indicator
        }
        let dataPath = r.string("data") ?? "content/indicators/\(id).csv"
        indicator.dataPath = dataPath
        var rowErrors = false
        indicator.observations = observations(dataPath, at: group["data"]?.valueLocation ?? indicator.location, indicator: indicator, style: style,
                                              report: { d in rowErrors = rowErrors || d.severity == .error; r.report(d) })
        // A target whose year has passed in the data but has no row of its own points at a missing
        // period; not while a row has an error: the row is there, and its error says what to mend.
        let years = Set(indicator.series.map(\.year))
        for target in indicator.targets where !rowErrors && !years.isEmpty && target.year < years.max()! && !years.contains(target.year) {
            r.report(.warning(target.location, .targetDueButDataHas(target.year, target.year),
                              hint: .addFigureCorrectTargetYear(target.year, dataPath)))
        }
        return indicator
    }

    /// Small and medium enterprises starting a pilot project, by year: each enterprise counts once,
    /// in the year its first project started. Only enterprises count (see `Story.isEnterprise`).
    /// Every year from the first counted one to `over` (the last year that has ended) has a row:
    /// a year without a pilot counts 0, not "no figure yet", so a target due in it is decided.
    public static func countPilots(_ pilots: [Pilot], indicator: Indicator, over: Int) -> [Observation] {
        var counts: [Int: Int] = [:]
        for (_, year) in firstYears(pilots) { counts[year, default: 0] += 1 }
        guard let first = counts.keys.min(), let last = counts.keys.max() else { return [] }
        return (first...max(last, over)).map { year in
            // No status and no note of its own: an illustrative row says so, and each row says how it
            // was counted, in the words of the page that shows it (`Indicator.note(of:words:)`).
            // A year not over yet is counted so far: preliminary, and no target due in it is decided by it.
            Observation(period: String(year), year: year, value: Double(counts[year] ?? 0), status: year > over ? "sơ bộ" : "", note: "", source: "",
                        dimensions: [:], line: 1, partial: year > over)
        }
    }

    /// The year each enterprise that counts started its first pilot: all that the count reads.
    static func firstYears(_ pilots: [Pilot]) -> [String: Int] {
        var firstYear: [String: Int] = [:]
        for pilot in pilots where pilot.counts {
            let key = VietnameseText.folded(pilot.enterprise.replacingAll("(minh họa)", with: "")).trimmingCharacters(in: .whitespaces)
            if firstYear[key].map({ pilot.started < $0 }) ?? true { firstYear[key] = pilot.started }
        }
        return firstYear
    }

    /// The pilots that stories declare.
    public static func pilots(of stories: [Document]) -> [Pilot] {
        stories.compactMap { d in
            guard let s = d.story, let started = s.started else { return nil }
            return Pilot(enterprise: s.enterprise, legalForm: s.legalForm, size: s.size, started: started, source: d.sourcePath)
        }
    }

    static func target(_ r: inout FieldReader, group: FrontMatter) -> Target? {
        r.warnUnknownKeys(known: targetKeys, what: .aTarget)
        let label = VietnameseFormat.keepingPercent(r.requiredString("label", what: .theTarget, example: "label: Bình quân trên 7 %/năm giai đoạn 2021–2025") ?? "")
        var kind = Target.Kind.value
        if let field = group["kind"], let text = r.string("kind") {
            guard let k = Target.Kind(rawValue: text) else {
                r.report(.error(field.valueLocation, .unknownTargetKind(text), hint: .useValueAverageCumulative))
                return nil
            }
            kind = k
        }
        guard let year = r.int("year", in: 1900...2200) ?? r.int("to", in: 1900...2200) else {
            r.report(.error(group.location, .targetHasNoYear, hint: .addTargetYear))
            return nil
        }
        let from = r.int("from", in: 1900...2200)
        if kind == .average && from == nil {
            r.report(.error(group.location, .averageTargetNeeds, hint: .addAverageFrom(year)))
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
                    r.report(.error(group["op"]!.valueLocation, .aboutNeedsStatedTolerance(op),
                                    hint: .addHowFarValueStill))
                    return nil
                }
                condition = ["≈>", "about_above", "khoảng trên"].contains(op) ? .aboutAbove(value, tolerance: tolerance) : .about(value, tolerance: tolerance)
            default:
                r.report(.error(group["op"]!.valueLocation, .unknownComparison(op), hint: .useKnownComparison))
                return nil
            }
        }
        guard let condition else {
            // A threshold written but refused has its own error already.
            guard group["value"] == nil && group["min"] == nil && group["max"] == nil else { return nil }
            r.report(.error(group.location, .targetHasNoThreshold, hint: .addTargetThreshold))
            return nil
        }
        var target = Target(label: label, kind: kind, condition: condition, from: from, year: year, plan: r.string("plan") ?? "", location: group.location)
        target.contributes = r.bool("contributes") ?? false
        target.concept = r.string("concept")
        target.conceptName = r.string("concept_name") ?? ""
        target.approximate = r.bool("approximate") ?? false
        target.periodAssumed = r.bool("period_assumed") ?? false
        if target.concept != nil && target.conceptName.isEmpty {
            r.report(.error(group["concept"]!.valueLocation, .targetNamesConceptButNot,
                            hint: .addConceptNameSeriesWords))
        }
        return target
    }


    /// A cell separator as a message names it: `';'`, `','` or `tab`.
    static func separatorName(_ separator: String) -> String { separator == "\t" ? "tab" : "'\(separator)'" }

    /// `2024`, `2024-Q1`, `2024-06`, `2021-2025`: four digits for a year, then a short suffix of its own.
    static func isPeriod(_ period: String) -> Bool {
        let rest = period.dropFirst(4)
        return period.prefix(4).allSatisfy { $0.isASCII && $0.isNumber } && (rest.isEmpty || (rest.first == "-" || rest.first == "/" || rest.first == " ") && rest.count <= 12)
    }

    static func number(_ r: inout FieldReader, _ key: String) -> Double? {
        guard let field = r.frontMatter[key], let text = r.string(key) else { return nil }
        if let v = Double(text) ?? DecimalStyle.comma.parse(text) {
            if VietnameseFormat.isFigure(v) { return v }
            r.report(.error(field.valueLocation, .tooLargeNumberGot(key, text), hint: DecimalStyle.tooLargeHint))
            return nil
        }
        r.report(.error(field.valueLocation, .mustBeNumber(key, text), hint: .writeWithPoint(key)))
        return nil
    }

    /// Reads the CSV of an indicator: a period column, a value column, optional status/note/source, and dimensions.
    /// The rows of the data file at `path` (written at `place`: its `data:` value, or the indicator).
    func observations(_ path: String, at place: SourceLocation, indicator: Indicator, style declared: DecimalStyle?,
                      report: (Diagnostic) -> Void) -> [Observation] {
        // A site's sources are content/ and templates/: a build that read data from elsewhere
        // could not tell when it changed (see BuildRecord), nor could the next person find it.
        guard path.hasPrefix("content/"), !path.hasDotSegment else {
            report(.error(place, .indicatorDataOutsideContent(indicator.id, path),
                          hint: .moveDataIntoContentIndicators(indicator.id)))
            return []
        }
        guard files.exists(path) else {
            // A file of that name written another way ("Lop tap huan.CSV" for lop-tap-huan.csv, or a
            // browser's second download "lop-tap-huan (1).csv") is named.
            let stem = { (p: String) in
                VietnameseText.slug(String((p.split(separator: "/").last ?? "").split(separator: ".").first ?? "")
                    .replacing(/\s*\(\d+\)$/, with: ""))
            }
            let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
            let near = files.list(folder).first { stem($0) == stem(path) && $0.lowercased().hasSuffix(".csv") }
            report(.error(indicator.location, .indicatorHasNoDataFile(indicator.id, path),
                          hint: near.map { .renameDataFile($0, path) } ?? .createDataFile(path)))
            return []
        }
        let file: SourceFile
        switch files.read(path) {
        case .success(let f): file = f
        case .failure(var d):
            d.hintText = .saveCSVAsUTF8
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
            report(.error(SourceLocation(file: path, line: table.headerLine), .noPeriodColumnHeaderGot(table.header.map { "\"\($0)\"" }.joined(separator: ", ")),
                          hint: .namePeriodColumn))
            return []
        }
        guard let valueColumn = column(["value", "gia_tri", "so_lieu"]) else {
            report(.error(SourceLocation(file: path, line: table.headerLine), .noValueColumnHeaderGot(table.header.map { "\"\($0)\"" }.joined(separator: ", ")),
                          hint: .nameValueColumn))
            return []
        }
        let statusColumn = column(["status", "trang_thai"]), noteColumn = column(["note", "ghi_chu"]), sourceColumn = column(["source", "nguon"])
        let known = Set([periodColumn, valueColumn, statusColumn, noteColumn, sourceColumn].compactMap { $0 })
        let dimensionColumns = table.header.indices.filter { !known.contains($0) }
        // A column meant as the status, a note or the source but named otherwise (`tinh_trang`)
        // is read as a breakdown, and the chart then draws "ước tính" as a district.
        for c in dimensionColumns {
            let values = table.rows.compactMap { c < $0.fields.count ? $0.fields[c] : nil }.filter { !$0.isEmpty }
            let roles = [(statusColumn, "trang_thai"), (noteColumn, "ghi_chu"), (sourceColumn, "nguon")].filter { $0.0 == nil }.map(\.1)
            let meant = statusColumn == nil && !values.isEmpty && values.allSatisfy({ Observation.statusProblem($0) != .unknown })
                ? "trang_thai" : Suggestion.closest(to: names[c], in: roles)
            if let meant {
                report(.warning(SourceLocation(file: path, line: table.headerLine, column: c + 1), .columnReadAsBreakdown(table.header[c]),
                                hint: .nameColumn(meant)))
            }
        }

        // Decide how decimals are written, from the declaration or from the numbers themselves.
        var style = declared
        // Undecided, the rows are still read for their other problems (all said in one build),
        // and none of their figures is kept.
        var undecided = false
        if style == nil {
            var votes: [DecimalStyle: [Int]] = [:]
            var ambiguous: (String, Int, Int)?
            for row in table.rows where valueColumn < row.fields.count {
                let e = DecimalStyle.evidence(row.fields[valueColumn])
                if let s = e.style { votes[s, default: []].append(row.line) }
                if e.ambiguous && ambiguous == nil { ambiguous = (row.fields[valueColumn], row.line, valueColumn) }
            }
            let (commas, points) = (votes[.comma]?.count ?? 0, votes[.point]?.count ?? 0)
            if commas > 0 && points > 0 {
                // The file's style is what most of its numbers say; the others are said row by row.
                // As many of each: the file says nothing, and declaring a style would misread half.
                guard commas != points else {
                    // Said where the second way starts: most often the line just added.
                    let (comma, point) = (votes[.comma]![0], votes[.point]![0])
                    report(.error(SourceLocation(file: path, line: max(comma, point), column: valueColumn + 1),
                                  .numbersMixDecimalCommasDecimal(commaLine: comma, pointLine: point),
                                  hint: .writeEveryNumberSameWay(indicator.id)))
                    return []
                }
                style = commas > points ? .comma : .point
            } else {
                style = votes.keys.first
            }
            if style == nil, let (text, line, col) = ambiguous {
                report(.error(SourceLocation(file: path, line: line, column: col + 1), .couldThousandsSeparatorDecimal(text),
                              hint: .declareDecimalStyle(indicator.id)))
                undecided = true
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
                // "2025,6,12,sơ bộ" in a file of `;`: the line is separated another way, not a bad year.
                if let other = [",", ";", "\t"].first(where: { $0 != String(table.delimiter) && period.contains($0) }),
                   Self.isPeriod(String(period.prefix { String($0) != other }).trimmingCharacters(in: .whitespaces)) {
                    report(.error(SourceLocation(file: path, line: row.line), .rowSeparatedOtherWay(Self.separatorName(other), Self.separatorName(String(table.delimiter))),
                                  hint: .separateCellsAsHeader(Self.separatorName(String(table.delimiter)))))
                    continue
                }
                report(.error(SourceLocation(file: path, line: row.line, column: periodColumn + 1), .periodNotYear(period),
                              hint: .writeYearsAsPeriods))
                continue
            }
            // Cells after the value (status, notes) may be left off; the value's own cell may not.
            if row.fields.count > table.header.count || row.fields.count <= max(periodColumn, valueColumn) {
                let count = row.fields.count
                // In a file of `,` whose numbers have decimal points, quoting "31,2" would only
                // be refused next: say how this file writes the number.
                report(.error(SourceLocation(file: path, line: row.line), .rowHasCellButHeader(count, table.header.count),
                              hint: count < table.header.count ? .addMissingCellsEmptyCell
                                  : table.delimiter == "," && style == .point ? .removeExtraCellsDecimalPoint : .removeExtraCellsPutValue))
                continue
            }
            // The status is checked before the figure, so one row's mistakes are said in one build.
            var broken = false
            if let problem = Observation.statusProblem(field(statusColumn)), let statusColumn {
                let at = SourceLocation(file: path, line: row.line, column: statusColumn + 1)
                switch problem {
                case .writtenOtherWay(let meant):
                    report(.error(at, .statusWrittenOtherWay(field(statusColumn), meant), hint: .writeStatus(meant)))
                    broken = true
                case .unknown:
                    report(.warning(at, .statusUnknown(field(statusColumn), known: Observation.knownStatuses.joined(separator: ", ")), hint: .writeKnownStatus))
                }
            }
            if raw.isEmpty {
                // A period without a figure yet is left out; what the row says about it would be lost unsaid.
                let said = [field(statusColumn), field(noteColumn)].filter { !$0.isEmpty }
                if !said.isEmpty {
                    report(.warning(SourceLocation(file: path, line: row.line, column: valueColumn + 1), .periodWithoutValueLeftOut(period, said.joined(separator: "; ")),
                                    hint: .giveFigureOrDeleteRow))
                }
                continue
            }
            let at = SourceLocation(file: path, line: row.line, column: valueColumn + 1)
            let value = parser.parse(raw)
            // A figure in the other style: refused by this one (`6.12` among decimal commas, not
            // 612), or read by it as another number (`1.234,5` among decimal points).
            if value == nil || DecimalStyle.evidence(raw).style == parser.other, let written = parser.rewritten(raw) {
                report(.error(at, .numberInOtherStyle(raw, commas: parser == .comma, declared: declared != nil), hint: .writeNumberAs(written)))
                continue
            }
            guard let value else {
                report(.error(at, .columnNotNumber(raw, table.header[valueColumn]), hint: .writeOnlyNumberInCell))
                continue
            }
            guard VietnameseFormat.isFigure(value) else {
                report(.error(at, .columnTooLargeNumber(raw, table.header[valueColumn]), hint: DecimalStyle.tooLargeHint))
                continue
            }
            var dimensions: [String: String] = [:]
            for c in dimensionColumns where !field(c).isEmpty { dimensions[table.header[c]] = field(c) }
            let key = period + "|" + dimensions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "|")
            if let first = seen[key] {
                report(.error(SourceLocation(file: path, line: row.line, column: periodColumn + 1), .periodAppearsTwiceFirstLine(period, first),
                              hint: .keepOneRowPerPeriod))
                continue
            }
            seen[key] = row.line
            if broken { continue }
            out.append(Observation(period: period, year: year, value: value, status: field(statusColumn), note: field(noteColumn),
                                   source: field(sourceColumn), dimensions: dimensions, line: row.line))
        }
        if out.isEmpty && table.rows.isEmpty {
            report(.error(SourceLocation(file: path, line: table.headerLine), .fileHasHeaderButNo, hint: .addOneRowPerPeriod))
        }
        return undecided ? [] : out.sorted { $0.period < $1.period }
    }
}
