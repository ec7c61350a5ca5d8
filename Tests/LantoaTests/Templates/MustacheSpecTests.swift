import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// The official Mustache spec (`../shared/specs/mustache/*.json`), every test of the core files
/// and of the inheritance extension, run through the theme's engine with its data as template
/// values. Two optional modules are left out: `~lambdas` (a context here is data, never code: a
/// theme cannot run code) and `~dynamic-names` (`{{>*name}}`: partials are named in the template,
/// so the theme check can find every one that is missing or includes itself).
@Suite("Mustache spec conformance")
struct MustacheSpecTests {
    static let folder = TestSite.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/specs/mustache")
    static let present = FileManager.default.fileExists(atPath: folder.appendingPathComponent("interpolation.json").path)
    /// On CI the spec must be there: a skipped suite would pass unseen.
    static let required = ProcessInfo.processInfo.environment["CI"] != nil

    static let files = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"]

    struct Case: CustomStringConvertible {
        var file: String
        var name: String
        var template: String
        var data: TemplateValue
        var partials: [String: String]
        var expected: String
        var description: String { "\(file): \(name)" }
    }

    /// JSON data as template values: `null` is a name stated empty, numbers are numbers.
    struct JSONValue: Decodable {
        var value: TemplateValue

        init(from decoder: Decoder) throws {
            let one = try decoder.singleValueContainer()
            if one.decodeNil() { value = .empty }
            else if let flag = try? one.decode(Bool.self) { value = .bool(flag) }
            else if let number = try? one.decode(Double.self) { value = .number(number) }
            else if let text = try? one.decode(String.self) { value = .text(text) }
            else if let items = try? one.decode([JSONValue].self) { value = .list(items.map(\.value)) }
            else { value = .object(try one.decode([String: JSONValue].self).mapValues(\.value)) }
        }
    }

    struct SpecFile: Decodable {
        struct Test: Decodable {
            var name: String
            var template: String
            var data: JSONValue
            var partials: [String: String]?
            var expected: String
        }
        var tests: [Test]
    }

    static func cases(_ file: String) throws -> [Case] {
        let data = try Data(contentsOf: folder.appendingPathComponent(file + ".json"))
        return try JSONDecoder().decode(SpecFile.self, from: data).tests.map { test in
            Case(file: file, name: test.name, template: test.template, data: test.data.value, partials: test.partials ?? [:], expected: test.expected)
        }
    }

    /// Renders a case; its data (an object, a list, a text) is the context.
    static func render(_ c: Case) throws -> String {
        let partials = try c.partials.mapValues { try Mustache(parsing: $0) }
        let template = try Mustache(parsing: c.template)
        return template.render(value: c.data) { partials[$0] }
    }

    @Test("every test of the spec's core files and of ~inheritance passes", .enabled(if: present || required, "skipped: ../shared/specs/mustache is not beside the repository"),
          arguments: files)
    func spec(file: String) throws {
        let cases = try Self.cases(file)
        #expect(!cases.isEmpty)
        for c in cases {
            let actual = try Self.render(c)
            #expect(actual == c.expected, "\(c)\n--- template\n\(c.template)\n--- expected\n\(c.expected)\n--- actual\n\(actual)")
        }
    }

    /// The comparison tells outputs apart: with every context emptied, most interpolation tests fail.
    @Test("the comparison is not blind: interpolation without its data fails", .enabled(if: present || required, "skipped: ../shared/specs/mustache is not beside the repository"))
    func notBlind() throws {
        let cases = try Self.cases("interpolation")
        let failing = try cases.filter { c in try Self.render(Case(file: c.file, name: c.name, template: c.template, data: [:], partials: c.partials, expected: c.expected)) != c.expected }
        #expect(failing.count > cases.count / 2)
    }
}
