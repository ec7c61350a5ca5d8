import ArgumentParser
import Foundation
import Lantoa

/// `lantoa new article|story|page "Tiêu đề"` and `lantoa new site DIR`.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create an article, story or page with every front matter key ready, or a new site.",
        discussion: """
        Examples:
          lantoa new article "Tập huấn 5S cho doanh nghiệp"   → content/articles/2026/tap-huan-5s-cho-doanh-nghiep.md
          lantoa new page "Hỏi đáp"                          → content/pages/hoi-dap.md
          lantoa new site ../tinh-khac                        → a small working site, from any folder (the theme is built in)
        New articles are drafts (draft: true) until you change that. Existing files are never overwritten.
        """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable { case article, story, page, site }

    @Argument(help: "What to create: article, story, page or site.")
    var kind: Kind

    @Argument(help: "The title (for a site: the folder to create).")
    var title: String

    @Option(name: .long, help: ArgumentHelp("The site's folder, holding content/ and templates/.", valueName: "dir"))
    var site: String = "."

    func run() throws {
        let root = Terminal.folder(site)
        let now = DateTime(epochSeconds: Int(Date().timeIntervalSince1970))
        if kind == .site {
            let created: URL
            do {
                created = try Scaffold.site(at: Terminal.folder(title), now: now)
            } catch let error as ExitCode {
                throw error
            } catch {
                Terminal.printError(.errorCannotCreateSite(title, SystemError.words(error)))
                throw ExitCode.failure
            }
            Terminal.say(.createdBuildItWith("\(created.path)/", title))
            return
        }
        let title = VietnameseText.normalized(self.title.trimmingCharacters(in: .whitespaces))
        guard !title.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }) else {
            Terminal.printError(.errorTitleHasLineBreak)
            Terminal.printError(.hintWriteTitleOneLine(kind.rawValue))
            throw ExitCode.failure
        }
        let slug = Self.shortened(VietnameseText.slug(title))
        guard !slug.isEmpty else {
            Terminal.printError(.errorTitleHasNoLetters(title))
            throw ExitCode.failure
        }
        let (path, text) = Scaffold.document(kind, title: title, slug: slug, now: now)
        let file = root.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: file.path) {
            Terminal.printError(.errorAlreadyExistsNothingWas(path))
            Terminal.printError(.hintChooseAnotherTitleOpen)
            throw ExitCode.failure
        }
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        } catch {
            Terminal.printError(.errorCannotWrite(path, SystemError.words(error)))
            throw ExitCode.failure
        }
        Terminal.say(.verbatim(path))
    }

    /// File names stay short: a slug is cut at a hyphen before 80 characters (a long title
    /// would otherwise pass the file system's limit of 255 bytes).
    static func shortened(_ slug: String, limit: Int = 80) -> String {
        guard slug.count > limit else { return slug }
        let cut = slug.prefix(limit)
        return String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut)
    }
}
