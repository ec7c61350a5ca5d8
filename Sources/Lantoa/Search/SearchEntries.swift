import Foundation

/// Reading entries: what each document, story, page and indicator gives the index, and the
/// counting of its words and two-word phrases.
extension SearchIndex {
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

        /// From a term's hash to its position in `hashes`.
        private var positions = HashTable(capacity: 1024)

        /// Counts one occurrence: the count goes up to 7, the title bit is 8.
        mutating func add(_ hash: UInt64, title: Bool, exact: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>?) {
            let bit: UInt8 = title ? 8 : 0
            let (k, inserted) = positions.value(for: hash, orInsert: UInt32(hashes.count))
            if !inserted {
                let old = weights[Int(k)]
                weights[Int(k)] = (old & 8) | bit | min(7, (old & 7) + 1)
                return
            }
            hashes.append(hash)
            weights.append(bit | 1)
            keys.append((Int32(keyBytes.count), UInt8(exact.count), UInt8(folded?.count ?? 0)))
            keyBytes.append(contentsOf: exact)
            if let folded { keyBytes.append(contentsOf: folded) }
        }
    }

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
        let words = plainText(ofHTML: d.body.html)
        let body = words.isEmpty ? d.effectiveSummary : words
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
                bag.add(hash(scanner.exact), title: title, exact: scanner.exact, folded: folded)
                let foldedHash = hash(folded)
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

    /// FNV-1a of a key's bytes: a word's identity while the index is built.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = FNV()
        h.add(bytes)
        return h.value
    }
}

extension SearchIndex {
    /// The words of a body's HTML, a line per block: tags dropped, the entities cmark writes
    /// decoded, an image's alt text kept, and code blocks and figures (charts, tables) left out.
    /// Every body's HTML is held until its page renders anyway; a plain copy of each beside it,
    /// only for the index, was about a fifth of the memory of a 10,000-article build.
    static func plainText(ofHTML html: String) -> String {
        var html = html
        return html.withUTF8 { bytes in
            // The text is never longer than the HTML: every tag, entity and line break it drops
            // or replaces is at least as long as what takes its place.
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var writer = TextWriter(out: out)
                writer.read(bytes)
                return writer.finish()
            }
        }
    }

    private struct TextWriter {
        let out: UnsafeMutableBufferPointer<UInt8>
        var count = 0

        init(out: UnsafeMutableBufferPointer<UInt8>) { self.out = out }

        mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
            var skipped: (start: Int, count: Int)? = nil   // the element whose content is left out
            var depth = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b == UInt8(ascii: "<") {
                    var close = i + 1
                    while close < n, bytes[close] != UInt8(ascii: ">") { close += 1 }
                    if close == n { break }
                    let closing = bytes[i + 1] == UInt8(ascii: "/")
                    let nameStart = closing ? i + 2 : i + 1
                    var nameEnd = nameStart
                    while nameEnd < close, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
                    let name = UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd])
                    let selfClosing = bytes[close - 1] == UInt8(ascii: "/")
                    if let open = skipped {
                        if !selfClosing, name.count == open.count, name.elementsEqual(bytes[open.start..<open.start + open.count]) {
                            depth += closing ? -1 : 1
                            if depth == 0 { skipped = nil }
                        }
                    } else {
                        switch Tag(name) {
                        case .skipped where !closing && !selfClosing:
                            skipped = (nameStart, name.count)
                            depth = 1
                            newline()
                        case .block: newline()
                        case .lineBreak: space()
                        case .image: if let alt = Self.attribute("alt", in: bytes, i, close) { decode(bytes, alt) }
                        default: break
                        }
                    }
                    i = close + 1
                } else if skipped != nil {
                    i += 1
                } else if b == UInt8(ascii: "&") {
                    i = entity(bytes, at: i)
                } else if b == 10 || b == 9 || b == 13 {
                    space()
                    i += 1
                } else {
                    // A run of plain text, copied at once.
                    var end = i + 1
                    while end < n {
                        let c = bytes[end]
                        if c == UInt8(ascii: "<") || c == UInt8(ascii: "&") || c == 10 || c == 9 || c == 13 { break }
                        end += 1
                    }
                    (out.baseAddress! + count).update(from: bytes.baseAddress! + i, count: end - i)
                    count += end - i
                    i = end
                }
            }
        }

        mutating func finish() -> Int {
            while count > 0, out[count - 1] == 32 || out[count - 1] == 10 { count -= 1 }
            return count
        }

        private mutating func space() {
            if count > 0, out[count - 1] != 32, out[count - 1] != 10 { append(32) }
        }

        private mutating func newline() {
            while count > 0, out[count - 1] == 32 { count -= 1 }
            if count > 0, out[count - 1] != 10 { append(10) }
        }

        private mutating func append(_ b: UInt8) {
            out[count] = b
            count += 1
        }

        /// The text of an attribute value, its entities decoded.
        private mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            var i = range.lowerBound
            while i < range.upperBound {
                if bytes[i] == UInt8(ascii: "&") { i = entity(bytes, at: i, end: range.upperBound) } else { append(bytes[i]); i += 1 }
            }
        }

        /// Decodes the entity at `i` (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;`, `&#…;`);
        /// returns where reading goes on. Anything else is copied as written.
        private mutating func entity(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int? = nil) -> Int {
            let limit = min(end ?? bytes.count, i + 12)
            var semicolon = i + 1
            while semicolon < limit, bytes[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
            guard semicolon < limit else {
                append(bytes[i])
                return i + 1
            }
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[i + 1..<semicolon]), as: UTF8.self)
            let scalar: Unicode.Scalar? = switch name {
            case "amp": "&"
            case "lt": "<"
            case "gt": ">"
            case "quot": "\""
            case "apos": "'"
            case "nbsp": " "
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") { UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
                else if name.hasPrefix("#") { UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
                else { nil }
            }
            guard let scalar else {
                append(bytes[i])
                return i + 1
            }
            for b in String(scalar).utf8 { append(b) }
            return semicolon + 1
        }

        /// The value of `name="…"` inside the tag `bytes[start...close]`.
        private static func attribute(_ name: StaticString, in bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ close: Int) -> Range<Int>? {
            let needle = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
            var k = start
            while k + needle.count + 2 <= close {
                if bytes[k] == 32, bytes[k + 1 + needle.count] == UInt8(ascii: "="), bytes[k + 2 + needle.count] == UInt8(ascii: "\""),
                   bytes[k + 1..<k + 1 + needle.count].elementsEqual(needle) {
                    let valueStart = k + 3 + needle.count
                    var valueEnd = valueStart
                    while valueEnd < close, bytes[valueEnd] != UInt8(ascii: "\"") { valueEnd += 1 }
                    return valueStart..<valueEnd
                }
                k += 1
            }
            return nil
        }

        private func isNameByte(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
        }

        /// What a tag does to the text.
        private enum Tag {
            /// Code blocks and figures (charts, tables): their content is not the body's words.
            case skipped
            case block, lineBreak, image, other

            init(_ name: UnsafeBufferPointer<UInt8>) {
                guard name.count <= 8 else {
                    self = name.elementsEqual("blockquote".utf8) ? .block : .other
                    return
                }
                var word = 0 as UInt64
                for b in name { word = word << 8 | UInt64(b | 0x20) }
                self = Self.kinds[word] ?? .other
            }

            private static let kinds: [UInt64: Tag] = {
                var kinds: [UInt64: Tag] = [:]
                for name in ["pre", "figure", "svg", "script", "style", "table"] { kinds[word(name)] = .skipped }
                for name in ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "hr", "div", "section", "dl", "dt", "dd", "details", "summary"] {
                    kinds[word(name)] = .block
                }
                kinds[word("br")] = .lineBreak
                kinds[word("img")] = .image
                return kinds
            }()

            /// A tag name of up to eight letters as one number.
            private static func word(_ name: String) -> UInt64 {
                name.utf8.reduce(0) { $0 << 8 | UInt64($1) }
            }
        }
    }
}

/// Open addressing from a 64-bit term hash to a number. Swift's Dictionary would hash the hash
/// again (SipHash) for each of the millions of words of a large site; here one multiplication
/// spreads it (Fibonacci hashing: the top bits of hash × 2⁶⁴/φ pick the slot).
struct HashTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt32]
    private(set) var count = 0
    /// 64 − log2 of the number of slots.
    private var shift: UInt64

    /// `capacity` is rounded up to a power of two.
    init(capacity: Int) {
        var size = 16
        shift = 60
        while size < capacity { size *= 2; shift -= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [UInt32](repeating: 0, count: size)
    }

    /// 0 marks an empty slot; a key that is 0 is stored as another number.
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 0x9E37_79B9_7F4A_7C15 : key }

    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    func value(for key: UInt64) -> UInt32? {
        let key = Self.stored(key)
        let mask = keys.count - 1
        var slot = slot(key)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The value stored for `key`, or `value` stored for it now (`inserted`).
    mutating func value(for key: UInt64, orInsert value: UInt32) -> (value: UInt32, inserted: Bool) {
        let key = Self.stored(key)
        let mask = keys.count - 1
        var slot = slot(key)
        while true {
            let found = keys[slot]
            if found == key { return (values[slot], false) }
            if found == 0 { break }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = value
        count += 1
        if count * 2 > keys.count { grow() }
        return (value, true)
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [UInt32](repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        let mask = keys.count - 1
        for (key, value) in zip(oldKeys, oldValues) where key != 0 {
            var slot = slot(key)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }
}
