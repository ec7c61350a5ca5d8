import Foundation

/// Builds the dictionaries Mustache templates see. Empty values are left out so `{{#key}}` tests work.
struct PageContext: @unchecked Sendable {
    let site: Site
    let shared: [String: Any]
    /// `shared` for a page in another language of the site: its title, notice and words.
    let sharedByLanguage: [String: [String: Any]]
    /// What lists and pages show of each article.
    let articles: ArticleFields
    /// Each article's card, rendered once on every core: lists, tag pages and the home page show
    /// the same card many times. A card is about as long as the title and summary it shows, and
    /// is read about eight times a build: kept in memory, not in the text store, where reading
    /// it back cost more time than its few hundred bytes are worth.
    private(set) var cards: [String] = []
    /// The cards of a partial rebuild, by index.
    private(set) var someCards: [Int: String] = [:]

    /// A context whose cards are rendered up front, on every core. `only` limits the cards to
    /// the articles a partial rebuild shows.
    static func prepared(site: Site, templates: TemplateLibrary, only: Set<Int>? = nil) -> PageContext {
        var context = PageContext(site: site)
        let articles = context.articles
        // A partial rebuild prepares only the articles it shows.
        let indices = only.map { Array($0).sorted() } ?? Array(site.articles.indices)
        let cards = Parallel.map(indices) { i in templates.render("card", articles.fields(i)) }
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
        let c = site.config
        let org = c.organisation
        let shared = Self.compact([
            "title": c.title, "tagline": c.tagline, "description": c.description, "language": c.language,
            // The version only: a commit in every page would change every page at every commit.
            "generator": "Lan Tỏa \(LantoaVersion.number)",
            // The theme's words (templates/i18n/<language>.yml): {{site.t.stories}}.
            "t": site.interface.context,
            "base": c.baseURL.path, "home": c.baseURL.absolute(""),
            "organisation": Self.compact(["name": org.name, "address": org.address, "phone": org.phone,
                                          "phoneLink": org.phone.filter { $0.isNumber || $0 == "+" },
                                          "email": org.email, "website": org.website]),
            "licence": ["name": c.licenceName, "url": c.licenceURL],
            "credit": c.credit, "notice": c.notice,
            "rss": c.baseURL.link("rss.xml"),
            // The theme's stylesheet and scripts at their fingerprinted names: {{site.assets.style}}.
            "assets": site.assets.mapValues { c.baseURL.link($0) },
            "search": c.search ? c.baseURL.link(c.urlNames.searchPath) : "",
            // Compacted: a section the site does not have (no documents) has no link in the footer.
            "sections": Self.compact(["articles": c.baseURL.link(c.urlNames.articlesPath), "tags": c.baseURL.link(c.urlNames.tagsPath),
                         "categories": c.baseURL.link(c.urlNames.categoriesPath),
                         "indicators": c.baseURL.link(c.urlNames.indicatorsPath),
                         "archive": c.baseURL.link(c.urlNames.archivePath()),
                         "press": c.baseURL.link(c.urlNames.pressPath),
                         "stories": c.baseURL.link(c.urlNames.storiesPath),
                         "documents": site.documents.isEmpty ? "" : c.baseURL.link(c.urlNames.documentsPath)]),
        ])
        self.shared = shared
        sharedByLanguage = c.versions.reduce(into: [:]) { all, entry in
            let (language, version) = entry
            var copy = shared
            (copy["title"], copy["tagline"], copy["description"], copy["notice"], copy["language"]) =
                (version.title, version.tagline, version.description, version.notice, language)
            copy["t"] = site.interfaces[language]?.context ?? [:]
            // The footer's RSS link: the language's news feed, when it has one.
            if let feed = site.feeds.first(where: { $0.language == language }) { copy["rss"] = c.baseURL.link(feed.folder + FeedFormat.rss.rawValue) }
            if var org = copy["organisation"] as? [String: Any] {
                if let name = version.organisationName { org["name"] = name }
                if let address = version.address { org["address"] = address }
                copy["organisation"] = Self.compact(org)
            }
            if let credit = version.credit { copy["credit"] = credit }
            if let url = version.licenceURL { copy["licence"] = ["name": c.licenceName, "url": url] }
            all[language] = Self.compact(copy)
        }
    }

    /// The context every page starts from: the site, the menu with the current item marked, the page's own meta.
    func base(_ meta: PageMeta) -> [String: Any] {
        let c = site.config
        let path = meta.path
        // Sections that belong to another's menu item: tags and categories are news, agencies and
        // documents are the plan's.
        let names = c.urlNames
        let belongs: [String: [String]] = [names.articlesPath: [names.tagsPath, names.categoriesPath], names.planPath: [names.agenciesPath, names.documentsPath]]
        // A page in another language of the site gets that language's frame: title, menu, notice, words.
        let version = meta.lang.flatMap { $0 == c.language ? nil : c.versions[$0] }
        let items = version.map { $0.menu.isEmpty ? c.menu : $0.menu } ?? c.menu
        let menu: [[String: Any]] = items.map { item in
            let target = item.url.hasPrefix("/") ? String(item.url.dropFirst()) : item.url
            // The exact page is "page"; a page inside the item's section (or one that belongs to it) is "true".
            let inside = !target.isEmpty && (path.hasPrefix(target) || (belongs[target] ?? []).contains { path.hasPrefix($0) })
            let current = target == path ? "page" : (inside ? "true" : "")
            return Self.compact(["title": item.title, "url": link(item.url), "current": current, "lang": item.lang ?? ""])
        }
        var meta = meta
        // A page with no picture of its own that a social network can show (SVG is not one) shows
        // its share picture: the story's or indicator's own, else its section's, else the site's.
        if let share = site.shareImages, meta.image.map({ $0.src.lowercased().hasSuffix(".svg") }) ?? true {
            let picture = share.picture(for: path)
            meta.image = ("/" + picture.file, picture.alt, ShareCard.pixels)
        }
        guard version != nil, let language = meta.lang else { return ["site": shared, "menu": menu, "page": meta.context(config: c)] }
        // The language's own news feed, when it has one, stands for the site in the page's head.
        if let feed = site.feeds.first(where: { $0.language == language }) { meta.siteFeedFolder = feed.folder }
        var page = meta.context(config: c.inLanguage(language))
        page["chromeLang"] = nil
        return ["site": sharedByLanguage[language] ?? shared, "menu": menu, "page": page]
    }

    func base(path: String, title: String, description: String) -> [String: Any] {
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
        return LazyContext(quick: { name in name == "card" ? card : articles.quick(name, index) },
                           fields: { articles.fields(index) })
    }

    /// The fields of an article shown in lists and on its page.
    func fields(_ index: Int) -> [String: Any] { articles.fields(index) }

    /// Page links for a paginated list at `base`.
    func pagination(_ p: Pagination, page: Int, base: String) -> [String: Any] {
        let segment = site.config.urlNames.page
        func url(_ n: Int) -> String { site.config.baseURL.link(Pagination.path(base: base, page: n, segment: segment)) }
        guard p.pageCount > 1 else { return [:] }
        let pages: [[String: Any]] = (1...p.pageCount)
            .filter { $0 == 1 || $0 == p.pageCount || abs($0 - page) <= 2 }
            .map { ["number": $0, "url": url($0), "current": $0 == page] }
        return Self.compact([
            "current": page, "total": p.pageCount, "pages": pages,
            "prev": page > 1 ? url(page - 1) : "", "next": page < p.pageCount ? url(page + 1) : "",
        ])
    }

    /// A picture for templates: `src`, `alt`, and `width` and `height` when its file told them.
    static func image(src: String, alt: String, size: ImageSize?) -> [String: Any] {
        var image = compact(["src": src, "alt": alt])
        if let size { (image["width"], image["height"]) = (size.width, size.height) }
        return image
    }

    /// Drops empty strings, empty dictionaries and `false` so templates can test keys with sections.
    static func compact(_ values: [String: Any]) -> [String: Any] {
        values.filter { _, value in
            switch value {
            case let s as String: !s.isEmpty
            case let d as [String: Any]: !d.isEmpty
            case let b as Bool: b
            default: true
            }
        }
    }
}

/// The fields of the site's articles, for templates. A class: each list item's `LazyContext`
/// holds one reference to it, where a copy of the page context retained every string of the
/// site's configuration (a tenth more CPU in a 10,000-article build).
final class ArticleFields: @unchecked Sendable {
    let site: Site

    init(site: Site) { self.site = site }

    /// The fields that cost little and that lists show most: title, URL and date.
    func quick(_ name: String, _ index: Int) -> Any? {
        switch name {
        case "title": site.articles[index].title.isEmpty ? nil : site.articles[index].title
        case "url": site.config.baseURL.link(site.paths[site.articles[index].sourcePath] ?? "")
        case "date": site.articles[index].date.map { site.interface.date($0) }
        case "dateISO": site.articles[index].date.map(VietnameseFormat.iso8601)
        default: nil
        }
    }

    /// Every field; empty ones left out, as `PageContext.compact` does.
    func fields(_ index: Int) -> [String: Any] { fields(of: site.articles[index], in: site.interface) }

    /// The fields of an article in the words of `t`. An article in another language of the site
    /// links no tags or categories: those pages list the site's own language.
    func fields(of a: Document, in t: Interface) -> [String: Any] {
        let config = site.config
        var fields: [String: Any] = Dictionary(minimumCapacity: 16)
        func add(_ key: String, _ text: String?) { if let text, !text.isEmpty { fields[key] = text } }
        func term(_ name: String, segment: String) -> [String: Any] {
            ["name": name, "url": config.baseURL.link("\(segment)/\(VietnameseText.slug(name))/")]
        }
        add("title", a.title)
        add("url", config.baseURL.link(site.path(of: a)))
        add("summary", a.effectiveSummary)
        add("author", a.author)
        if let date = a.date {
            add("date", t.date(date))
            add("dateLong", t.date(date, long: true))
            add("dateISO", VietnameseFormat.iso8601(date))
        }
        if let lastmod = a.lastmod {
            add("lastmod", t.date(lastmod))
            add("lastmodISO", VietnameseFormat.iso8601(lastmod))
        }
        if let src = a.image {
            fields["image"] = PageContext.image(src: config.baseURL.resolve(src), alt: a.imageAlt ?? "", size: a.imageSize)
        }
        if a.lang == nil {
            fields["tags"] = a.tags.map { term($0, segment: config.urlNames.tags) }
            fields["categories"] = a.categories.map { term($0, segment: config.urlNames.categories) }
            if !a.tags.isEmpty { fields["hasTags"] = true }
        } else {
            (fields["tags"], fields["categories"]) = ([Any](), [Any]())
        }
        fields["readingMinutes"] = max(1, (a.body.wordCount + 199) / 200)
        // Always set, true or false: a missing key would be looked up in the page around it.
        fields["illustrative"] = a.illustrative
        if a.illustrative { fields["badge"] = t(.badgeIllustrative) }
        return fields
    }
}

extension Dictionary {
    /// nil for an empty dictionary: Mustache treats an empty one as true.
    var nilIfEmpty: Self? { isEmpty ? nil : self }
}
