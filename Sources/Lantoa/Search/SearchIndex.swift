/// Stage 3: the site search index, written as small JSON files that `assets/search.js` fetches
/// on demand. Every article, story, page, legal document and indicator is one entry; entries are
/// numbered newest first, so a lower number wins a tie.
///
/// Files, under `tim-kiem/chi-muc/`:
/// - `manifest.json`: the version, the number of entries, the entries per text chunk, the shards;
/// - `s/<shard>.json`: the words whose folded form starts with the shard's two letters, each with
///   its exact forms and their postings, and the two-word phrases starting in that shard;
/// - `d/<k>.json`: URL, title, section, date and text of `chunkSize` entries, for the results shown.
///
/// A posting is one number, `(entry − previous entry) × 16 + weight`; the weight is the count of
/// the word in the entry (at most 7) plus 8 when the title has it.
public struct SearchIndex: Sendable {
    /// One thing a reader can find.
    public struct Entry: Sendable {
        /// The source path, or `indicator:<id>`: what a rebuild matches on.
        public var key: String
        public var url: String
        public var title: String
        public var section: String
        public var date: DateTime?
        /// The text shown around the matched words.
        public var text: String
        /// Words and phrases with their weights.
        var words: [String: Posting] = [:]
        var phrases: [String: UInt8] = [:]
    }

    /// An exact word key, its folded form and its weight in one entry.
    struct Posting: Sendable {
        var folded: String
        var weight: UInt8
    }

    public static let folder = "chi-muc/"
    /// Entries per text chunk: the results page fetches the chunks of the results it shows.
    static let chunkSize = 20
    /// Characters of each entry's text kept for snippets (every word is indexed).
    static let snippetLimit = 1_500

    public private(set) var entries: [Entry]
    /// Output files relative to the search page's folder, with their content.
    public private(set) var files: [(path: String, text: String)] = []

    public init(entries: [Entry]) {
        self.entries = entries
        files = Self.files(entries)
    }

    /// Indexes the site's documents and indicators.
    public init(site: Site) {
        self.init(entries: Self.entries(site))
    }

    /// The index with the entries of `documents` read again (edits in the preview that keep dates).
    func replacing(_ documents: [Document], site: Site) -> SearchIndex? {
        var copy = entries
        for document in documents {
            guard let k = copy.firstIndex(where: { $0.key == document.sourcePath }) else { return nil }
            copy[k] = Self.entry(document, site: site)
        }
        return SearchIndex(entries: copy)
    }

    // MARK: Entries

    static func entries(_ site: Site) -> [Entry] {
        var sources: [@Sendable () -> Entry] = []
        for d in site.articles + site.stories + site.documents + site.pages { sources.append { entry(d, site: site) } }
        let names = site.config.urlNames
        for stats in site.indicators {
            let i = stats.indicator
            sources.append {
                indexed(Entry(key: "indicator:\(i.id)", url: site.config.baseURL.link("\(names.indicators)/\(i.id)/"), title: i.name,
                              section: "Chỉ số", date: nil, text: [i.description, i.methodNote, i.sourceName].filter { !$0.isEmpty }.joined(separator: "\n")),
                        extra: [i.shortName, i.unit])
            }
        }
        let all = Parallel.map(sources) { $0() }
        // Newest first; undated entries (indicators, some pages) after, in title order.
        return all.enumerated().sorted { a, b in
            switch (a.element.date, b.element.date) {
            case let (x?, y?): return x != y ? x > y : a.offset < b.offset
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.element)
    }

    static func entry(_ d: Document, site: Site) -> Entry {
        let section = switch d.kind {
        case .article: "Tin tức"
        case .story: "Mô hình điển hình"
        case .document: "Văn bản"
        case .page: d.lang == "en" ? "Page" : "Trang"
        }
        var extra = d.tags + d.categories
        if let s = d.story { extra += [s.sector] + s.tools + s.results.map(\.metric) }
        if let l = d.legal { extra += [l.form] }
        let summary = d.summary ?? d.description ?? ""
        let body = d.body.text.isEmpty ? d.effectiveSummary : d.body.text
        var text = summary.isEmpty || body.hasPrefix(summary) ? body : summary + "\n" + body
        // Who and where come first, so a search for the enterprise or the number shows them.
        if let s = d.story { text = "\(s.enterprise) · \(s.district)\n" + text }
        if let l = d.legal, !l.number.isEmpty { text = "Số \(l.number) · \(l.authority)\n" + text }
        return indexed(Entry(key: d.sourcePath, url: site.config.baseURL.link(site.path(of: d)), title: d.title,
                             section: section, date: d.date ?? d.legal?.issuedDate, text: text), extra: extra)
    }

    /// Counts the words and phrases of the title, the text and `extra` (tags, names) into `entry`.
    static func indexed(_ entry: Entry, extra: [String]) -> Entry {
        var e = entry
        func count(_ text: String, title: Bool) {
            var previous: String?
            SearchWords.each(in: text) { word in
                let bit: UInt8 = title ? 8 : 0
                if let old = e.words[word.exact] {
                    e.words[word.exact]!.weight = (old.weight & 8) | bit | min(7, (old.weight & 7) + 1)
                } else {
                    e.words[word.exact] = Posting(folded: word.folded, weight: bit | 1)
                }
                if let previous {
                    let phrase = previous + " " + word.folded
                    let old = e.phrases[phrase] ?? 0
                    e.phrases[phrase] = (old & 8) | bit | min(7, (old & 7) + 1)
                }
                previous = word.folded
            }
        }
        count(e.title, title: true)
        count(e.text, title: false)
        for value in extra { count(value, title: false) }
        if e.text.count > snippetLimit {
            let cut = e.text.prefix(snippetLimit)
            e.text = String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + " …"
        }
        return e
    }

    // MARK: Files

    /// The shard of a folded word: its first two characters.
    static func shard(of folded: String) -> String { String(folded.unicodeScalars.prefix(2)) }

    /// A shard's file name: ASCII letters and digits as they are, anything else as `_hex_`.
    public static func fileName(ofShard shard: String) -> String {
        var out = ""
        for s in shard.unicodeScalars {
            if (s >= "a" && s <= "z") || (s >= "0" && s <= "9") { out.unicodeScalars.append(s) } else { out += "_\(String(s.value, radix: 16))_" }
        }
        return out
    }

    static func files(_ entries: [Entry]) -> [(path: String, text: String)] {
        // folded word → exact word → postings, and phrase → postings; entries in order, so ascending.
        var words: [String: [String: [UInt32]]] = [:]
        var phrases: [String: [UInt32]] = [:]
        for (id, entry) in entries.enumerated() {
            for (exact, posting) in entry.words {
                words[posting.folded, default: [:]][exact, default: []].append(UInt32(id) << 4 | UInt32(posting.weight))
            }
            for (phrase, weight) in entry.phrases {
                phrases[phrase, default: []].append(UInt32(id) << 4 | UInt32(weight))
            }
        }
        var shards: [String: (words: [String], phrases: [String])] = [:]
        for folded in words.keys { shards[shard(of: folded), default: ([], [])].words.append(folded) }
        for phrase in phrases.keys { shards[shard(of: String(phrase.prefix { $0 != " " })), default: ([], [])].phrases.append(phrase) }
        let names = shards.keys.sorted()
        let (allWords, allPhrases, allShards) = (words, phrases, shards)
        let shardFiles = Parallel.map(names) { name -> (path: String, text: String) in
            let (w, p) = allShards[name]!
            var out = "{\"w\":{"
            for (k, folded) in w.sorted().enumerated() {
                if k > 0 { out += "," }
                JSON.string(folded, into: &out)
                out += ":{"
                for (j, (exact, list)) in allWords[folded]!.sorted(by: { $0.key < $1.key }).enumerated() {
                    if j > 0 { out += "," }
                    JSON.string(exact, into: &out)
                    out += ":"
                    append(list, to: &out)
                }
                out += "}"
            }
            out += "},\"p\":{"
            for (k, phrase) in p.sorted().enumerated() {
                if k > 0 { out += "," }
                JSON.string(phrase, into: &out)
                out += ":"
                append(allPhrases[phrase]!, to: &out)
            }
            out += "}}\n"
            return ("s/\(fileName(ofShard: name)).json", out)
        }
        let chunks = stride(from: 0, to: entries.count, by: chunkSize).map { start in
            Array(entries[start..<min(entries.count, start + chunkSize)])
        }
        let chunkFiles = Parallel.map(Array(chunks.enumerated())) { k, chunk -> (path: String, text: String) in
            let rows: [Any] = chunk.map { e in
                [e.url, e.title, e.section, e.date.map(VietnameseFormat.shortDate) ?? "", e.date.map(isoDay) ?? "", e.text] as [Any]
            }
            return ("d/\(k).json", JSON.encode(rows) + "\n")
        }
        var hash = FNV()
        for file in shardFiles + chunkFiles { hash.add(file.path); hash.add(file.text) }
        let manifest = JSON.encode([
            "version": hash.hex, "entries": entries.count, "chunk": chunkSize, "shards": names.map(fileName(ofShard:)),
        ] as [String: Any]) + "\n"
        return (shardFiles + chunkFiles + [("manifest.json", manifest)]).map { (folder + $0.path, $0.text) }
    }

    /// Postings as numbers: the gap from the previous entry times 16, plus the weight.
    private static func append(_ list: [UInt32], to out: inout String) {
        out += "["
        var previous: UInt32 = 0
        for (k, posting) in list.enumerated() {
            if k > 0 { out += "," }
            let id = posting >> 4
            out += String((id - previous) << 4 | (posting & 15))
            previous = id
        }
        out += "]"
    }

    private static func isoDay(_ d: DateTime) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(d.year)-\(two(d.month))-\(two(d.day))"
    }
}

/// 64-bit FNV-1a, for the index version that makes browsers fetch fresh files after a build.
private struct FNV {
    private var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
    }

    var hex: String { String(value, radix: 16) }
}

extension Site {
    /// Builds the search index and adds its files to the routes (nothing when search is off).
    mutating func index() {
        guard config.search else { return }
        install(SearchIndex(site: self))
    }

    /// Reads `documents` into the index again. Returns the routes of the files that changed and the
    /// files that are gone, or nil when a document is not in the index (a full build is needed).
    mutating func reindex(_ documents: [Document]) -> (changed: [Route], removed: [String])? {
        guard let old = search else { return ([], []) }
        guard let new = old.replacing(documents, site: self) else { return nil }
        let before = Dictionary(old.files.map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
        install(new)
        let folder = config.urlNames.search + "/"
        let changed = routes.filter { route in
            guard case .searchFile(let k) = route.kind else { return false }
            return before[new.files[k].path] != new.files[k].text
        }
        let kept = Set(new.files.map(\.path))
        return (changed, before.keys.filter { !kept.contains($0) }.map { folder + $0 })
    }

    private mutating func install(_ index: SearchIndex) {
        routes.removeAll { if case .searchFile = $0.kind { true } else { false } }
        let folder = config.urlNames.search + "/"
        routes += index.files.indices.map { Route(file: folder + index.files[$0].path, kind: .searchFile($0)) }
        search = index
    }
}
