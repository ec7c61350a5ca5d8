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

    /// `cards` limits the article cards rendered up front to those a partial rebuild shows.
    public init(site: Site, templates: TemplateLibrary, root: URL, cards: Set<Int>? = nil, rasteriser: Rasteriser = Rasteriser(previous: nil)) {
        self.site = site
        self.templates = templates
        self.root = root
        self.rasteriser = rasteriser
        context = PageContext.prepared(site: site, templates: templates, only: cards)
    }

    public func render(_ route: Route) -> OutputFile {
        let config = site.config
        let names = config.urlNames
        let path = route.sitePath
        let t = site.interface
        switch route.kind {
        case .home:
            var meta = PageMeta(path: path, title: config.title, description: config.description)
            meta.structuredData = StructuredData.website(config)
            var c = context.base(meta)
            c["articles"] = site.articles.indices.prefix(config.homeArticles).map(context.article)
            c["more"] = site.articles.count > config.homeArticles
            let tiles = IndicatorContext(site: site).tiles()
            c["tiles"] = tiles
            c["hasTiles"] = !tiles.isEmpty
            c["dashboardURL"] = config.baseURL.link(names.indicatorsPath)
            return html(route, "home", c)

        case .archive(let year):
            let title = year.map { t(.archiveYear, ["year": String($0)]) } ?? t(.archive)
            var c = context.base(path: path, title: title, description: year.map { t(.archiveYearDescription, ["year": String($0)]) } ?? t(.archiveDescription))
            c["heading"] = title
            c["years"] = Archive(site: site).years(current: year, months: year == nil)
            c["index"] = year == nil
            if let year { c["months"] = Archive(site: site).months(of: year, context: context) }
            return html(route, "archive", c)

        case .archiveMonth(let year, let month):
            let when = ["month": String(month), "year": String(year)]
            let title = t(.archiveMonth, when)
            var c = context.base(path: path, title: title, description: t(.archiveMonthDescription, when))
            c["heading"] = title
            c["years"] = Archive(site: site).years(current: nil)
            c["yearURL"] = config.baseURL.link(names.archivePath(year: year))
            c["yearName"] = t(.year, ["year": String(year)])
            c["months"] = Archive(site: site).months(of: year, only: month, context: context)
            return html(route, "archive", c)

        case .pressKit:
            var c = context.base(path: path, title: t(.press), description: t(.pressDescription))
            c["press"] = PressKit(site: site).context(articles: context)
            return html(route, "presskit", c)

        case .plan:
            var c = context.base(path: path, title: t(.plan), description: t(.planDescription))
            c["plan"] = PlanContext(site: site, plan: site.plan!).overview()
            return html(route, "plan", c)

        case .task(let k):
            let plan = site.plan!
            let task = plan.tasks[k]
            var c = context.base(path: path, title: t(.task, ["id": task.id]), description: Document.shortened(task.text, limit: 200))
            c["task"] = PlanContext(site: site, plan: plan).task(k)
            c["planURL"] = config.baseURL.link(names.planPath)
            return html(route, "task", c)

        case .agency(let k):
            let plan = site.plan!
            var c = context.base(path: path, title: plan.agencies[k].name, description: t(.agencyDescription))
            c["agency"] = PlanContext(site: site, plan: plan).agency(k)
            c["planURL"] = config.baseURL.link(names.planPath)
            return html(route, "agency", c)

        case .documentList:
            var c = context.base(path: path, title: t(.documents), description: t(.documentsDescription))
            let docs = DocumentContext(site: site, root: root)
            c["heading"] = t(.documents)
            c["documents"] = site.documents.indices.map(docs.row)
            c["facets"] = docs.facets()
            return html(route, "documents", c)

        case .documentFacet(let authority, let k):
            let term = (authority ? site.documentAuthorities : site.documentForms)[k]
            var c = context.base(path: path, title: t(.documentsOf, ["name": term.name]), description: t(authority ? .documentsByAuthority : .documentsOfForm, ["name": term.name]))
            let docs = DocumentContext(site: site, root: root)
            c["heading"] = t(.documentsOf, ["name": term.name])
            c["documents"] = term.articles.map(docs.row)
            c["indexURL"] = config.baseURL.link(names.documentsPath)
            return html(route, "documents", c)

        case .legal(let i):
            let d = site.documents[i]
            var c = context.base(path: path, title: d.title, description: d.summary ?? d.title)
            c["document"] = DocumentContext(site: site, root: root).page(i)
            c["indexURL"] = config.baseURL.link(names.documentsPath)
            return html(route, "document", c)

        case .storyList(let page):
            let p = Pagination(itemCount: site.stories.count, pageSize: config.pageSize)
            let title = page > 1 ? t(.storiesPage, ["page": String(page)]) : t(.stories)
            var meta = PageMeta(path: path, title: title, description: t(.storiesDescription))
            meta.feedFolder = names.storiesPath
            var c = context.base(meta)
            let stories = StoryContext(site: site)
            c["heading"] = t(.stories)
            c["stories"] = p.range(page: page).map(stories.card)
            c["facets"] = page == 1 ? stories.facets() : []
            c["pagination"] = context.pagination(p, page: page, base: names.storiesPath).nilIfEmpty
            c["hasIllustrative"] = site.stories.contains { $0.story?.illustrative == true }
            return html(route, "stories", c)

        case .story(let i):
            let d = site.stories[i]
            var meta = PageMeta(path: path, title: d.title, description: d.labelledDescription, type: "article")
            (meta.published, meta.modified) = (d.date, d.lastmod)
            meta.image = d.image.map { ($0, d.imageAlt ?? "", d.imageSize) }
            meta.subjects = (d.story?.tools ?? []) + d.tags
            meta.structuredData = StructuredData.newsArticle(d, path: path, config: config, type: "Article")
            var c = context.base(meta)
            c["story"] = StoryContext(site: site).story(i)
            c["reuse"] = ["citation": Citation.text(author: nil, year: d.date?.year, title: d.title + (d.illustrative ? " [minh họa]" : ""), config: config, path: path),
                          "illustrative": d.illustrative]
            return html(route, "story", c)

        case .storyFacet(let facet, let k, let page):
            let term = site.storyFacets[facet]![k]
            let p = Pagination(itemCount: term.articles.count, pageSize: config.pageSize)
            let heading = "\(t.facet(facet)): \(term.name)"
            var c = context.base(path: path, title: page > 1 ? t(.page, ["title": heading, "page": String(page)]) : heading,
                                 description: t(.storiesAbout, ["name": term.name]))
            let stories = StoryContext(site: site)
            c["heading"] = heading
            c["stories"] = p.range(page: page).map { stories.card(term.articles[$0]) }
            c["pagination"] = context.pagination(p, page: page, base: names.storyFacetPath(facet.rawValue, term.slug)).nilIfEmpty
            c["indexURL"] = config.baseURL.link(names.storiesPath)
            return html(route, "stories", c)

        case .dashboard:
            let base = context.base(path: path, title: t(.dashboard), description: t(.dashboardDescription))
            return html(route, "dashboard", IndicatorContext(site: site).dashboard(base))

        case .indicator(let k):
            let stats = site.indicators[k]
            // An illustrative series says so in the title that link previews and dataset search show.
            var meta = PageMeta(path: path, title: stats.indicator.name + (stats.indicator.illustrative ? " (số liệu minh họa)" : ""),
                                description: ChartRenderer(stats).title)
            meta.structuredData = StructuredData.dataset(stats, config: config)
            var c = IndicatorContext(site: site).indicator(k, base: context.base(meta))
            // An illustrative series has no source to credit: the reuse block says it must not be reused as data.
            c["reuse"] = stats.indicator.illustrative
                ? ["citation": Citation.data(stats.indicator, year: stats.latest?.year, config: config, path: path), "illustrative": true]
                : ["citation": Citation.data(stats.indicator, year: stats.latest?.year, config: config, path: path),
                   "dataSource": stats.indicator.sourceName.isEmpty ? "chưa ghi nguồn" : stats.indicator.sourceName,
                   "credit": Citation.dataCredit(stats.indicator, config: config)]
            return html(route, "indicator", c)

        case .embed(let k):
            let stats = site.indicators[k]
            let base = context.base(path: path, title: stats.indicator.name, description: ChartRenderer(stats).title)
            return html(route, "embed", IndicatorContext(site: site).embed(k, base: base))

        case .search:
            var c = context.base(path: path, title: t(.search), description: t(.searchDescription, ["site": config.title]))
            c["heading"] = t(.search)
            c["search"] = ["action": config.baseURL.link(path), "index": config.baseURL.link(path + SearchIndex.folder),
                           "script": config.baseURL.link("assets/search.js")]
            return html(route, "search", c)

        case .searchFile(let k):
            return OutputFile(path: route.file, bytes: site.search!.file(k))

        case .indicatorFile(let k, let file):
            return IndicatorExport(stats: site.indicators[k], config: config).file(file, path: route.file, rasteriser: rasteriser)

        case .shareImage(let image):
            return OutputFile(path: route.file, bytes: rasteriser.png(ShareCards(site: site).card(image).svg(), width: 1200, height: 630, path: route.file))

        case .articleList(let page):
            let p = Pagination(itemCount: site.articles.count, pageSize: config.pageSize)
            let title = page == 1 ? t(.news) : t(.newsPage, ["page": String(page)])
            var c = context.base(path: path, title: title, description: t(.newsDescription, ["site": config.title]))
            c["heading"] = t(.news)
            c["articles"] = p.range(page: page).map(context.article)
            c["pagination"] = context.pagination(p, page: page, base: names.articlesPath).nilIfEmpty
            return html(route, "list", c)

        case .article(let i):
            let a = site.articles[i]
            var meta = PageMeta(path: path, title: a.title, description: a.labelledDescription, type: "article")
            (meta.published, meta.modified, meta.author) = (a.date, a.lastmod, a.author)
            meta.image = a.image.map { ($0, a.imageAlt ?? "", a.imageSize) }
            meta.subjects = a.categories + a.tags
            meta.structuredData = StructuredData.newsArticle(a, path: path, config: config)
            var c = context.base(meta)
            var article = context.fields(i)
            article["content"] = a.body.html
            // The lead is only a written summary or description: the body shows its first paragraph already.
            article["summary"] = a.lead
            // Articles are newest first: the previous (older) one follows it in the list.
            if i + 1 < site.articles.count { article["previous"] = context.article(i + 1) }
            if i > 0 { article["next"] = context.article(i - 1) }
            c["article"] = article
            c["reuse"] = ["citation": Citation.text(author: a.author, year: a.date?.year, title: a.title + (a.illustrative ? " [minh họa]" : ""), config: config, path: path),
                          "illustrative": a.illustrative]
            return html(route, "article", c)

        case .page(let i):
            let d = site.pages[i]
            var meta = PageMeta(path: path, title: d.title, description: d.metaDescription)
            meta.lang = d.lang
            meta.alternates = site.translations[d.sourcePath] ?? []
            var c = context.base(meta)
            c["translations"] = meta.alternates.map { version in
                ["lang": version.lang, "url": config.baseURL.link(version.path),
                 "label": site.interfaces[version.lang].map { $0(.readIn) } ?? version.lang]
            }
            c["content"] = d.body.html
            c["pageTitle"] = d.title
            let toc = d.toc ? d.body.headings.filter { $0.level <= 3 } : []
            if !toc.isEmpty {
                c["hasToc"] = true
                c["toc"] = toc.map { ["text": $0.text, "id": $0.id, "sub": $0.level == 3] as [String: Any] }
            }
            if let date = d.lastmod ?? d.date { c["updated"] = (d.lang.flatMap { site.interfaces[$0] } ?? site.interface).date(date) }
            return html(route, "page", c)

        case .terms(let taxonomy):
            let (terms, segment, title) = taxonomy == .tags
                ? (site.tags, names.tags, t(.tags)) : (site.categories, names.categories, t(.categories))
            var c = context.base(path: path, title: title, description: t(.termsDescription, ["what": title.lowercased(), "site": config.title]))
            c["heading"] = title
            c["terms"] = terms.map { ["name": $0.name, "count": $0.articles.count,
                                      "url": config.baseURL.link("\(segment)/\($0.slug)/")] as [String: Any] }
            return html(route, "terms", c)

        case .term(let taxonomy, let k, let page):
            let (term, segment, label) = taxonomy == .tags
                ? (site.tags[k], names.tags, t(.tags)) : (site.categories[k], names.categories, t(.categories))
            let p = Pagination(itemCount: term.articles.count, pageSize: config.pageSize)
            let title = page > 1 ? t(.page, ["title": "\(label): \(term.name)", "page": String(page)]) : "\(label): \(term.name)"
            var meta = PageMeta(path: path, title: title, description: t(.articlesAbout, ["name": term.name]))
            meta.feedFolder = "\(segment)/\(term.slug)/"
            var c = context.base(meta)
            c["heading"] = "\(label): \(term.name)"
            c["label"] = label
            c["indexURL"] = config.baseURL.link(segment + "/")
            c["count"] = term.articles.count
            c["articles"] = p.range(page: page).map { context.article(term.articles[$0]) }
            c["pagination"] = context.pagination(p, page: page, base: "\(segment)/\(term.slug)/").nilIfEmpty
            return html(route, "taxonomy", c)

        case .notFound:
            var c = context.base(path: path, title: t(.notFound), description: t(.notFoundDescription, ["site": config.title]))
            c["articles"] = site.articles.indices.prefix(5).map(context.article)
            return html(route, "404", c)

        case .redirect(let target):
            return OutputFile(path: route.file, text: Redirect.page(to: config.baseURL.link(target), absolute: config.baseURL.absolute(target)))

        case .feed(let k, let format):
            return OutputFile(path: route.file, text: FeedWriter(site: site, feed: site.feeds[k]).render(format))

        case .sitemap:
            return OutputFile(path: route.file, text: Sitemap(site: site).xml())

        case .sitemapPart(let k):
            return OutputFile(path: route.file, text: Sitemap(site: site).part(k))

        case .robots:
            return OutputFile(path: route.file, text: "User-agent: *\nAllow: /\n\nSitemap: \(config.baseURL.absolute("sitemap.xml"))\n")

        case .copy(let source):
            // A theme file the site does not override comes from the built-in theme.
            let file = root.appendingPathComponent(source)
            if let bytes = BuiltInTheme.files[source], !FileManager.default.fileExists(atPath: file.path) {
                return OutputFile(path: route.file, bytes: bytes)
            }
            return OutputFile(path: route.file, copying: file)
        }
    }

    private func html(_ route: Route, _ template: String, _ context: [String: Any]) -> OutputFile {
        OutputFile(path: route.file, text: templates.render(template, context))
    }
}

/// A tiny page that sends readers from an old address (`aliases:`) to the current one.
enum Redirect {
    static func page(to link: String, absolute: String) -> String {
        let href = XML.escape(link)
        return """
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><title>Đã chuyển tới \(href)</title>
        <link rel="canonical" href="\(XML.escape(absolute))"><meta name="robots" content="noindex">
        <meta http-equiv="refresh" content="0; url=\(href)"></head>
        <body><p>Trang này đã chuyển tới <a href="\(href)">\(href)</a>.</p></body></html>

        """
    }
}
