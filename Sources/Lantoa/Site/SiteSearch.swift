import Foundation

/// What the site gives its search index: each document, story, page and indicator as an entry.
/// The index itself (`Search/`) knows nothing of the site.
extension Site {
    /// One thing to read: a document by its list and place, or an indicator. Only the place is
    /// kept until the entry is read: a list of the documents themselves copied every one.
    enum SearchSource: Sendable {
        case article(Int), translatedArticle(Int), story(Int), document(Int), page(Int), event(Int), glossary(Int), broadcast(Int), honours(Int), indicator(Int)
    }

    /// What to read, oldest first, after the undated entries (indicators, some pages) in the
    /// reverse of site order: a higher number wins a tie (the newer, then the earlier in site order),
    /// and a new document, the newest, takes the next number (`index(reusing:changed:)`).
    func searchSources() -> [SearchSource] {
        var sources: [(date: DateTime?, source: SearchSource)] = []
        for i in articles.indices { sources.append((articles[i].date, .article(i))) }
        for i in translatedArticles.indices { sources.append((translatedArticles[i].date, .translatedArticle(i))) }
        for i in stories.indices { sources.append((stories[i].date, .story(i))) }
        for i in documents.indices { sources.append((documents[i].date ?? documents[i].legal?.issuedDate, .document(i))) }
        for i in pages.indices { sources.append((pages[i].date, .page(i))) }
        for i in events.indices { sources.append((events[i].date, .event(i))) }
        for i in glossary.indices { sources.append((nil, .glossary(i))) }
        for i in broadcasts.indices { sources.append((broadcasts[i].date, .broadcast(i))) }
        for i in honours.indices { sources.append((honours[i].date, .honours(i))) }
        for k in indicators.indices { sources.append((nil, .indicator(k))) }
        return sources.enumerated().sorted { a, b in
            switch (a.element.date, b.element.date) {
            case let (x?, y?): return x != y ? x > y : a.offset < b.offset
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.reversed().map(\.element.source)
    }

    /// The entry of `source` and its words.
    func searchEntry(_ source: SearchSource) -> (SearchIndex.Entry, SearchIndex.Bag) {
        switch source {
        case .article(let i): return searchEntry(articles[i])
        case .translatedArticle(let i): return searchEntry(translatedArticles[i])
        case .story(let i): return searchEntry(stories[i])
        case .document(let i): return searchEntry(documents[i])
        case .page(let i): return searchEntry(pages[i])
        case .event(let i): return searchEntry(events[i])
        case .glossary(let i): return searchEntry(glossary[i])
        case .broadcast(let i): return searchEntry(broadcasts[i])
        case .honours(let i): return searchEntry(honours[i])
        case .indicator(let k):
            let i = indicators[k].indicator
            let t = interface
            let section = i.illustrative ? t(.searchIllustrative, ["section": t(.searchIndicator)]) : t(.searchIndicator)
            return SearchIndex.indexed(SearchIndex.Entry(key: "indicator:\(i.id)", url: config.baseURL.link(config.urlNames.indicatorPath(i.id)), title: i.name,
                                 section: section, date: nil, text: [i.description, i.methodNote, i.sourceName].filter { !$0.isEmpty }.joined(separator: "\n")),
                           extra: [i.shortName, i.unit], store: store)
        }
    }

    func searchEntry(_ d: Document) -> (SearchIndex.Entry, SearchIndex.Bag) {
        // The section's name from the theme's words: renaming a section renames it here too.
        let t = d.lang.flatMap { interfaces[$0] } ?? interface
        let section = switch d.kind {
        case .article: t(.news)
        case .story: t(.stories)
        case .document: t(.documents)
        case .page: t(.pageLabel)
        case .event: t(.events)
        case .glossary: t(.glossary)
        case .broadcast: t(.broadcasts)
        case .honours: t(.honours)
        }
        var extra = d.tags + d.categories
        // A story's support and quote are shown on its page, so a search finds them too.
        if let s = d.story { extra += [s.sector, s.support, s.quote] + s.tools + s.results.map(\.metric) }
        if let l = d.legal { extra += [l.form] }
        let summary = d.summary ?? d.description ?? ""
        let words = SearchIndex.plainText(ofHTML: d.body.htmlText)
        let body = words.isEmpty ? d.effectiveSummary : words
        var text = summary.isEmpty || body.hasPrefix(summary) ? body : summary + "\n" + body
        // Who and where come first, so a search for the enterprise or the number shows them.
        if let s = d.story { text = "\(s.enterprise) · \(s.district)\n" + text }
        // When and where an event is, so a search for the place or the organiser finds it.
        if let g = d.glossary { text = ([g.short] + g.alsoCalled).joined(separator: " · ") + "\n" + text }
        if let h = d.honourRoll { text = h.honours.map { "\($0.enterprise) · \($0.award)" }.joined(separator: "\n") + "\n" + text }
        if let b = d.broadcast { text = [b.station, b.programme].filter { !$0.isEmpty }.joined(separator: " · ") + "\n" + text }
        if let e = d.event { text = [e.place, e.organiser, e.audience, e.category].filter { !$0.isEmpty }.joined(separator: " · ") + "\n" + text }
        if let l = d.legal, !l.number.isEmpty { text = t(.searchDocumentNumber, ["number": l.number, "authority": l.authority]) + "\n" + text }
        // The label is shown in the snippet, and its words are not searched ("họa" would find every
        // illustrative page by it).
        let searched = text
        if d.illustrative { text = t(.searchIllustrativeText, ["text": text]) }
        // The label rides on the section, which every result shows whatever part of the text the snippet is.
        return SearchIndex.indexed(SearchIndex.Entry(key: d.sourcePath, url: config.baseURL.link(path(of: d)), title: d.title,
                             section: d.illustrative ? t(.searchIllustrative, ["section": section]) : section, date: d.date ?? d.legal?.issuedDate, text: text,
                             lang: d.lang.map { $0 == config.language ? "" : $0 } ?? ""),
                                   words: searched, extra: extra, store: store)
    }
}

extension Site {
    /// Builds the search index and adds its files to the routes (nothing when search is off).
    mutating func index() {
        guard config.search else { return }
        let sources = searchSources()
        let site = self
        install(SearchIndex(count: sources.count, segment: searchSegment) { site.searchEntry(sources[$0]) })
    }

    /// Builds the index from `previous`, the last build's (see `DocumentCache`), with the entries
    /// of the `changed` documents read again, when the site has the same entries in the same order
    /// (edits that move no article), perhaps with new ones among them in one place (documents dated
    /// after all but a few: a new article) or without some in one place (a document deleted);
    /// otherwise from nothing. Returns the paths of the search files that changed, or nil when the
    /// index was built from nothing.
    mutating func index(reusing previous: SearchIndex?, changed: Set<String>) -> Set<String>? {
        guard config.search else { return nil }
        if var index = previous, index.segment == searchSegment {
            let sources = searchSources(), keys = sources.map(searchKey), kept = index.entries.count, m = keys.count - kept
            // The entries before the new ones, and after them, as they were.
            var p = 0
            while p < min(kept, keys.count) && index.entries[p].key == keys[p] { p += 1 }
            // Or without some in one place (a document deleted), the entries after them as they were.
            let same = m >= 0 ? (p..<kept).allSatisfy { index.entries[$0].key == keys[$0 + m] }
                : (p..<keys.count).allSatisfy { index.entries[$0 - m].key == keys[$0] }
            if same {
                var files: Set<String> = []
                if m < 0 { (index, files) = index.removing(-m, at: p) }
                let added = m > 0 ? Set(keys[p..<(p + m)]) : []
                var edited: [Document] = []
                for list in [articles, translatedArticles, stories, documents, pages, events, glossary, broadcasts, honours] {
                    edited += list.only { changed.contains($0.sourcePath) && !added.contains($0.sourcePath) }
                }
                var found = true
                if !edited.isEmpty {
                    if let (new, changed, _) = index.replacing(edited, read: { searchEntry($0) }) {
                        index = new
                        files.formUnion(changed)
                    } else {
                        found = false
                    }
                }
                if found {
                    if m > 0 {
                        let site = self
                        let (new, changed) = index.inserting(Parallel.map(Array(sources[p..<(p + m)])) { Box(site.searchEntry($0)) }.map(\.value), at: p)
                        index = new
                        files.formUnion(changed)
                    }
                    install(index)
                    let folder = config.urlNames.searchPath + SearchIndex.folder
                    return Set(files.map { folder + $0 })
                }
            }
        }
        index()
        return nil
    }

    /// The key of `source`'s entry, without reading it.
    private func searchKey(_ source: SearchSource) -> String {
        switch source {
        case .article(let i): articles[i].sourcePath
        case .translatedArticle(let i): translatedArticles[i].sourcePath
        case .story(let i): stories[i].sourcePath
        case .document(let i): documents[i].sourcePath
        case .page(let i): pages[i].sourcePath
        case .event(let i): events[i].sourcePath
        case .glossary(let i): glossary[i].sourcePath
        case .broadcast(let i): broadcasts[i].sourcePath
        case .honours(let i): honours[i].sourcePath
        case .indicator(let k): "indicator:\(indicators[k].indicator.id)"
        }
    }

    /// Reads `documents` into the index again. Returns the routes of the files that changed and the
    /// files that are gone, or nil when a document is not in the index (a full build is needed).
    mutating func reindex(_ documents: [Document]) -> (changed: [Route], removed: [String])? {
        guard let old = search else { return ([], []) }
        guard let (new, changed, removed) = old.replacing(documents, read: { searchEntry($0) }) else { return nil }
        install(new)
        let folder = config.urlNames.searchPath + SearchIndex.folder
        let routes = routes.filter { route in
            guard case .searchFile(let k) = route.kind else { return false }
            return changed.contains(String(new.files[k].dropFirst(SearchIndex.folder.count)))
        }
        return (routes, removed.map { folder + $0 })
    }

    private mutating func install(_ index: SearchIndex) {
        routes.removeAll { if case .searchFile = $0.kind { true } else { false } }
        let folder = config.urlNames.searchPath
        routes += index.files.enumerated().map { Route(file: folder + $1, kind: .searchFile($0)) }
        search = index
    }
}

