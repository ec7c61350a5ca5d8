import Foundation

/// Stage 3: the site search index, written as small JSON files that `assets/search.js` fetches
/// on demand. Every article, story, page, legal document and indicator is one entry; entries are
/// numbered oldest first (`Site.searchSources`), so a higher number wins a tie, and a new article
/// takes one of the last numbers: the shards of its words and the last text chunks change, not
/// every file (`inserting`).
///
/// Files, under `tim-kiem/chi-muc/`:
/// - `manifest.json`: the version, the number of entries, the entries per text chunk and per
///   segment, and each segment's shards;
/// - `s/<shard>.json`, and `s/<shard>.<k>.json` for segment k ≥ 1: the words whose folded form
///   starts with the shard's two letters, each with its exact forms and their postings among the
///   segment's entries, and the two-word phrases whose first word is in the shard;
/// - `d/<k>.json`: URL, title, section, date and text of `chunkSize` entries, for the results shown.
///
/// Segments are runs of `segment` entries (4,096 unless tests lower it). A new article's words
/// reach only the last segment's shards: at 10,000 articles a new article wrote 10 MB of shards,
/// nearly all of them, when the shards held every entry. A site of fewer entries has one segment.
///
/// A posting is one number, `(entry − previous entry) × 16 + weight`, the first of a segment's
/// list counted from 0; the weight is the count of the word in the entry (at most 7) plus 8 when
/// the title has it.
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
        /// The text shown around the matched words, kept in the site's text store once indexed.
        public var snippet: StoredText
        /// The entry's language when it is not the site's (a page in English); empty otherwise.
        public var lang: String

        init(key: String, url: String, title: String, section: String, date: DateTime?, text: String, lang: String = "") {
            self.init(key: key, url: url, title: title, section: section, date: date, snippet: StoredText(text), lang: lang)
        }

        init(key: String, url: String, title: String, section: String, date: DateTime?, snippet: StoredText, lang: String = "") {
            (self.key, self.url, self.title, self.section, self.date, self.snippet, self.lang) = (key, url, title, section, date, snippet, lang)
        }
    }

    /// Every word (by exact key) and phrase of the site, numbered in the order first met, with the
    /// shard each belongs to.
    struct Vocabulary: Sendable {
        var ids = HashTable(capacity: 1 << 16)
        /// For a word its folded key, for a phrase the phrase; and which it is.
        var folded: [String] = []
        var exact: [String] = []
        var isPhrase: [Bool] = []
        var shard: [Int32] = []
        var shardNames: [String] = []
        private var shardIDs: [String: Int32] = [:]

        init() {}

        func write(to w: inout ByteWriter, flush: (inout ByteWriter) throws -> Void) rethrows {
            ids.write(to: &w)
            try flush(&w)
            for texts in [folded, exact] {
                w.write(texts.count)
                for text in texts {
                    w.write(text)
                    if w.bytes.count >= 1 << 20 { try flush(&w) }
                }
            }
            w.write(raw: isPhrase.map { $0 ? UInt8(1) : 0 }); w.write(raw: shard); w.write(shardNames)
        }

        init(_ r: inout ByteReader) throws {
            ids = try HashTable(&r)
            (folded, exact, isPhrase, shard, shardNames) = (try r.strings(), try r.strings(), try r.numbers(UInt8.self).map { $0 == 1 }, try r.numbers(), try r.strings())
            let count = exact.count
            guard ids.count == count, folded.count == count, isPhrase.count == count, shard.count == count,
                  shard.allSatisfy({ $0 >= 0 && Int($0) < shardNames.count }) else { throw ByteReader.Malformed() }
            for (k, name) in shardNames.enumerated() { shardIDs[name] = Int32(k) }
        }

        /// The id of `bag`'s term `k`, given now if the term is new. (The bag is passed, not a
        /// closure reading it: a closure made for every word copied the bag each time.)
        mutating func id(of k: Int, in bag: Bag) -> UInt32 {
            let (id, inserted) = ids.value(for: bag.hashes[k], orInsert: UInt32(exact.count))
            if !inserted { return id }
            let (exact, folded, phrase) = bag.key(k)
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
    /// Entries per segment.
    public static let standardSegment = BuildOptions.standardSearchSegment
    /// Entries per text chunk: the results page fetches the chunks of the results it shows.
    static let chunkSize = 10
    /// Bytes of each entry's text kept for snippets (every word is indexed).
    static let snippetLimit = 1_200

    public private(set) var entries: [Entry] = []
    private(set) var vocabulary = Vocabulary()
    /// Postings by vocabulary id, entries ascending.
    private(set) var postings: [PostingList] = []
    /// The shards with postings, by name, each with its terms.
    private(set) var shards: [(name: String, terms: [UInt32])] = []
    /// Entries per segment, and each segment's shards with postings in it (indexes of `shards`).
    let segment: Int
    private(set) var segmentShards: [[Int]] = []
    /// Changes whenever the index does, so browsers fetch fresh files after a build.
    private(set) var version = ""
    /// What the version is made of, kept so that an edit works out only what it changed: the sum
    /// of every term's hash (`termHash`), and each entry's hash (`entryHash`), in order.
    private var termSum: UInt64 = 0
    private var entryHashes: [UInt64] = []

    /// Indexes `count` entries, each read by `read` (`Site.searchEntry`): every core reads a batch
    /// of entries, then their words get vocabulary ids and postings, so only one batch of word
    /// counts is in memory. (Reading the next batch while this thread adds one was tried: slower on two cores.)
    init(count: Int, segment: Int = standardSegment, read: @Sendable (Int) -> (Entry, Bag)) {
        self.segment = max(1, segment)
        for start in stride(from: 0, to: count, by: 256) {
            for read in Parallel.map(Array(start..<min(count, start + 256)), { Box(read($0)) }) {
                let (entry, bag) = read.value
                add(bag, entry: UInt32(entries.count))
                entries.append(entry)
            }
        }
        layout()
    }

    private mutating func add(_ bag: Bag, entry n: UInt32) {
        for k in bag.hashes.indices {
            let id = Int(vocabulary.id(of: k, in: bag))
            if id == postings.count { postings.append(PostingList()) }
            postings[id].append(entry: n, weight: bag.weights[k])
        }
    }

    /// Hashes every term and entry, then groups the terms into shards and computes the version.
    private mutating func layout() {
        termSum = postings.indices.reduce(0) { $0 &+ termHash($1) }
        entryHashes = entries.map(Self.entryHash)
        group()
    }

    /// Groups the terms with postings into shards and computes the version from the hashes.
    private mutating func group() {
        var groups = [[UInt32]](repeating: [], count: vocabulary.shardNames.count)
        for id in postings.indices where !postings[id].isEmpty { groups[Int(vocabulary.shard[id])].append(UInt32(id)) }
        shards = groups.indices.filter { !groups[$0].isEmpty }.map { (vocabulary.shardNames[$0], groups[$0]) }
            .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        // A shard is in the segments its terms have postings in. A term whose first and last
        // entries are in one segment is in that one; only the others' lists are decoded.
        let count = max(1, (entries.count + segment - 1) / segment)
        var present = [[Bool]](repeating: [Bool](repeating: false, count: shards.count), count: count)
        for (j, shard) in shards.enumerated() {
            for id in shard.terms {
                let list = postings[Int(id)]
                let (first, last) = (min(count - 1, Int(list.first) / segment), min(count - 1, Int(list.last) / segment))
                present[first][j] = true
                present[last][j] = true
                // Decoded only when a segment between is not yet known to hold the shard: once a
                // common word has put it in every segment, no other term's list is read.
                if last - first > 1, (first + 1..<last).contains(where: { !present[$0][j] }) {
                    list.forEach { entry, _ in present[min(count - 1, Int(entry) / segment)][j] = true }
                }
            }
        }
        segmentShards = present.map { row in row.indices.filter { row[$0] } }
        var h = FNV()
        h.add(UInt64(segment))
        h.add(termSum)
        for e in entryHashes { h.add(e) }
        version = h.hex
    }

    /// A term's word and postings, hashed; none without postings. Terms are summed in any order:
    /// a full build and an edit's agree.
    private func termHash(_ id: Int) -> UInt64 {
        guard !postings[id].isEmpty else { return 0 }
        var h = FNV()
        h.add(vocabulary.exact[id])
        // The bytes say the postings exactly (one list, one encoding); hashed fast.
        h.add(postings[id].bytes.withUnsafeBytes { ContentHash($0).low })
        return h.value
    }

    /// What a reader sees of an entry, hashed.
    private static func entryHash(_ e: Entry) -> UInt64 {
        var h = FNV()
        h.add(e.url); h.add(e.title); h.add(e.section); e.snippet.withUTF8 { h.add($0) }; h.add(UInt64(bitPattern: Int64(e.date?.epochSeconds ?? 0))); h.add(e.lang)
        return h.value
    }

    /// The index as bytes, for the next build (see `DocumentCache`): entries, vocabulary,
    /// postings, shards and version (laid out already: not worked out again when read);
    /// handed to `flush` a mebibyte at a time.
    func write(to w: inout ByteWriter, flush: (inout ByteWriter) throws -> Void) rethrows {
        w.write(entries.count)
        for e in entries {
            w.write(e.key); w.write(e.url); w.write(e.title); w.write(e.section); w.write(e.date); w.write(e.snippet); w.write(e.lang)
            if w.bytes.count >= 1 << 20 { try flush(&w) }
        }
        try vocabulary.write(to: &w, flush: flush)
        w.write(postings.count)
        for p in postings {
            w.write(raw: p.bytes); w.write(Int(p.last))
            if w.bytes.count >= 1 << 20 { try flush(&w) }
        }
        w.write(shards.count)
        for shard in shards { w.write(shard.name); w.write(raw: shard.terms) }
        w.write(segment)
        w.write(segmentShards.count)
        for row in segmentShards { w.write(raw: row.map(Int32.init)) }
        w.write(version)
        w.write(Int(bitPattern: UInt(termSum))); w.write(raw: entryHashes)
    }

    /// The index `write(to:)` wrote, its snippets put in `store`.
    init(_ r: inout ByteReader, store: TextStore?) throws {
        entries = try r.list { r in
            Entry(key: try r.string(), url: try r.string(), title: try r.string(), section: try r.string(), date: try r.optional { try $0.dateTime() },
                  snippet: try r.text(into: store), lang: try r.string())
        }
        vocabulary = try Vocabulary(&r)
        postings = try r.list { r in PostingList(bytes: try r.numbers(), last: UInt32(try r.int())) }
        shards = try r.list { r in (try r.string(), try r.numbers(UInt32.self)) }
        segment = try r.int()
        segmentShards = try r.list { r in try r.numbers(Int32.self).map(Int.init) }
        version = try r.string()
        termSum = UInt64(UInt(bitPattern: try r.int()))
        entryHashes = try r.numbers()
        guard postings.count == vocabulary.exact.count, entryHashes.count == entries.count, shards.allSatisfy({ $0.terms.allSatisfy { Int($0) < postings.count } }),
              segment > 0, segmentShards.count == max(1, (entries.count + segment - 1) / segment),
              segmentShards.allSatisfy({ $0.allSatisfy { $0 >= 0 && $0 < shards.count } }) else {
            throw ByteReader.Malformed()
        }
    }

    /// The index with `added` as entries `at`, `at + 1`…, the entries from `at` on moved after
    /// them (documents dated after all but a few: a new article, before the events to come), and
    /// the files that changed: the shards of the words of the entries added and moved, the text
    /// chunks from `at` on, the manifest. A posting list is written again only when it has an
    /// entry from `at` on.
    func inserting(_ added: [(Entry, Bag)], at p: Int) -> (index: SearchIndex, changed: Set<String>) {
        var copy = self
        let m = UInt32(added.count), from = UInt32(p)
        var postings: [Int: [(entry: UInt32, weight: UInt8)]] = [:]
        for (j, (_, bag)) in added.enumerated() {
            for k in bag.hashes.indices {
                let id = Int(copy.vocabulary.id(of: k, in: bag))
                if id == copy.postings.count { copy.postings.append(PostingList()) }
                postings[id, default: []].append((from + UInt32(j), bag.weights[k]))
            }
        }
        var touched = Set<Int32>()
        for id in copy.postings.indices where postings[id] != nil || (!copy.postings[id].isEmpty && copy.postings[id].last >= from) {
            // Its hash leaves the sum before the change and joins it after.
            copy.termSum &-= copy.termHash(id)
            var all = postings[id] ?? []
            copy.postings[id].forEach { entry, weight in all.append((entry >= from ? entry + m : entry, weight)) }
            all.sort { $0.entry < $1.entry }
            var list = PostingList()
            for posting in all { list.append(entry: posting.entry, weight: posting.weight) }
            copy.postings[id] = list
            copy.termSum &+= copy.termHash(id)
            touched.insert(copy.vocabulary.shard[id])
        }
        copy.entries.insert(contentsOf: added.map(\.0), at: p)
        copy.entryHashes.insert(contentsOf: added.map { Self.entryHash($0.0) }, at: p)
        copy.group()
        var changed: Set<String> = ["manifest.json"]
        for k in stride(from: p / Self.chunkSize, through: max(0, copy.entries.count - 1) / Self.chunkSize, by: 1) { changed.insert("d/\(k).json") }
        return (copy, changed.union(copy.shardFiles(of: touched, from: p)))
    }

    /// The index without its `r` entries from `p` on, the entries after them moved up (a document
    /// deleted), and the files that changed: the shards of the words of the entries removed and
    /// moved, the text chunks from `p` on, the manifest. A posting list is written again only
    /// when it has an entry from `p` on; one left empty leaves its shard (`group`).
    func removing(_ r: Int, at p: Int) -> (index: SearchIndex, changed: Set<String>) {
        var copy = self
        let from = UInt32(p), to = UInt32(p + r), n = UInt32(r)
        var touched = Set<Int32>()
        for id in copy.postings.indices where !copy.postings[id].isEmpty && copy.postings[id].last >= from {
            copy.termSum &-= copy.termHash(id)
            var list = PostingList()
            copy.postings[id].forEach { entry, weight in
                if entry < from { list.append(entry: entry, weight: weight) } else if entry >= to { list.append(entry: entry - n, weight: weight) }
            }
            copy.postings[id] = list
            copy.termSum &+= copy.termHash(id)
            touched.insert(copy.vocabulary.shard[id])
        }
        copy.entries.removeSubrange(p..<(p + r))
        copy.entryHashes.removeSubrange(p..<(p + r))
        copy.group()
        var changed: Set<String> = ["manifest.json"]
        // (The chunk that held the last entries may now end sooner: from `p`'s on, up to the last.)
        if !copy.entries.isEmpty {
            for k in stride(from: p / Self.chunkSize, through: (copy.entries.count - 1) / Self.chunkSize, by: 1) { changed.insert("d/\(k).json") }
        }
        return (copy, changed.union(copy.shardFiles(of: touched, from: p)))
    }

    /// The index with the entries of `documents` read again (edits in the preview that keep dates),
    /// and the files that changed or are gone; nil when a document is not in the index.
    func replacing(_ documents: [Document], read: (Document) -> (Entry, Bag)) -> (index: SearchIndex, changed: Set<String>, removed: Set<String>)? {
        var copy = self
        var touched = Set<Int32>()
        var changed: Set<String> = ["manifest.json"]
        var segments = Set<Int>()
        // The terms whose postings change: their hashes leave the sum before and join it after.
        var terms = Set<Int>()
        func touch(_ id: Int) {
            if terms.insert(id).inserted { copy.termSum &-= copy.termHash(id) }
            touched.insert(copy.vocabulary.shard[id])
        }
        for document in documents {
            guard let n = entries.firstIndex(where: { $0.key == document.sourcePath }) else { return nil }
            let entry = UInt32(n)
            // Postings are changed in their bytes, not decoded: a common word has one for every entry.
            for id in copy.postings.indices where copy.postings[id].last >= entry {
                guard let list = copy.postings[id].setting(entry: entry, weight: nil) else { continue }
                touch(id)
                copy.postings[id] = list
            }
            let (e, bag) = read(document)
            for k in bag.hashes.indices {
                let id = Int(copy.vocabulary.id(of: k, in: bag))
                if id == copy.postings.count { copy.postings.append(PostingList()) }
                touch(id)
                if let list = copy.postings[id].setting(entry: entry, weight: bag.weights[k]) { copy.postings[id] = list }
            }
            copy.entries[n] = e
            copy.entryHashes[n] = Self.entryHash(e)
            changed.insert("d/\(n / Self.chunkSize).json")
            segments.insert(n / segment)
        }
        for id in terms { copy.termSum &+= copy.termHash(id) }
        copy.group()
        for k in segments { changed.formUnion(copy.shardFiles(of: touched, from: k * segment, through: k * segment)) }
        let removed = shardFileNames.subtracting(copy.shardFileNames)
        return (copy, changed.subtracting(removed), removed)
    }

}

/// One term's postings, packed as the numbers a shard file holds: for each entry (ascending)
/// the gap from the one before times 16, plus the weight, in 7-bit bytes. Most gaps are small,
/// so a posting takes one or two bytes instead of four: a tenth of the index's memory on a large
/// site.
struct PostingList: Sendable {
    private(set) var bytes: [UInt8] = []
    /// The entry of the last posting.
    private(set) var last: UInt32 = 0

    init() {}

    fileprivate init(bytes: [UInt8], last: UInt32) { (self.bytes, self.last) = (bytes, last) }

    var isEmpty: Bool { bytes.isEmpty }

    mutating func append(entry: UInt32, weight: UInt8) {
        Self.append((entry - last) << 4 | UInt32(weight), to: &bytes)
        last = entry
    }

    /// Each posting's number as written in a shard: gap × 16 + weight.
    func forEachNumber(_ body: (UInt32) -> Void) {
        var offset = 0
        while offset < bytes.count {
            let (number, next) = Self.number(in: bytes, at: offset)
            body(number)
            offset = next
        }
    }

    /// The list with entry `n`'s posting given `weight`, or taken out when `weight` is nil; nil
    /// when that changes nothing. Worked on the bytes: only the posting and the one after it
    /// (whose gap changes) are written again.
    func setting(entry n: UInt32, weight: UInt8?) -> PostingList? {
        // The first posting at `n` or after: where its bytes start and end, its entry and weight.
        var (previous, offset) = (UInt32(0), 0)
        var found: (start: Int, end: Int, entry: UInt32, weight: UInt8)?
        while offset < bytes.count {
            let (number, end) = Self.number(in: bytes, at: offset)
            let entry = previous + number >> 4
            if entry >= n { found = (offset, end, entry, UInt8(number & 15)); break }
            (previous, offset) = (entry, end)
        }
        var middle: [UInt8] = []
        var replaced = offset..<offset
        var result = self
        if let at = found, at.entry == n {
            if at.weight == weight { return nil }
            replaced = at.start..<at.end
            if let weight {
                Self.append((n - previous) << 4 | UInt32(weight), to: &middle)
            } else if at.end < bytes.count {
                // The next posting's gap now counts from the one before `n`.
                let (number, end) = Self.number(in: bytes, at: at.end)
                Self.append((n + number >> 4 - previous) << 4 | number & 15, to: &middle)
                replaced = at.start..<end
            } else {
                result.last = previous
            }
        } else {
            guard let weight else { return nil }
            Self.append((n - previous) << 4 | UInt32(weight), to: &middle)
            if let at = found {
                Self.append((at.entry - n) << 4 | UInt32(at.weight), to: &middle)
                replaced = at.start..<at.end
            } else {
                result.last = n
            }
        }
        result.bytes.replaceSubrange(replaced, with: middle)
        if result.bytes.isEmpty { result.last = 0 }
        return result
    }

    /// The number whose 7-bit bytes start at `offset`, and where the next starts.
    /// (A list cut short ends its last number at its end.)
    private static func number(in bytes: [UInt8], at offset: Int) -> (UInt32, Int) {
        var (number, shift, k): (UInt32, UInt32, Int) = (0, 0, offset)
        while k < bytes.count {
            let byte = bytes[k]
            number |= UInt32(byte & 0x7F) << shift
            k += 1
            if byte < 0x80 { break }
            shift += 7
        }
        return (number, k)
    }

    private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        var number = value
        while number >= 0x80 {
            bytes.append(UInt8(number & 0x7F) | 0x80)
            number >>= 7
        }
        bytes.append(UInt8(number))
    }

    /// The entry of the first posting.
    var first: UInt32 { bytes.isEmpty ? 0 : Self.number(in: bytes, at: 0).0 >> 4 }

    /// The numbers of the postings of entries in `range`, as a list of their own: the first
    /// counted from entry 0.
    func numbers(in range: Range<UInt32>, _ body: (UInt32) -> Void) {
        var (entry, previous, offset) = (UInt32(0), UInt32(0), 0)
        while offset < bytes.count {
            let (number, next) = Self.number(in: bytes, at: offset)
            entry += number >> 4
            if entry >= range.upperBound { return }
            if entry >= range.lowerBound {
                body((entry - previous) << 4 | number & 15)
                previous = entry
            }
            offset = next
        }
    }

    /// Each posting's entry and weight.
    func forEach(_ body: (UInt32, UInt8) -> Void) {
        var entry: UInt32 = 0
        forEachNumber { number in
            entry += number >> 4
            body(entry, UInt8(number & 15))
        }
    }

}
