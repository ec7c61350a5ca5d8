import Foundation

/// Vietnamese alphabetical order (a ă â b c d đ e ê …), tones compared after letters,
/// in the dictionary order ngang, huyền, hỏi, ngã, sắc, nặng.
public struct VietnameseCollation {
    /// A sort key: letters first, then tones, then the text itself to break ties.
    public struct Key: Comparable, Sendable {
        let letters: [UInt16]
        let tones: [UInt8]
        let text: String

        public static func < (a: Key, b: Key) -> Bool {
            if a.letters != b.letters { return a.letters.lexicographicallyPrecedes(b.letters) }
            if a.tones != b.tones { return a.tones.lexicographicallyPrecedes(b.tones) }
            return a.text < b.text
        }
    }

    private static let alphabet: [String] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
        "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]
    private static let letterRank: [String: UInt16] = {
        var ranks: [String: UInt16] = [:]
        for (i, letter) in alphabet.enumerated() { ranks[letter] = UInt16(200 + i) }
        return ranks
    }()
    private static let toneRank: [UInt32: UInt8] = [0x0300: 1, 0x0309: 2, 0x0303: 3, 0x0301: 4, 0x0323: 5]
    private static let vowelMarks: Set<UInt32> = [0x0306, 0x0302, 0x031B]

    /// The key of one string.
    public static func key(_ text: String) -> Key {
        var letters: [UInt16] = []
        var tones: [UInt8] = []
        let scalars = Array(text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars)
        var i = 0
        while i < scalars.count {
            var letter = String(scalars[i])
            var tone: UInt8 = 0
            var j = i + 1
            while j < scalars.count, (0x0300...0x036F).contains(scalars[j].value) {
                let mark = scalars[j].value
                if vowelMarks.contains(mark) { letter.unicodeScalars.append(scalars[j]) }
                else if let rank = toneRank[mark] { tone = rank }
                j += 1
            }
            letter = letter.precomposedStringWithCanonicalMapping
            if let rank = letterRank[letter] {
                letters.append(rank)
                tones.append(tone)
            } else if let first = letter.unicodeScalars.first {
                // Digits, spaces and punctuation sort before letters, by code point.
                letters.append(UInt16(truncatingIfNeeded: min(first.value, 199)))
            }
            i = j
        }
        return Key(letters: letters, tones: tones, text: text)
    }

    /// Sorts values by a string in Vietnamese order.
    public static func sorted<T>(_ values: [T], by text: (T) -> String) -> [T] {
        values.map { (key(text($0)), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
