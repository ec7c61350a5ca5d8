import Foundation

/// Rendering the home page, the news lists and archive, articles, tags and categories, the press kit.
extension PageRenderer {
    func homePage(_ route: Route, articles: [Int]) -> OutputFile {
        let path = route.sitePath
        var meta = PageMeta(path: path, title: config.title, description: config.description)
        meta.structuredData = StructuredData.website(config)
        var c = context.base(meta)
        c["articles"] = context.articles(articles)
        c["more"] = .bool(site.articles.count > articles.count)
        let tiles = IndicatorContext(site: site).tiles()
        c["tiles"] = .list(tiles)
        c["hasTiles"] = .bool(!tiles.isEmpty)
        c["dashboardURL"] = .text(config.baseURL.link(names.indicatorsPath))
        // The newest reports of the radio-TV station and the newspaper, to hear and watch.
        c["broadcasts"] = .list(site.broadcasts.indices.prefix(2).map { .object(broadcasts.report($0)) })
        return html(route, "home", c)
    }

    func archivePage(_ route: Route, year: Int?) -> OutputFile {
        let path = route.sitePath
        let title = year.map { t(.archiveYear, ["year": String($0)]) } ?? t(.archive)
        var c = context.base(path: path, title: title, description: year.map { t(.archiveYearDescription, ["year": String($0)]) } ?? t(.archiveDescription))
        c["heading"] = .text(title)
        c["years"] = archive.years(current: year, months: year == nil)
        c["index"] = .bool(year == nil)
        c["months"] = year.map { archive.months(of: $0, context: context) } ?? .empty
        return html(route, "archive", c)
    }

    func archiveMonthPage(_ route: Route, year: Int, month: Int) -> OutputFile {
        let path = route.sitePath
        let when = ["month": String(month), "year": String(year)]
        let title = t(.archiveMonth, when)
        var c = context.base(path: path, title: title, description: t(.archiveMonthDescription, when))
        c["heading"] = .text(title)
        c["years"] = archive.years(current: nil)
        c["yearURL"] = .text(config.baseURL.link(names.archivePath(year: year)))
        c["yearName"] = .text(t(.year, ["year": String(year)]))
        c["months"] = archive.months(of: year, only: month, context: context)
        return html(route, "archive", c)
    }

    func pressKitPage(_ route: Route, articles: [Int]) -> OutputFile {
        let path = route.sitePath
        var c = context.base(path: path, title: t(.press), description: t(.pressDescription))
        c["press"] = PressKit(site: site).context(articles, context: context)
        return html(route, "presskit", c)
    }

    func articleListPage(_ route: Route, _ list: ListPage) -> OutputFile {
        let path = route.sitePath
        let title = list.number.map { t(.newsPage, ["page": String($0)]) } ?? t(.news)
        var c = context.base(path: path, title: title, description: t(.newsDescription, ["site": config.title]))
        c["heading"] = .text(t(.news))
        c["articles"] = context.articles(list.items)
        c["pagination"] = context.pagination(list)
        return html(route, "list", c)
    }

    func articlePage(_ route: Route, i: Int) -> OutputFile {
        // Articles are newest first: the previous (older) one follows it in the list.
        article(route, site.articles[i], fields: context.fields(i), words: t,
                previous: i + 1 < site.articles.count ? .lazy(context.article(i + 1)) : .empty, next: i > 0 ? .lazy(context.article(i - 1)) : .empty)
    }

    /// An article in another language of the site: that language's frame and words, its
    /// neighbours in the same language, links to its other versions.
    func translatedArticlePage(_ route: Route, i: Int) -> OutputFile {
        let all = site.translatedArticles
        let a = all[i]
        let words = a.lang.flatMap { site.interfaces[$0] } ?? t
        let neighbour = { (k: Int) -> TemplateValue in
            all.indices.contains(k) && all[k].lang == a.lang ? .object(context.articles.fields(of: all[k], in: words)) : .empty
        }
        return article(route, a, fields: context.articles.fields(of: a, in: words), words: words, previous: neighbour(i + 1), next: neighbour(i - 1))
    }

    private func article(_ route: Route, _ a: Document, fields: TemplateObject, words: Interface, previous: TemplateValue, next: TemplateValue) -> OutputFile {
        let path = route.sitePath
        let local = a.lang.map(config.inLanguage) ?? config
        var meta = PageMeta(path: path, title: a.title, description: a.labelledDescription(words), type: "article")
        (meta.published, meta.modified, meta.author) = (a.date, a.lastmod, a.author)
        meta.image = a.image.map { ($0, a.imageAlt ?? "", a.imageSize) }
        meta.subjects = a.categories + a.tags
        meta.structuredData = StructuredData.newsArticle(a, path: path, config: local, words: words)
        meta.lang = a.lang
        meta.alternates = site.translations[a.sourcePath] ?? []
        var c = context.base(meta)
        c["translations"] = translationLinks(meta.alternates)
        // An article in another language links its language's feed, not the site's archive and tags.
        c["languageFeed"] = .text(orEmpty: a.lang.map { config.baseURL.link("\($0)/\(names.articlesPath)" + FeedFormat.rss.rawValue) })
        var article = fields
        (article["content"], article["glossaryTerms"]) = withTerms(a.body.html, lang: a.lang, for: route)
        // The lead is only a written summary or description: the body shows its first paragraph already.
        article["summary"] = .text(orEmpty: a.lead)
        article["previous"] = previous
        article["next"] = next
        c["article"] = .object(article)
        // The plan's tasks the article reports on, as a story, a document or a broadcast links
        // them; an article in another language links none, as it links no tags.
        let tasks = a.lang == nil ? a.tasks : []
        c["hasTasks"] = .bool(!tasks.isEmpty)
        c["tasks"] = .list(tasks.map { id in .texts(["id": id, "url": config.baseURL.link(names.taskPath(id))]) })
        c["reuse"] = ["citation": .text(Citation.text(author: a.author, year: a.date?.year, title: a.illustrative ? words(.illustrativeCitation, ["title": a.title]) : a.title,
                                                      config: local, path: path)),
                      "illustrative": .bool(a.illustrative)]
        return html(route, "article", c)
    }

    /// The news list in another language of the site.
    func translatedListPage(_ route: Route, _ list: ListPage, language: String) -> OutputFile {
        let words = site.interfaces[language] ?? t
        let title = list.number.map { words(.newsPage, ["page": String($0)]) } ?? words(.news)
        var meta = PageMeta(path: route.sitePath, title: title, description: words(.newsDescription, ["site": config.inLanguage(language).title]))
        meta.lang = language
        meta.feedFolder = "\(language)/\(names.articlesPath)"
        var c = context.base(meta)
        c["heading"] = .text(words(.news))
        c["languageFeed"] = .text(config.baseURL.link(meta.feedFolder! + FeedFormat.rss.rawValue))
        c["articles"] = .list(list.items.map { k in
            var fields = context.articles.fields(of: site.translatedArticles[k], in: words)
            fields["card"] = .text(render("card", for: route, fields))
            return .object(fields)
        })
        c["pagination"] = context.pagination(list, words: words)
        return html(route, "list", c)
    }

    func termsPage(_ route: Route, taxonomy: Taxonomy) -> OutputFile {
        let path = route.sitePath
        let (terms, segment, title) = taxonomy == .tags
            ? (site.tags, names.tags, t(.tags)) : (site.categories, names.categories, t(.categories))
        var c = context.base(path: path, title: title, description: t(.termsDescription, ["what": title.lowercased(), "site": config.title]))
        c["heading"] = .text(title)
        c["terms"] = .list(terms.map { ["name": .text($0.name), "count": .int($0.articles.count),
                                        "url": .text(config.baseURL.link("\(segment)/\($0.slug)/"))] })
        return html(route, "terms", c)
    }

    func termPage(_ route: Route, _ list: ListPage, taxonomy: Taxonomy, k: Int) -> OutputFile {
        let path = route.sitePath
        let (term, segment, label) = taxonomy == .tags
            ? (site.tags[k], names.tags, t(.tags)) : (site.categories[k], names.categories, t(.categories))
        let title = list.number.map { t(.page, ["title": "\(label): \(term.name)", "page": String($0)]) } ?? "\(label): \(term.name)"
        var meta = PageMeta(path: path, title: title, description: t(.articlesAbout, ["name": term.name]))
        meta.feedFolder = "\(segment)/\(term.slug)/"
        var c = context.base(meta)
        c["heading"] = .text("\(label): \(term.name)")
        c["label"] = .text(label)
        c["indexURL"] = .text(config.baseURL.link(segment + "/"))
        // On the first page only: a count on every page would change them all with each new article.
        c["count"] = list.isFirst ? .int(term.articles.count) : .empty
        c["articles"] = context.articles(list.items)
        c["pagination"] = context.pagination(list)
        return html(route, "taxonomy", c)
    }
}
