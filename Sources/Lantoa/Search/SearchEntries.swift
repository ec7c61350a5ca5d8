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
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            func space() {
                if let last = out.last, last != 32, last != 10 { out.append(32) }
            }
            func newline() {
                while out.last == 32 { out.removeLast() }
                if let last = out.last, last != 10 { out.append(10) }
            }
            var skipped: ArraySlice<UInt8>? = nil
            var depth = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "<") {
                    guard let close = bytes[i...].firstIndex(of: UInt8(ascii: ">")) else { break }
                    let closing = i + 1 < close && bytes[i + 1] == UInt8(ascii: "/")
                    var nameEnd = closing ? i + 2 : i + 1
                    while nameEnd < close, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
                    let name = Array(bytes[(closing ? i + 2 : i + 1)..<nameEnd]).map { $0 | 0x20 }[...]
                    let selfClosing = bytes[close - 1] == UInt8(ascii: "/")
                    if let open = skipped {
                        if name == open, !selfClosing {
                            depth += closing ? -1 : 1
                            if depth == 0 { skipped = nil }
                        }
                    } else if !closing, !selfClosing, skippedElements.contains(where: { $0.elementsEqual(name) }) {
                        skipped = name
                        depth = 1
                        newline()
                    } else if blockElements.contains(where: { $0.elementsEqual(name) }) {
                        newline()
                    } else if name.elementsEqual("br".utf8) {
                        space()
                    } else if name.elementsEqual("img".utf8), let alt = attribute("alt", in: bytes[i..<close]) {
                        decode(alt, into: &out)
                    }
                    i = close + 1
                    continue
                }
                if skipped != nil {
                    i += 1
                } else if b == UInt8(ascii: "&") {
                    i = decodeEntity(bytes, at: i, into: &out)
                } else {
                    if b == 10 || b == 9 || b == 13 { space() } else { out.append(b) }
                    i += 1
                }
            }
            while out.last == 32 || out.last == 10 { out.removeLast() }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static let skippedElements = ["pre", "figure", "svg", "script", "style", "table"].map { Array($0.utf8) }
    private static let blockElements = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "hr",
                                        "div", "section", "dl", "dt", "dd", "details", "summary"].map { Array($0.utf8) }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }

    /// The value of `name="…"` inside a tag.
    private static func attribute(_ name: String, in tag: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>>? {
        let needle = Array(" \(name)=\"".utf8)
        var k = tag.startIndex
        while k + needle.count <= tag.endIndex {
            if tag[k..<k + needle.count].elementsEqual(needle) {
                let start = k + needle.count
                guard let end = tag[start...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
                return tag[start..<end]
            }
            k += 1
        }
        return nil
    }

    private static func decode(_ text: Slice<UnsafeBufferPointer<UInt8>>, into out: inout [UInt8]) {
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == UInt8(ascii: "&") {
                i = decodeEntity(UnsafeBufferPointer(rebasing: text), at: i - text.startIndex, into: &out) + text.startIndex
            } else {
                out.append(text[i])
                i += 1
            }
        }
    }

    /// Decodes the entity at `i` (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`, `&#x…;`); returns where
    /// reading goes on. Anything else is copied as written.
    private static func decodeEntity(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, into out: inout [UInt8]) -> Int {
        var end = i + 1
        while end < bytes.count, end - i < 12, bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else {
            out.append(bytes[i])
            return i + 1
        }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[i + 1..<end]), as: UTF8.self)
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
            out.append(bytes[i])
            return i + 1
        }
        out.append(contentsOf: String(scalar).utf8)
        return end + 1
    }
}
