/// The theme's interface words in the site's language, from `templates/i18n/<language>.yml`: page
/// and section titles, headings, descriptions, feed titles, facet labels and status words. Swift
/// names them by key; the words belong to the theme, so the staff rename a section by editing one
/// line, and every page, feed and breadcrumb follows. Templates read the same words as `{{t.key}}`.
///
/// A value may hold named blanks filled by the page (`Tin tức – trang {page}`). Every file in
/// `templates/i18n/` must give every key: a missing one is an error naming the file and the key.
public struct Interface: Sendable {
    public enum Key: String, CaseIterable, Sendable {
        case news, newsPage = "news_page", newsDescription = "news_description", newsFeed = "news_feed"
        case archive, archiveDescription = "archive_description", archiveYear = "archive_year"
        case archiveYearDescription = "archive_year_description", archiveMonth = "archive_month"
        case archiveMonthDescription = "archive_month_description", year, month, monthOfYear = "month_of_year"
        case press, pressDescription = "press_description"
        case plan, planDescription = "plan_description", task, agencyDescription = "agency_description"
        case documents, documentsDescription = "documents_description", documentsOf = "documents_of"
        case documentsByAuthority = "documents_by_authority", documentsOfForm = "documents_of_form"
        case stories, storiesPage = "stories_page", storiesDescription = "stories_description", storiesAbout = "stories_about"
        case storiesFeed = "stories_feed", storiesFeedDescription = "stories_feed_description"
        case dashboard, dashboardDescription = "dashboard_description"
        case search, searchDescription = "search_description"
        case tags, categories, termsDescription = "terms_description", articlesAbout = "articles_about", termFeed = "term_feed"
        case page, pageLabel = "page_label", notFound = "not_found", notFoundDescription = "not_found_description"
        case facetTool = "facet_tool", facetSector = "facet_sector", facetDistrict = "facet_district"
        case statusMet = "status_met", statusLikely = "status_likely", statusBehind = "status_behind"
        case statusMissed = "status_missed", statusNoData = "status_no_data", statusNoMatchingData = "status_no_matching_data"
        // The page frame, read by the templates only.
        case skipLink = "skip_link", mainNavigation = "main_navigation", quickSearch = "quick_search", searchLabel = "search_label"
        case searchPlaceholder = "search_placeholder", searchButton = "search_button", noticeLabel = "notice_label", phone, email
        case licenceBefore = "licence_before", licenceCredit = "licence_credit", licenceRest = "licence_rest"
        case footerPress = "footer_press", footerArchive = "footer_archive", sitemap, updated, contents
        /// The link to a page's version in this language ("Read in English").
        case readIn = "read_in"
        // Articles and lists: the card, the article's frame, the reuse box, page links.
        case noArticles = "no_articles", badgeIllustrative = "badge_illustrative", minutesRead = "minutes_read", updatedLower = "updated_lower"
        case articleCallout = "article_callout", previousNext = "previous_next", previous, next
        case reuse, reuseDataOwner = "reuse_data_owner", reuseDataTerms = "reuse_data_terms", reuseDataLicence = "reuse_data_licence"
        case reuseIllustrative = "reuse_illustrative", reuseAllowed = "reuse_allowed", reuseCredit = "reuse_credit", permalink, citation
        case pagination, previousPage = "previous_page", nextPage = "next_page", archiveByYear = "archive_by_year"
        /// How an illustrative article or story is labelled where it leaves the site (feeds, share text, citations).
        case illustrativeTitle = "illustrative_title", illustrativeText = "illustrative_text", illustrativeCitation = "illustrative_citation"
        case illustrativeArticle = "illustrative_article", illustrativeStory = "illustrative_story"
        /// Indicator pages: figures, targets, notes, downloads, the data table, the embed's link.
        case figureAverage = "figure_average", figureCumulative = "figure_cumulative", target, targetNational = "target_national"
        case targetPeriod = "target_period", targetDue = "target_due", noteContributes = "note_contributes", noteLikelyCumulative = "note_likely_cumulative"
        case higherBetter = "higher_better", lowerBetter = "lower_better", scopeNational = "scope_national", scopeProvince = "scope_province"
        case fileCSV = "file_csv", fileJSON = "file_json", fileSVG = "file_svg", fileTelevision = "file_television", fileTransparent = "file_transparent"
        case fileTelevisionPNG = "file_television_png", fileSocialPNG = "file_social_png", filePrintPNG = "file_print_png"
        case tableValue = "table_value", tableCumulative = "table_cumulative", tableKind = "table_kind", tableNote = "table_note", tableYear = "table_year"
        case tableBreakdownHead = "table_breakdown_head", embedDetails = "embed_details", creditChart = "credit_chart"
        case citationData = "citation_data", citationDataIllustrative = "citation_data_illustrative"
        case illustrativeFigures = "illustrative_figures", illustrativeDataset = "illustrative_dataset"
        /// Footnotes of a text.
        case footnotes, footnoteBack = "footnote_back", footnoteBackAgain = "footnote_back_again"
        /// Counts on share pictures, story results, the plan, documents, search.
        case countArticles = "count_articles", countStories = "count_stories", countTasks = "count_tasks", countAgencies = "count_agencies"
        case countDocuments = "count_documents", figureOfYear = "figure_of_year"
        case resultRise = "result_rise", resultFall = "result_fall", resultSame = "result_same", resultUp = "result_up", resultDown = "result_down"
        case resultUnchanged = "result_unchanged", resultImproved = "result_improved", resultNotImproved = "result_not_improved"
        case resultBefore = "result_before", resultAfter = "result_after"
        case scopeContributes = "scope_contributes", doneInYear = "done_in_year", recurringTask = "recurring_task"
        case byForm = "by_form", byAuthority = "by_authority", tableCaption = "table_caption", chartDetails = "chart_details"
        case searchIndicator = "search_indicator", searchIllustrative = "search_illustrative", searchIllustrativeText = "search_illustrative_text"
        case searchDocumentNumber = "search_document_number"
        /// What a target's remaining years need (the notes under a target).
        case evalOtherConcept = "eval_other_concept", evalPeriodAssumed = "eval_period_assumed", evalNeededLastYear = "eval_needed_last_year"
        case evalNeededAverage = "eval_needed_average", evalBeyondBest = "eval_beyond_best", evalBeyondBestSince = "eval_beyond_best_since"
        case evalNeededCumulative = "eval_needed_cumulative", evalBeyondBestYear = "eval_beyond_best_year"
        /// Words drawn on charts.
        case chartEmpty = "chart_empty", chartNewSeries = "chart_new_series", chartNewSeriesKey = "chart_new_series_key"
        case chartProvisionalBar = "chart_provisional_bar", chartProvisionalLine = "chart_provisional_line", chartIllustrativeLabel = "chart_illustrative_label"
        /// The words of charts: titles that state the finding, alt text, source lines, target conditions.
        case chartIllustrativeTitle = "chart_illustrative_title", chartMet = "chart_met", chartLikely = "chart_likely", chartMissed = "chart_missed"
        case chartBehind = "chart_behind", chartGoal = "chart_goal", chartGoalNational = "chart_goal_national", chartFindingAverage = "chart_finding_average"
        case chartFindingCumulativeDue = "chart_finding_cumulative_due", chartFindingCumulative = "chart_finding_cumulative", chartFindingValue = "chart_finding_value", chartFindingBreakdown = "chart_finding_breakdown"
        case chartFindingNoData = "chart_finding_no_data", chartFindingLatest = "chart_finding_latest", chartFindingRise = "chart_finding_rise", chartFindingFall = "chart_finding_fall"
        case chartPercentagePoints = "chart_percentage_points", chartConditionAverage = "chart_condition_average", chartAbove = "chart_above", chartAtLeast = "chart_at_least"
        case chartBelow = "chart_below", chartAtMost = "chart_at_most", chartAbout = "chart_about", chartAboutAbove = "chart_about_above"
        case chartBetween = "chart_between", chartAboutBetween = "chart_about_between", chartToleranceAbout = "chart_tolerance_about", chartToleranceAboutAbove = "chart_tolerance_about_above"
        case chartToleranceBetween = "chart_tolerance_between", chartToleranceBetweenCumulative = "chart_tolerance_between_cumulative", chartYear = "chart_year", chartYears = "chart_years"
        case chartLine = "chart_line", chartBar = "chart_bar", chartDraws = "chart_draws", chartDrawsCumulative = "chart_draws_cumulative"
        case chartRange = "chart_range", chartLatest = "chart_latest", chartGroups = "chart_groups", chartGroupOne = "chart_group_one"
        case chartGroupSpan = "chart_group_span", chartBreakdown = "chart_breakdown", chartBreakdownRow = "chart_breakdown_row", chartNoData = "chart_no_data"
        case chartFigureAverage = "chart_figure_average", chartFigureTotal = "chart_figure_total", chartTarget = "chart_target", chartTargetNational = "chart_target_national"
        case chartBreak = "chart_break", chartIllustrative = "chart_illustrative", chartSource = "chart_source", chartSourceIllustrative = "chart_source_illustrative"
        case chartNoSource = "chart_no_source"
        /// Date patterns (`{dd}/{mm}/{yyyy}`, `{d} {month} {yyyy}`) and the month names `{month}` takes.
        case dateShort = "date_short", dateLong = "date_long", months
    }

    public static let folder = "templates/i18n"

    private let words: [String: String]
    /// The date patterns, read once: a date is formatted for every card of every list.
    private let shortDate: [DatePart], longDate: [DatePart], monthNames: [String]

    private enum DatePart: Sendable { case text(String), day, paddedDay, month, paddedMonth, officialMonth, year, monthName }

    /// The words as written in Swift's absence (tests that build an `Interface` by hand).
    init(words: [String: String]) {
        self.words = words
        shortDate = Self.parts(words[Key.dateShort.rawValue] ?? "{dd}/{mm}/{yyyy}")
        longDate = Self.parts(words[Key.dateLong.rawValue] ?? "{dd}/{mm}/{yyyy}")
        monthNames = (words[Key.months.rawValue] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// `ngày {dd} tháng {m_official}` → text, padded day, text, official month; an unknown blank stays as written.
    private static func parts(_ pattern: String) -> [DatePart] {
        let tokens: [String: DatePart] = ["d": .day, "dd": .paddedDay, "m": .month, "mm": .paddedMonth, "m_official": .officialMonth,
                                          "yyyy": .year, "month": .monthName]
        var parts: [DatePart] = []
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
            let name = String(rest[rest.index(after: open)..<close])
            parts.append(tokens[name] ?? .text("{\(name)}"))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        return parts
    }

    /// The word for `key`, its blanks filled from `values` (`["page": "2"]`).
    public func callAsFunction(_ key: Key, _ values: [String: String] = [:]) -> String {
        var text = words[key.rawValue] ?? key.rawValue
        for (name, value) in values { text = text.replacingAll("{\(name)}", with: value) }
        return text
    }

    /// Every word by key, for templates (`{{t.stories}}`).
    var context: [String: String] { words }

    /// The words of a target status, as badges show it.
    public func status(_ status: TargetStatus) -> String {
        switch status {
        case .met: self(.statusMet)
        case .likely: self(.statusLikely)
        case .behind: self(.statusBehind)
        case .missed: self(.statusMissed)
        case .noData: self(.statusNoData)
        case .noMatchingData: self(.statusNoMatchingData)
        }
    }

    /// A date as this language writes it: `date_short` (`27/11/2026`, `27 Nov 2026`) or
    /// `date_long` (`ngày 27 tháng 11 năm 2026`, `27 November 2026`). Blanks: `{d}` `{dd}` (the
    /// day, padded), `{m}` `{mm}` (the month, padded), `{m_official}` (padded for January and
    /// February only, as Vietnamese official documents write it), `{yyyy}` and `{month}`, a name
    /// from `months` (twelve, separated by commas).
    public func date(_ d: DateTime, long: Bool = false) -> String {
        let pad = VietnameseFormat.pad
        var out = ""
        for part in long ? longDate : shortDate {
            switch part {
            case .text(let text): out += text
            case .day: out += String(d.day)
            case .paddedDay: out += pad(d.day)
            case .month: out += String(d.month)
            case .paddedMonth: out += pad(d.month)
            case .officialMonth: out += d.month <= 2 ? pad(d.month) : String(d.month)
            case .year: out += VietnameseFormat.year(d)
            case .monthName: out += monthNames.count == 12 ? monthNames[d.month - 1] : String(d.month)
            }
        }
        return out
    }

    /// The label of a story facet ("Địa bàn").
    public func facet(_ facet: StoryFacet) -> String {
        switch facet {
        case .tool: self(.facetTool)
        case .sector: self(.facetSector)
        case .district: self(.facetDistrict)
        }
    }

    /// Reads the files of the site's `languages`, and checks every file of the folder for missing and unknown keys.
    public static func load(_ files: ProjectFiles, languages: [String], diagnostics: inout [Diagnostic]) -> [String: Interface] {
        var chosen: [String: Interface] = [:]
        let present = files.list(folder, extension: "yml")
        for language in languages where !present.contains("\(folder)/\(language).yml") {
            let path = "\(folder)/\(language).yml"
            diagnostics.append(.error(SourceLocation(file: path), "the theme has no interface words for the site's language '\(language)'",
                                      hint: "copy \(folder)/vi.yml of the default theme to \(path) and translate its words", stage: .load))
        }
        for file in present.sorted() {
            guard case .success(let source) = files.read(file), let words = parse(source.text, file: file, diagnostics: &diagnostics) else { continue }
            let language = String(file.dropFirst(folder.count + 1).dropLast(".yml".count))
            if languages.contains(language) { chosen[language] = words }
        }
        return chosen
    }

    /// The words of one file; nil when its YAML cannot be read. Missing and unknown keys are reported.
    static func parse(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> Interface? {
        let before = diagnostics.count
        let frontMatter = FrontMatterParser.parseYAML(text, file: file, firstLine: 1, diagnostics: &diagnostics)
        if diagnostics.count > before { return nil }
        var reader = FieldReader(frontMatter)
        reader.warnUnknownKeys(known: Key.allCases.map(\.rawValue), what: file)
        var words: [String: String] = [:]
        for key in Key.allCases {
            if let word = reader.string(key.rawValue) {
                words[key.rawValue] = word
            } else if frontMatter[key.rawValue] == nil {
                reader.report(.error(SourceLocation(file: file, line: 1), "the interface word '\(key.rawValue)' is missing",
                                     hint: "add a line such as \(key.rawValue): \(Self.example(key)) (every file in \(folder)/ gives every word)"))
            }
        }
        diagnostics += reader.diagnostics.map { var d = $0; d.stage = .load; return d }
        return Interface(words: words)
    }

    /// The built-in theme's Vietnamese words: what an indicator speaks before a site gives its own
    /// (tests that draw a chart from an indicator alone, and the default of `IndicatorStatistics`).
    public static let standard: Interface = {
        var ignored: [Diagnostic] = []
        let file = "\(folder)/vi.yml"
        let text = BuiltInTheme.files[file].map { String(decoding: $0, as: UTF8.self) } ?? ""
        return parse(text, file: file, diagnostics: &ignored) ?? Interface(words: [:])
    }()

    /// What the default theme says for `key`, for the hint of a missing one.
    static func example(_ key: Key) -> String {
        switch key {
        case .newsPage: "\"Tin tức – trang {page}\""
        case .stories: "Mô hình điển hình"
        case .dateShort: "\"{dd}/{mm}/{yyyy}\""
        case .dateLong: "\"ngày {dd} tháng {m_official} năm {yyyy}\""
        case .months: "\"tháng 1, tháng 2, …, tháng 12\""
        default: "…"
        }
    }
}
