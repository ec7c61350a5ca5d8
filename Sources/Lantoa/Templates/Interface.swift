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
        case statusUnlikely = "status_unlikely", statusMissed = "status_missed", statusNoData = "status_no_data", statusNoMatchingData = "status_no_matching_data"
        // The page frame, read by the templates only.
        case skipLink = "skip_link", mainNavigation = "main_navigation", quickSearch = "quick_search", searchLabel = "search_label"
        case searchPlaceholder = "search_placeholder", searchButton = "search_button", noticeLabel = "notice_label", phone, email, website
        case licenceBefore = "licence_before", licenceCredit = "licence_credit", licenceRest = "licence_rest"
        case footerPress = "footer_press", footerArchive = "footer_archive", sitemap, updated, contents
        /// The link to a page's version in this language ("Read in English").
        case readIn = "read_in"
        // Articles and lists: the card, the article's frame, the reuse box, page links.
        case noArticles = "no_articles", badgeIllustrative = "badge_illustrative", minutesRead = "minutes_read", updatedLower = "updated_lower"
        case articleCallout = "article_callout", previousNext = "previous_next", previous, next
        case reuse, reuseDataOwner = "reuse_data_owner", reuseDataTerms = "reuse_data_terms", reuseDataLicence = "reuse_data_licence"
        case reuseIllustrative = "reuse_illustrative", reuseAllowed = "reuse_allowed", reuseCredit = "reuse_credit", permalink, citation
        case pagination, previousPage = "previous_page", nextPage = "next_page", newestPage = "newest_page", archiveByYear = "archive_by_year"
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
        /// The words of the theme's templates: headings, labels, column names, notes.
        case agencyDuties = "agency_duties", agencyNoDuties = "agency_no_duties", agencyNoTasks = "agency_no_tasks", agencyTasks = "agency_tasks"
        case allIndicators = "all_indicators", allNews = "all_news", assessment, beforeAndAfter = "before_and_after", byDistrict = "by_district"
        case carriesOutTasks = "carries_out_tasks", change, chartsAndFigures = "charts_and_figures", comparedFigure = "compared_figure"
        case countingRule = "counting_rule", dashboardIllustrativeAfter = "dashboard_illustrative_after", dashboardIllustrativeBefore = "dashboard_illustrative_before"
        case dashboardLead = "dashboard_lead", dataSource = "data_source", definitionAndSource = "definition_and_source", docAuthority = "doc_authority"
        case docDownload = "doc_download", docEffective = "doc_effective", docForm = "doc_form", docFullText = "doc_full_text"
        case docIssued = "doc_issued", docNoNumber = "doc_no_number", docNumber = "doc_number", docOfficial = "doc_official"
        case docSummary = "doc_summary", documentsCaption = "documents_caption", downloadAndReuse = "download_and_reuse", embedCode = "embed_code"
        case embedInstructions = "embed_instructions", embedLight = "embed_light", enterprise, figure, figuresUpTo = "figures_up_to", followNews = "follow_news"
        case frequency, funding, generalObjective = "general_objective", goHome = "go_home", implementation, indicatorColumn = "indicator_column"
        case indicatorIllustrative = "indicator_illustrative", indicatorNoTargets = "indicator_no_targets", indicatorTargetsCaption = "indicator_targets_caption"
        case indicatorsHeading = "indicators_heading", keywords, latestNews = "latest_news", lead, licenceAndCredit = "licence_and_credit"
        case measured, measuredResults = "measured_results", method, moreResults = "more_results", notFoundLead = "not_found_lead"
        case numberingNote = "numbering_note", partners, phoneDash = "phone_dash", planFullText = "plan_full_text", planItem = "plan_item"
        case planStatusIllustrative = "plan_status_illustrative", planTargets = "plan_targets", planTargetsCaption = "plan_targets_caption"
        case pressCharts = "press_charts", pressContact = "press_contact", pressFeeds = "press_feeds", pressLead = "press_lead"
        case pressLicenceTerms = "press_licence_terms", pressLicensed = "press_licensed", pressMarked = "press_marked", pressMarkedMeans = "press_marked_means"
        case relatedDocuments = "related_documents", relatedStories = "related_stories", relatedTasks = "related_tasks", resultLink = "result_link"
        case rolesInferred = "roles_inferred", scope, searchHint = "search_hint", searchInSite = "search_in_site", searchNoJs = "search_no_js"
        case searchNoJsArchive = "search_no_js_archive", searchNoJsByTopic = "search_no_js_by_topic", searchNoJsEnd = "search_no_js_end"
        // The search script's sentences, handed to it by the search page.
        case searchOtherMarks = "search_other_marks", searchFound = "search_found", searchFoundMixed = "search_found_mixed"
        case searchFoundOtherMarks = "search_found_other_marks", searchFoundPartial = "search_found_partial", searchTheWord = "search_the_word"
        case searchTheWords = "search_the_words", searchTypeMore = "search_type_more", searchTwoLetters = "search_two_letters"
        case searchNothing = "search_nothing", searchSearching = "search_searching", searchFailed = "search_failed"
        case redirectTitle = "redirect_title", redirectText = "redirect_text", footerSectionsLanguage = "footer_sections_language"
        case countedFromStoriesSoFar = "counted_from_stories_so_far", chartIncludesProvisional = "chart_includes_provisional", listJoin = "list_join"
        case statusOnProvisional = "status_on_provisional", chartRelationProvisional = "chart_relation_provisional",
             planNotUpdated = "plan_not_updated"
        case searchNoJsTags = "search_no_js_tags", seeDetails = "see_details", seeNews = "see_news", seriesChangesFrom = "series_changes_from"
        case specificTargets = "specific_targets", started, statusBehindMeans = "status_behind_means", statusByYear = "status_by_year"
        case statusHeading = "status_heading", statusLegend = "status_legend", statusLikelyMeans = "status_likely_means", statusMetMeans = "status_met_means"
        case statusUnlikelyMeans = "status_unlikely_means", statusMissedMeans = "status_missed_means", statusNoDataMeans = "status_no_data_means", statusNoMatchingDataMeans = "status_no_matching_data_means"
        case storiesIllustrativeAfter = "stories_illustrative_after", storiesIllustrativeBefore = "stories_illustrative_before"
        case storyIllustrative = "story_illustrative", support, targetsProgress = "targets_progress", taskHeading = "task_heading"
        case taskNoEvidence = "task_no_evidence", taskRecurringNote = "task_recurring_note", taskResults = "task_results", taskStatusIllustrative = "task_status_illustrative"
        case tasksAndProgress = "tasks_and_progress", tasksCaption = "tasks_caption", unit, verifiedBy = "verified_by", yearly
        case countArticlesShort = "count_articles_short", see, ofMonth = "of_month", size, planItemShort = "plan_item_short"
        /// Footnotes of a text.
        case footnotes, footnoteBack = "footnote_back", footnoteBackAgain = "footnote_back_again"
        /// The note on each row of an indicator counted from the stories (`computed: stories`).
        case countedFromStories = "counted_from_stories"
        /// The usual statuses of a data file's rows, as the data table shows them.
        case dataOfficial = "data_official", dataPreliminary = "data_preliminary", dataEstimate = "data_estimate", dataForecast = "data_forecast"
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
        /// The calendar of events: its pages, each event's facts, its calendar files.
        case events, eventsDescription = "events_description", eventsUpcoming = "events_upcoming", eventsPast = "events_past"
        case eventsNoneUpcoming = "events_none_upcoming", eventsCalendar = "events_calendar", eventsCalendarAll = "events_calendar_all", eventsCalendarHint = "events_calendar_hint"
        case eventsCategoryCalendar = "events_category_calendar", eventWhen = "event_when", eventPlace = "event_place", eventOnline = "event_online"
        case eventOrganiser = "event_organiser", eventAudience = "event_audience", eventCategory = "event_category", eventMaterials = "event_materials"
        case eventRegister = "event_register", eventRegisterEmail = "event_register_email", eventDeadline = "event_deadline"
        case eventRegistrationClosed = "event_registration_closed", eventAddToCalendar = "event_add_to_calendar", eventReports = "event_reports"
        case eventEnded = "event_ended", eventTimeSameDay = "event_time_same_day", eventTimeSpan = "event_time_span", eventDays = "event_days"
        case eventDay = "event_day", illustrativeEvent = "illustrative_event"
        /// The open data catalogue.
        case data, dataDescription = "data_description", dataStoryResults = "data_story_results", dataStoryResultsDescription = "data_story_results_description"
        case dataLead = "data_lead", dataAll = "data_all", dataPackage = "data_package", dataCatalogue = "data_catalogue", dataDataset = "data_dataset"
        case dataSourceColumn = "data_source_column", dataFile = "data_file", dataMachine = "data_machine"
        case dataLicence = "data_licence", dataSourceTerms = "data_source_terms", dataEventsDescription = "data_events_description"
        case dataDocuments = "data_documents", dataDocumentsDescription = "data_documents_description"
        /// The glossary.
        case glossary, glossaryDescription = "glossary_description", glossaryAlsoCalled = "glossary_also_called", glossarySources = "glossary_sources"
        case glossaryInText = "glossary_in_text"
        /// Radio and television reports, and their podcast.
        case broadcasts, broadcastsDescription = "broadcasts_description", broadcastsNone = "broadcasts_none", broadcastsAll = "broadcasts_all", podcastTitle = "podcast_title"
        case broadcastsPodcast = "broadcasts_podcast", broadcastsPodcastHint = "broadcasts_podcast_hint", broadcastVideo = "broadcast_video"
        case broadcastAudio = "broadcast_audio", broadcastProgramme = "broadcast_programme", broadcastStation = "broadcast_station"
        case broadcastDuration = "broadcast_duration", broadcastLanguage = "broadcast_language", broadcastTranscript = "broadcast_transcript"
        case broadcastNoTranscript = "broadcast_no_transcript", broadcastDownload = "broadcast_download", broadcastOfficial = "broadcast_official"
        case broadcastNoPlayer = "broadcast_no_player", illustrativeBroadcast = "illustrative_broadcast"
        case languageVi = "language_vi", languageEde = "language_ede", languageMnong = "language_mnong"
        /// The honour rolls.
        case honours, honoursDescription = "honours_description", honoursCount = "honours_count"
        case honouredDescription = "honoured_description", honourAwardedBy = "honour_awarded_by", honourDecision = "honour_decision"
        case honourAward = "honour_award", honourFor = "honour_for", honourStory = "honour_story", honourEvidence = "honour_evidence"
        case honoursEnterprises = "honours_enterprises", honouredStories = "honoured_stories", honouredHeading = "honoured_heading"
        case storyHonoured = "story_honoured", illustrativeHonours = "illustrative_honours", honourDate = "honour_date"
        /// The monthly newsletters.
        case newsletters, newslettersDescription = "newsletters_description", newsletterTitle = "newsletter_title", newsletterIntro = "newsletter_intro"
        case newsletterNews = "newsletter_news", newsletterStories = "newsletter_stories", newsletterBroadcasts = "newsletter_broadcasts"
        case newsletterEvents = "newsletter_events", newsletterFooter = "newsletter_footer", newsletterCount = "newsletter_count"
        case newsletterSend = "newsletter_send", newsletterSendHint = "newsletter_send_hint", newsletterMailHTML = "newsletter_mail_html"
        case newsletterMailText = "newsletter_mail_text", newsletterMailMessage = "newsletter_mail_message"
        /// What a target's remaining years need (the notes under a target).
        case evalOtherConcept = "eval_other_concept", evalPeriodAssumed = "eval_period_assumed", evalNeededLastYear = "eval_needed_last_year"
        case evalNeededAverage = "eval_needed_average", evalBeyondBest = "eval_beyond_best", evalBeyondBestSince = "eval_beyond_best_since"
        case evalNeededCumulative = "eval_needed_cumulative", evalBeyondBestYear = "eval_beyond_best_year"
        case evalBelowBest = "eval_below_best", evalBelowBestSince = "eval_below_best_since"
        /// Words drawn on charts.
        case chartEmpty = "chart_empty", chartNewSeries = "chart_new_series", chartNewSeriesKey = "chart_new_series_key"
        case chartProvisionalBar = "chart_provisional_bar", chartProvisionalLine = "chart_provisional_line", chartIllustrativeLabel = "chart_illustrative_label"
        /// The words of charts: titles that state the finding, alt text, source lines, target conditions.
        case chartIllustrativeTitle = "chart_illustrative_title", chartMet = "chart_met", chartLikely = "chart_likely", chartUnlikely = "chart_unlikely", chartMissed = "chart_missed"
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
        /// Number patterns: the decimal mark and the thousands separator (`,` and `.` in Vietnamese).
        case numberDecimal = "number_decimal", numberGroup = "number_group"

        /// Words added after themes were first copied out (`lantoa theme eject`): a site's file
        /// without one takes the built-in theme's, with a warning, so an upgrade does not stop its build.
        static let addedLater: Set<Key> = [
            .newestPage, .statusUnlikely, .statusUnlikelyMeans, .chartUnlikely,
            .searchOtherMarks, .searchFound, .searchFoundMixed, .searchFoundOtherMarks, .searchFoundPartial, .searchTheWord,
            .searchTheWords, .searchTypeMore, .searchTwoLetters, .searchNothing, .searchSearching, .searchFailed,
            .redirectTitle, .redirectText, .footerSectionsLanguage, .countedFromStoriesSoFar, .chartIncludesProvisional, .listJoin,
            .embedLight, .evalBelowBest, .evalBelowBestSince, .statusOnProvisional, .chartRelationProvisional, .planNotUpdated, .website,
        ]
    }

    public static let folder = "templates/i18n"

    private let words: [String: String]
    /// The date patterns, read once: a date is formatted for every card of every list.
    private let shortDate: [DatePart], longDate: [DatePart], monthNames: [String]

    private enum DatePart: Sendable { case text(String), day, paddedDay, month, paddedMonth, officialMonth, year, monthName }

    /// How numbers are written in this language.
    public let numbers: NumberStyle

    /// The words as written in Swift's absence (tests that build an `Interface` by hand).
    init(words: [String: String]) {
        self.words = words
        numbers = NumberStyle(decimal: words[Key.numberDecimal.rawValue] ?? ",", group: words[Key.numberGroup.rawValue] ?? ".")
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

    /// A number as this language writes it (`1.234,5`, `1,234.5`).
    /// A file's size as a download link gives it: `850 KB`, `12,4 MB`.
    func fileSize(_ bytes: Double) -> String {
        let kilobytes = bytes / 1024
        return kilobytes >= 1024 ? "\(number(kilobytes / 1024, decimals: 1)) MB" : "\(number(max(1, kilobytes), decimals: 0)) KB"
    }

    public func number(_ value: Double, decimals: Int = 0) -> String {
        VietnameseFormat.number(value, decimals: decimals, style: numbers)
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

    /// Reads the files of the site's `languages`, and checks every file of the folder for missing and unknown keys.
    public static func load(_ files: ProjectFiles, languages: [String], diagnostics: inout [Diagnostic]) -> [String: Interface] {
        var chosen: [String: Interface] = [:]
        let present = files.list(folder, extension: "yml")
        for language in languages where !present.contains("\(folder)/\(language).yml") {
            let path = "\(folder)/\(language).yml"
            diagnostics.append(.error(SourceLocation(file: path), .themeHasNoInterfaceWords(language),
                                      hint: .copyViYmlDefaultTheme(folder, path), stage: .load))
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
        reader.warnUnknownKeys(known: Key.allCases.map(\.rawValue), what: .verbatim(file))
        var words: [String: String] = [:]
        for key in Key.allCases {
            if let word = reader.string(key.rawValue) {
                words[key.rawValue] = word
            } else if frontMatter[key.rawValue] == nil, Key.addedLater.contains(key), let word = builtInWord(key, for: file) {
                // A theme copied out before the word was added: the built-in word, and a warning.
                words[key.rawValue] = word
                reader.report(.warning(SourceLocation(file: file, line: 1), .interfaceWordAddedLater(key.rawValue, word),
                                       hint: .addLineEveryFileGives(key.rawValue, Self.example(key), folder)))
            } else if frontMatter[key.rawValue] == nil {
                reader.report(.error(SourceLocation(file: file, line: 1), .interfaceWordMissing(key.rawValue),
                                     hint: .addLineEveryFileGives(key.rawValue, Self.example(key), folder)))
            }
        }
        diagnostics += reader.diagnostics.map { var d = $0; d.stage = .load; return d }
        return Interface(words: words)
    }

    /// The built-in theme's word for `key` in the file named as `file` (`templates/i18n/en.yml`
    /// for a language it does not have).
    private static func builtInWord(_ key: Key, for file: String) -> String? {
        let name = BuiltInTheme.files[file] == nil ? "\(folder)/en.yml" : file
        guard let bytes = BuiltInTheme.files[name] else { return nil }
        var ignored: [Diagnostic] = []
        let frontMatter = FrontMatterParser.parseYAML(String(decoding: bytes, as: UTF8.self), file: name, firstLine: 1, diagnostics: &ignored)
        var reader = FieldReader(frontMatter)
        return reader.string(key.rawValue)
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
        case .newestPage: "Mới nhất"
        case .stories: "Mô hình điển hình"
        case .dateShort: "\"{dd}/{mm}/{yyyy}\""
        case .dateLong: "\"ngày {dd} tháng {m_official} năm {yyyy}\""
        case .months: "\"tháng 1, tháng 2, …, tháng 12\""
        default: "…"
        }
    }
}

extension Interface {
    /// The usual statuses of a data file ("chính thức", "sơ bộ", "ước tính", "dự báo", "minh họa")
    /// in the theme's words, so a chart in English says "official"; any other as written.
    public func dataStatus(_ status: String) -> String {
        Self.statusKeys[status].map { self($0) } ?? status
    }

    private static let statusKeys: [String: Key] = ["chính thức": .dataOfficial, "sơ bộ": .dataPreliminary, "ước tính": .dataEstimate,
                                                    "dự báo": .dataForecast, "minh họa": .badgeIllustrative]
}
