import Foundation

/// Stage 3: turns one route into one output file. Pure: the same site gives the same bytes.
public struct PageRenderer: Sendable {
    public let site: Site
    public let templates: TemplateLibrary
    public let root: URL

    /// Draws the PNG pictures.
    public let rasteriser: Rasteriser

    /// Shared by every page of the build: computed once, read from every thread.
    let context: PageContext
    /// The archive's years and months, counted once.
    let archive: Archive
    /// The templates and glossary terms each file read, noted for the preview's rebuilds after
    /// an edit of one (nil: not noted, as in `lantoa build`).
    let reads: PageReads?

    /// `cards` limits the article cards rendered up front to those a partial rebuild shows;
    /// `knownCards` are those rendered before of articles unchanged since, by source path.
    public init(site: Site, templates: TemplateLibrary, root: URL, cards: Set<Int>? = nil, knownCards: [String: String] = [:],
                rasteriser: Rasteriser = Rasteriser(previous: nil), notingReads: Bool = false) {
        self.site = site
        self.templates = templates
        self.root = root
        self.rasteriser = rasteriser
        reads = notingReads ? PageReads() : nil
        context = PageContext.prepared(site: site, templates: templates, only: cards, known: knownCards)
        archive = Archive(site: site)
    }

    var config: SiteConfig { site.config }
    var names: SiteConfig.URLNames { site.config.urlNames }
    /// The theme's words in the site's language.
    var t: Interface { site.interface }

    /// One file per route; each family of pages is rendered in its own file (`PageRenderer+News.swift`, …).
    public func render(_ route: Route) -> OutputFile {
        switch route.kind {
        case .home(let articles): homePage(route, articles: articles)
        case .archive(let year): archivePage(route, year: year)
        case .archiveMonth(let year, let month): archiveMonthPage(route, year: year, month: month)
        case .pressKit(let articles): pressKitPage(route, articles: articles)
        case .plan: planPage(route)
        case .task(let k): taskPage(route, k: k)
        case .agency(let k): agencyPage(route, k: k)
        case .glossary: glossaryPage(route)
        case .glossaryTerm(let i): glossaryTermPage(route, i: i)
        case .broadcasts: broadcastsPage(route)
        case .broadcast(let i): broadcastPage(route, i: i)
        case .podcast: podcastFeed(route)
        case .honours: honoursPage(route)
        case .honourYear(let i): honourYearPage(route, i: i)
        case .honoured(let k): honouredPage(route, k: k)
        case .newsletters: newslettersPage(route)
        case .newsletter(let k): newsletterPage(route, k: k)
        case .newsletterMail(let k, let part): newsletterMail(route, k: k, part: part)
        case .openData: openDataPage(route)
        case .openDataFile(let file): openDataFile(route, file)
        case .events: eventsPage(route)
        case .event(let i): eventPage(route, i: i)
        case .calendar(let category): calendarFile(route, category: category)
        case .eventCalendar(let i): eventCalendarFile(route, i: i)
        case .documentList: documentListPage(route)
        case .documentFacet(let authority, let k): documentFacetPage(route, authority: authority, k: k)
        case .legal(let i): legalPage(route, i: i)
        case .story(let i): storyPage(route, i: i)
        case .dashboard: dashboardPage(route)
        case .indicator(let k): indicatorPage(route, k: k)
        case .embed(let k): embedPage(route, k: k)
        case .search: searchPage(route, language: nil)
        case .translatedSearch(let language): searchPage(route, language: language)
        case .searchFile(let k): searchIndexFile(route, k: k)
        case .indicatorFile(let k, let file): indicatorDownload(route, k: k, file: file)
        case .shareImage(let image): sharePicture(route, image: image)
        case .list(let list): listPage(route, list)
        case .article(let i): articlePage(route, i: i)
        case .translatedArticle(let i): translatedArticlePage(route, i: i)
        case .page(let i): contentPage(route, i: i)
        case .terms(let taxonomy): termsPage(route, taxonomy: taxonomy)
        case .notFound(let articles): notFoundPage(route, articles: articles)
        case .redirect(let target): redirectPage(route, target: target)
        case .feed(let k, let format): feedFile(route, k: k, format: format)
        case .sitemap: sitemapFile(route)
        case .sitemapPart(let k): sitemapPartFile(route, k: k)
        case .robots: robotsFile(route)
        case .htaccess: OutputFile(path: route.file, text: ServerConfig(site: site).apache(root: "", virtualHost: false))
        case .copy(let source): copied(route, source: source)
        }
    }

    /// A page of a list: each list has its own words and template, all paginated alike.
    func listPage(_ route: Route, _ list: ListPage) -> OutputFile {
        switch list.of {
        case .news: articleListPage(route, list)
        case .term(let taxonomy, let k): termPage(route, list, taxonomy: taxonomy, k: k)
        case .translated(let language): translatedListPage(route, list, language: language)
        case .stories: storyListPage(route, list)
        case .storyFacet(let facet, let k): storyFacetPage(route, list, facet: facet, k: k)
        }
    }

    /// A body with the first use of each glossary term linked (unless `glossary_links: false`), and
    /// the terms it uses with their short definitions, for the box after the text. A page in
    /// another language (`lang`) is left as it is: the glossary defines its terms in the site's.
    func withTerms(_ html: String, except: Int? = nil, lang: String? = nil, for route: Route) -> (TemplateValue, TemplateValue) {
        guard config.glossaryLinks, !site.glossary.isEmpty, (lang ?? config.language) == config.language else { return (.text(html), .empty) }
        let (linked, used) = context.glossary.link(html, except: except)
        reads?.terms(used.map { site.glossary[$0].sourcePath }, for: route.file)
        guard !used.isEmpty else { return (.text(linked), .empty) }
        return (.text(linked), ["items": .list(used.map { k in
            .texts(["term": site.glossary[k].title, "short": site.glossary[k].glossary?.short ?? "", "url": config.baseURL.link(site.path(of: site.glossary[k]))])
        })])
    }

    func html(_ route: Route, _ template: String, _ context: TemplateObject) -> OutputFile {
        OutputFile(path: route.file, text: render(template, for: route, context))
    }

    /// Renders `template` as part of `route`'s file, noting that the file uses it.
    func render(_ template: String, for route: Route, _ context: TemplateObject) -> String {
        reads?.template(template, for: route.file)
        return templates.render(template, context)
    }
}

/// A tiny page that sends readers from an old address (`aliases:`) to the current one.
enum Redirect {
    /// A page that sends the reader on at once, in `language` with its `words`.
    static func page(to link: String, absolute: String, language: String, words: Interface) -> String {
        let href = XML.escape(link)
        return """
        <!DOCTYPE html>
        <html lang="\(XML.escape(language))"><head><meta charset="utf-8"><title>\(XML.escape(words(.redirectTitle, ["url": link])))</title>
        <link rel="canonical" href="\(XML.escape(absolute))"><meta name="robots" content="noindex">
        <meta http-equiv="refresh" content="0; url=\(href)"></head>
        <body><p>\(XML.escape(words(.redirectText))) <a href="\(href)">\(href)</a>.</p></body></html>

        """
    }
}
