import Foundation

/// Stage 3: the site search index, written as small JSON files that `assets/search.js` fetches
/// on demand. Every article, story, page, legal document and indicator is one entry; entries are
/// numbered newest first, so a lower number wins a tie.
///
/// Files, under `tim-kiem/chi-muc/`:
/// - `manifest.json`: the version, the number of entries, the entries per text chunk, the shards;
/// - `s/<shard>.json`: the words whose folded form starts with the shard's two letters, each with
///   its exact forms and their postings, and the two-word phrases whose first word is in the shard;
/// - `d/<k>.json`: URL, title, section, date and text of `chunkSize` entries, for the results shown.
///
/// A posting is one number, `(entry − previous entry) × 16 + weight`; the weight is the count of
/// the word in the entry (at most 7) plus 8 when the title has it.
///
/// The index keeps postings, not files: each file is written when the render stage asks for it.
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
    }

    /// The words and phrases of one entry while it is read, before they get vocabulary ids. Terms
    /// are told apart by a 64-bit hash of their key, so a word met again costs no string.
    struct Bag {
        var hashes: [UInt64] = []
        var weights: [UInt8] = []
        /// The bytes of each term's key: a word's exact then folded key, or a phrase.
        var keyBytes: [UInt8] = []
        var keys: [(start: Int32, exact: UInt8, folded: UInt8)] = []
        /// Term `k`'s key, folded key and whether it is a phrase (which has no separate folded key).
        func key(_ k: Int) -> (key: String, folded: String, phrase: Bool) {
            let (start, exact, folded) = keys[k]
            let key = String(decoding: keyBytes[Int(start)..<Int(start) + Int(exact)], as: UTF8.self)
            if folded == 0 { return (key, key, true) }
            return (key, String(decoding: keyBytes[Int(start) + Int(exact)..<Int(start) + Int(exact) + Int(folded)], as: UTF8.self), false)
        }

        /// Open addressing from hash to position + 1 (0 is an empty slot); Swift's Dictionary
        /// hashes every key again, and this runs for every word of the site twice.
        private var slots = [Int32](repeating: 0, count: 1024)

        /// Counts one occurrence: the count goes up to 7, the title bit is 8.
        mutating func add(_ hash: UInt64, title: Bool, exact: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>?) {
            let bit: UInt8 = title ? 8 : 0
            var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while true {
                let found = Int(slots[slot])
                if found == 0 { break }
                if hashes[found - 1] == hash {
                    let old = weights[found - 1]
                    weights[found - 1] = (old & 8) | bit | min(7, (old & 7) + 1)
                    return
                }
                slot = (slot + 1) & (slots.count - 1)
            }
            hashes.append(hash)
            weights.append(bit | 1)
            keys.append((Int32(keyBytes.count), UInt8(exact.count), UInt8(folded?.count ?? 0)))
            keyBytes.append(contentsOf: exact)
            if let folded { keyBytes.append(contentsOf: folded) }
            slots[slot] = Int32(hashes.count)
            if hashes.count * 2 > slots.count { grow() }
        }

        private mutating func grow() {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            for (k, hash) in hashes.enumerated() {
                var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
                slots[slot] = Int32(k + 1)
            }
        }
    }

    /// Every word (by exact key) and phrase of the site, numbered in the order first met, with the
    /// shard each belongs to.
    struct Vocabulary: Sendable {
        var ids: [UInt64: UInt32] = [:]
        /// For a word its folded key, for a phrase the phrase; and which it is.
        var folded: [String] = []
        var exact: [String] = []
        var isPhrase: [Bool] = []
        var shard: [Int32] = []
        var shardNames: [String] = []
        private var shardIDs: [String: Int32] = [:]

        mutating func id(_ hash: UInt64, _ key: @autoclosure () -> (key: String, folded: String, phrase: Bool)) -> UInt32 {
            if let id = ids[hash] { return id }
            let id = UInt32(exact.count)
            ids[hash] = id
            let (exact, folded, phrase) = key()
            self.exact.append(exact)
            self.folded.append(folded)
            isPhrase.append(phrase)
            // A phrase goes with its first word: the first two letters of its (first) folded word.
            let name = SearchIndex.shard(of: phrase ? String(folded.prefix { $0 != " " }) : folded)
            if let k = shardIDs[name] {
                shard.append(k)
            } else {
                shardIDs[name] = Int32(shardNames.count)
                shard.append(Int32(shardNames.count))
                shardNames.append(name)
            }
            return id
        }
    }

    public static let folder = "chi-muc/"
    /// Entries per text chunk: the results page fetches the chunks of the results it shows.
    static let chunkSize = 10
    /// Bytes of each entry's text kept for snippets (every word is indexed).
    static let snippetLimit = 1_200

    public private(set) var entries: [Entry] = []
    private(set) var vocabulary = Vocabulary()
    /// Postings by vocabulary id: `entry << 4 | weight`, entries ascending.
    private(set) var postings: [[UInt32]] = []
    /// The shards with postings, by name, each with its terms.
    private(set) var shards: [(name: String, terms: [UInt32])] = []
    /// Changes whenever the index does, so browsers fetch fresh files after a build.
    private(set) var version = ""

    /// Indexes the site's documents and indicators: every core reads a batch of entries, then
    /// their words get vocabulary ids and postings, so only one batch of word counts is in memory.
    public init(site: Site) {
        let sources = Self.sources(site)
        for start in stride(from: 0, to: sources.count, by: 256) {
            for read in Parallel.map(Array(sources[start..<min(sources.count, start + 256)]), { Box($0()) }) {
                let (entry, bag) = read.value
                add(bag, entry: UInt32(entries.count))
                entries.append(entry)
            }
        }
        layout()
    }

    private mutating func add(_ bag: Bag, entry n: UInt32) {
        for k in bag.hashes.indices {
            let id = Int(vocabulary.id(bag.hashes[k], bag.key(k)))
            if id == postings.count { postings.append([]) }
            postings[id].append(n << 4 | UInt32(bag.weights[k]))
        }
    }

    /// Groups the terms with postings into shards and computes the version.
    private mutating func layout() {
        var groups = [[UInt32]](repeating: [], count: vocabulary.shardNames.count)
        // Terms are summed in any order: a full build and a preview's rebuild agree.
        var sum: UInt64 = 0
        for id in postings.indices where !postings[id].isEmpty {
            groups[Int(vocabulary.shard[id])].append(UInt32(id))
            var h = FNV()
            h.add(vocabulary.exact[id])
            for p in postings[id] { h.add(UInt64(p)) }
            sum &+= h.value
        }
        shards = groups.indices.filter { !groups[$0].isEmpty }.map { (vocabulary.shardNames[$0], groups[$0]) }
            .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        var h = FNV()
        h.add(sum)
        for e in entries { h.add(e.url); h.add(e.title); h.add(e.section); h.add(e.text); h.add(UInt64(e.date?.epochSeconds ?? 0)) }
        version = h.hex
    }

    /// The index with the entries of `documents` read again (edits in the preview that keep dates),
    /// and the files that changed or are gone; nil when a document is not in the index.
    func replacing(_ documents: [Document], site: Site) -> (index: SearchIndex, changed: Set<String>, removed: Set<String>)? {
        var copy = self
        var touched = Set<Int32>()
        var changed: Set<String> = ["manifest.json"]
        for document in documents {
            guard let n = entries.firstIndex(where: { $0.key == document.sourcePath }) else { return nil }
            let entry = UInt32(n)
            for id in copy.postings.indices {
                guard let k = Self.position(of: entry, in: copy.postings[id]), copy.postings[id][k] >> 4 == entry else { continue }
                copy.postings[id].remove(at: k)
                touched.insert(copy.vocabulary.shard[id])
            }
            let (e, bag) = Self.entry(document, site: site)
            for k in bag.hashes.indices {
                let id = Int(copy.vocabulary.id(bag.hashes[k], bag.key(k)))
                if id == copy.postings.count { copy.postings.append([]) }
                let at = Self.position(of: entry, in: copy.postings[id]) ?? copy.postings[id].count
                copy.postings[id].insert(entry << 4 | UInt32(bag.weights[k]), at: at)
                touched.insert(copy.vocabulary.shard[id])
            }
            copy.entries[n] = e
            changed.insert("d/\(n / Self.chunkSize).json")
        }
        copy.layout()
        for k in touched { changed.insert("s/\(Self.fileName(ofShard: copy.vocabulary.shardNames[Int(k)])).json") }
        let now = Set(copy.shards.map { "s/\(Self.fileName(ofShard: $0.name)).json" })
        let removed = Set(shards.map { "s/\(Self.fileName(ofShard: $0.name)).json" }).subtracting(now)
        return (copy, changed.subtracting(removed), removed)
    }

    /// The first posting of `list` for entry `n` or a later one (lists are ascending by entry).
    private static func position(of n: UInt32, in list: [UInt32]) -> Int? {
        var (low, high) = (0, list.count)
        while low < high {
            let mid = (low + high) / 2
            if list[mid] >> 4 < n { low = mid + 1 } else { high = mid }
        }
        return low < list.count ? low : nil
    }

    // MARK: Entries

    /// What to read, newest first: undated entries (indicators, some pages) after, in site order.
    static func sources(_ site: Site) -> [@Sendable () -> (Entry, Bag)] {
        var sources: [(date: DateTime?, read: @Sendable () -> (Entry, Bag))] = []
        for d in site.articles + site.stories + site.documents + site.pages {
            sources.append((d.date ?? d.legal?.issuedDate, { entry(d, site: site) }))
        }
        let names = site.config.urlNames
        for stats in site.indicators {
            let i = stats.indicator
            sources.append((nil, {
                indexed(Entry(key: "indicator:\(i.id)", url: site.config.baseURL.link("\(names.indicators)/\(i.id)/"), title: i.name,
                              section: "Chỉ số", date: nil, text: [i.description, i.methodNote, i.sourceName].filter { !$0.isEmpty }.joined(separator: "\n")),
                        extra: [i.shortName, i.unit])
            }))
        }
        return sources.enumerated().sorted { a, b in
            switch (a.element.date, b.element.date) {
            case let (x?, y?): return x != y ? x > y : a.offset < b.offset
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.element.read)
    }

    static func entry(_ d: Document, site: Site) -> (Entry, Bag) {
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

    /// Counts the words and phrases of the title, the text and `extra` (tags, names) of `entry`.
    static func indexed(_ entry: Entry, extra: [String]) -> (Entry, Bag) {
        var e = entry
        var bag = Bag()
        count(e.title, title: true, into: &bag)
        count(e.text, title: false, into: &bag)
        for value in extra { count(value, title: false, into: &bag) }
        // Cut at the last space before `snippetLimit` bytes (a space is always a character boundary).
        let utf8 = e.text.utf8
        if utf8.count > snippetLimit {
            var end = utf8.index(utf8.startIndex, offsetBy: snippetLimit)
            while end > utf8.startIndex, utf8[end] != 32 { end = utf8.index(before: end) }
            if end == utf8.startIndex { end = utf8.index(utf8.startIndex, offsetBy: snippetLimit) }
            e.text = String(e.text[..<end]) + " …"
        }
        return (e, bag)
    }

    /// Counts the words of `text`, and each two words in a row as a phrase, into `bag`.
    static func count(_ text: String, title: Bool, into bag: inout Bag) {
        var text = text
        text.withUTF8 { bytes in
            let scanner = SearchWords.Scanner(bytes)
            // The previous word's folded key, for the phrase it makes with this one.
            let phrase = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * SearchWords.Scanner.capacity + 1)
            defer { phrase.deallocate() }
            var previousCount = 0
            var previousHash: UInt64 = 0
            while scanner.next() {
                let folded = scanner.folded
                bag.add(hash(scanner.exact, seed: wordSeed), title: title, exact: scanner.exact, folded: folded)
                let foldedHash = hash(folded, seed: wordSeed)
                if previousCount > 0 {
                    phrase[previousCount] = 32
                    (phrase + previousCount + 1).update(from: folded.baseAddress!, count: folded.count)
                    bag.add(previousHash &* 0x9E37_79B9_7F4A_7C15 ^ foldedHash, title: title,
                            exact: UnsafeBufferPointer(start: phrase, count: previousCount + 1 + folded.count), folded: nil)
                }
                phrase.update(from: folded.baseAddress!, count: folded.count)
                previousCount = folded.count
                previousHash = foldedHash
            }
        }
    }

    private static let wordSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a of a key's bytes: a word's identity while the index is built.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
        var h = seed
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
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

    private var chunkCount: Int { (entries.count + Self.chunkSize - 1) / Self.chunkSize }

    /// The index's files, relative to the search page's folder: shards, text chunks, the manifest.
    public var files: [String] {
        shards.map { "\(Self.folder)s/\(Self.fileName(ofShard: $0.name)).json" }
            + (0..<chunkCount).map { "\(Self.folder)d/\($0).json" } + [Self.folder + "manifest.json"]
    }

    /// The bytes of file `k` of `files`.
    public func file(_ k: Int) -> [UInt8] {
        if k < shards.count { return shard(shards[k].terms) }
        if k < shards.count + chunkCount { return chunk(k - shards.count) }
        return Array((JSON.encode([
            "version": version, "entries": entries.count, "chunk": Self.chunkSize, "shards": shards.map { Self.fileName(ofShard: $0.name) },
        ] as [String: Any]) + "\n").utf8)
    }

    /// `[[url, title, section, date, ISO date, text], …]` of the entries of chunk `k`.
    private func chunk(_ k: Int) -> [UInt8] {
        var out = JSONBytes()
        out.raw("[")
        for (n, e) in entries[k * Self.chunkSize..<min(entries.count, (k + 1) * Self.chunkSize)].enumerated() {
            out.raw(n == 0 ? "[" : ",[")
            for (m, field) in [e.url, e.title, e.section, e.date.map(VietnameseFormat.shortDate) ?? "", e.date.map(Self.isoDay) ?? "", e.text].enumerated() {
                if m > 0 { out.raw(",") }
                out.string(field)
            }
            out.raw("]")
        }
        out.raw("]\n")
        return out.bytes
    }

    /// One shard: `{"w":{folded:{exact:[postings]}},"p":{phrase:[postings]}}`, keys sorted.
    private func shard(_ ids: [UInt32]) -> [UInt8] {
        let words = ids.filter { !vocabulary.isPhrase[Int($0)] }
            .sorted { a, b in
                let (fa, fb) = (vocabulary.folded[Int(a)], vocabulary.folded[Int(b)])
                return fa != fb ? fa.utf8.lexicographicallyPrecedes(fb.utf8) : vocabulary.exact[Int(a)].utf8.lexicographicallyPrecedes(vocabulary.exact[Int(b)].utf8)
            }
        // Byte order, not Unicode order: quicker, and the same on every machine.
        let phrases = ids.filter { vocabulary.isPhrase[Int($0)] }.sorted { vocabulary.exact[Int($0)].utf8.lexicographicallyPrecedes(vocabulary.exact[Int($1)].utf8) }
        var out = JSONBytes()
        out.raw("{\"w\":{")
        var k = 0
        while k < words.count {
            let folded = vocabulary.folded[Int(words[k])]
            if k > 0 { out.raw(",") }
            out.string(folded)
            out.raw(":{")
            var first = true
            while k < words.count, vocabulary.folded[Int(words[k])] == folded {
                if !first { out.raw(",") }
                first = false
                out.string(vocabulary.exact[Int(words[k])])
                out.raw(":")
                out.postings(postings[Int(words[k])])
                k += 1
            }
            out.raw("}")
        }
        out.raw("},\"p\":{")
        for (k, id) in phrases.enumerated() {
            if k > 0 { out.raw(",") }
            out.string(vocabulary.exact[Int(id)])
            out.raw(":")
            out.postings(postings[Int(id)])
        }
        out.raw("}}\n")
        return out.bytes
    }

    private static func isoDay(_ d: DateTime) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(d.year)-\(two(d.month))-\(two(d.day))"
    }
}

/// 64-bit FNV-1a, for the index version that makes browsers fetch fresh files after a build.
private struct FNV {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
    }

    mutating func add(_ text: String) { add(text.utf8) }
    mutating func add(_ number: UInt64) { withUnsafeBytes(of: number.littleEndian) { add($0) } }

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h = FNV()
        h.add(bytes)
        return h.value
    }

    var hex: String { String(value, radix: 16) }
}

/// JSON written straight into bytes: the index is most of a large site's output.
private struct JSONBytes {
    var bytes: [UInt8] = []

    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A JSON string literal, as `JSON.string` writes it (`<` escaped too), byte by byte.
    mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): bytes += [92, 34]
            case UInt8(ascii: "\\"): bytes += [92, 92]
            case UInt8(ascii: "<"): bytes += Array("\\u003c".utf8)
            case 10: bytes += [92, UInt8(ascii: "n")]
            case 13: bytes += [92, UInt8(ascii: "r")]
            case 9: bytes += [92, UInt8(ascii: "t")]
            case 0..<32: bytes += Array(String(format: "\\u%04x", b).utf8)
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Postings as numbers: the gap from the previous entry times 16, plus the weight.
    mutating func postings(_ list: [UInt32]) {
        bytes.append(UInt8(ascii: "["))
        var previous: UInt32 = 0
        for (k, posting) in list.enumerated() {
            if k > 0 { bytes.append(UInt8(ascii: ",")) }
            let id = posting >> 4
            number((id - previous) << 4 | (posting & 15))
            previous = id
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func number(_ n: UInt32) {
        if n >= 10 { number(n / 10) }
        bytes.append(UInt8(48 + n % 10))
    }
}

/// Carries a value that is not `Sendable` (a tuple, a dictionary) out of `Parallel.map`.
struct Box<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
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
        guard let (new, changed, removed) = old.replacing(documents, site: self) else { return nil }
        install(new)
        let folder = config.urlNames.search + "/" + SearchIndex.folder
        let routes = routes.filter { route in
            guard case .searchFile(let k) = route.kind else { return false }
            return changed.contains(String(new.files[k].dropFirst(SearchIndex.folder.count)))
        }
        return (routes, removed.map { folder + $0 })
    }

    private mutating func install(_ index: SearchIndex) {
        routes.removeAll { if case .searchFile = $0.kind { true } else { false } }
        let folder = config.urlNames.search + "/"
        routes += index.files.enumerated().map { Route(file: folder + $1, kind: .searchFile($0)) }
        search = index
    }
}

/// The text of the bodies is read by the index only; on a large site it is as much memory as the
/// rest of the site together, so the build lets go of it afterwards. A preview rebuild reads the
/// changed files again.
extension LoadedProject {
    mutating func forgetBodyText() {
        for list in [\LoadedProject.articles, \.pages, \.stories, \.documents] { self[keyPath: list].forgetBodyText() }
    }
}

extension Site {
    mutating func forgetBodyText() {
        for list in [\Site.articles, \.pages, \.stories, \.documents] { self[keyPath: list].forgetBodyText() }
    }
}

extension [Document] {
    mutating func forgetBodyText() {
        for i in indices { self[i].body.text = "" }
    }
}
