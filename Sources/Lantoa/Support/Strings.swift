/// Small string helpers every stage uses: byte-wise search and replace, trimming, a name inside a sentence.
extension String {
    /// Replaces every occurrence of `target` (plain text, not a pattern), comparing bytes:
    /// Foundation's locale-aware search was a visible cost in feeds and pages.
    func replacingAll(_ target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        guard let first = needle.first else { return self }
        let hay = Array(utf8)
        guard hay.count >= needle.count else { return self }
        var out: [UInt8] = []
        var i = 0, copied = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first && hay[i..<i + needle.count].elementsEqual(needle) {
                if out.isEmpty { out.reserveCapacity(hay.count + 64) }
                out += hay[copied..<i]
                out += replacement.utf8
                i += needle.count
                copied = i
            } else {
                i += 1
            }
        }
        if copied == 0 { return self }
        out += hay[copied...]
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `target` occurs, compared byte for byte (no Foundation locale search).
    func containsText(_ target: String) -> Bool {
        let needle = Array(target.utf8)
        guard let first = needle.first else { return true }
        let hay = Array(utf8)
        guard hay.count >= needle.count else { return false }
        var i = 0
        while i <= hay.count - needle.count {
            if hay[i] == first && hay[i..<i + needle.count].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}

extension StringProtocol {
    /// Whether a path has a `.` or `..` segment: one that could lead out of the folder it names.
    var hasDotSegment: Bool { split(separator: "/").contains { $0 == ".." || $0 == "." } }

    /// Without the white space at either end.
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

extension String {
    /// The first letter lowercased, for a name placed inside a sentence (keeps "TFP", "Đắk Lắk" as written after it).
    var lowercasedFirst: String {
        guard let first = first else { return self }
        let second = dropFirst().first
        // An acronym (two capitals) keeps its case.
        if let second, second.isUppercase { return self }
        return first.lowercased() + dropFirst()
    }
}
