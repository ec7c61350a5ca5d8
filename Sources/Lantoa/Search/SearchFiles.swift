import Foundation

/// The index's files, written from the postings when the render stage asks for them.
extension SearchIndex {
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

    /// A shard's file in segment `k`, relative to the index's folder: `s/tr.json`, `s/tr.2.json`.
    static func shardFile(_ name: String, segment k: Int) -> String { "s/\(fileName(ofShard: name))\(k == 0 ? "" : ".\(k)").json" }

    /// Each shard file's segment and shard (index of `shards`), in the order of `files`.
    private var shardFiles: [(segment: Int, shard: Int)] {
        segmentShards.enumerated().flatMap { k, row in row.map { (k, $0) } }
    }

    /// The index's files, relative to the search page's folder: shards, text chunks, the manifest.
    public var files: [String] {
        shardFiles.map { Self.folder + Self.shardFile(shards[$0.shard].name, segment: $0.segment) }
            + (0..<chunkCount).map { "\(Self.folder)d/\($0).json" } + [Self.folder + "manifest.json"]
    }

    /// The bytes of file `k` of `files`.
    public func file(_ k: Int) -> [UInt8] {
        let shardCount = segmentShards.reduce(0) { $0 + $1.count }
        if k < shardCount {
            var k = k, segment = 0
            while k >= segmentShards[segment].count { (k, segment) = (k - segmentShards[segment].count, segment + 1) }
            let from = UInt32(segment * self.segment)
            return shard(shards[segmentShards[segment][k]].terms, entries: from..<(from + UInt32(self.segment)))
        }
        if k < shardCount + chunkCount { return chunk(k - shardCount) }
        return Array((JSON.encode([
            "version": .text(version), "entries": .int(entries.count), "chunk": .int(Self.chunkSize), "segment": .int(segment),
            "segments": .list(segmentShards.map { row in .texts(row.map { Self.fileName(ofShard: shards[$0].name) }) }),
        ]) + "\n").utf8)
    }

    /// The shard files, relative to the index's folder (`s/tr.1.json`).
    var shardFileNames: Set<String> { Set(shardFiles.map { Self.shardFile(shards[$0.shard].name, segment: $0.segment) }) }

    /// The files of the shards of `touched` (vocabulary shard ids) in the segments of entries
    /// `from` to `through` (to the last segment when nil). A shard is in a segment only with
    /// postings there, so one that appears in a segment (a term's entry moved into it) has a
    /// touched term, and its file is among these.
    func shardFiles(of touched: Set<Int32>, from: Int, through: Int? = nil) -> Set<String> {
        let names = Set(touched.map { vocabulary.shardNames[Int($0)] })
        let last = min(segmentShards.count - 1, through.map { $0 / segment } ?? .max)
        var files: Set<String> = []
        for k in stride(from: from / segment, through: last, by: 1) {
            for j in segmentShards[k] where names.contains(shards[j].name) { files.insert(Self.shardFile(shards[j].name, segment: k)) }
        }
        return files
    }

    /// `[[url, title, section, date, ISO date, text], …]` of the entries of chunk `k`, and a
    /// seventh field, the language, for an entry not in the site's.
    private func chunk(_ k: Int) -> [UInt8] {
        var out = JSONBytes()
        out.raw("[")
        for (n, e) in entries[k * Self.chunkSize..<min(entries.count, (k + 1) * Self.chunkSize)].enumerated() {
            out.raw(n == 0 ? "[" : ",[")
            for (m, field) in [e.url, e.title, e.section, e.date.map(VietnameseFormat.shortDate) ?? "", e.date.map(VietnameseFormat.isoDay) ?? "", e.snippet.string].enumerated() {
                if m > 0 { out.raw(",") }
                out.string(field)
            }
            if !e.lang.isEmpty { out.raw(","); out.string(e.lang) }
            out.raw("]")
        }
        out.raw("]\n")
        return out.bytes
    }

    /// One shard in one segment: `{"w":{folded:{exact:[postings]}},"p":{phrase:[postings]}}`,
    /// keys sorted; the terms with postings among `range`'s entries only.
    private func shard(_ all: [UInt32], entries range: Range<UInt32>) -> [UInt8] {
        // Each term's postings in the segment, written once into one buffer; a term with none
        // there is left out.
        var lists = JSONBytes()
        var at = [Int: Range<Int>](minimumCapacity: all.count)
        for id in all {
            let list = postings[Int(id)]
            guard list.last >= range.lowerBound, list.first < range.upperBound else { continue }
            let start = lists.bytes.count
            if range.lowerBound == 0 && list.last < range.upperBound { lists.postings(list) } else { lists.postings(list, in: range) }
            if lists.bytes.count - start > 2 { at[Int(id)] = start..<lists.bytes.count } else { lists.bytes.removeLast(2) }
        }
        let words = at.keys.filter { !vocabulary.isPhrase[$0] }
            .sorted { a, b in
                let (fa, fb) = (vocabulary.folded[a], vocabulary.folded[b])
                return fa != fb ? fa.utf8.lexicographicallyPrecedes(fb.utf8) : vocabulary.exact[a].utf8.lexicographicallyPrecedes(vocabulary.exact[b].utf8)
            }
        // Byte order, not Unicode order: quicker, and the same on every machine.
        let phrases = at.keys.filter { vocabulary.isPhrase[$0] }.sorted { vocabulary.exact[$0].utf8.lexicographicallyPrecedes(vocabulary.exact[$1].utf8) }
        var out = JSONBytes()
        out.raw("{\"w\":{")
        var k = 0
        while k < words.count {
            let folded = vocabulary.folded[words[k]]
            if k > 0 { out.raw(",") }
            out.string(folded)
            out.raw(":{")
            var first = true
            while k < words.count, vocabulary.folded[words[k]] == folded {
                if !first { out.raw(",") }
                first = false
                out.string(vocabulary.exact[words[k]])
                out.raw(":")
                out.bytes += lists.bytes[at[words[k]]!]
                k += 1
            }
            out.raw("}")
        }
        out.raw("},\"p\":{")
        for (k, id) in phrases.enumerated() {
            if k > 0 { out.raw(",") }
            out.string(vocabulary.exact[id])
            out.raw(":")
            out.bytes += lists.bytes[at[id]!]
        }
        out.raw("}}\n")
        return out.bytes
    }
}

/// 64-bit FNV-1a: a word's identity while the index is built, and the index version that makes
/// browsers fetch fresh files after a build.
struct FNV {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
    }

    mutating func add(_ text: String) { add(text.utf8) }
    mutating func add(_ number: UInt64) { withUnsafeBytes(of: number.littleEndian) { add($0) } }

    @inline(__always)
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h = FNV()
        h.add(bytes)
        return h.value
    }

    var hex: String { String(value, radix: 16) }
}

extension JSONBytes {
    /// Postings as numbers: the gap from the previous entry times 16, plus the weight.
    mutating func postings(_ list: PostingList) {
        // A byte at a time, not `raw`: a common word's list has a posting for every entry.
        bytes.append(UInt8(ascii: "["))
        var first = true
        list.forEachNumber { n in
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            number(n)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// The postings of `list` among `range`'s entries, the first counted from entry 0.
    mutating func postings(_ list: PostingList, in range: Range<UInt32>) {
        bytes.append(UInt8(ascii: "["))
        var first = true
        list.numbers(in: range) { n in
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            number(n)
        }
        bytes.append(UInt8(ascii: "]"))
    }
}
