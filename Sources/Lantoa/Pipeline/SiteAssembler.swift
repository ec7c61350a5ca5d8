/// Stage 2: decides every URL, builds taxonomies and pagination, and checks URLs and links.
public struct SiteAssembler {
    public let options: BuildOptions

    public init(options: BuildOptions) { self.options = options }

    /// The site's routes, section by section, in the order they are claimed (the sitemap keeps it).
    /// Every step is one of the methods below; the plan's evidence and the link check come last.
    public func assemble(_ project: LoadedProject, diagnostics: inout [Diagnostic]) -> Site {
        var claims: [Diagnostic] = []
        return assemble(project, diagnostics: &diagnostics, claims: &claims)
    }

    /// What the claims of addresses found (two files at one address, a page inside the search
    /// index's folder, an alias outside the site), and nothing else assembly says: for a project
    /// whose files with errors were left out, where the rest may only follow from those (a story
    /// an honour roll names, an event an article reports on) and waits until they are fixed.
    /// So one build says both a bad date and two files claiming one address.
    public func claimProblems(_ project: LoadedProject) -> [Diagnostic] {
        var all: [Diagnostic] = [], claims: [Diagnostic] = []
        _ = assemble(project, diagnostics: &all, claims: &claims)
        return claims
    }

    private func assemble(_ project: LoadedProject, diagnostics: inout [Diagnostic], claims: inout [Diagnostic]) -> Site {
        let config = project.config
        let names = config.urlNames
        // Articles in another language of the site have their own list and feed (see claimTranslated).
        let (found, translated) = Self.byLanguage(project.articles.filter { $0.isPublished(options) }, config: config, diagnostics: &diagnostics)
        let articles = withMarks(found, diagnostics: &diagnostics)
        let pages = project.pages.only { $0.isPublished(options) }
        let stories = project.stories
            .filter { $0.isPublished(options) }
            .sortedMovingOnce(by: { ($0.date!.epochSeconds, $0.sourcePath) }) { a, b in (a.0, b.1) > (b.0, a.1) }
        let documents = project.documents.only { $0.isPublished(options) }
            .sortedMovingOnce(by: { ($0.legal?.sortKey ?? 0, $0.sourcePath) }) { a, b in (a.0, b.1) > (b.0, a.1) }

        var table = RouteTable()
        table.claim("index.html", .home(articles: Array(articles.indices.prefix(config.homeArticles))), by: "the home page")
        claimList(.news, items: Array(articles.indices), base: names.articlesPath, config: config, in: &table) { number in
            number.map { "page \($0) of the news list" } ?? "the news list"
        }
        let facets = claimStories(stories, config: config, in: &table)
        let (forms, authorities) = claimDocuments(documents, names: names, in: &table)
        let events = project.events.only { $0.isPublished(options) }.sortedMovingOnce(by: { ($0.event?.start.epochSeconds ?? 0, $0.sourcePath) }) { a, b in a < b }
        let eventCategories = claimEvents(events, names: names, in: &table)
        let broadcasts = project.broadcasts.only { $0.isPublished(options) }.sortedMovingOnce(by: { ($0.date?.epochSeconds ?? 0, $0.sourcePath) }) { a, b in a > b }
        claimBroadcasts(broadcasts, names: names, in: &table, diagnostics: &diagnostics)
        let honours = project.honours.only { $0.isPublished(options) && $0.honourRoll != nil }
            .sortedMovingOnce(by: { ($0.honourRoll!.year, $0.sourcePath) }) { a, b in a > b }
        let honoured = claimHonours(honours, stories: stories, documents: documents, names: names, in: &table, diagnostics: &diagnostics)
        let glossary = claimGlossary(project.glossary.only { $0.isPublished(options) }, names: names, in: &table, diagnostics: &diagnostics)
        let newsletters = Newsletter.months(articles: articles, stories: stories, broadcasts: broadcasts, events: events, limit: config.newsletterMonths)
        claimNewsletters(newsletters, names: names, in: &table)
        claimOpenData(OpenData.ids(indicators: project.indicators, stories: !stories.isEmpty, events: !events.isEmpty, documents: !documents.isEmpty),
                      names: names, in: &table)
        if let plan = project.plan { claimPlan(plan, names: names, in: &table) }
        let monthYears = claimArchive(articles, names: names, in: &table)
        // The press kit offers the newest eight articles, the 404 page the newest five.
        table.claim(names.pressPath + "index.html", .pressKit(articles: Array(articles.indices.prefix(8))), by: "the press kit")
        for (i, article) in articles.enumerated() { table.claimDocument(article, .article(i), names: names) }
        for (i, page) in pages.enumerated() { table.claimDocument(page, .page(i), names: names) }
        let translatedFeeds = claimTranslated(translated, project: project, in: &table)
        // (Categories counted on another core while tags are: each reads every article.)
        let counting = Later { Self.terms(articles) { $0.categories } }
        let tags = Self.terms(articles) { $0.tags }
        let categories = counting.value
        claimTerms(tags: tags, categories: categories, config: config, in: &table)
        claimAliases(articles + translated + pages, in: &table)
        claimIndicators(project.indicators, names: names, in: &table)
        let t = project.interface
        let shareImages = options.images
            ? claimShareImages(project, articles: articles, stories: stories, documents: documents, interface: t, in: &table) : nil
        table.claim("404.html", .notFound(articles: Array(articles.indices.prefix(5))), by: "the 404 page")
        if config.search { table.claim(names.searchPath + "index.html", .search, by: "the search page") }
        var feeds = Self.feeds(config: config, interface: t, articles: articles, tags: tags, categories: categories)
        if !stories.isEmpty {
            feeds.insert(FeedSpec(title: t(.storiesFeed, ["site": config.title]), description: t(.storiesFeedDescription),
                                  folder: names.storiesPath, page: names.storiesPath, articles: Array(stories.indices.prefix(config.feedSize)), stories: true), at: 2)
        }
        feeds += translatedFeeds
        for (k, feed) in feeds.enumerated() {
            for format in FeedFormat.allCases {
                table.claim(feed.folder + format.rawValue, .feed(k, format), by: "the \(format.label) feed of \(feed.page.isEmpty ? "the site" : "/" + feed.page)")
            }
        }
        table.claim("robots.txt", .robots, by: "robots.txt")
        table.claim(".htaccess", .htaccess, by: "the server rules for Apache")
        let assets = claimFiles(project, documents: articles + translated + pages + stories + documents + events + glossary + broadcasts + honours, in: &table)
        // A language's folder (`en/`) without a page of its own sends a reader to its home page.
        for language in config.versions.keys.sorted() where table.owners["\(language)/index.html"] == nil {
            if let home = config.languageHome(language), home != "\(language)/" {
                table.claim("\(language)/index.html", .redirect(to: home), by: "the home of '\(language)'")
            }
        }
        // Last, when every page is claimed: a large site's sitemap is split in parts.
        table.claim("sitemap.xml", .sitemap, by: "the sitemap")
        let listed = table.routes.count(where: Sitemap.lists)
        let partSize = Sitemap.partSize(pages: listed, limit: options.sitemapLimit)
        if let partSize {
            for k in 0..<(listed + partSize - 1) / partSize { table.claim(Sitemap.partFile(k), .sitemapPart(k), by: "part \(k + 1) of the sitemap") }
        }
        if config.search { table.reserveSearchIndex(names.searchPath + SearchIndex.folder) }
        claims = table.diagnostics
        diagnostics += table.diagnostics
        // The plan's evidence is gathered on another core meanwhile (each reads every article).
        let paths = table.paths
        let owners = table.owners
        let planned = project.plan.map { plan in
            Later { [self] in
                var said: [Diagnostic] = []
                let unpublished = (project.articles + project.stories + project.documents + project.broadcasts).filter { !$0.isPublished(options) }
                return (planWithEvidence(plan, evidence: articles + stories + documents + broadcasts, paths: paths, files: owners,
                                         unpublished: unpublished, diagnostics: &said), said)
            }
        }
        let translations = Self.translations(articles + translated + pages, paths: paths, language: config.language, diagnostics: &diagnostics)

        var site = Site(config: config, articles: articles, pages: pages, tags: tags, categories: categories,
                        indicators: project.indicators, feeds: feeds, routes: table.routes, paths: table.paths)
        site.stories = stories
        site.translatedArticles = translated
        site.assets = assets
        site.storyFacets = facets
        site.store = project.markdown.store
        site.sitemapPartSize = partSize
        site.archiveMonthYears = monthYears
        site.searchSegment = options.searchSegment
        site.shareImages = shareImages
        site.interfaces = project.interfaces
        site.waiting = Self.waiting(project, options)
        if let (plan, said) = planned?.value {
            site.plan = plan
            diagnostics += said
        }
        site.documents = documents
        site.documentForms = forms
        site.documentAuthorities = authorities
        site.translations = translations
        site.events = events
        site.glossary = glossary
        site.broadcasts = broadcasts
        site.honours = honours
        site.newsletters = newsletters
        site.honoured = honoured
        site.now = options.now
        site.eventCategories = eventCategories
        site.eventReports = Self.reports(on: events, articles: articles, diagnostics: &diagnostics)
        LinkChecker(site: site, content: project.markdown.files).check(diagnostics: &diagnostics)
        return site
    }

    /// Every page of a list (`Pagination`): the newest at `base`, the others at `base/trang/n/`,
    /// numbered from the oldest. The one place lists are paginated; each page's route records
    /// the items it shows.
    private func claimList(_ list: ListPage.Of, items: [Int], base: String, config: SiteConfig, in table: inout RouteTable, owner: (Int?) -> String) {
        for page in ListPage.pages(of: list, items: items, base: base, size: config.pageSize) {
            table.claim(Pagination.path(base: base, number: page.number, segment: config.urlNames.page) + "index.html", .list(page), by: owner(page.number))
        }
    }

    /// The story list, each story and the pages of each facet value (tool, sector, district).
    private func claimStories(_ stories: [Document], config: SiteConfig, in table: inout RouteTable) -> [StoryFacet: [Term]] {
        let names = config.urlNames
        var facets: [StoryFacet: [Term]] = [:]
        guard !stories.isEmpty else { return facets }
        claimList(.stories, items: Array(stories.indices), base: names.storiesPath, config: config, in: &table) { _ in "the list of stories" }
        for (i, story) in stories.enumerated() { table.claimDocument(story, .story(i), names: names) }
        facets[.tool] = Self.terms(stories) { $0.story?.tools ?? [] }
        facets[.sector] = Self.terms(stories) { $0.story.map { [$0.sector] } ?? [] }
        facets[.district] = Self.terms(stories) { $0.story.map { [$0.district] } ?? [] }
        for facet in StoryFacet.allCases {
            for (t, term) in (facets[facet] ?? []).enumerated() {
                claimList(.storyFacet(facet, t), items: term.articles, base: names.storyFacetPath(facet.rawValue, term.slug), config: config, in: &table) { _ in
                    "the stories of '\(term.name)'"
                }
            }
        }
        return facets
    }

    /// The calendar, each event's page and calendar file, and a calendar file for every event and
    /// for each category. Events stay out of the news: they have their own list and files.
    private func claimEvents(_ events: [Document], names: SiteConfig.URLNames, in table: inout RouteTable) -> [Term] {
        guard !events.isEmpty else { return [] }
        table.claim(names.eventsPath + "index.html", .events, by: "the calendar of events")
        for (i, event) in events.enumerated() {
            table.claimDocument(event, .event(i), names: names)
            table.claim(names.eventCalendarFile(event.slug), .eventCalendar(i), by: "the calendar file of \(event.sourcePath)")
        }
        table.claim(names.calendarFile(), .calendar(category: nil), by: "the calendar file of every event")
        let categories = Self.terms(events) { $0.event.map { $0.category.isEmpty ? [] : [$0.category] } ?? [] }
        for (k, term) in categories.enumerated() {
            table.claim(names.calendarFile(category: term.name), .calendar(category: k), by: "the calendar file of '\(term.name)'")
        }
        return categories
    }

    /// The glossary, A to Z, and each term's page. A name (the term or one it is also called) that
    /// two terms claim is an error at the second: a text using it could link to either.
    private func claimGlossary(_ terms: [Document], names: SiteConfig.URLNames, in table: inout RouteTable, diagnostics: inout [Diagnostic]) -> [Document] {
        guard !terms.isEmpty else { return [] }
        let sorted = VietnameseCollation.sorted(terms) { $0.title }
        var owner: [String: String] = [:]
        for term in sorted {
            for name in [term.title] + (term.glossary?.alsoCalled ?? []) {
                let key = GlossaryLinker.key(name)
                guard !key.isEmpty else { continue }
                if let first = owner[key], first != term.sourcePath {
                    diagnostics.append(.error((name == term.title ? nil : term.glossary?.alsoCalledLocation) ?? term.urlLocation, .nameAlreadyNameTerm(name, first),
                                              hint: .keepNameOneTermOnly))
                } else {
                    owner[key] = term.sourcePath
                }
            }
        }
        table.claim(names.glossaryPath + "index.html", .glossary, by: "the glossary")
        for (i, term) in sorted.enumerated() { table.claimDocument(term, .glossaryTerm(i), names: names) }
        return sorted
    }

    /// The open data catalogue: its page, each dataset's CSV, the package, the catalogue and the ZIP.
    private func claimOpenData(_ ids: [String], names: SiteConfig.URLNames, in table: inout RouteTable) {
        guard !ids.isEmpty else { return }
        let folder = names.dataPath
        table.claim(folder + "index.html", .openData, by: "the open data catalogue")
        for (k, id) in ids.enumerated() { table.claim(folder + id + ".csv", .openDataFile(.csv(k)), by: "the open data file \(id).csv") }
        table.claim(folder + "datapackage.json", .openDataFile(.package), by: "the data package")
        table.claim(folder + "catalog.jsonld", .openDataFile(.catalogue), by: "the DCAT catalogue")
        table.claim(folder + OpenData.zipName, .openDataFile(.zip), by: "the ZIP of every dataset")
    }

    /// The newsletters: the list of months, each month's page and its e-mail in three files.
    private func claimNewsletters(_ months: [Newsletter], names: SiteConfig.URLNames, in table: inout RouteTable) {
        guard !months.isEmpty else { return }
        table.claim(names.newslettersPath + "index.html", .newsletters, by: "the newsletters")
        for (k, n) in months.enumerated() {
            let folder = names.newsletterPath(n.slug)
            table.claim(folder + "index.html", .newsletter(k), by: "the newsletter of \(n.slug)")
            for part in MailPart.allCases { table.claim(folder + part.rawValue, .newsletterMail(k, part), by: "the e-mail of the newsletter of \(n.slug)") }
        }
    }

    /// The reports of the radio-TV station and the newspaper, each report's page, and the podcast
    /// feed of those podcast apps play. A file the page plays but the podcast leaves out is said,
    /// so the station can send an MP3.
    private func claimBroadcasts(_ reports: [Document], names: SiteConfig.URLNames, in table: inout RouteTable, diagnostics: inout [Diagnostic]) {
        guard !reports.isEmpty else { return }
        for d in reports where d.broadcast?.file != nil && !Podcast.carries(d) {
            diagnostics.append(.warning(d.urlLocation, .leftOutOfPodcast(d.broadcast!.file!), hint: .convertForPodcast, stage: .assemble))
        }
        table.claim(names.broadcastsPath + "index.html", .broadcasts, by: "the radio and television reports")
        for (i, report) in reports.enumerated() { table.claimDocument(report, .broadcast(i), names: names) }
        if reports.contains(where: Podcast.carries) { table.claim(names.podcastFile, .podcast, by: "the podcast feed") }
    }

    /// The honour rolls, newest year first, each year's page, and a page for each enterprise they
    /// honour, with its stories: those an honour names (`story:`) and those about the same enterprise.
    /// An honour naming a story or a decision the site does not have is an error; so is a second
    /// roll for the same year.
    private func claimHonours(_ rolls: [Document], stories: [Document], documents: [Document], names: SiteConfig.URLNames,
                              in table: inout RouteTable, diagnostics: inout [Diagnostic]) -> [Site.Honoured] {
        guard !rolls.isEmpty else { return [] }
        table.claim(names.honoursPath + "index.html", .honours, by: "the honour rolls")
        let storySlugs = Dictionary(stories.indices.map { (stories[$0].slug, $0) }, uniquingKeysWith: { first, _ in first })
        let documentSlugs = Set(documents.map(\.slug))
        var years: [Int: String] = [:]
        var honoured: [Site.Honoured] = []
        var bySlug: [String: Int] = [:]
        for (i, d) in rolls.enumerated() {
            let roll = d.honourRoll!
            // A file named for a year (2025.md) holds that year's roll: another year is a slip.
            if let named = Int(d.slug), (2000...2100).contains(named), named != roll.year {
                diagnostics.append(.error(roll.yearLocation ?? d.urlLocation, .honourYearNotFileName(roll.year, d.slug), hint: .honourYearMatchFile(d.slug), stage: .assemble))
            }
            if let first = years[roll.year] {
                diagnostics.append(.error(d.urlLocation, .yearHonouredTwice(roll.year, first), hint: .oneFilePerYear, stage: .assemble))
            } else {
                years[roll.year] = d.sourcePath
            }
            table.claimDocument(d, .honourYear(i), names: names)
            if let decision = roll.decision, !documentSlugs.contains(decision) {
                diagnostics.append(.error(roll.decisionLocation ?? d.urlLocation, .decisionDoesNotExist(decision),
                                          hint: Suggestion.closest(to: decision, in: documentSlugs.sorted()).map(Message.didYouMean) ?? .writeDocumentSlug,
                                          stage: .assemble))
            }
            for (k, honour) in roll.honours.enumerated() {
                if let slug = honour.story, storySlugs[slug] == nil {
                    diagnostics.append(.error(honour.storyLocation ?? d.urlLocation, .honourStoryDoesNotExist(slug),
                                              hint: Suggestion.closest(to: slug, in: storySlugs.keys.sorted()).map(Message.didYouMean) ?? .writeStorySlug,
                                              stage: .assemble))
                }
                let slug = honour.enterpriseSlug
                guard !slug.isEmpty else { continue }
                if bySlug[slug] == nil {
                    bySlug[slug] = honoured.count
                    honoured.append(Site.Honoured(name: honour.enterprise, slug: slug, honours: [], stories: []))
                }
                let e = bySlug[slug]!
                honoured[e].honours.append((i, k))
                if let story = honour.story.flatMap({ storySlugs[$0] }), !honoured[e].stories.contains(story) { honoured[e].stories.append(story) }
            }
        }
        for e in honoured.indices {
            for (k, story) in stories.enumerated() where VietnameseText.slug(story.story?.enterprise ?? "") == honoured[e].slug {
                if !honoured[e].stories.contains(k) { honoured[e].stories.append(k) }
            }
            table.claim(names.honouredPath(honoured[e].slug) + "index.html", .honoured(e), by: "the honours of \(honoured[e].name)")
        }
        return honoured
    }

    /// The articles that report on each event (`event: SLUG`); an unknown slug is an error at the article.
    static func reports(on events: [Document], articles: [Document], diagnostics: inout [Diagnostic]) -> [Int: [Int]] {
        let bySlug = Dictionary(events.indices.map { (events[$0].slug, $0) }, uniquingKeysWith: { first, _ in first })
        var reports: [Int: [Int]] = [:]
        for (i, article) in articles.enumerated() {
            guard let slug = article.reportsOn else { continue }
            if let k = bySlug[slug] {
                reports[k, default: []].append(i)
            } else {
                let hint = Suggestion.closest(to: slug, in: Array(bySlug.keys)).map(Message.didYouMean)
                    ?? .writeSlugEventContentEvents
                diagnostics.append(.error(article.reportsOnLocation ?? SourceLocation(file: article.sourcePath), .articleReportsEventDoesNot(slug), hint: hint))
            }
        }
        return reports
    }

    /// The list of documents, each document, and the lists by form and by issuing authority.
    private func claimDocuments(_ documents: [Document], names: SiteConfig.URLNames, in table: inout RouteTable) -> (forms: [Term], authorities: [Term]) {
        let forms = Self.terms(documents) { $0.legal.map { [$0.form] } ?? [] }
        let authorities = Self.terms(documents) { $0.legal.map { [$0.authority] } ?? [] }
        guard !documents.isEmpty else { return (forms, authorities) }
        table.claim(names.documentsPath + "index.html", .documentList, by: "the list of documents")
        for (i, d) in documents.enumerated() { table.claimDocument(d, .legal(i), names: names) }
        for (t, term) in forms.enumerated() {
            table.claim(names.documentFacetPath(authority: false, term.slug) + "index.html", .documentFacet(authority: false, t), by: "documents of form \(term.name)")
        }
        for (t, term) in authorities.enumerated() {
            table.claim(names.documentFacetPath(authority: true, term.slug) + "index.html", .documentFacet(authority: true, t), by: "documents of \(term.name)")
        }
        return (forms, authorities)
    }

    /// The plan, each task and each agency.
    private func claimPlan(_ p: Plan, names: SiteConfig.URLNames, in table: inout RouteTable) {
        table.claim(names.planPath + "index.html", .plan, by: "the plan")
        for (k, task) in p.tasks.enumerated() {
            table.claim(names.taskPath(task.id) + "index.html", .task(k), by: "task \(task.id) in content/plan.yml", at: task.location)
        }
        for (k, agency) in p.agencies.enumerated() {
            table.claim(names.agencyPath(agency.id) + "index.html", .agency(k), by: "agency \(agency.id) in content/plan.yml")
        }
    }

    /// The news archive: its index, a page per year, and a page per month for a year with more
    /// articles than one page should carry. Returns the years split by month.
    private func claimArchive(_ articles: [Document], names: SiteConfig.URLNames, in table: inout RouteTable) -> Set<Int> {
        let archive = names.archivePath()
        table.claim(archive + "index.html", .archive(year: nil), by: "the news archive")
        var months: [Int: Set<Int>] = [:]
        var perYear: [Int: Int] = [:]
        for i in articles.indices {
            guard let date = articles[i].date else { continue }
            months[date.year, default: []].insert(date.month)
            perYear[date.year, default: 0] += 1
        }
        let monthYears = Set(perYear.filter { $0.value > options.archiveYearLimit }.keys)
        for year in months.keys.sorted() {
            table.claim("\(archive)\(year)/index.html", .archive(year: year), by: "the news archive of \(year)")
            guard monthYears.contains(year) else { continue }
            for month in months[year]!.sorted() {
                table.claim("\(archive)\(year)/\(SiteConfig.URLNames.monthSegment(month))/index.html", .archiveMonth(year: year, month: month),
                            by: "the news archive of \(month)/\(year)")
            }
        }
        return monthYears
    }

    /// The index of tags and of categories, and the (paginated) page of each.
    private func claimTerms(tags: [Term], categories: [Term], config: SiteConfig, in table: inout RouteTable) {
        let names = config.urlNames
        for (taxonomy, terms, segment) in [(Taxonomy.tags, tags, names.tags), (.categories, categories, names.categories)] {
            table.claim("\(segment)/index.html", .terms(taxonomy), by: "the \(taxonomy.rawValue) index")
            for (t, term) in terms.enumerated() {
                claimList(.term(taxonomy, t), items: term.articles, base: "\(segment)/\(term.slug)/", config: config, in: &table) { _ in
                    "the page of '\(term.name)'"
                }
            }
        }
    }

    /// A redirect page at every old address (`aliases:`) of an article or page.
    private func claimAliases(_ documents: [Document], in table: inout RouteTable) {
        for document in documents {
            for alias in document.aliases {
                guard let file = Self.redirectFile(for: alias) else {
                    table.diagnostics.append(.error(document.aliasesLocation ?? document.urlLocation, .aliasNotPathInsideSite(alias),
                                                    hint: .writeOldAddressPathTin, stage: .assemble))
                    continue
                }
                table.claim(file, .redirect(to: table.paths[document.sourcePath] ?? ""),
                            by: "an alias in \(document.sourcePath)", at: document.aliasesLocation ?? document.urlLocation)
            }
        }
    }

    /// The dashboard, each indicator's page, its embed page and its downloads.
    private func claimIndicators(_ indicators: [IndicatorStatistics], names: SiteConfig.URLNames, in table: inout RouteTable) {
        guard !indicators.isEmpty else { return }
        table.claim(names.indicatorsPath + "index.html", .dashboard, by: "the dashboard")
        for (k, stats) in indicators.enumerated() {
            let id = stats.indicator.id
            table.claim(names.indicatorPath(id) + "index.html", .indicator(k), by: "the page of indicator '\(id)'", at: stats.indicator.location)
            table.claim(names.embedPath(id) + "index.html", .embed(k), by: "the embed page of '\(id)'", at: stats.indicator.location)
            for file in IndicatorFile.published(pictures: options.images) {
                table.claim("\(names.indicators)/\(id)\(file.rawValue)", .indicatorFile(k, file), by: "the \(file) of '\(id)'")
            }
        }
    }

    /// A picture for social networks on every section's front page and every story; pages take
    /// their section's, indicators their chart's.
    private func claimShareImages(_ project: LoadedProject, articles: [Document], stories: [Document], documents: [Document],
                                  interface t: Interface, in table: inout RouteTable) -> ShareImages {
        let config = project.config
        let names = config.urlNames
        var share = ShareImages()
        share.homeAlt = config.title
        table.claim(ShareImages.name, .shareImage(.home), by: "the home page's share picture")
        var sections: [String] = []
        if !articles.isEmpty { sections += [names.articlesPath, names.tagsPath, names.categoriesPath] }
        if !stories.isEmpty { sections.append(names.storiesPath) }
        if project.plan != nil { sections += [names.planPath, names.agenciesPath] }
        if !project.indicators.isEmpty { sections.append(names.indicatorsPath) }
        if !documents.isEmpty { sections.append(names.documentsPath) }
        for section in sections {
            // Tags, categories and agencies show the picture of the section they belong to.
            let owner = [names.tagsPath, names.categoriesPath].contains(section) ? names.articlesPath : section == names.agenciesPath ? names.planPath : section
            if owner == section { table.claim(section + ShareImages.name, .shareImage(.section(section)), by: "the share picture of /\(section)") }
            let title: String = switch owner {
            case names.articlesPath: t(.news)
            case names.storiesPath: t(.stories)
            case names.indicatorsPath: t(.dashboard)
            case names.documentsPath: t(.documents)
            default: t(.plan)
            }
            share.sections.append((section, owner + ShareImages.name, "\(title) – \(config.title)"))
        }
        for (i, story) in stories.enumerated() {
            let path = story.sitePath(names)
            table.claim(path + ShareImages.name, .shareImage(.story(i)), by: "the share picture of \(story.sourcePath)")
            share.pages[path] = (path + ShareImages.name, story.labelledTitle(t))
        }
        for stats in project.indicators {
            let id = stats.indicator.id
            share.pages[names.indicatorPath(id)] = ("\(names.indicators)/\(id)\(IndicatorFile.socialPNG.rawValue)", ChartRenderer(stats).title)
        }
        // A page in another language shows a picture in its words: the site's own speaks Vietnamese.
        for (code, version) in config.versions.sorted(by: { $0.key < $1.key }) {
            let file = "\(code)/" + ShareImages.name
            table.claim(file, .shareImage(.language(code)), by: "the share picture of the pages in '\(code)'")
            share.languages[code] = (file, version.title)
        }
        share.sections.sort { $0.path.count > $1.path.count }
        return share
    }

    /// Files copied as they are: those beside pages (bundles, linked files), published with the
    /// pages that are; media; the theme's static files.
    /// Each document's files, the media and the theme's static files; returns the fingerprinted
    /// names of the theme's stylesheets and scripts (see `Site.assets`).
    private func claimFiles(_ project: LoadedProject, documents: [Document], in table: inout RouteTable) -> [String: String] {
        var resources: [String: String] = [:]
        for document in documents {
            for resource in document.body.resources where resources[resource.output] == nil {
                resources[resource.output] = resource.source
                table.claim(resource.output, .copy(source: resource.source), by: resource.source)
            }
        }
        for source in project.media {
            table.claim("media/" + source.dropFirst("content/media/".count), .copy(source: source), by: source)
        }
        var assets: [String: String] = [:]
        let files = ProjectFiles(root: options.siteRoot)
        for source in project.staticFiles {
            let path = String(source.dropFirst("templates/static/".count))
            table.claim(path, .copy(source: source), by: source)
            // A stylesheet or script also gets a name that changes with its bytes (`style.3f9a2c1d.css`):
            // pages link that name, so a server may let browsers keep it for a year.
            guard path.hasPrefix("assets/"), let dot = path.lastIndex(of: "."), ["css", "js"].contains(path[path.index(after: dot)...]),
                  case .success(let file) = files.read(source) else { continue }
            let fingerprint = ContentHash(file.text).hex.prefix(8)
            let named = "\(path[..<dot]).\(fingerprint)\(path[dot...])"
            table.claim(named, .copy(source: source), by: source)
            assets[String(path.dropFirst("assets/".count).prefix { $0 != "." })] = named
        }
        return assets
    }

    /// The site's articles newest first, and those in its other languages by language, newest
    /// first in each. A language the site does not declare is an error: it has no words to show.
    static func byLanguage(_ all: [Document], config: SiteConfig, diagnostics: inout [Diagnostic]) -> (own: [Document], translated: [Document]) {
        let newestFirst: (Document, Document) -> Bool = { a, b in (a.date!, b.sourcePath) > (b.date!, a.sourcePath) }
        var own: [Document] = [], translated: [Document] = []
        own.reserveCapacity(all.count)
        // Made only when a file name looks like a translation's: most sites have none.
        var sources: Set<String>?
        let languages = config.languages.joined(separator: ", ")
        // The parser placed each article in its language (`Document.placed`).
        for placed in all {
            guard let lang = placed.lang else {
                // `bai.fr.md` beside `bai.md` is a translation in a language the site does not have: said, not published as news of the site's own.
                if let code = DocumentParser.fileLanguage(placed.sourcePath) {
                    if sources == nil { sources = Set(all.map(\.sourcePath)) }
                    if sources!.contains(String(placed.sourcePath.dropLast(".\(code).md".count)) + ".md") {
                        diagnostics.append(.warning(placed.urlLocation, .fileNameSaysArticleWhich(code, languages, config.language),
                                                    hint: .addFileNameLanguage(code, code), stage: .assemble))
                    }
                }
                own.append(placed)
                continue
            }
            guard config.versions[lang] != nil else {
                diagnostics.append(.error(placed.langLocation ?? placed.urlLocation, .articleWhichNotLanguageSite(lang, languages),
                                          // `EN` or `en-GB` for `en`; a two-letter code is never "close" to another one.
                                          hint: config.languages.first { lang.lowercased() == $0 || lang.lowercased().hasPrefix($0 + "-") || lang.lowercased().hasPrefix($0 + "_") }
                                            .map(Message.didYouMean)
                                            ?? .addArticleLanguage(lang, lang), stage: .assemble))
                continue
            }
            translated.append(placed)
        }
        own = own.sortedMovingOnce(by: { ($0.date!.epochSeconds, $0.sourcePath) }) { a, b in (a.0, b.1) > (b.0, a.1) }
        translated.sort { a, b in a.lang! != b.lang! ? a.lang! < b.lang! : newestFirst(a, b) }
        return (own, translated)
    }

    /// Each other language's news list (paginated like the site's), its articles and its feed.
    private func claimTranslated(_ translated: [Document], project: LoadedProject, in table: inout RouteTable) -> [FeedSpec] {
        let config = project.config
        let names = config.urlNames
        var feeds: [FeedSpec] = []
        for language in config.versions.keys.sorted() {
            if config.search {
                table.claim("\(language)/\(names.searchPath)index.html", .translatedSearch(language: language), by: "the search page in '\(language)'")
            }
            let members = translated.indices.filter { translated[$0].lang == language }
            guard !members.isEmpty else { continue }
            let folder = "\(language)/\(names.articlesPath)"
            claimList(.translated(language: language), items: members, base: folder, config: config, in: &table) { _ in "the news list in '\(language)'" }
            for i in members { table.claimDocument(translated[i], .translatedArticle(i), names: names) }
            let t = project.interfaces[language] ?? project.interface
            let version = config.inLanguage(language)
            feeds.append(FeedSpec(title: t(.newsFeed, ["site": version.title]), description: t(.newsDescription, ["site": version.title]),
                                  folder: folder, page: folder, articles: Array(members.prefix(config.feedSize)), language: language))
        }
        return feeds
    }

    /// Pages and articles linked by `translation:` are versions of one page, and so are files
    /// named as Hugo names translations (`bai.en.md` beside `bai.md`); every version links to all the others.
    static func translations(_ pages: [Document], paths: [String: String], language: String,
                             diagnostics: inout [Diagnostic]) -> [String: [(lang: String, path: String)]] {
        // Most sites have no versions in other languages: nothing to look up.
        guard pages.contains(where: { $0.translation != nil || $0.lang != nil }) else { return [:] }
        var group: [String: String] = [:]   // source path → the source path of its group's page in the site's language
        let bySource = Dictionary(pages.map { ($0.sourcePath, $0) }, uniquingKeysWith: { a, _ in a })
        // The first page at each address, made when a page first names another by its address
        // (a look through every page for each such name took tens of milliseconds at 10,000).
        var byAddress: [String: Document]?
        func atPath(_ path: String) -> Document? {
            if byAddress == nil {
                byAddress = Dictionary(pages.compactMap { page in paths[page.sourcePath].map { ($0, page) } }, uniquingKeysWith: { first, _ in first })
            }
            return byAddress?[path]
        }
        for page in pages {
            guard page.translation != nil || page.lang != nil else { continue }
            guard let target = page.translation else {
                // `bai.en.md` is a version of `bai.md` when that file is published.
                if let lang = page.lang, page.sourcePath.hasSuffix(".\(lang).md"),
                   let other = bySource[String(page.sourcePath.dropLast(".\(lang).md".count)) + ".md"] {
                    let root = group[other.sourcePath] ?? other.sourcePath
                    (group[page.sourcePath], group[other.sourcePath]) = (root, root)
                }
                continue
            }
            let wanted = target.split(separator: "/").joined(separator: "/") + "/"
            guard let other = atPath(wanted) else {
                diagnostics.append(.warning(page.urlLocation, .translationNotPageSite(target),
                                            hint: .writePathPageSiteLanguage, stage: .assemble))
                continue
            }
            let root = group[other.sourcePath] ?? other.sourcePath
            (group[page.sourcePath], group[other.sourcePath]) = (root, root)
        }
        let byPath = bySource
        var members: [String: [String]] = [:]
        for (page, root) in group.sorted(by: { $0.key < $1.key }) { members[root, default: []].append(page) }
        var translations: [String: [(lang: String, path: String)]] = [:]
        for versions in members.values {
            for page in versions {
                translations[page] = versions.filter { $0 != page }.compactMap { other in
                    byPath[other].map { ($0.lang ?? language, paths[other]!) }
                }.sorted { $0.lang < $1.lang }
            }
        }
        return translations
    }

    /// Each task lists the articles, stories and documents that declare it, newest first; a
    /// year's evidence must be from that year (a report of 2022 proves nothing about 2025), or
    /// from the first quarter of the next, when a year's reports come out. Evidence that is not a
    /// page of this build (an article dated later, a draft, a wrong path) is a warning and is not
    /// linked: the task page would otherwise link to nothing.
    private func planWithEvidence(_ plan: Plan, evidence all: [Document], paths: [String: String], files: [String: String],
                                  unpublished: [Document], diagnostics: inout [Diagnostic]) -> Plan {
        var p = plan
        let ids = Set(p.tasks.map(\.id))
        let evidence = all.sortedMovingOnce(by: { $0.date ?? options.now }, >)
        for document in evidence {
            for id in document.tasks where !ids.contains(id) {
                diagnostics.append(.warning(document.urlLocation, .noPlanTaskId(id),
                                            hint: Suggestion.closest(to: id, in: ids.sorted()).map(Message.didYouMean) ?? .taskIdsLookLike, stage: .assemble))
            }
        }
        for g in p.groups.indices {
            for t in p.groups[g].tasks.indices {
                let id = p.groups[g].tasks[t].id
                p.groups[g].tasks[t].evidence = evidence.filter { $0.tasks.contains(id) }.map(\.sourcePath)
            }
        }
        let byPath = Dictionary(all.map { (paths[$0.sourcePath] ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        for g in p.groups.indices {
            for t in p.groups[g].tasks.indices {
                let task = p.groups[g].tasks[t]
                for (k, year) in task.status.enumerated() where year.evidence.hasPrefix("/") && !year.evidence.hasPrefix("//") {
                    let path = String(year.evidence.dropFirst().prefix { $0 != "#" && $0 != "?" })
                    guard files[path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path] != nil || files[path + "/index.html"] != nil else {
                        // An article dated later, or a draft, whose address this is: said by name.
                        let at = year.evidenceLocation ?? task.location
                        let slug = path.split(separator: "/").last.map(String.init) ?? ""
                        if let waiting = unpublished.first(where: { $0.slug == slug }) {
                            if !waiting.draft, let date = waiting.date {
                                diagnostics.append(.warning(at, .evidenceNotPublished(year.year, year.evidence, waiting.sourcePath, VietnameseFormat.shortDate(date)),
                                                            hint: .evidenceLinkedOnItsDate, stage: .assemble))
                            } else {
                                diagnostics.append(.warning(at, .evidenceDraft(year.year, year.evidence, waiting.sourcePath), hint: .evidenceDraftReady, stage: .assemble))
                            }
                        } else {
                            diagnostics.append(.warning(at, .evidenceNotPage(year.year, year.evidence), hint: .evidenceLinkedOncePublished, stage: .assemble))
                        }
                        p.groups[g].tasks[t].status[k].evidence = ""
                        continue
                    }
                    guard let document = byPath[path], let date = document.date ?? document.legal?.issuedDate,
                          date.year != year.year, !(date.year == year.year + 1 && date.month <= 3) else { continue }
                    diagnostics.append(.error(year.evidenceLocation ?? task.location,
                                              .evidenceDated(year.year, VietnameseFormat.shortDate(date), document.sourcePath),
                                              hint: .linkReportWhatWasDone(year.year), stage: .assemble))
                }
            }
        }
        return p
    }

    /// Feeds of the whole site, the news section, every tag and every category.
    static func feeds(config: SiteConfig, interface t: Interface, articles: [Document], tags: [Term], categories: [Term]) -> [FeedSpec] {
        let names = config.urlNames
        let newest = Array(articles.indices.prefix(config.feedSize))
        let description = config.description.isEmpty ? config.title : config.description
        var feeds = [
            FeedSpec(title: config.title, description: description, folder: "", page: "", articles: newest),
            FeedSpec(title: t(.newsFeed, ["site": config.title]), description: description, folder: names.articlesPath, page: names.articlesPath, articles: newest),
        ]
        for (terms, segment, label) in [(tags, names.tags, t(.tags)), (categories, names.categories, t(.categories))] {
            for term in terms {
                let folder = "\(segment)/\(term.slug)/"
                feeds.append(FeedSpec(title: t(.termFeed, ["taxonomy": label, "name": term.name, "site": config.title]), description: t(.articlesAbout, ["name": term.name]),
                                      folder: folder, page: folder, articles: Array(term.articles.prefix(config.feedSize))))
            }
        }
        return feeds
    }

    /// The source files dated after the build, soonest first, each with its date as written.
    static func waiting(_ project: LoadedProject, _ options: BuildOptions) -> [WaitingFile] {
        guard !options.includeFuture else { return [] }
        var found: [(path: String, moment: DateTime)] = []
        for list in [project.articles, project.pages, project.stories, project.documents, project.events,
                     project.broadcasts, project.honours, project.glossary] {
            for document in list {
                if let moment = document.waitsUntil(options) { found.append((document.sourcePath, moment)) }
            }
        }
        return found.sorted { ($0.moment.epochSeconds, $0.path) < ($1.moment.epochSeconds, $1.path) }.map { WaitingFile(path: $0.path, date: VietnameseFormat.written($0.moment)) }
    }

    /// Groups articles by a list field; names that give the same slug are one term, named as
    /// most articles write it (of equals, the first article's), so one article writing `Cà Phê`
    /// does not rename the tag of a hundred that write `cà phê`. Sorted in Vietnamese order.
    static func terms(_ articles: [Document], _ field: (Document) -> [String]) -> [Term] {
        var terms: [Term] = []
        var bySlug: [String: Int] = [:] // slug → place in `terms`
        // A site's few tags are written on thousands of articles: each name is made a slug once,
        // and each is looked up once per article.
        var names: [String: Int] = [:] // name → place in `spellings`
        var spellings: [(name: String, slug: String, uses: Int)] = []
        for (i, article) in articles.enumerated() {
            for name in field(article) {
                let n: Int
                if let known = names[name] { n = known } else {
                    n = spellings.count
                    names[name] = n
                    spellings.append((name, VietnameseText.slug(name), 0))
                }
                spellings[n].uses += 1
                let slug = spellings[n].slug
                guard !slug.isEmpty else { continue }
                if let k = bySlug[slug] {
                    if terms[k].articles.last != i { terms[k].articles.append(i) }
                } else {
                    bySlug[slug] = terms.count
                    terms.append(Term(name: name, slug: slug, articles: [i]))
                }
            }
        }
        if spellings.count > terms.count {
            // `spellings` is in the order first written: `>` keeps the first of equals. A spelling
            // with Vietnamese marks wins over one without, however many write `Chinh sach`.
            var most: [String: (name: String, marked: Bool, uses: Int)] = [:]
            for spelling in spellings {
                let marked = !spelling.name.utf8.allSatisfy { $0 < 0x80 }
                if let best = most[spelling.slug], best.marked && !marked || best.marked == marked && best.uses >= spelling.uses { continue }
                most[spelling.slug] = (spelling.name, marked, spelling.uses)
            }
            for k in terms.indices { terms[k].name = most[terms[k].slug]?.name ?? terms[k].name }
        }
        return VietnameseCollation.sorted(terms) { $0.name }
    }

    /// A tag or category written without its marks where the site has it with them
    /// (`Chinh sach` beside `Chính sách`) is a warning at the article, which is then listed,
    /// shown and fed under the spelling with marks (of several, the one most articles write).
    private func withMarks(_ articles: [Document], diagnostics: inout [Diagnostic]) -> [Document] {
        var out = articles
        for (field, key, what) in [(\Document.tags, "tags", Message.tag), (\Document.categories, "categories", Message.category)] {
            // Each name once, with how many articles write it; a site has few names on many articles.
            var uses: [String: Int] = [:]
            for article in articles { for name in article[keyPath: field] { uses[name, default: 0] += 1 } }
            // Spellings with marks, by slug, each with its uses.
            var marked: [String: [String: Int]] = [:]
            var unmarked: [String] = []
            for (name, count) in uses {
                if name.utf8.allSatisfy({ $0 < 0x80 }) { unmarked.append(name) } else { marked[VietnameseText.slug(name), default: [:]][name] = count }
            }
            guard !marked.isEmpty, !unmarked.isEmpty else { continue }
            var meant: [String: String] = [:]
            for name in unmarked {
                if let spellings = marked[VietnameseText.slug(name)] {
                    meant[name] = spellings.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
                }
            }
            guard !meant.isEmpty else { continue }
            for k in out.indices where out[k][keyPath: field].contains(where: { meant[$0] != nil }) {
                for name in out[k][keyPath: field] {
                    guard let spelled = meant[name] else { continue }
                    diagnostics.append(.warning(fieldLocation(out[k], key: key, value: name), .termWithoutMarks(what, name, spelled),
                                                hint: .writeAsOthersDo(spelled), stage: .assemble))
                }
                out[k][keyPath: field] = out[k][keyPath: field].map { meant[$0] ?? $0 }
            }
        }
        return out
    }

    /// Where `value` is written under `key:` in a document's front matter (read again: this is
    /// for a rare warning), or the document's first line.
    private func fieldLocation(_ document: Document, key: String, value: String) -> SourceLocation {
        let fallback = SourceLocation(file: document.sourcePath, line: 1)
        guard let text = try? String(contentsOf: options.siteRoot.appendingPathComponent(document.sourcePath), encoding: .utf8) else { return fallback }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) else { return fallback }
        for n in first..<min(lines.count, first + 30) {
            if let range = lines[n].range(of: value) {
                return SourceLocation(file: document.sourcePath, line: n + 1, column: lines[n].distance(from: lines[n].startIndex, to: range.lowerBound) + 1)
            }
        }
        return SourceLocation(file: document.sourcePath, line: first + 1)
    }

    /// The file that answers an old address, kept as the user wrote it so the old link still
    /// works: `/tin-cu/bai-a.html` is that file, `/tin-cũ/bài-a/` the `index.html` of that folder
    /// (percent-escapes decoded, as web servers do before looking for the file). Nil for a path
    /// that would leave the site or that no static file can answer.
    static func redirectFile(for alias: String) -> String? {
        let decoded = alias.removingPercentEncoding ?? alias
        let path = decoded.split(separator: "?", maxSplits: 1).first.map(String.init) ?? ""
        let segments = path.split(separator: "/").map { VietnameseText.normalized(String($0)) }
        guard !segments.isEmpty, !decoded.contains("\\"),
              segments.allSatisfy({ $0 != "." && $0 != ".." && !$0.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } })
        else { return nil }
        let last = segments.last!.lowercased()
        if !path.hasSuffix("/"), last.hasSuffix(".html") || last.hasSuffix(".htm") { return segments.joined(separator: "/") }
        return segments.joined(separator: "/") + "/index.html"
    }
}

extension Array {
    /// Newest first, and the like, for large values such as documents: the sort keys are read
    /// once, their positions sorted, then each value is copied once. (Sorting the values moved
    /// each 10,000-byte `Document` many times; comparing values read through the array copied
    /// both documents at every comparison.)
    func sortedMovingOnce<Key>(by key: (Element) -> Key, _ areInIncreasingOrder: (Key, Key) -> Bool) -> [Element] {
        let keys = map(key)
        return keys.indices.sorted { areInIncreasingOrder(keys[$0], keys[$1]) }.map { self[$0] }
    }
}
