import Foundation

/// Rendering the home page, the news lists and archive, articles, tags and categories, the press kit.
extension PageRenderer {
    func homePage(_ route: Route) -> OutputFile {
        let path = route.sitePath
        var meta = PageMeta(path: path, title: config.title, description: config.description)
        meta.structuredData = StructuredData.website(config)
        var c = context.base(meta)
        c["articles"] = site.articlesListed(by: route.kind).map(context.article)
        c["more"] = site.articles.count > config.homeArticles
        let tiles = IndicatorContext(site: site).tiles()
        c["tiles"] = tiles
        c["hasTiles"] = !tiles.isEmpty
        c["dashboardURL"] = config.baseURL.link(names.indicatorsPath)
        return html(route, "home", c)
    }

    func archivePage(_ route: Route, year: Int?) -> OutputFile {
        let path = route.sitePath
        let title = year.map { t(.archiveYear, ["year": String($0)]) } ?? t(.archive)
        var c = context.base(path: path, title: title, description: year.map { t(.archiveYearDescription, ["year": String($0)]) } ?? t(.archiveDescription))
        c["heading"] = title
        c["years"] = Archive(site: site).years(current: year, months: year == nil)
        c["index"] = year == nil
        if let year { c["months"] = Archive(site: site).months(of: year, context: context) }
        return html(route, "archive", c)
    }

    func archiveMonthPage(_ route: Route, year: Int, month: Int) -> OutputFile {
        let path = route.sitePath
        let when = ["month": String(month), "year": String(year)]
        let title = t(.archiveMonth, when)
        var c = context.base(path: path, title: title, description: t(.archiveMonthDescription, when))
        c["heading"] = title
        c["years"] = Archive(site: site).years(current: nil)
        c["yearURL"] = config.baseURL.link(names.archivePath(year: year))
        c["yearName"] = t(.year, ["year": String(year)])
        c["months"] = Archive(site: site).months(of: year, only: month, context: context)
        return html(route, "archive", c)
    }

    func pressKitPage(_ route: Route) -> OutputFile {
        let path = route.sitePath
        var c = context.base(path: path, title: t(.press), description: t(.pressDescription))
        c["press"] = PressKit(site: site).context(articles: context)
        return html(route, "presskit", c)
    }

    func articleListPage(_ route: Route, page: Int) -> OutputFile {
        let path = route.sitePath
        let p = Pagination(itemCount: site.articles.count, pageSize: config.pageSize)
        let title = page == 1 ? t(.news) : t(.newsPage, ["page": String(page)])
        var c = context.base(path: path, title: title, description: t(.newsDescription, ["site": config.title]))
        c["heading"] = t(.news)
        c["articles"] = site.articlesListed(by: route.kind).map(context.article)
        c["pagination"] = context.pagination(p, page: page, base: names.articlesPath).nilIfEmpty
        return html(route, "list", c)
    }

    func articlePage(_ route: Route, i: Int) -> OutputFile {
        let path = route.sitePath
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
    }

    func termsPage(_ route: Route, taxonomy: Taxonomy) -> OutputFile {
        let path = route.sitePath
        let (terms, segment, title) = taxonomy == .tags
            ? (site.tags, names.tags, t(.tags)) : (site.categories, names.categories, t(.categories))
        var c = context.base(path: path, title: title, description: t(.termsDescription, ["what": title.lowercased(), "site": config.title]))
        c["heading"] = title
        c["terms"] = terms.map { ["name": $0.name, "count": $0.articles.count,
                                  "url": config.baseURL.link("\(segment)/\($0.slug)/")] as [String: Any] }
        return html(route, "terms", c)
    }

    func termPage(_ route: Route, taxonomy: Taxonomy, k: Int, page: Int) -> OutputFile {
        let path = route.sitePath
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
        c["articles"] = site.articlesListed(by: route.kind).map(context.article)
        c["pagination"] = context.pagination(p, page: page, base: "\(segment)/\(term.slug)/").nilIfEmpty
        return html(route, "taxonomy", c)
    }
}
