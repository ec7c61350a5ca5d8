import Yams

/// Reads typed values out of front matter or `site.yml`, recording a located diagnostic for each bad value.
public struct FieldReader {
    public let frontMatter: FrontMatter
    public private(set) var diagnostics: [Diagnostic] = []

    public init(_ frontMatter: FrontMatter) { self.frontMatter = frontMatter }

    /// The value as text, if set and not empty; a list or group of keys is an error.
    public mutating func string(_ key: String) -> String? {
        guard let field = frontMatter[key] else { return nil }
        guard case .scalar(let scalar) = field.value else {
            wrongType(field, expected: .aSinglePieceOfText, example: "\(key): Tin mới")
            return nil
        }
        if scalar.style == .plain && (scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null") { return nil }
        return VietnameseText.normalized(scalar.string)
    }

    /// An address a reader will follow (a link, an image, a file): anything `URLPolicy` refuses,
    /// such as `javascript:…`, is an error at its line and gives nil.
    public mutating func link(_ key: String) -> String? {
        guard let value = string(key) else { return nil }
        guard URLPolicy.allows(value) else {
            diagnostics.append(.error(frontMatter[key]!.valueLocation, .notAddressReadersCanSafely(key, Self.quoted(value)),
                                      hint: URLPolicy.hint))
            return nil
        }
        return value
    }

    /// A file of `content/media/` written `/media/NAME`, or nil with an error at its line: a name
    /// written from the project's folder (`content/media/a.pdf`) or without one (`a.pdf`) is told
    /// how to write it, a mistyped one the closest file; `check` says what else is wrong with the
    /// name (its kind), with its hint. `missing` is the hint when nothing is close.
    public mutating func mediaFile(_ key: String, files: ProjectFiles?, missing: Message,
                                   check: (String) -> (Message, Message)? = { _ in nil }) -> String? {
        guard let name = link(key), let field = frontMatter[key] else { return nil }
        guard name.hasPrefix("/media/"), files?.exists("content" + name) ?? true else {
            var bare = name.hasPrefix("/") ? String(name.dropFirst()) : name
            for prefix in ["content/media/", "media/"] where bare.hasPrefix(prefix) { bare = String(bare.dropFirst(prefix.count)) }
            if !name.hasPrefix("/media/"), files?.exists("content/media/" + bare) == true {
                report(.error(field.valueLocation, .fileWrittenFilesContentMedia(name), hint: .writeFileMedia(bare)))
            } else {
                let media = files?.list("content/media").map { "/media/" + $0.dropFirst("content/media/".count) } ?? []
                report(.error(field.valueLocation, .fileNotContentMedia(name), hint: Suggestion.closest(to: name, in: media).map(Message.didYouMean) ?? missing))
            }
            return nil
        }
        if let (problem, hint) = check(name) {
            report(.error(field.valueLocation, problem, hint: hint))
            return nil
        }
        return name
    }

    /// At most 80 characters of a value, control characters shown as `\u{…}`, for a message.
    static func quoted(_ value: String) -> String {
        let shown = String(value.unicodeScalars.prefix(80).map { $0.value < 0x20 || $0.value == 0x7F ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined())
        return value.unicodeScalars.count > 80 ? shown + "…" : shown
    }

    /// A required text value: missing is an error at the front matter's start, empty or only
    /// spaces (`""`, `" "`) at the value.
    public mutating func requiredString(_ key: String, what: Message, example: String) -> String? {
        if let value = string(key) {
            // `title: ""` (as `lantoa new` writes the keys left to fill) or only spaces: no text either.
            guard value.allSatisfy(\.isWhitespace), let field = frontMatter[key] else { return value }
            diagnostics.append(.error(field.valueLocation, .isEmptyGot(key, Self.quoted(value)), hint: .writeTextAfter(key, example)))
            return nil
        }
        if frontMatter[key] == nil || frontMatter[key]?.value.scalar != nil {
            diagnostics.append(.error(frontMatter[key]?.keyLocation ?? frontMatter.location,
                                      .hasNo(what, key), hint: .addLine(example, what.english.hasSuffix(".yml") ? what : .theFrontMatter)))
        }
        return nil
    }

    /// A date or date-time; without a zone it means Vietnam time (+07:00).
    public mutating func date(_ key: String) -> DateTime? {
        guard let field = frontMatter[key], let text = string(key) else { return nil }
        guard let date = DateTime(parsing: text) else {
            // A time after the date (`20/11/2026 08:30`, `2026-11-20 8:30`) goes with the suggestion.
            let written = text.trimmed
            let cut = written.firstIndex { $0 == " " || $0 == "T" }
            let datePart = cut.map { String(written[..<$0]) } ?? written
            let time = cut.map { Self.timeOfDay(String(written[written.index(after: $0)...])) } ?? .some("")
            let hint: Message = if let time, let (day, month, year, order) = Self.dateParts(datePart) {
                if DateTime.isValid(year: year, month: month, day: day) {
                    .didYouMean("\(key): \(VietnameseFormat.isoDay(DateTime(year: year, month: month, day: day)))" + (time.isEmpty ? "" : " " + time))
                } else if order == .dayFirst {
                    .dayMonthYearNoSuchDay(key, "\(day)/\(month)/\(year)")
                } else {
                    .noSuchDay(key, text.trimmed)
                }
            } else {
                .writeDateForm(key)
            }
            diagnostics.append(.error(field.valueLocation, .notValidDateGot(key, text), hint: hint))
            return nil
        }
        return date
    }

    /// `8:30` → `08:30`, `08:30:15` kept; nil for anything that is not a time of day.
    static func timeOfDay(_ text: String) -> String? {
        let parts = text.trimmed.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard (2...3).contains(parts.count), let hour = parts[0], let minute = parts[1], (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        guard parts.count == 3 else { return "\(two(hour)):\(two(minute))" }
        guard let second = parts[2], (0...59).contains(second) else { return nil }
        return "\(two(hour)):\(two(minute)):\(two(second))"
    }

    /// How the parts of a date were read.
    enum DateOrder { case dayFirst, monthFirst, yearFirst }

    /// Day, month and year of a date written in a form `date:` does not take: day first, the
    /// Vietnamese way (`05/12/2026`, `5-12-2026`, `05.12.2026`); month first where the second part
    /// cannot be a month (`12/25/2026`); year first (`2026/12/05`, `2026.12.5`, or `2026-02-30`,
    /// which is no day). Nil for anything else.
    static func dateParts(_ text: String) -> (day: Int, month: Int, year: Int, order: DateOrder)? {
        let parts = text.trimmed.split(whereSeparator: { "/-.".contains($0) }).map { Int($0) }
        guard parts.count == 3, let a = parts[0], let b = parts[1], let c = parts[2] else { return nil }
        let years = 1000...9999, months = 1...12, days = 1...31
        if years.contains(a), months.contains(b), days.contains(c) { return (c, b, a, .yearFirst) }
        // `2026-20-11`: year, day, month, where the second part cannot be a month.
        if years.contains(a), (13...31).contains(b), months.contains(c) { return (b, c, a, .yearFirst) }
        guard years.contains(c) else { return nil }
        if days.contains(a), months.contains(b) { return (a, b, c, .dayFirst) }
        if months.contains(a), (13...31).contains(b) { return (b, a, c, .monthFirst) }
        return nil
    }

    /// `true`/`false` (YAML's yes/no too).
    public mutating func bool(_ key: String) -> Bool? {
        guard let field = frontMatter[key] else { return nil }
        if let scalar = field.value.scalar, scalar.style == .plain, let value = Self.bool(scalar.string) { return value }
        diagnostics.append(.error(field.valueLocation, .mustTrueFalseGot(key, FrontMatterParser.describe(field.value)),
                                  hint: .writeTrueFalse(key, key)))
        return nil
    }

    /// A whole number within `range`.
    public mutating func int(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let field = frontMatter[key] else { return nil }
        if let scalar = field.value.scalar, let value = Int(scalar.string), range.contains(value) { return value }
        diagnostics.append(.error(field.valueLocation, .mustWholeNumberGot(key, range.lowerBound, range.upperBound, FrontMatterParser.describe(field.value)),
                                  hint: .example(key, Swift.min(range.upperBound, range.lowerBound + (range.upperBound - range.lowerBound) / 2))))
        return nil
    }

    /// Tags or categories: `stringList` with each name's runs of spaces made one space
    /// (`Chuyển  đổi số` is `Chuyển đổi số`) and a name repeated in another spelling (`cà phê`,
    /// `Cà Phê`: the same address) kept once, as first written.
    public mutating func termList(_ key: String) -> [String] {
        var slugs: Set<String> = []
        return stringList(key).map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { slugs.insert(VietnameseText.slug($0)).inserted }
    }

    /// A list of texts: `[a, b]` or one item per `- ` line; a single text counts as a list of one.
    public mutating func stringList(_ key: String) -> [String] {
        guard let field = frontMatter[key] else { return [] }
        switch field.value {
        case .sequence(let items):
            var out: [String] = []
            for item in items {
                guard case .scalar(let s) = item else {
                    wrongType(field, expected: .aListOfWords, example: "\(key): [năng suất, 5S]")
                    return []
                }
                let text = VietnameseText.normalized(s.string).trimmed
                if !text.isEmpty { out.append(text) }
            }
            return out
        case .scalar(let s):
            if s.style == .plain && (Int(s.string) != nil || Double(s.string) != nil || Self.bool(s.string) != nil) {
                wrongType(field, expected: .aListOfWords, example: "\(key): [năng suất, 5S]")
                return []
            }
            let text = VietnameseText.normalized(s.string).trimmed
            return text.isEmpty ? [] : [text]
        default:
            wrongType(field, expected: .aListOfWords, example: "\(key): [năng suất, 5S]")
            return []
        }
    }

    /// Warns about keys outside `known`, suggesting the closest known one.
    public mutating func warnUnknownKeys(known: [String], what: Message) {
        // (A set only for many keys, an interface file's 480: a document's few are looked up in the list.)
        let many = frontMatter.fields.count > 24 ? Set(known) : nil
        for field in frontMatter.fields where !(many?.contains(field.key) ?? known.contains(field.key)) {
            let hint = Suggestion.closest(to: field.key, in: known).map(Message.didYouMean)
                ?? .knownKeysAre(known.joined(separator: ", "))
            diagnostics.append(.warning(field.keyLocation, .unknownKeyIgnored(field.key, what), hint: hint))
        }
    }

    /// A nested group of keys.
    public mutating func group(_ key: String) -> FrontMatter? {
        guard let field = frontMatter[key] else { return nil }
        guard case .mapping(let mapping) = field.value else {
            wrongType(field, expected: .anIndentedGroup, example: "\(key):\n  name: …")
            return nil
        }
        return FrontMatter(mapping: mapping, file: field.keyLocation.file, lineOffset: frontMatter.lineOffset)
    }

    /// A list of groups of keys (the menu in site.yml).
    public mutating func groups(_ key: String) -> [FrontMatter] {
        guard let field = frontMatter[key] else { return [] }
        guard case .sequence(let items) = field.value else {
            wrongType(field, expected: .aListOfGroups, example: "\(key):\n  - title: …\n    url: …")
            return []
        }
        var out: [FrontMatter] = []
        for item in items {
            guard case .mapping(let mapping) = item else {
                wrongType(field, expected: .aListOfGroups, example: "\(key):\n  - title: …\n    url: …")
                return []
            }
            out.append(FrontMatter(mapping: mapping, file: field.keyLocation.file, lineOffset: frontMatter.lineOffset))
        }
        return out
    }

    /// YAML's plain booleans.
    static func bool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "on": true
        case "false", "no", "off": false
        default: nil
        }
    }

    public mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    private mutating func wrongType(_ field: FrontMatter.Field, expected: Message, example: String) {
        diagnostics.append(.error(field.valueLocation, .mustGot(field.key, expected, FrontMatterParser.describe(field.value)),
                                  hint: .writeLike(example)))
    }
}
