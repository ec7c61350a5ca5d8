/// The plan as data (`content/plan.yml`): goals, targets tied to indicators, task groups with a
/// lead agency, partners and a status per year, budget sources and the agencies' duties.
public struct Plan: Sendable {
    /// One numbered item of the plan's text.
    public struct Item: Sendable { public var id: String; public var text: String }

    /// A specific target (I.2) and the indicator that measures it.
    public struct PlanTarget: Sendable {
        public var id: String, text: String, year: Int, indicator: String
    }

    /// A task of section II, with who leads it and how far it has come each year.
    public struct Task: Sendable {
        /// A recurring task is done again every year and never finished; a one-off task can be.
        public enum Kind: String, Sendable { case recurring, oneOff = "one-off" }
        public var id: String, text: String, lead: String, partners: [String]
        public var kind: Kind = .oneOff
        public var status: [YearStatus]
        /// Source paths of articles and stories that declare `tasks: [id]`, newest first (set at assembly).
        public var evidence: [String] = []
        public var location: SourceLocation
    }

    /// A task's status in one year, with an optional note and a link to the evidence.
    public struct YearStatus: Sendable {
        public var year: Int, status: String, note: String, evidence: String
        /// Where `evidence:` is written, for the check that it falls in its year.
        public var evidenceLocation: SourceLocation? = nil
    }

    public struct Group: Sendable { public var id: String; public var title: String; public var tasks: [Task] }

    /// An agency of section IV and its duties, with the changes of its name or structure since the plan.
    public struct Agency: Sendable {
        public var id: String, name: String, role: String
        public var duties: [String]
        /// Dated notes such as "01/03/2025: Sở Kế hoạch và Đầu tư hợp nhất vào Sở Tài chính".
        public var changes: [Change] = []
        /// Named by the plan but outside the province (a ministry): it has duties only where the plan says so.
        public var external = false
    }

    /// A dated change to an agency since the plan was issued.
    public struct Change: Sendable { public var date: DateTime; public var text: String }

    public var title = ""
    /// The page holding the plan's full text.
    public var textPath = ""
    public var statusIllustrative = false
    /// The lead and partners of each task are the portal's reading of section IV, not the plan's words:
    /// every page that shows them says so.
    public var rolesInferred = false
    /// A dated notice shown on the plan's pages (the 2025 reorganisation), with a link to read more.
    public var notice = ""
    public var noticeLink = ""
    public var goals: [Item] = []
    public var targets: [PlanTarget] = []
    public var groups: [Group] = []
    public var budget: [Item] = []
    public var agencies: [Agency] = []

    public var tasks: [Task] { groups.flatMap(\.tasks) }
    public var years: [Int] { Array(Set(tasks.flatMap { $0.status.map(\.year) })).sorted() }

    public static let statuses = ["chưa triển khai", "đang triển khai", "hoàn thành"]
    /// A recurring task's year: carried out that year or not.
    public static let recurringStatuses = ["đã thực hiện", "chưa thực hiện"]
}

/// Reads `content/plan.yml`; an unknown agency, indicator or status is an error at its line.
public enum PlanLoader {
    /// `indicators` nil when indicators.yml could not be read: targets are then not checked against it.
    public static func load(_ files: ProjectFiles, indicators known: [String]?, diagnostics: inout [Diagnostic]) -> Plan? {
        let indicators = known ?? []
        let path = "content/plan.yml"
        guard files.exists(path) else { return nil }
        let file: SourceFile
        switch files.read(path) {
        case .success(let f): file = f
        case .failure(let d): diagnostics.append(d); return nil
        }
        var plan = Plan()
        let root = FrontMatterParser.parseYAML(file.text, file: path, firstLine: 1, diagnostics: &diagnostics)
        var r = FieldReader(root)
        r.warnUnknownKeys(known: ["title", "text", "status_illustrative", "roles_inferred", "notice", "notice_link", "goals", "targets", "groups", "budget", "agencies"], what: .verbatim("plan.yml"))
        plan.title = r.string("title") ?? ""
        plan.textPath = r.string("text") ?? ""
        plan.statusIllustrative = r.bool("status_illustrative") ?? false
        plan.rolesInferred = r.bool("roles_inferred") ?? false
        plan.notice = r.string("notice") ?? ""
        plan.noticeLink = r.link("notice_link") ?? ""
        func items(_ key: String) -> [Plan.Item] {
            r.groups(key).compactMap { g in
                var i = FieldReader(g)
                defer { r.absorb(i) }
                guard let id = i.requiredString("id", what: .anItem, example: "id: I.1.a"), let text = i.requiredString("text", what: .anItem, example: "text: …") else { return nil }
                return Plan.Item(id: id, text: text)
            }
        }
        plan.goals = items("goals")
        plan.budget = items("budget")
        for g in r.groups("agencies") {
            var a = FieldReader(g)
            a.warnUnknownKeys(known: ["id", "name", "role", "duties", "changes", "external"], what: .anAgency)
            if let id = a.requiredString("id", what: .anAgency, example: "id: so-khcn"), let name = a.requiredString("name", what: .anAgency, example: "name: Sở Khoa học và Công nghệ") {
                var agency = Plan.Agency(id: id, name: name, role: a.string("role") ?? "", duties: a.stringList("duties"))
                agency.external = a.bool("external") ?? false
                for c in a.groups("changes") {
                    var cr = FieldReader(c)
                    cr.warnUnknownKeys(known: ["date", "text"], what: .aChange)
                    if let date = cr.date("date"), let text = cr.requiredString("text", what: .theChange, example: "text: Sở Kế hoạch và Đầu tư hợp nhất vào Sở Tài chính") {
                        agency.changes.append(Plan.Change(date: date, text: text))
                    } else if c["date"] == nil {
                        cr.report(.error(c.location, .changeHasNoDate, hint: .addDayTookEffectDate))
                    }
                    a.absorb(cr)
                }
                plan.agencies.append(agency)
            }
            r.absorb(a)
            r.absorb(a)
        }
        let agencyIDs = plan.agencies.map(\.id)
        for g in r.groups("targets") {
            var t = FieldReader(g)
            if let id = t.requiredString("id", what: .aTarget, example: "id: I.2.a.1"), let text = t.requiredString("text", what: .aTarget, example: "text: …"),
               let year = t.int("year", in: 2000...2100), let indicator = t.requiredString("indicator", what: .aTarget, example: "indicator: nang-suat-lao-dong") {
                if known == nil || indicators.contains(indicator) {
                    plan.targets.append(Plan.PlanTarget(id: id, text: text, year: year, indicator: indicator))
                } else {
                    t.report(.error(g["indicator"]!.valueLocation, .noIndicatorId(indicator),
                                    hint: Suggestion.closest(to: indicator, in: indicators).map(Message.didYouMean) ?? (indicators.isEmpty ? .noIndicatorsDefined : .knownIndicators(indicators.joined(separator: ", ")))))
                }
            }
            r.absorb(t)
        }
        for g in r.groups("groups") {
            var gr = FieldReader(g)
            let id = gr.requiredString("id", what: .aTaskGroup, example: "id: II.1") ?? ""
            var group = Plan.Group(id: id, title: gr.string("title") ?? "", tasks: [])
            for t in gr.groups("tasks") {
                var tr = FieldReader(t)
                if let task = Self.task(&tr, t, agencies: agencyIDs) { group.tasks.append(task) }
                gr.absorb(tr)
            }
            plan.groups.append(group)
            r.absorb(gr)
        }
        diagnostics += r.diagnostics
        return plan
    }

    static func task(_ r: inout FieldReader, _ g: FrontMatter, agencies: [String]) -> Plan.Task? {
        guard let id = r.requiredString("id", what: .aTask, example: "id: II.1.1"), let text = r.requiredString("text", what: .aTask, example: "text: …") else { return nil }
        let lead = r.string("lead") ?? ""
        let partners = r.stringList("partners")
        for (key, value) in [("lead", lead)] + partners.map({ ("partners", $0) }) where !value.isEmpty && !agencies.contains(value) {
            r.report(.error(g[key]!.valueLocation, .noAgencyId(value),
                            hint: Suggestion.closest(to: value, in: agencies).map(Message.didYouMean) ?? .knownAgencies(agencies.joined(separator: ", "))))
        }
        var kind = Plan.Task.Kind.oneOff
        if let field = g["kind"], let text = r.string("kind") {
            if let k = Plan.Task.Kind(rawValue: text) { kind = k } else {
                r.report(.error(field.valueLocation, .kindMustRecurringOneOff(text),
                                hint: .writeKindRecurringTaskPlan))
            }
        }
        let allowed = kind == .recurring ? Plan.recurringStatuses : Plan.statuses
        var status: [Plan.YearStatus] = []
        if let s = r.group("status") {
            for field in s.fields {
                guard let year = Int(field.key) else {
                    r.report(.error(field.keyLocation, .statusTaskGivenPerYear(field.key), hint: .writeYearlyStatusExample))
                    continue
                }
                // `2025: đang triển khai`, or `2025: {status: …, note: …, evidence: …}`.
                var entry = Plan.YearStatus(year: year, status: "", note: "", evidence: "")
                var location = field.valueLocation
                if case .mapping(let mapping) = field.value {
                    var m = FieldReader(FrontMatter(mapping: mapping, file: field.keyLocation.file, lineOffset: s.lineOffset))
                    m.warnUnknownKeys(known: ["status", "note", "evidence"], what: .aYearlyStatus)
                    entry.status = m.string("status") ?? ""
                    entry.note = m.string("note") ?? ""
                    entry.evidence = m.link("evidence") ?? ""
                    entry.evidenceLocation = m.frontMatter["evidence"]?.valueLocation
                    location = m.frontMatter["status"]?.valueLocation ?? location
                    r.absorb(m)
                } else {
                    entry.status = field.value.scalar?.string ?? ""
                }
                if allowed.contains(entry.status) { status.append(entry) } else if kind == .recurring && Plan.statuses.contains(entry.status) {
                    r.report(.error(location, .taskRecursEveryYearYear(entry.status),
                                    hint: .recurringTaskNeverFinishedWrite))
                } else {
                    // "dang trien khai" is "đang triển khai" without its marks: say the word.
                    let folded = VietnameseText.folded(entry.status.lowercased().trimmingCharacters(in: .whitespaces))
                    let meant = allowed.first { VietnameseText.folded($0) == folded } ?? Suggestion.closest(to: entry.status, in: allowed)
                    r.report(.error(location, .unknownTaskStatus(entry.status),
                                    hint: meant.map(Message.didYouMean) ?? .useOneOf(allowed.joined(separator: ", "))))
                }
            }
        }
        var task = Plan.Task(id: id, text: text, lead: lead, partners: partners, status: status.sorted { $0.year < $1.year }, location: g.location)
        task.kind = kind
        return task
    }
}
