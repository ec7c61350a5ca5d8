import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// Every text the tool says is a `Message` with its English and Vietnamese side by side, written
/// in a catalogue and named there. These tests read the catalogues themselves, so a message
/// whose Vietnamese is missing, empty, a copy of the English, or drops a value fails here.
@Suite("Messages in two languages")
struct MessageCatalogueTests {
    /// One `Message("…", "…")` written in the sources.
    struct Written: CustomStringConvertible {
        var file: String
        var line: Int
        var english: String?
        var vietnamese: String?
        /// The names each text quotes in its interpolations (`\(key)`, `\(what.english)` → `what`).
        var englishValues: Set<String> = []
        var vietnameseValues: Set<String> = []
        var description: String { "\(file):\(line): \(english ?? "?")" }
    }

    /// The string literal starting at `i` (just after its opening quote): its text with each
    /// interpolation as `{}`, the interpolations' sources, and the index after the closing quote.
    static func literal(_ s: [Character], from start: Int) -> (text: String, values: [String], end: Int)? {
        var out = "", values: [String] = [], i = start
        while i < s.count {
            let c = s[i]
            if c == "\n" { return nil }
            if c == "\"" { return (out, values, i + 1) }
            if c == "\\", i + 1 < s.count {
                if s[i + 1] == "(" {
                    var depth = 1, j = i + 2
                    while j < s.count && depth > 0 {
                        if s[j] == "\"", let inner = literal(s, from: j + 1) { j = inner.end; continue }
                        if s[j] == "(" { depth += 1 } else if s[j] == ")" { depth -= 1 }
                        j += 1
                    }
                    values.append(String(s[(i + 2)..<(j - 1)]))
                    out += "{}"
                    i = j
                    continue
                }
                out.append(s[i + 1])
                i += 2
                continue
            }
            out.append(c)
            i += 1
        }
        return nil
    }

    /// Every `Message(` call in the sources of the library, the command line and the preview,
    /// with the literals it is given (nil where an argument is not a literal).
    static let written: [Written] = {
        var found: [Written] = []
        let root = TestSite.repositoryRoot.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") && !$0.hasPrefix("LantoaTesting/") && !$0.hasSuffix("BuiltInThemeData.swift") } ?? []
        for file in files.sorted() {
            guard let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8) else { continue }
            let s = Array(text)
            var i = 0, line = 1
            while i < s.count {
                if s[i] == "\n" { line += 1 }
                // Skip comments and the literals of other calls.
                if s[i] == "/", i + 1 < s.count, s[i + 1] == "/" { while i < s.count && s[i] != "\n" { i += 1 }; continue }
                if s[i] == "\"", let skipped = literal(s, from: i + 1) { i = skipped.end; continue }
                let opener = Array("Message(")
                guard i + opener.count < s.count, Array(s[i..<(i + opener.count)]) == opener,
                      i == 0 || !(s[i - 1].isLetter || s[i - 1].isNumber || s[i - 1] == "_" || s[i - 1] == ".") else { i += 1; continue }
                var entry = Written(file: file, line: line)
                var j = i + opener.count
                var texts: [(String, [String])?] = []
                for _ in 0..<2 {
                    while j < s.count && (s[j] == " " || s[j] == "\n") { j += 1 }
                    if j < s.count, s[j] == "\"", let l = literal(s, from: j + 1) {
                        texts.append((l.text, l.values))
                        j = l.end
                        // A text joined from pieces (`"…" + more`) is read as its first piece.
                        while j < s.count && s[j] != "," && s[j] != ")" && s[j] != "\n" { j += 1 }
                    } else {
                        texts.append(nil)
                        while j < s.count && s[j] != "," && s[j] != ")" { j += 1 }
                    }
                    if j < s.count, s[j] == "," { j += 1 }
                }
                entry.english = texts[0]?.0
                entry.vietnamese = texts[1]?.0
                entry.englishValues = Set((texts[0]?.1 ?? []).flatMap(names))
                entry.vietnameseValues = Set((texts[1]?.1 ?? []).flatMap(names))
                found.append(entry)
                i += opener.count
            }
        }
        return found
    }()

    /// The values an interpolation reads: its names without string literals, calls, labels and
    /// members (`files.count - 3` → `files`, `s(errors)` → `errors`, `target ?? "nothing"` → `target`).
    static func names(_ expression: String) -> [String] {
        var text = Array(expression), out: [String] = [], i = 0
        while i < text.count {
            if text[i] == "\"", let skipped = literal(text, from: i + 1) { text.replaceSubrange(i..<skipped.end, with: [" "]); i += 1; continue }
            i += 1
        }
        i = 0
        while i < text.count {
            guard text[i].isLetter || text[i] == "_" else { i += 1; continue }
            var j = i
            while j < text.count && (text[j].isLetter || text[j].isNumber || text[j] == "_") { j += 1 }
            let member = i > 0 && text[i - 1] == "."
            let call = j < text.count && (text[j] == "(" || text[j] == ":")
            if !member && !call { out.append(String(text[i..<j])) }
            i = j
        }
        return out
    }

    /// Where messages may be written: the catalogues, and the few error types that are
    /// catalogues of their own problems.
    static func isCatalogue(_ file: String) -> Bool {
        file.hasPrefix("Lantoa/Diagnostics/") || file.hasSuffix("/Messages.swift") || file == "LantoaPreview/ListenError.swift"
    }

    /// Calls that pass texts on rather than write them: the type itself and `verbatim`.
    static func passesOn(_ w: Written) -> Bool {
        w.file == "Lantoa/Diagnostics/Message.swift" || (w.english == nil && w.vietnamese == nil)
    }

    @Test("the catalogues are read: hundreds of messages")
    func catalogueIsRead() {
        #expect(Self.written.count > 350)
        #expect(Self.written.contains { $0.english == "the table is empty" && $0.vietnamese == "bảng trống" })
    }

    @Test("every message is written in a catalogue, not where its problem is found")
    func onlyInCatalogues() {
        let outside = Self.written.filter { !Self.isCatalogue($0.file) }
        #expect(outside.isEmpty, "written outside a catalogue:\n\(outside.map(\.description).joined(separator: "\n"))")
    }

    @Test("every message has its Vietnamese: written, not empty, not a copy of the English")
    func everyMessageHasVietnamese() {
        let missing = Self.written.filter { !Self.passesOn($0) }
            .filter { $0.english == nil || $0.vietnamese == nil || $0.vietnamese!.trimmingCharacters(in: .whitespaces).isEmpty || $0.vietnamese == $0.english }
        #expect(missing.isEmpty, "without Vietnamese:\n\(missing.map(\.description).joined(separator: "\n"))")
    }

    @Test("every value quoted in the English is quoted in the Vietnamese too")
    func valuesInBothLanguages() {
        let dropped = Self.written.filter { !Self.passesOn($0) && $0.englishValues != $0.vietnameseValues }
        #expect(dropped.isEmpty, "values differ:\n\(dropped.map { "\($0): \($0.englishValues.sorted()) vs \($0.vietnameseValues.sorted())" }.joined(separator: "\n"))")
    }

    @Test("a message's values are placed in both texts")
    func valuesPlaced() {
        #expect(Message.notValidDateGot("date", "hôm qua").vietnamese == "'date' không phải là ngày hợp lệ (nhận được \"hôm qua\")")
        #expect(Message.hasNo(.theArticle, "title").vietnamese == "bài viết thiếu khóa 'title'")
        #expect(Message.hasNo(.theArticle, "title").english == "the article has no 'title'")
        #expect(Message.pointsNothingSite(.theLink, "/x/").vietnamese == "liên kết '/x/' không trỏ tới trang nào của trang web này")
        #expect(Message.inFiles(.unknownKeyIgnored("authors", .frontMatter), 3).vietnamese == "khóa lạ 'authors' trong phần khai báo bị bỏ qua (ở 3 tệp)")
    }

    @Test("LANG, LC_MESSAGES and LC_ALL choose the language, LC_ALL first", arguments: [
        (["LANG": "vi_VN.UTF-8"], true), (["LANG": "en_US.UTF-8"], false), ([:], false),
        (["LANG": "vi_VN.UTF-8", "LC_ALL": "C"], false), (["LANG": "C", "LC_MESSAGES": "vi_VN"], true),
    ])
    func language(environment: [String: String], vietnamese: Bool) {
        #expect(Message.prefersVietnamese(environment) == vietnamese)
    }

    @Test("a diagnostic prints with lỗi and gợi ý in Vietnamese")
    func diagnostic() {
        let d = Diagnostic.error(SourceLocation(file: "a.md", line: 3, column: 7), .tableEmpty, hint: .didYouMean("x"))
        #expect(d.formatted(vietnamese: true) == "a.md:3:7: lỗi: bảng trống\n    gợi ý: có phải ý bạn là 'x'?")
        #expect(d.description == "a.md:3:7: error: the table is empty\n    hint: did you mean 'x'?")
    }

    @Test("what the system said is said in Vietnamese inside a message", arguments: [ENOSPC, EACCES, EROFS, ENOENT])
    func systemWords(code: Int32) {
        let message = Message.cannotWriteFiles(400, "tin-tuc/1/index.html", SystemError.words(code))
        #expect(message.vietnamese.hasPrefix("không ghi được 400 tệp (tin-tuc/1/index.html, …): "))
        #expect(!message.vietnamese.contains(SystemError.words(code).english))
    }

    @Test("every problem of a broken site reads in Vietnamese")
    func brokenSite() throws {
        let site = try TestSite("")
        defer { site.remove() }
        try site.write("content/articles/a.md", "---\ntitle: A\ndate: hôm qua\nauthors: [x]\nimage: /media/khong-co.png\n---\n\n[x](/khong-co/)\n\n```chart\nkhong-co\n```\n")
        try site.write("content/articles/b.md", "---\ntitle: [B\n---\n")
        try site.write("content/pages/c.md", "---\ntitle: C\ndraft: co\n---\n")
        let diagnostics = site.build().result.diagnostics
        #expect(diagnostics.count >= 4)
        for d in diagnostics {
            #expect(d.text.vietnamese != d.text.english, "\(d)")
            if let hint = d.hintText { #expect(hint.vietnamese != hint.english, "\(d)") }
        }
    }
}
