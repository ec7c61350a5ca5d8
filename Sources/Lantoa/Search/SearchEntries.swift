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

    /// Counts the words and phrases of the title, the text and `extra` (tags, names) of `entry`,
    /// then keeps the start of the text for snippets in `store`. `words`, when given, is the text
    /// whose words count, when the snippet says more (a label: "Minh họa · …" is shown, but a
    /// search for "họa" must not find every illustrative page by it).
    static func indexed(_ entry: Entry, words: String? = nil, extra: [String], store: TextStore?) -> (Entry, Bag) {
        var e = entry
        var bag = Bag()
        var text = e.snippet.string
        count(e.title, title: true, into: &bag)
        count(words ?? text, title: false, into: &bag)
        for value in extra { count(value, title: false, into: &bag) }
        // Cut at the last space before `snippetLimit` bytes (a space is always a character boundary).
        let utf8 = text.utf8
        if utf8.count > snippetLimit {
            var end = utf8.index(utf8.startIndex, offsetBy: snippetLimit)
            while end > utf8.startIndex, utf8[end] != 32 { end = utf8.index(before: end) }
            if end == utf8.startIndex { end = utf8.index(utf8.startIndex, offsetBy: snippetLimit) }
            text = String(text[..<end]) + " …"
        }
        e.snippet = store.keep(text)
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
                bag.add(FNV.hash(scanner.exact), title: title, exact: scanner.exact, folded: folded)
                let foldedHash = FNV.hash(folded)
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
}
