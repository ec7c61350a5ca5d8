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
            "version": .text(version), "entries": .int(entries.count), "chunk": .int(Self.chunkSize),
            "shards": .texts(shards.map { Self.fileName(ofShard: $0.name) }),
        ]) + "\n").utf8)
    }

    /// `[[url, title, section, date, ISO date, text], …]` of the entries of chunk `k`.
    private func chunk(_ k: Int) -> [UInt8] {
        var out = JSONBytes()
        out.raw("[")
        for (n, e) in entries[k * Self.chunkSize..<min(entries.count, (k + 1) * Self.chunkSize)].enumerated() {
            out.raw(n == 0 ? "[" : ",[")
            for (m, field) in [e.url, e.title, e.section, e.date.map(VietnameseFormat.shortDate) ?? "", e.date.map(VietnameseFormat.isoDay) ?? "", e.snippet.string].enumerated() {
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
}
