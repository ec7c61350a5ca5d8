import ArgumentParser
import Foundation
import Lantoa

/// `lantoa theme list` and `lantoa theme eject [NAME…]`: the built-in theme, and copies of its files to change.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "List the built-in theme's files, or copy some into the site to change them.",
        discussion: """
        A site uses the theme built into lantoa. A file of the same name in the site's templates/ \
        replaces the built-in one, file by file; 'eject' copies the built-in file there to start from.
        Examples:
          lantoa theme list
          lantoa theme eject footer              → templates/footer.mustache
          lantoa theme eject i18n/vi.yml         → templates/i18n/vi.yml (the interface's words)
          lantoa theme eject static/assets/style.css
        """,
        subcommands: [List.self, Eject.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the built-in theme's files; those the site replaces are marked.")

        @Option(name: .long, help: ArgumentHelp("The site's folder.", valueName: "dir"))
        var site: String = "."

        func run() throws {
            let root = Terminal.folder(site)
            for name in BuiltInTheme.names {
                let own = FileManager.default.fileExists(atPath: root.appendingPathComponent("templates/" + name).path)
                Terminal.say(own ? .replacedBySiteTemplates(name) : .verbatim(name))
            }
        }
    }

    struct Eject: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy built-in theme files into the site's templates/ (all of them when no name is given); never overwrites."
        )

        @Argument(help: "Theme files: base, footer.mustache, i18n/vi.yml, static/assets/style.css … (none: every file the site does not have yet)")
        var names: [String] = []

        @Option(name: .long, help: ArgumentHelp("The site's folder.", valueName: "dir"))
        var site: String = "."

        func run() throws {
            let root = Terminal.folder(site)
            var paths: [String] = []
            var failed = false
            for name in names.isEmpty ? BuiltInTheme.names : names {
                guard let path = Self.path(name) else {
                    Terminal.printError(.errorBuiltThemeHasNo(name))
                    if let close = BuiltInTheme.closest(to: name) {
                        Terminal.printError(.hintDidYouMean(close))
                    } else {
                        Terminal.printError(.hintLantoaThemeListShows)
                    }
                    failed = true
                    continue
                }
                paths.append(path)
            }
            var ejected: [String] = []
            for path in paths {
                let target = root.appendingPathComponent(path)
                if FileManager.default.fileExists(atPath: target.path) {
                    // Ejecting everything keeps the files the site already has: that is what it asked for.
                    if names.isEmpty { continue }
                    Terminal.printError(.errorAlreadyExistsWasLeft(path))
                    Terminal.printError(.hintAlreadyReplacesBuiltFile)
                    failed = true
                    continue
                }
                do {
                    try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(BuiltInTheme.files[path]!).write(to: target, options: .withoutOverwriting)
                    ejected.append(path)
                    Terminal.say(.verbatim(path))
                } catch {
                    Terminal.printError(.errorCannotWrite(path, SystemError.words(error)))
                    failed = true
                }
            }
            if !ejected.isEmpty { try record(ejected, root: root) }
            if failed { throw ExitCode.failure }
        }

        /// `base`, `base.mustache`, `templates/base.mustache` → `templates/base.mustache`.
        static func path(_ name: String) -> String? {
            var name = name.hasPrefix("templates/") ? String(name.dropFirst("templates/".count)) : name
            if BuiltInTheme.files["templates/" + name] == nil, !name.contains("."), !name.contains("/") { name += ".mustache" }
            return BuiltInTheme.files["templates/" + name] == nil ? nil : "templates/" + name
        }

        /// Adds the ejected files to the site's record, so that an upgrade that removes one of them says so.
        func record(_ paths: [String], root: URL) throws {
            let file = root.appendingPathComponent(BuiltInTheme.record)
            let old = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            var lines = old.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
            lines = Array(Set(lines + paths)).sorted()
            let header = "# Files copied from the built-in theme by 'lantoa theme eject' (Lan Tỏa \(LantoaVersion.number)).\n"
                + "# A build warns when a newer Lan Tỏa no longer has one of them. Keep this file in the site.\n"
            try Data((header + lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        }
    }
}
