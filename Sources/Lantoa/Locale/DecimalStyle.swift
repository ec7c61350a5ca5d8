/// How a file writes decimals: `5,31` (Vietnamese) or `5.31`. Declared, or detected only when the
/// numbers leave no doubt — `1.234` alone could be either, so it is refused rather than guessed.
public enum DecimalStyle: String, Sendable {
    /// The hint for a figure of 10^15 or more, in a data file or a story's results.
    static let tooLargeHint = Message.figuresMustSmallerThanMillion

    case comma, point

    var decimal: Character { self == .comma ? "," : "." }
    var other: DecimalStyle { self == .comma ? .point : .comma }

    /// `text` written in this style when it is a number written in the other: `6.12` as `6,12`.
    func rewritten(_ text: String) -> String? {
        guard other.parse(text) != nil else { return nil }
        return String(text.map { $0 == "," ? "." : $0 == "." ? "," : $0 })
    }
    var grouping: Character { self == .comma ? "." : "," }

    /// What one number says about the style: nil when it has no separator or is ambiguous.
    static func evidence(_ text: String) -> (style: DecimalStyle?, ambiguous: Bool) {
        let t = text.filter { $0 != " " && $0 != "\u{00A0}" }
        let commas = t.filter { $0 == "," }.count, points = t.filter { $0 == "." }.count
        if commas == 0 && points == 0 { return (nil, false) }
        if commas > 0 && points > 0 {
            return (t.lastIndex(of: ",")! > t.lastIndex(of: ".")! ? .comma : .point, false)
        }
        let separator: Character = commas > 0 ? "," : "."
        // Two or more of the same separator can only be thousands grouping.
        if commas + points > 1 { return (separator == "," ? .point : .comma, false) }
        let digitsAfter = t.split(separator: separator, omittingEmptySubsequences: false).last!.count
        if digitsAfter == 3 { return (nil, true) }
        return (separator == "," ? .comma : .point, false)
    }

    /// Parses a number written in this style; nil when it is not a number. A grouping separator
    /// groups thousands or it is not one: `6.12` in a file of decimal commas is refused, not read
    /// as 612.
    func parse(_ text: String) -> Double? {
        var t = text.filter { $0 != " " && $0 != "\u{00A0}" }
        if t.hasSuffix("%") { t.removeLast() }
        let whole = t.split(separator: decimal, maxSplits: 1, omittingEmptySubsequences: false)[0]
        if whole.contains(grouping) {
            let groups = whole.drop { $0 == "-" || $0 == "+" || $0 == "−" }.split(separator: grouping, omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        t = t.replacingOccurrences(of: grouping, with: "")
        t = t.replacingOccurrences(of: decimal, with: ".")
        if t.hasPrefix("−") { t = "-" + t.dropFirst() }
        guard !t.isEmpty, t.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" }) else { return nil }
        return Double(t)
    }
}

private extension String {
    func replacingOccurrences(of c: Character, with replacement: String) -> String {
        var out = ""
        for x in self { if x == c { out += replacement } else { out.append(x) } }
        return out
    }
}
