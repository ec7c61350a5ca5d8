import Glibc

/// Small string helpers every stage uses: byte-wise search and replace, trimming, a name inside a sentence.
extension String {
    /// Replaces every occurrence of `target` (plain text, not a pattern), comparing bytes:
    /// Foundation's locale-aware search was a visible cost in feeds and pages.
    func replacingAll(_ target: String, with replacement: String) -> String {
        var hay = self, needle = target
        return hay.withUTF8 { hay in
            needle.withUTF8 { needle in
                guard !needle.isEmpty, var at = Bytes.find(needle, in: hay, from: 0) else { return self }
                var out: [UInt8] = []
                out.reserveCapacity(hay.count + 64)
                var copied = 0
                repeat {
                    out += hay[copied..<at]
                    out += replacement.utf8
                    copied = at + needle.count
                    guard let next = Bytes.find(needle, in: hay, from: copied) else { break }
                    at = next
                } while true
                out += hay[copied...]
                return String(decoding: out, as: UTF8.self)
            }
        }
    }

    /// Whether `target` occurs, compared byte for byte (no Foundation locale search).
    func containsText(_ target: String) -> Bool {
        var hay = self, needle = target
        return hay.withUTF8 { hay in needle.withUTF8 { needle in needle.isEmpty || Bytes.find(needle, in: hay, from: 0) != nil } }
    }
}

/// Byte-wise search in UTF-8 text, without copying it.
enum Bytes {
    /// Where `needle` (not empty) first starts in `hay` at or after `start`.
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let h = hay.baseAddress, let n = needle.baseAddress, hay.count - start >= needle.count else { return nil }
        let last = hay.count - needle.count
        var i = start
        while i <= last {
            // memchr finds the candidates; memcmp checks each.
            guard let hit = memchr(h + i, Int32(n.pointee), last - i + 1) else { return nil }
            i = h.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(h + i, n, needle.count) == 0 { return i }
            i += 1
        }
        return nil
    }

    /// Whether `needle` occurs in `hay`.
    static func contains(_ needle: StaticString, in hay: UnsafeRawBufferPointer) -> Bool {
        let hay = hay.assumingMemoryBound(to: UInt8.self)
        return needle.withUTF8Buffer { find($0, in: hay, from: 0) } != nil
    }
}

extension StringProtocol {
    /// Whether a path has a `.` or `..` segment: one that could lead out of the folder it names.
    /// Read as bytes: splitting into `Character`s cost a percent of a clean build, asked of every file written.
    var hasDotSegment: Bool {
        // The segment so far: how many bytes, and whether each was a dot.
        var count = 0, dots = true
        for byte in utf8 {
            if byte == 0x2F {
                if dots && (count == 1 || count == 2) { return true }
                (count, dots) = (0, true)
            } else {
                count += 1
                dots = dots && byte == 0x2E
            }
        }
        return dots && (count == 1 || count == 2)
    }

    /// Without the white space at either end.
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

extension String {
    /// What follows the last `/` (all of it when there is none), found by bytes.
    var lastSegment: Substring {
        guard let slash = utf8.lastIndex(of: 0x2F) else { return self[...] }
        return self[utf8.index(after: slash)...]
    }

    /// Everything before the last `/`: nil when there is none.
    var beforeLastSegment: Substring? {
        utf8.lastIndex(of: 0x2F).map { self[..<$0] }
    }

    /// The segment before the last (`b` of `a/b/c.md`): nil when there is none.
    var parentSegment: Substring? {
        guard let before = beforeLastSegment else { return nil }
        guard let slash = before.utf8.lastIndex(of: 0x2F) else { return before }
        return before[before.utf8.index(after: slash)...]
    }

    /// The first letter lowercased, for a name placed inside a sentence (keeps "TFP", "Đắk Lắk" as written after it).
    var lowercasedFirst: String {
        guard let first = first else { return self }
        let second = dropFirst().first
        // An acronym (two capitals) keeps its case.
        if let second, second.isUppercase { return self }
        return first.lowercased() + dropFirst()
    }
}
