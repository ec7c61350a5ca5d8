import ArgumentParser
import Foundation
import Lantoa

/// `lantoa import hugo|jekyll SOURCE DEST`: a Lan Tỏa site from a Hugo or Jekyll one.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write a Lan Tỏa site from a Hugo or Jekyll site (the source folder is only read).",
        discussion: """
        Posts become articles at /tin-tuc/<slug>/ with their old address kept as an alias; other pages
        keep their address; page bundles stay beside their page; static files go to content/media/ with
        the links to them rewritten; figure, youtube, vimeo, ref, relref, highlight, link, post_url and
        the like become Markdown. What could not be converted is printed as FILE:LINE and written, with
        what became of every source file, to DEST/import-report.txt.
        Example: lantoa import hugo ../blog-hugo ../blog-lantoa
        """
    )

    enum Generator: String, ExpressibleByArgument, CaseIterable { case hugo, jekyll }

    @Argument(help: "The generator the source site was written for: hugo or jekyll.")
    var generator: Generator

    @Argument(help: "The source site's folder (holding config.toml or _config.yml).")
    var source: String

    @Argument(help: "The new site's folder: must not exist yet, or be empty.")
    var destination: String

    @Option(name: .long, help: ArgumentHelp("A site whose own templates/ the new site gets; without it, the new site uses the built-in theme.", valueName: "dir"))
    var site: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        _ = output.reporter()
        let destinationURL = Terminal.folder(destination)
        // The built-in theme serves unless another site's overrides are asked for.
        let theme = site.map { Terminal.folder($0).appendingPathComponent("templates") }
        if let theme, !FileManager.default.fileExists(atPath: theme.path) {
            Terminal.printError(.errorDoesNotExistNothing(Terminal.display(theme)))
            Terminal.printError(.hintLeaveOutSiteUse)
            throw ExitCode.failure
        }
        let report: ImportReport
        do {
            let importer = try SiteImporter(generator: generator.rawValue, source: Terminal.folder(source), destination: destinationURL, theme: theme)
            report = try importer.run()
        } catch let failure as SiteImporter.Failure {
            Terminal.printError(.error(failure.message))
            throw ExitCode.failure
        } catch {
            Terminal.printError(.errorCannotWriteNewSite(SystemError.words(error)))
            throw ExitCode.failure
        }
        for problem in report.problems.prefix(Terminal.shownDiagnostics) { Terminal.print(problem, quiet: output.quiet) }
        let text = report.text(source: source, generator: generator.rawValue, destination: destination)
        try? Data(text.utf8).write(to: destinationURL.appendingPathComponent("import-report.txt"))
        let counts = ImportReport.Outcome.allCases.filter { report.count($0) > 0 }
            .map { "\(report.count($0)) \($0.name.text(vietnamese: Terminal.vietnamese))" }
        Terminal.say(.importedFilesIntoReportImport(report.files.count, destination, counts.joined(separator: ", "), destination))
    }
}
