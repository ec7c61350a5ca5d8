import Foundation
import Testing
import LantoaTesting

/// Lan Tỏa used as an installed tool: a new site anywhere, the built-in theme, overriding and ejecting its files.
@Suite("the built-in theme, from the command line")
struct ThemeCommandTests {
    typealias CLI = CommandLineTests

    /// An empty folder outside the repository, as a user's home would be.
    static func elsewhere() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lantoa-anywhere-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("lantoa new site works from any folder and the site builds with the built-in theme, no templates/ copied")
    func newSiteAnywhere() throws {
        let home = try Self.elsewhere()
        defer { try? FileManager.default.removeItem(at: home) }
        let created = try CLI.run(["new", "site", "portal"], in: home)
        #expect(created.status == 0 && created.stderr == "", "\(created.stderr)")
        let site = home.appendingPathComponent("portal")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("templates").path))
        let build = try CLI.run(["build"], in: site)
        // Its one warning: the address in site.yml is the preview's, not yet the published one.
        #expect(build.status == 0 && build.stderr.hasPrefix("content/site.yml:5:11: warning: the site's address http://localhost:1313/ is this computer's")
                && build.stderr.components(separatedBy: "warning:").count == 2, "\(build.stderr)")
        for page in ["index.html", "tin-tuc/index.html", "dien-hinh/xuong-5s/index.html", "chi-so/nang-suat-lao-dong/index.html",
                     "ke-hoach/index.html", "gioi-thieu/index.html", "assets/style.css", "favicon.ico"] {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/" + page).path), "\(page)")
        }
        let home_ = try String(contentsOf: site.appendingPathComponent("public/index.html"), encoding: .utf8)
        #expect(home_.contains("<meta name=\"generator\" content=\"Lan Tỏa "))
        // Every key of site.yml is there to read, commented where it is optional.
        let config = try String(contentsOf: site.appendingPathComponent("content/site.yml"), encoding: .utf8)
        for key in ["title", "base_url", "language", "organisation", "licence", "credit", "notice", "menu", "languages", "page_size",
                    "home_articles", "feed_size", "share_image", "urls", "allow_raw_html", "search", "extensions", "extra_keys"] {
            #expect(config.contains("\(key):"), "site.yml does not mention \(key)")
        }
    }

    @Test("a site's own template replaces the built-in one of the same name, and only that one")
    func override() throws {
        let home = try Self.elsewhere()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try CLI.run(["new", "site", "portal"], in: home).status == 0)
        let site = home.appendingPathComponent("portal")
        let footer = site.appendingPathComponent("templates/footer.mustache")
        try FileManager.default.createDirectory(at: footer.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("<footer><p>Chân trang riêng của tỉnh</p></footer>\n".utf8).write(to: footer)
        let build = try CLI.run(["build", "--base-url", "https://nangsuat.example.gov.vn/"], in: site)
        #expect(build.status == 0 && build.stderr == "", "\(build.stderr)")
        let page = try String(contentsOf: site.appendingPathComponent("public/index.html"), encoding: .utf8)
        #expect(page.contains("Chân trang riêng của tỉnh"))
        #expect(page.contains("<nav"), "the rest of the built-in theme is still used")
    }

    @Test("theme eject copies a built-in file to change, records it, never overwrites, and names what it does not know")
    func eject() throws {
        let home = try Self.elsewhere()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try CLI.run(["new", "site", "portal"], in: home).status == 0)
        let site = home.appendingPathComponent("portal")
        let ejected = try CLI.run(["theme", "eject", "footer", "i18n/vi.yml"], in: site)
        #expect(ejected.status == 0 && ejected.stdout == "templates/footer.mustache\ntemplates/i18n/vi.yml\n", "\(ejected.stderr)")
        // The copy is the built-in file: the site looks the same until it is changed.
        let words = site.appendingPathComponent("templates/i18n/vi.yml")
        let original = try String(contentsOf: words, encoding: .utf8)
        #expect(try CLI.run(["build"], in: site).status == 0)
        let before = try String(contentsOf: site.appendingPathComponent("public/dien-hinh/index.html"), encoding: .utf8)
        #expect(before.contains("Mô hình điển hình"))
        try Data(original.replacingOccurrences(of: "\nstories: Mô hình điển hình\n", with: "\nstories: Mô hình hay\n").utf8).write(to: words)
        #expect(original.contains("\nstories: Mô hình điển hình\n"))
        #expect(try CLI.run(["build"], in: site).status == 0)
        let after = try String(contentsOf: site.appendingPathComponent("public/dien-hinh/index.html"), encoding: .utf8)
        #expect(after.contains("Mô hình hay"))
        // Never overwritten; unknown names are errors with the way to list the real ones.
        let again = try CLI.run(["theme", "eject", "footer", "khong-co", "foter"], in: site)
        #expect(again.status == 1)
        #expect(again.stderr.contains("error: templates/footer.mustache already exists; it was left as it is"))
        #expect(again.stderr.contains("error: the built-in theme has no file \"khong-co\"") && again.stderr.contains("lantoa theme list"))
        #expect(again.stderr.contains("error: the built-in theme has no file \"foter\"\n    hint: did you mean 'footer'?"))
        #expect(try String(contentsOf: words, encoding: .utf8).contains("Mô hình hay"))
        let record = try String(contentsOf: site.appendingPathComponent("templates/.lantoa-theme"), encoding: .utf8)
        #expect(record.contains("templates/footer.mustache\ntemplates/i18n/vi.yml\n"))
        // After an upgrade that removed an ejected file, the site's copy is a warning, not a silent leftover.
        try Data((record + "templates/cu.mustache\n").utf8).write(to: site.appendingPathComponent("templates/.lantoa-theme"))
        try Data("{{site.title}}\n".utf8).write(to: site.appendingPathComponent("templates/cu.mustache"))
        let upgraded = try CLI.run(["build"], in: site)
        #expect(upgraded.status == 0)
        #expect(upgraded.stderr.contains("templates/cu.mustache:1:1: warning: this file overrides cu.mustache, which the built-in theme of Lan Tỏa"))
        let list = try CLI.run(["theme", "list"], in: site)
        #expect(list.stdout.contains("footer.mustache  (replaced by the site's templates/footer.mustache)\n"))
        #expect(list.stdout.contains("\nbase.mustache\n"))
        // Ejecting everything copies what the site does not have yet and keeps what it has.
        let all = try CLI.run(["theme", "eject"], in: site)
        #expect(all.status == 0 && all.stdout.contains("templates/base.mustache\n") && !all.stdout.contains("templates/footer.mustache"))
        #expect(try String(contentsOf: words, encoding: .utf8).contains("Mô hình hay"))
    }

    @Test("--version names the version and the commit it was built from")
    func version() throws {
        let r = try CLI.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("0.2.0 (commit "))
    }
}
