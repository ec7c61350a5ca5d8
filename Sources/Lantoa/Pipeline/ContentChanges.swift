import Foundation

/// What changes in the output when only pages, stories, events, radio-TV reports, honour rolls,
/// legal documents or glossary terms changed (written, added or deleted), or the plan or the indicators'
/// files, and the articles did not — save those that draw an indicator, parsed again and followed
/// as edited articles are (`ArticleChanges`), and those that link a term whose text changed
/// (`BuildSession` adds their pages, from what the pages read as they rendered: `PageReads`).
///
/// The articles, the glossary's names, the plan and the indicators are the same before and after, so a
/// page that reads nothing but articles and the frame every page is drawn in — an article's own
/// page, the news, tag and archive lists, the news feeds — keeps its bytes while the frame holds.
/// Every other page is rendered again: the home page, the plan and its tasks, the lists and
/// pages of these sections, the newsletters, the open data, the sitemap. At 10,000 articles
/// those are a few hundred of the site's files.
enum ContentChanges {
    /// The sections followed, by folder.
    static let sections: [String: Document.Kind] = Dictionary(uniqueKeysWithValues: ContentInventory.sections
        .filter { [.page, .story, .event, .broadcast, .honours, .document, .glossary].contains($0.1) }.map { ("content/\($0.0)/", $0.1) })

    /// The kind of document at `path` when it is a Markdown file of one of the sections.
    static func kind(of path: String) -> Document.Kind? {
        guard path.hasSuffix(".md") else { return nil }
        return sections.first { path.hasPrefix($0.key) }?.value
    }

    /// The plan and the indicators' files: an edit of one reads them again, and the documents
    /// that draw an indicator are parsed again (`RenderedMarkdown.drawsBlocks`).
    static func isData(_ path: String) -> Bool {
        path == "content/plan.yml" || (path.hasPrefix("content/indicators/") && (path.hasSuffix(".csv") || path.hasSuffix(".yml")))
    }

    /// What the pages that read only articles show of everything else: the feeds of other
    /// languages, the share pictures of the sections (not the stories' and indicators' own: no
    /// such page is one of them), which sections the footer links (an empty one has no link),
    /// and the versions in other languages of each article (a page may be one).
    static func frame(_ site: Site) -> [String] {
        var frame: [String] = site.feeds.filter { $0.language != nil }.map { "\($0.language ?? "") \($0.folder)" }
        if !site.translations.isEmpty {
            let articles = Set((site.articles + site.translatedArticles).map(\.sourcePath))
            frame += site.translations.filter { articles.contains($0.key) }.sorted { $0.key < $1.key }
                .map { "\($0.key) " + $0.value.map { "\($0.lang)=\($0.path)" }.joined(separator: " ") }
        }
        if let share = site.shareImages {
            frame += share.sections.map { "\($0.path) \($0.file) \($0.alt)" }
            frame.append(share.homeAlt)
        }
        let sections: [Bool] = [site.stories.isEmpty, site.documents.isEmpty, site.events.isEmpty, site.glossary.isEmpty, site.broadcasts.isEmpty,
                                site.honours.isEmpty, site.newsletters.isEmpty, site.plan == nil, site.indicators.isEmpty]
        frame.append(String(sections.map { $0 ? "0" : "1" }.joined()))
        return frame
    }

    /// Every file of `new` but the search index's, and the files of `old` that `new` no longer
    /// has: what a change that every page shows renders (the frame: a section's first document
    /// or its last gone, a feed of another language, a share picture, a version of an article in
    /// another language; a glossary term's new name, which may link in any text), as a full
    /// build would, from the documents kept, but for the copies and redirects that stay as they
    /// were. The preview renders the open pages first (`BuildSession.render`).
    static func everything(old: Site, new: Site) -> (render: [Route], removed: [String]) {
        let before = kinds(old)
        let render = new.routes.filter { route in
            switch route.kind {
            case .searchFile: false
            case .copy, .redirect: changedCopy(route, before)
            default: true
            }
        }
        return (render, removed(old, new))
    }

    /// Whether a copy or redirect is not the one `before` had at its file: the same file copied
    /// from the same source, or sending to the same place, gives the same bytes.
    private static func changedCopy(_ route: Route, _ before: [String: Route.Kind]) -> Bool {
        before[route.file].map { String(describing: $0) != String(describing: route.kind) } ?? true
    }

    /// Each file's route kind, the first where two claim one.
    private static func kinds(_ site: Site) -> [String: Route.Kind] {
        var kinds: [String: Route.Kind] = [:]
        kinds.reserveCapacity(site.routes.count)
        for route in site.routes where kinds[route.file] == nil { kinds[route.file] = route.kind }
        return kinds
    }

    /// The files of `old` that `new` no longer has, but the search index's (left to the index).
    private static func removed(_ old: Site, _ new: Site) -> [String] {
        let kept = Set(new.routes.map(\.file))
        return old.routes.filter { route in
            if case .searchFile = route.kind { return false }
            return !kept.contains(route.file)
        }.map(\.file)
    }

    /// The routes of `new` to render, and the files of `old` that `new` no longer has, when the
    /// frame holds (else `everything`). The search index's files are left to the index.
    /// `touched`: the documents written, added, deleted or parsed again; `data`: whether the
    /// indicators were read again (else their pages, charts and files, which read nothing else,
    /// keep their bytes).
    static func plan(old: Site, new: Site, touched: Set<String>, data: Bool) -> (render: [Route], removed: [String]) {
        let before = kinds(old)
        let letters = unchangedLetters(old: old, new: new, touched: touched)
        let render = new.routes.filter { route in
            if let reads = readsOthers(route, in: new, data: data) { return reads }
            switch route.kind {
            // A month's letter reads its own articles, stories, reports and events only.
            case .newsletter(let k), .newsletterMail(let k, _): return !letters.contains(k)
            default: return changedCopy(route, before)
            }
        }
        return (render, removed(old, new))
    }

    /// Whether `route` reads more than the articles and the frame, and so is rendered again
    /// when other content changed (`data`: the indicators were read again). Nil for what is
    /// compared with the site before instead: copies, redirects (by what they copy or where
    /// they send) and the newsletters (by their month's items).
    static func readsOthers(_ route: Route, in site: Site, data: Bool) -> Bool? {
        switch route.kind {
        case .article, .translatedArticle, .archive, .archiveMonth, .terms, .searchFile: false
        case .list(let list):
            switch list.of {
            case .stories, .storyFacet: true
            case .news, .term, .translated: false
            }
        case .feed(let k, _): site.feeds[k].stories
        case .indicator, .embed, .indicatorFile, .dashboard: data
        case .newsletter, .newsletterMail, .copy, .redirect: nil
        default: true
        }
    }

    /// What an edit of other content than articles and the indicators' data (pages, stories,
    /// events, radio-TV reports, honour rolls, legal documents) must leave as it was for
    /// `lantoa build` to render only the files that read more than the articles
    /// (`BuildRecord.Reuse.documents`): the frame, and the enterprises counted as pilots (`pilots`).
    static func untouched(_ site: Site, _ project: LoadedProject, includeDrafts: Bool) -> [String] {
        frame(site) + pilots(counted: project.indicators.contains { $0.indicator.computed == "stories" }, stories: project.stories,
                             articles: project.articlePilots, includeDrafts: includeDrafts)
    }

    /// How `pilots` begins each line (no line of the frame begins so).
    static let pilotLine = "pilot: "

    /// When an indicator counts the pilots (`counted`), the first year of each enterprise it
    /// counts, one line each: the stories declare most of them, and a chart in any article may
    /// draw the count (`ContentLoader` parses every article again when these change).
    static func pilots(counted: Bool, stories: [Document], articles: [Pilot], includeDrafts: Bool) -> [String] {
        guard counted else { return [] }
        let pilots = IndicatorLoader.pilots(of: stories.filter { includeDrafts || !$0.draft }) + articles
        return IndicatorLoader.firstYears(pilots).sorted { $0.key < $1.key }.map { "\(pilotLine)\($0.key) \($0.value)" }
    }

    /// The newsletters of `new` (by index) whose month has the same stories, reports and events
    /// as before, none of them touched. (Their articles are the same: the articles did not change,
    /// and those parsed again are followed by `ArticleChanges`.)
    private static func unchangedLetters(old: Site, new: Site, touched: Set<String>) -> Set<Int> {
        func items(_ site: Site, _ n: Newsletter) -> [String] {
            n.stories.map { site.stories[$0].sourcePath } + ["|"] + n.broadcasts.map { site.broadcasts[$0].sourcePath } + ["|"]
                + n.events.map { site.events[$0].sourcePath }
        }
        let before = Dictionary(old.newsletters.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        return Set(new.newsletters.indices.filter { k in
            let n = new.newsletters[k], now = items(new, n)
            guard let was = before[n.slug], was.articles.count == n.articles.count, items(old, was) == now else { return false }
            return !now.contains { touched.contains($0) }
        })
    }
}
