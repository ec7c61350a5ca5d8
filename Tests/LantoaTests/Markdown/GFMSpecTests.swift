import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// The GitHub-Flavored Markdown spec (`../shared/specs/gfm/spec.txt`, cmark-gfm's test suite) and
/// its extra extension cases (`extensions.txt`), rendered by the site's own renderer in spec mode:
/// raw HTML kept, straight quotes, GitHub's markup, no site additions (`MarkdownOptions.spec`).
/// Each example gets the extensions its opening line names, as upstream's `spec_tests.py` runs it
/// (`example table`, `example strikethrough`, `example autolink`, `example tagfilter`, and
/// `example disabled`, which upstream skips, here run as task lists); plain CommonMark examples
/// get none; every `extensions.txt` example gets them all. Output and expected HTML are compared
/// after `HTMLNormalizer`, the normalisation of upstream's runner.
@Suite("GFM spec conformance")
struct GFMSpecTests {
    struct Example: CustomStringConvertible {
        var number: Int
        var line: Int
        var section: String
        var markdown: String
        var html: String
        var extensions: [String]
        var description: String { "example \(number) (line \(line), \(section))" }
    }

    static let folder = TestSite.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/specs/gfm")

    /// Examples whose output differs from the spec on purpose, with the reason.
    static let deliberate: [String: String] = [:]

    /// The examples of a spec file, read as `spec_tests.py` reads them.
    static func examples(_ file: String) -> [Example]? {
        guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else { return nil }
        var examples: [Example] = []
        var state = 0, number = 0, startLine = 0
        var markdown = "", html = "", section = ""
        var extensions: [String] = []
        let fence = String(repeating: "`", count: 32)
        for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix(fence + " example") {
                state = 1
                startLine = k + 1
                extensions = trimmed.dropFirst(fence.count + " example".count).split(separator: " ").map(String.init)
            } else if trimmed == fence {
                state = 0
                number += 1
                examples.append(Example(number: number, line: startLine, section: section,
                                        markdown: markdown.replacingOccurrences(of: "→", with: "\t"),
                                        html: html.replacingOccurrences(of: "→", with: "\t"), extensions: extensions))
                markdown = ""
                html = ""
            } else if trimmed == "." && state == 1 {
                state = 2
            } else if state == 1 {
                markdown += line + "\n"
            } else if state == 2 {
                html += line + "\n"
            } else if line.hasPrefix("#"), let space = line.firstIndex(of: " "), line[..<space].allSatisfy({ $0 == "#" }) {
                section = String(line[line.index(after: space)...]).trimmingCharacters(in: .whitespaces)
            }
        }
        return examples
    }

    static func extensions(_ names: [String]) -> MarkdownExtensions {
        var set: MarkdownExtensions = []
        for name in names {
            switch name {
            case "table": set.insert(.tables)
            case "strikethrough": set.insert(.strikethrough)
            case "autolink": set.insert(.autolinks)
            case "tagfilter": set.insert(.tagFilter)
            case "disabled": set.insert(.taskLists)
            default: break
            }
        }
        return set
    }

    static func render(_ markdown: String, _ extensions: MarkdownExtensions) -> String {
        var diagnostics: [Diagnostic] = []
        return MarkdownRenderer.render(markdown, start: SourceLocation(file: "spec.txt"), options: .spec(extensions), diagnostics: &diagnostics).html
    }

    static func check(_ examples: [Example], _ extensions: (Example) -> MarkdownExtensions, file: String) -> [String] {
        var failures: [String] = []
        for example in examples {
            let actual = render(example.markdown, extensions(example))
            let passed = example.html.trimmingCharacters(in: .whitespacesAndNewlines) == "<IGNORE>"
                || HTMLNormalizer.normalize(actual) == HTMLNormalizer.normalize(example.html)
            let key = "\(file):\(example.number)"
            if passed, deliberate[key] != nil { failures.append("\(key) passes but is listed as a deliberate difference") }
            if !passed, deliberate[key] == nil {
                failures.append("\(file) \(example)\n--- markdown\n\(example.markdown)--- expected\n\(example.html)--- actual\n\(actual)")
            }
        }
        return failures
    }

    static let present = FileManager.default.fileExists(atPath: folder.appendingPathComponent("spec.txt").path)

    @Test("every example of spec.txt passes, extensions as each example names them",
          .enabled(if: present, "skipped: ../shared/specs/gfm/spec.txt is not beside the repository"))
    func spec() throws {
        let examples = try #require(Self.examples("spec.txt"))
        #expect(examples.count == 673)
        let failures = Self.check(examples, { Self.extensions($0.extensions) }, file: "spec.txt")
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(15).joined(separator: "\n"))")
    }

    /// The comparison tells outputs apart: without its extension, every table example fails but
    /// the one that shows a mismatched delimiter row is not a table.
    @Test("the comparison is not blind: table examples rendered without tables fail",
          .enabled(if: present, "skipped: ../shared/specs/gfm/spec.txt is not beside the repository"))
    func notBlind() throws {
        let tables = try #require(Self.examples("spec.txt")).filter { $0.extensions.contains("table") }
        #expect(tables.count == 8)
        #expect(Self.check(tables, { _ in [] }, file: "spec.txt").count == tables.count - 1)
    }

    @Test("every example of extensions.txt passes with all extensions on",
          .enabled(if: present, "skipped: ../shared/specs/gfm/ is not beside the repository"))
    func extensionCases() throws {
        let examples = try #require(Self.examples("extensions.txt"))
        #expect(examples.count == 28)
        let all: MarkdownExtensions = [.tables, .strikethrough, .autolinks, .taskLists, .footnotes, .tagFilter]
        let failures = Self.check(examples, { _ in all }, file: "extensions.txt")
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(15).joined(separator: "\n"))")
    }
}
