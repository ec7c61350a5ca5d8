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
    /// The site before the change and after it.
    let old: Side
    let new: Side

    /// `edited`: the source paths of the articles written, added or deleted.
    init(old: Site, new: Site, edited: Set<String>) {
        (self.old, self.new) = (Side(old, edited: edited), Side(new, edited: edited))
    }

    /// What a route's bytes are made of, as far as articles go.
    enum Reads: Equatable {
        /// Nothing of the articles: the same description gives the same bytes.
        case nothing(String)
        /// Articles in ways too many to follow (counts, months, the plan's evidence, the sitemap):
        /// rendered again at every change. There are few such files.
        case much
        /// These articles as lists show them, and the rest of what decides its bytes, hashed
        /// (the same in every process: a build records it for the next, see `BuildRecord`).
        case shown(UInt64)

        /// What a build records of a route for the next build to compare with: nil for `much`.
        var fingerprint: UInt64? {
            switch self {
            case .nothing(let description):
                var h = StableHasher()
                h.combine(false); h.combine(description)
                return h.finalize()
            case .much: return nil
            case .shown(let hash): return hash
            }
        }
    }

    /// The routes of `new` to render again, and the files of `old` that `new` no longer has.
    /// The search index's files are left to the index (see `BuildSession.finishSearch`).
    func plan() -> (render: [Route], removed: [String]) {
        let (old, new) = (self.old, self.new)
        let before = Dictionary(old.site.routes.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        let routes = new.site.routes.filter { if case .searchFile = $0.kind { false } else { true } }
        // Each route is weighed on its own: on every core.
        let changes = Parallel.map(routes) { route -> Bool in
            guard let previous = before[route.file] else { return true }
            let now = new.reads(route)
            return now == .much || now != old.reads(previous)
        }
        let kept = Set(routes.map(\.file))
        let removed = old.site.routes.filter { route in
            if case .searchFile = route.kind { return false }
            return !kept.contains(route.file)
        }.map(\.file)
        return (zip(routes, changes).filter(\.1).map(\.0), removed)
    }

    /// The frame every page is drawn in, as far as articles can change it: the feeds of other
    /// languages (linked from every page in that language) and the sections' share pictures.
    /// When it differs, nothing is left as it was and a full build is simpler. A story's or an
    /// indicator's own picture is not in it: only that page shows it (`ShareImages.picture(for:)`
    /// looks up the page's own path), and no page that reads only articles is one of them.
    static func frame(_ site: Site) -> [String] {
        site.feeds.filter { $0.language != nil }.map { "\($0.language ?? "") \($0.folder)" }
            + (site.shareImages.map { s in
                s.sections.map { "\($0.path) \($0.file) \($0.alt)" } + [s.homeAlt] + s.languages.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.file) \($0.value.alt)" }
            } ?? [])
    }

    /// One of the two sites, with what is counted once for all its routes. A class: each route
    /// reads the site's fields in place, where a copy of the site retained every one of them.
    ///
    /// Two ways to tell an article: by the list of those `edited` (two sites in one process),
    /// or by the hash of its file (`sources`: what a build records for the next one, which
    /// does not know what will be edited). With `sources` no route reads `much` for an edited
    /// article: its page and the feeds carrying it hash its file's bytes.
    final class Side: @unchecked Sendable {
        let site: Site
        /// Source paths of the articles written, added or deleted.
        let edited: Set<String>
        let sources: [String: ContentHash]?
        let archive: ArchiveDigest
        /// Each of the site's articles as lists read it (`add`), worked out once: the lists of a
        /// large site name hundreds of thousands of articles.
        private let articleMarks: [UInt64]

        init(_ site: Site, edited: Set<String>) {
            (self.site, self.edited, sources, archive) = (site, edited, nil, ArchiveDigest(site))
            articleMarks = Self.marks(site, sources: nil, edited: edited)
        }

        /// `linked`: the addresses of the pages' files that documents link to
        /// (`LoadedProject.linkedPages`). An article's file stands for it together with the files
        /// it names or publishes (a picture's size is in its page and its cards) and the
        /// addresses of the pages it links by their files (`bai-khac.md`): its hash here is the
        /// hash of all of them.
        init(_ site: Site, sources: [String: ContentHash], linked: [String: String] = [:]) {
            // On every core: 10,000 articles' links and pictures are read.
            let documents = site.articles + site.translatedArticles
            let combined = Parallel.map(documents) { d -> ContentHash? in
                // (A page's Markdown file counts by the address it gives the page, below.)
                let (files, pages) = (d.filesNamed.filter { !$0.hasSuffix(".md") }, d.body.pageLinks)
                if files.isEmpty && pages.isEmpty { return nil }
                var parts = [sources[d.sourcePath]?.hex ?? "-"]
                for file in files { parts.append("f \(file) \(sources[file]?.hex ?? "-")") }
                for page in pages { parts.append("l \(page) \(linked[page] ?? "-")") }
                return ContentHash(parts.joined(separator: "\n"))
            }
            var sources = sources
            for (d, hash) in zip(documents, combined) { if let hash { sources[d.sourcePath] = hash } }
            (self.site, edited, self.sources, archive) = (site, [], sources, ArchiveDigest(site))
            articleMarks = Self.marks(site, sources: sources, edited: [])
        }

        private static func marks(_ site: Site, sources: [String: ContentHash]?, edited: Set<String>) -> [UInt64] {
            Parallel.map(Array(site.articles.indices)) { k in
                var h = StableHasher()
                add(site.articles[k], sources: sources, edited: edited, to: &h)
                return h.finalize()
            }
        }

        /// Every route's `Reads.fingerprint`, by its file, on every core.
        func fingerprints() -> [(file: String, fingerprint: UInt64?)] {
            Parallel.map(site.routes) { ($0.file, self.reads($0).fingerprint) }
        }

        /// What `route` reads of the articles.
        func reads(_ route: Route) -> Reads {
            switch route.kind {
            case .article(let i):
                return neighbours(i, in: site.articles)
            case .translatedArticle(let i):
                return neighbours(i, in: site.translatedArticles)
            case .list(let list):
                var h = StableHasher()
                h.combine(list.number ?? 0)
                h.combine(list.newer)
                h.combine(list.base)
                switch list.of {
                case .news:
                    for k in list.items { addArticle(k, to: &h) }
                case .translated(let language):
                    h.combine(language)
                    for k in list.items { add(k, of: site.translatedArticles, to: &h) }
                case .term(let taxonomy, let t):
                    let term = taxonomy == .tags ? site.tags[t] : site.categories[t]
                    h.combine(taxonomy.rawValue)
                    h.combine(term.name); h.combine(term.slug)
                    // (The count is shown on the first page only.)
                    if list.isFirst { h.combine(term.articles.count) }
                    for k in list.items { addArticle(k, to: &h) }
                case .stories, .storyFacet:
                    return .nothing(String(describing: route.kind))
                }
                return .shown(h.finalize())
            case .feed(let k, let format):
                let feed = site.feeds[k]
                let own = [feed.title, feed.description, feed.folder, feed.page, feed.language ?? "", format.rawValue]
                if feed.stories { return .nothing((own + feed.articles.map { String($0) }).joined(separator: "\n")) }
                var h = StableHasher()
                h.combine(own)
                for j in feed.articles {
                    let path = feed.language == nil ? site.articles[j].sourcePath : site.translatedArticles[j].sourcePath
                    // A feed carries each article's whole text.
                    if sources == nil && edited.contains(path) { return .much }
                    h.combine(path)
                    if let sources { h.combine(sources[path]) }
                }
                return .shown(h.finalize())
            case .page(let i):
                let path = site.pages[i].sourcePath
                return .nothing(([path] + (site.translations[path] ?? []).map { "\($0.lang) \($0.path)" }).joined(separator: "\n"))
            case .archive(let year):
                // On the index every year and month with its count; on a year's page every year
                // (no counts) and the year's articles.
                var h = StableHasher()
                h.combine(year == nil ? archive.monthCounts : archive.years); h.combine(archive.split)
                for k in year.map({ archive.articles(year: $0) }) ?? [] { addArticle(k, to: &h) }
                return .shown(h.finalize())
            case .archiveMonth(let year, let month):
                var h = StableHasher()
                h.combine(archive.years); h.combine(archive.split)
                for k in archive.articles(year: year, month: month) { addArticle(k, to: &h) }
                return .shown(h.finalize())
            case .newsletter(let k), .newsletterMail(let k, _):
                // A month's articles as lists show them; its stories, reports and events did not change.
                let n = site.newsletters[k]
                var h = StableHasher()
                h.combine(n.slug); h.combine(n.stories); h.combine(n.broadcasts); h.combine(n.events)
                for j in n.articles { addArticle(j, to: &h) }
                return .shown(h.finalize())
            case .home, .notFound, .pressKit, .terms, .plan, .task, .agency,
                 .newsletters, .events, .event, .sitemap, .sitemapPart,
                 .robots, .htaccess, .shareImage:
                return .much
            case .glossary, .glossaryTerm, .broadcasts, .broadcast, .podcast, .honours, .honourYear, .honoured,
                 .openData, .openDataFile, .calendar, .eventCalendar, .documentList, .documentFacet, .legal,
                 .story, .dashboard, .search, .translatedSearch, .searchFile, .indicator, .embed, .indicatorFile, .redirect:
                return .nothing(String(describing: route.kind))
            case .copy(let source):
                // A file of content/media/ or beside an article may be replaced between builds (`BuildRecord.Reuse.files`).
                return .nothing(String(describing: route.kind) + (sources?[source].map { " " + $0.hex } ?? ""))
            }
        }

        /// An article's page: the article itself, its other-language versions, and its neighbours as
        /// lists show them. A changed article's page is always rendered again.
        private func neighbours(_ i: Int, in documents: [Document]) -> Reads {
            let path = documents[i].sourcePath
            if sources == nil && edited.contains(path) { return .much }
            let lang = documents[i].lang
            var h = StableHasher()
            h.combine(path)
            if let sources { h.combine(sources[path]) }
            for k in [i + 1, i - 1] {
                if documents.indices.contains(k) && documents[k].lang == lang { add(k, of: documents, to: &h) } else { h.combine(false) }
            }
            for version in site.translations[path] ?? [] { h.combine(version.lang); h.combine(version.path) }
            return .shown(h.finalize())
        }

        /// Article `k` of the site's list, as `add` reads it: its mark.
        private func addArticle(_ k: Int, to h: inout StableHasher) { h.combine(Int(bitPattern: UInt(articleMarks[k]))) }

        private func add(_ k: Int, of list: [Document], to h: inout StableHasher) {
            Self.add(list[k], sources: sources, edited: edited, to: &h)
        }

        /// An article as lists, cards and neighbour links show it: its path and the hash of its
        /// file (`sources`), or for one whose file did not change (`edited`) its path alone.
        private static func add(_ d: Document, sources: [String: ContentHash]?, edited: Set<String>, to h: inout StableHasher) {
            h.combine(d.sourcePath)
            if let sources { return h.combine(sources[d.sourcePath]) }
            guard edited.contains(d.sourcePath) else { return }
            h.combine(d.body.wordCount); h.combine(d.illustrative); h.combine(d.imageSize?.width); h.combine(d.imageSize?.height)
            h.combine(d.listingSignature)
        }
    }
}

/// The news archive of a site as its pages show it: its years, the count of each month (the
/// index shows them), and the articles of each, by index.
struct ArchiveDigest {
    let years: String, monthCounts: String, split: String
    /// The articles by year and month, as the archive's pages group them.
    let dated: Archive.Dated

    init(_ site: Site) {
        dated = Archive.Dated(site)
        let byMonth = dated.byMonth, years = byMonth.keys.sorted()
        self.years = years.map(String.init).joined(separator: " ")
        monthCounts = years.flatMap { year in byMonth[year]!.keys.sorted().map { "\(year * 12 + $0):\(byMonth[year]![$0]!.count)" } }.joined(separator: " ")
        split = site.archiveMonthYears.sorted().map(String.init).joined(separator: " ")
    }

    /// A year's articles, month by month.
    func articles(year: Int) -> [Int] { (dated.byMonth[year] ?? [:]).sorted { $0.key > $1.key }.flatMap(\.value) }

    func articles(year: Int, month: Int) -> [Int] { dated.byMonth[year]?[month] ?? [] }
}
