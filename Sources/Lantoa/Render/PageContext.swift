import Foundation

/// Builds the contexts Mustache templates see. Each states every name its template reads, empty
/// where there is nothing (see `TemplateValue`), so no name falls through to an outer context.
struct PageContext: @unchecked Sendable {
    let site: Site
    let shared: TemplateObject
    /// `shared` for a page in another language of the site: its title, notice and words.
    let sharedByLanguage: [String: TemplateObject]
    /// What lists and pages show of each article.
    let articles: ArticleFields
    /// Links the first use of each glossary term in a body.
    let glossary: GlossaryLinker
    /// Each article's card, rendered once on every core: lists, tag pages and the home page show
    /// the same card many times. A card is about as long as the title and summary it shows, and
    /// is read about eight times a build: kept in memory, not in the text store, where reading
    /// it back cost more time than its few hundred bytes are worth.
    private(set) var cards: [String] = []
    /// The cards of a partial rebuild, by index.
    private(set) var someCards: [Int: String] = [:]

    /// The cards rendered, by the articles' source paths.
    var cardsBySource: [String: String] {
        var all: [String: String] = Dictionary(minimumCapacity: cards.count + someCards.count)
        for (i, card) in cards.enumerated() { all[site.articles[i].sourcePath] = card }
        for (i, card) in someCards { all[site.articles[i].sourcePath] = card }
        return all
    }

    /// A context whose cards are rendered up front, on every core. `only` limits the cards to
    /// the articles a partial rebuild shows; `known` are cards rendered before, by source path,
    /// of articles that did not change since (the preview keeps them between rebuilds).
    static func prepared(site: Site, templates: TemplateLibrary, only: Set<Int>? = nil, known: [String: String] = [:]) -> PageContext {
        var context = PageContext(site: site)
        let articles = context.articles
        // A partial rebuild prepares only the articles it shows.
        let indices = only.map { Array($0).sorted() } ?? Array(site.articles.indices)
        let cards = Parallel.map(indices) { i in known[site.articles[i].sourcePath] ?? templates.render("card", articles.fields(i)) }
        if only == nil {
            context.cards = cards
        } else {
            context.someCards = Dictionary(uniqueKeysWithValues: zip(indices, cards))
        }
        return context
    }

    init(site: Site) {
        self.site = site
        articles = ArticleFields(site: site)
        glossary = GlossaryLinker(site: site)
        let c = site.config
        let org = c.organisation
        let shared: TemplateObject = [
            "title": .text(c.title), "tagline": .text(c.tagline), "description": .text(c.description), "language": .text(c.language),
            // The version only: a commit in every page would change every page at every commit.
            "generator": "Lan Tỏa \(LantoaVersion.number)",
            // The theme's words (templates/i18n/<language>.yml): {{site.t.stories}}.
            "t": .texts(site.interface.context),
            "base": .text(c.baseURL.path), "home": .text(c.baseURL.absolute("")),
            // Where the site's title leads: the home page, or a language's own (`languageHome`).
            "homeLink": .text(c.baseURL.link("")),
            // The language of the section pages the footer links, on a page in another language.
            "sectionsLanguage": .empty,
            "organisation": Self.organisation(name: org.name, address: org.address, org),
            "licence": .texts(["name": c.licenceName, "url": c.licenceURL]),
            "credit": .text(c.credit), "notice": .text(c.notice),
            "rss": .text(c.baseURL.link("rss.xml")),
            // The theme's stylesheet and scripts at their fingerprinted names: {{site.assets.style}}.
            "assets": .texts(site.assets.mapValues { c.baseURL.link($0) }),
            "search": .text(c.search ? c.baseURL.link(c.urlNames.searchPath) : ""),
            // A section the site does not have (no documents) is empty: it has no link in the footer.
            "sections": .texts(["articles": c.baseURL.link(c.urlNames.articlesPath), "tags": c.baseURL.link(c.urlNames.tagsPath),
                                "categories": c.baseURL.link(c.urlNames.categoriesPath),
                                "indicators": c.baseURL.link(c.urlNames.indicatorsPath),
                                "archive": c.baseURL.link(c.urlNames.archivePath()),
                                "press": c.baseURL.link(c.urlNames.pressPath),
                                "stories": c.baseURL.link(c.urlNames.storiesPath),
                                "documents": site.documents.isEmpty ? "" : c.baseURL.link(c.urlNames.documentsPath),
                                "data": c.baseURL.link(c.urlNames.dataPath),
                                "glossary": site.glossary.isEmpty ? "" : c.baseURL.link(c.urlNames.glossaryPath),
                                "broadcasts": site.broadcasts.isEmpty ? "" : c.baseURL.link(c.urlNames.broadcastsPath),
                                "honours": site.honours.isEmpty ? "" : c.baseURL.link(c.urlNames.honoursPath),
                                "newsletters": site.newsletters.isEmpty ? "" : c.baseURL.link(c.urlNames.newslettersPath)]),
        ]
        self.shared = shared
        sharedByLanguage = c.versions.reduce(into: [:]) { all, entry in
            let (language, version) = entry
            var copy = shared
            (copy["title"], copy["tagline"], copy["description"], copy["notice"], copy["language"]) =
                (.text(version.title), .text(version.tagline), .text(version.description), .text(version.notice), .text(language))
            copy["t"] = .texts(site.interfaces[language]?.context ?? [:])
            copy["homeLink"] = .text(c.baseURL.link(c.languageHome(language) ?? ""))
            copy["sectionsLanguage"] = .text(c.language)
            // The header's search box opens the search page in the page's language.
            if c.search { copy["search"] = .text(c.baseURL.link("\(language)/\(c.urlNames.searchPath)")) }
            // The footer's RSS link: the language's news feed, when it has one.
            if let feed = site.feeds.first(where: { $0.language == language }) { copy["rss"] = .text(c.baseURL.link(feed.folder + FeedFormat.rss.rawValue)) }
            copy["organisation"] = Self.organisation(name: version.organisationName ?? org.name, address: version.address ?? org.address, org)
            if let credit = version.credit { copy["credit"] = .text(credit) }
            if let url = version.licenceURL { copy["licence"] = .texts(["name": c.licenceName, "url": url]) }
            all[language] = copy
        }
    }

    /// The organisation in the footer, under the name and address of the page's language.
    private static func organisation(name: String, address: String, _ org: SiteConfig.Organisation) -> TemplateValue {
        .texts(["name": name, "address": address, "phone": org.phone, "phoneLink": org.phone.filter { $0.isNumber || $0 == "+" },
                "email": org.email, "website": org.website,
                // "skhcn.daklak.gov.vn", as people say an address.
                "websiteShown": org.website.replacingOccurrences(of: "https://", with: "").replacingOccurrences(of: "http://", with: "")
                    .trimmingCharacters(in: CharacterSet(charactersIn: "/"))])
    }

    /// The context every page starts from: the site, the menu with the current item marked, the page's own meta.
    func base(_ meta: PageMeta) -> TemplateObject {
        let c = site.config
        let path = meta.path
        // Sections that belong to another's menu item: tags and categories are news, agencies and
        // documents are the plan's.
        let names = c.urlNames
        let belongs: [String: [String]] = [names.articlesPath: [names.tagsPath, names.categoriesPath], names.planPath: [names.agenciesPath, names.documentsPath]]
        // A page in another language of the site gets that language's frame: title, menu, notice, words.
        let version = meta.lang.flatMap { $0 == c.language ? nil : c.versions[$0] }
        let items = version.map { $0.menu.isEmpty ? c.menu : $0.menu } ?? c.menu
        let menu: TemplateValue = .list(items.map { item in
            let target = item.url.hasPrefix("/") ? String(item.url.dropFirst()) : item.url
            // The exact page is "page"; a page inside the item's section (or one that belongs to it) is "true".
            let inside = !target.isEmpty && (path.hasPrefix(target) || (belongs[target] ?? []).contains { path.hasPrefix($0) })
            let current = target == path ? "page" : (inside ? "true" : "")
            return .texts(["title": item.title, "url": link(item.url), "current": current, "lang": item.lang ?? ""])
        })
        var meta = meta
        // A page with no picture of its own that a social network can show (SVG is not one) shows
        // its share picture: the story's or indicator's own, else its section's, else the site's.
        if let share = site.shareImages, meta.image.map({ $0.src.lowercased().hasSuffix(".svg") }) ?? true {
            let picture = share.picture(for: path, language: meta.lang == c.language ? nil : meta.lang)
            meta.image = ("/" + picture.file, picture.alt, ShareCard.pixels)
        }
        guard version != nil, let language = meta.lang else { return ["site": .object(shared), "menu": menu, "page": .object(meta.context(config: c))] }
        // The language's own news feed, when it has one, stands for the site in the page's head;
        // when it has none, the site's feeds are named by the site's own title, as they are.
        if let feed = site.feeds.first(where: { $0.language == language }) { meta.siteFeedFolder = feed.folder } else { meta.siteFeedTitle = c.title }
        var page = meta.context(config: c.inLanguage(language))
        page["chromeLang"] = .empty
        return ["site": .object(sharedByLanguage[language] ?? shared), "menu": menu, "page": .object(page)]
    }

    func base(path: String, title: String, description: String) -> TemplateObject {
        base(PageMeta(path: path, title: title, description: description))
    }

    /// A link as written in the menu or content: root-relative paths get the mount path in front.
    func link(_ url: String) -> String { site.config.baseURL.resolve(url) }

    /// An article as lists show it: `card` (when prepared), `title`, `url` and the dates at once,
    /// the other fields only when the theme asks for one (the archive of a year lists thousands
    /// of articles by date and title alone).
    func article(_ index: Int) -> LazyContext {
        let card = index < cards.count ? cards[index] : someCards[index]
        let articles = self.articles
        return LazyContext(quick: { name in name == "card" ? .text(orEmpty: card) : articles.quick(name, index) },
                           names: ArticleFields.names, fields: { articles.fields(index) })
    }

    /// Articles as lists show them.
    func articles(_ indices: [Int]) -> TemplateValue { .list(indices.map { .lazy(article($0)) }) }

    /// The fields of an article shown in lists and on its page.
    func fields(_ index: Int) -> TemplateObject { articles.fields(index) }

    /// Links to the other pages of a list, in reading order: `prev` the newer page, `next` the
    /// older; on a numbered page `first` (the first page, when the newer one is not it), `pages`
    /// (the numbered ones near it, newest first) and `current` (its number); on every page
    /// `range`, the dates of its items (the oldest – the newest, one date when they are of one
    /// day). `.empty` when the list has one page. Nothing in it depends on how many pages there
    /// are beyond the two after this one (`ListPage.newer`), so older pages stay as they were.
    func pagination(_ list: ListPage, words: Interface? = nil) -> TemplateValue {
        guard list.newer > 0 || list.number != nil else { return .empty }
        let segment = site.config.urlNames.page
        func url(_ number: Int?) -> String { site.config.baseURL.link(Pagination.path(base: list.base, number: number, segment: segment)) }
        var fields: TemplateObject = ["first": .empty, "pages": .list([]), "numbered": .bool(false), "current": .empty, "range": .empty]
        if let number = list.number {
            let pages: [TemplateValue] = (Swift.max(1, number - 2)...(number + list.newer)).reversed().map {
                ["number": .int($0), "url": .text(url($0)), "current": .bool($0 == number)]
            }
            // (Not the page alone: the only numbered page has nothing to list.)
            (fields["pages"], fields["numbered"], fields["current"]) = (.list(pages), .bool(pages.count > 1), .int(number))
            fields["first"] = .text(list.newer > 0 ? url(nil) : "")
            fields["prev"] = .text(url(list.newer > 0 ? number + 1 : nil))
            fields["next"] = .text(number > 1 ? url(number - 1) : "")
        } else {
            // The first page: the newest, and the way on to the older ones.
            (fields["prev"], fields["next"]) = (.text(""), .text(url(list.newer)))
        }
        let dates = list.items.compactMap { k -> DateTime? in
            switch list.of {
            case .news, .term: site.articles[k].date
            case .translated: site.translatedArticles[k].date
            case .stories, .storyFacet: site.stories[k].date
            }
        }
        let words = words ?? site.interface
        if let newest = dates.max().map({ words.date($0) }), let oldest = dates.min().map({ words.date($0) }) {
            fields["range"] = .text(oldest == newest ? oldest : "\(oldest) – \(newest)")
        }
        return .object(fields)
    }

    /// A picture for templates: `src`, `alt`, and `width` and `height` when its file told them.
    static func image(src: String, alt: String, size: ImageSize?) -> TemplateValue {
        ["src": .text(src), "alt": .text(alt), "width": size.map { .int($0.width) } ?? .empty, "height": size.map { .int($0.height) } ?? .empty]
    }
}

/// The fields of the site's articles, for templates. A class: each list item's `LazyContext`
/// holds one reference to it, where a copy of the page context retained every string of the
/// site's configuration (a tenth more CPU in a 10,000-article build).
final class ArticleFields: @unchecked Sendable {
    let site: Site

    init(site: Site) { self.site = site }

    /// The fields that cost little and that lists show most: title, URL and date.
    func quick(_ name: String, _ index: Int) -> TemplateValue? {
        switch name {
        case "title": .text(orEmpty: site.articles[index].title)
        case "url": .text(site.config.baseURL.link(site.paths[site.articles[index].sourcePath] ?? ""))
        case "date": .text(orEmpty: site.articles[index].date.map { site.interface.date($0) })
        case "dateISO": .text(orEmpty: site.articles[index].date.map(VietnameseFormat.iso8601))
        case "illustrative": .bool(site.articles[index].illustrative)
        default: nil
        }
    }

    /// Every field, `.empty` where the article has nothing.
    func fields(_ index: Int) -> TemplateObject { fields(of: site.articles[index], in: site.interface) }

    /// The names `fields` states, every one for every article (`ContextKeysTests`).
    static let names: Set<String> = ["title", "url", "summary", "author", "date", "dateLong", "dateISO", "lastmod", "lastmodISO", "image", "tags",
                                     "categories", "hasTags", "readingMinutes", "illustrative", "badge", "content", "previous", "next", "glossaryTerms"]

    /// The fields of an article in the words of `t`. An article in another language of the site
    /// links no tags or categories: those pages list the site's own language.
    func fields(of a: Document, in t: Interface) -> TemplateObject {
        let config = site.config
        var fields: TemplateObject = Dictionary(minimumCapacity: 20)
        func add(_ key: String, _ text: String?) { fields[key] = .text(orEmpty: text) }
        func term(_ name: String, segment: String) -> TemplateValue {
            ["name": .text(name), "url": .text(config.baseURL.link("\(segment)/\(VietnameseText.slug(name))/"))]
        }
        add("title", a.title)
        add("url", config.baseURL.link(site.path(of: a)))
        add("summary", a.effectiveSummary)
        add("author", a.author)
        add("date", a.date.map { t.date($0) })
        add("dateLong", a.date.map { t.date($0, long: true) })
        add("dateISO", a.date.map(VietnameseFormat.iso8601))
        add("lastmod", a.lastmod.map { t.date($0) })
        add("lastmodISO", a.lastmod.map(VietnameseFormat.iso8601))
        fields["image"] = a.image.map { PageContext.image(src: config.baseURL.resolve($0), alt: a.imageAlt ?? "", size: a.imageSize) } ?? .empty
        // An article in another language links no tags or categories.
        let local = a.lang == nil
        fields["tags"] = .list(local ? a.tags.map { term($0, segment: config.urlNames.tags) } : [])
        fields["categories"] = .list(local ? a.categories.map { term($0, segment: config.urlNames.categories) } : [])
        fields["hasTags"] = .bool(local && !a.tags.isEmpty)
        fields["readingMinutes"] = .int(max(1, (a.body.wordCount + 199) / 200))
        fields["illustrative"] = .bool(a.illustrative)
        add("badge", a.illustrative ? t(.badgeIllustrative) : nil)
        // Set on the article's own page; stated here so that a card never shows the page's.
        for name in ["content", "previous", "next", "glossaryTerms"] { fields[name] = .empty }
        return fields
    }
}
