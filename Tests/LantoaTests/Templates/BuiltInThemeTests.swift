import Foundation
import Testing
@testable import Lantoa
import LantoaTesting

/// The theme inside the binary is the repository's `templates/`, byte for byte.
@Suite("Built-in theme")
struct BuiltInThemeTests {
    @Test("the built-in theme is templates/ exactly (run scripts/embed-theme when this fails)")
    func matchesTemplates() throws {
        let root = TestSite.repositoryRoot
        let disk = ProjectFiles(root: root, builtIn: [:])
        let paths = disk.list("templates")
        #expect(Set(paths) == Set(BuiltInTheme.files.keys), "run scripts/embed-theme")
        for path in paths {
            let bytes = try #require(ProjectFiles.bytes(atPath: root.appendingPathComponent(path).path))
            #expect(BuiltInTheme.files[path] == bytes, "\(path) differs from the built-in copy: run scripts/embed-theme")
        }
    }

    @Test("the built-in templates hold no words of their own: every word is a key of templates/i18n, so a site in another language is whole")
    func noWordsInTemplates() {
        let vietnamese = Set("àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ")
        for (file, bytes) in BuiltInTheme.files where file.hasSuffix(".mustache") {
            let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            for (n, line) in lines.enumerated() where line.lowercased().contains(where: vietnamese.contains) {
                Issue.record("\(file):\(n + 1) has words of its own: \(line.prefix(120))")
            }
        }
    }

    @Test("a site's file wins over the built-in one; the rest comes from the built-in theme")
    func lookupByFile() throws {
        let site = try TestSite("""
        -- templates/footer.mustache --
        <footer>riêng</footer>
        """, theme: false)
        defer { site.remove() }
        let files = ProjectFiles(root: site.root)
        #expect(files.list("templates", extension: "mustache").contains("templates/base.mustache"))
        #expect(try files.read("templates/footer.mustache").get().text == "<footer>riêng</footer>\n")
        #expect(try files.read("templates/base.mustache").get().text.hasPrefix("<!DOCTYPE html>"))
        #expect(files.list("templates/static").contains("templates/static/assets/style.css"))
    }
}
