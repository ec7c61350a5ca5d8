import Foundation

/// What changes in the output when only some articles' files changed (written, added, deleted):
/// found by comparing the site assembled before with the one assembled after, route by route.
///
/// Everything but the articles is the same in both sites, so a route's bytes can differ only
/// through what it reads of the articles. Each route says what that is (`Reads`); a route whose
/// reading is the same in both sites gives the same bytes and is not rendered again. An article
/// whose file did not change is the same document in both, so its source path stands for all of
/// it; a changed one is compared by what lists show of it, and its own page and the feeds that
/// carry its text are always rendered again.
struct ArticleChanges {
    let old: Site
    let new: Site
    /// Source paths of the articles written, added or deleted.
    let edited: Set<String>

    /// What a route's bytes are made of, as far as articles go.
    enum Reads: Equatable {
        /// Nothing of the articles: the same description gives the same bytes.
        case nothing(String)
        /// Articles in ways too many to follow (counts, months, the plan's evidence, the sitemap):
        /// rendered again at every change. There are few such files.
        case much
        /// These articles as lists show them, and the rest of what decides its bytes.
        case shown([String])
    }

    /// The routes of `new` to render again, and the files of `old` that `new` no longer has.
    /// The search index's files are left to the index (see `BuildSession.finishSearch`).
    func plan() -> (render: [Route], removed: [String]) {
        var before: [String: Route] = [:]
        before.reserveCapacity(old.routes.count)
        for route in old.routes { before[route.file] = route }
        var render: [Route] = []
        var kept: Set<String> = []
        for route in new.routes {
            if case .searchFile = route.kind { continue }
            kept.insert(route.file)
            guard let previous = before[route.file] else { render.append(route); continue }
            let now = reads(route, in: new)
            if now == .much || now != reads(previous, in: old) { render.append(route) }
        }
        let removed = old.routes.filter { route in
            if case .searchFile = route.kind { return false }
            return !kept.contains(route.file)
        }.map(\.file)
        return (render, removed)
    }

    /// The frame every page is drawn in, as far as articles can change it: the feeds of other
    /// languages (linked from every page in that language) and the share pictures. When it
    /// differs, nothing is left as it was and a full build is simpler.
    static func frame(_ site: Site) -> [String] {
        site.feeds.filter { $0.language != nil }.map { "\($0.language ?? "") \($0.folder)" }
            + (site.shareImages.map { s in s.sections.map { "\($0.path) \($0.file) \($0.alt)" } + [s.homeAlt] + s.pages.keys.sorted() } ?? [])
    }

    func reads(_ route: Route, in site: Site) -> Reads {
        switch route.kind {
        case .article(let i):
            return neighbours(i, in: site.articles, site: site)
        case .translatedArticle(let i):
            return neighbours(i, in: site.translatedArticles, site: site)
        case .list(let list):
            let documents: [Document]
            var own = ["\(list.page) \(list.pageCount) \(list.base)"]
            switch list.of {
            case .news: documents = site.articles
            case .translated(let language): documents = site.translatedArticles; own.append(language)
            case .term(let taxonomy, let k):
                let term = taxonomy == .tags ? site.tags[k] : site.categories[k]
                documents = site.articles
                own += [taxonomy.rawValue, term.name, term.slug, String(term.articles.count)]
            case .stories, .storyFacet: return .nothing(String(describing: route.kind))
            }
            return .shown(own + list.items.map { shown(documents[$0]) })
        case .feed(let k, let format):
            let feed = site.feeds[k]
            let own = [feed.title, feed.description, feed.folder, feed.page, feed.language ?? "", format.rawValue]
            if feed.stories { return .nothing((own + feed.articles.map { String($0) }).joined(separator: "\n")) }
            let documents = feed.language == nil ? site.articles : site.translatedArticles
            let members = feed.articles.map { documents[$0] }
            // A feed carries each article's whole text.
            if members.contains(where: { edited.contains($0.sourcePath) }) { return .much }
            return .shown(own + members.map(\.sourcePath))
        case .page(let i):
            let path = site.pages[i].sourcePath
            return .nothing(([path] + (site.translations[path] ?? []).map { "\($0.lang) \($0.path)" }).joined(separator: "\n"))
        case .home, .notFound, .pressKit, .terms, .archive, .archiveMonth, .plan, .task, .agency,
             .newsletters, .newsletter, .newsletterMail, .events, .event, .sitemap, .sitemapPart,
             .robots, .htaccess, .shareImage:
            return .much
        case .glossary, .glossaryTerm, .broadcasts, .broadcast, .podcast, .honours, .honourYear, .honoured,
             .openData, .openDataFile, .calendar, .eventCalendar, .documentList, .documentFacet, .legal,
             .story, .dashboard, .search, .searchFile, .indicator, .embed, .indicatorFile, .redirect, .copy:
            return .nothing(String(describing: route.kind))
        }
    }

    /// An article's page: the article itself, its other-language versions, and its neighbours as
    /// lists show them. A changed article's page is always rendered again.
    private func neighbours(_ i: Int, in documents: [Document], site: Site) -> Reads {
        let a = documents[i]
        if edited.contains(a.sourcePath) { return .much }
        let beside = [i + 1, i - 1].map { documents.indices.contains($0) && documents[$0].lang == a.lang ? shown(documents[$0]) : "" }
        return .shown([a.sourcePath] + beside + (site.translations[a.sourcePath] ?? []).map { "\($0.lang) \($0.path)" })
    }

    /// An article as lists, cards and neighbour links show it: for one whose file did not change,
    /// its source path says it all.
    private func shown(_ d: Document) -> String {
        guard edited.contains(d.sourcePath) else { return d.sourcePath }
        return ([d.sourcePath, String(d.body.wordCount), String(d.illustrative), d.imageSize.map { "\($0.width)x\($0.height)" } ?? ""]
                + d.listingSignature).joined(separator: "\u{1}")
    }
}
