import ArgumentParser
import Foundation
import Lantoa

/// `lantoa check`: every validation of a build, writing nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check content, data, templates, links and images without writing anything.",
        discussion: "Exit status 0 when there is no error (or, with --strict, no warning either), 1 otherwise."
    )

    enum Format: String, ExpressibleByArgument { case text, json }

    @Option(name: .long, help: ArgumentHelp("The site's folder, holding content/ and templates/.", valueName: "dir"))
    var site: String = "."

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Option(name: .long, help: "text (like a compiler) or json (for editors and CI).")
    var format: Format = .text

    @Flag(name: .long, help: "Also check drafts.")
    var drafts = false

    @Flag(name: .long, help: "Also check articles dated in the future and pages whose publishDate has not come.")
    var future = false

    @Flag(name: .long, help: "Also check pages whose expiryDate has passed.")
    var expired = false

    @OptionGroup var output: OutputOptions

    func run() throws {
        let options = BuildOptions(siteRoot: Terminal.folder(site), includeDrafts: drafts, includeFuture: future, includeExpired: expired)
        let result = Build.run(options, to: .none, progress: output.reporter())
        let failed = !result.errors.isEmpty || (strict && !result.warnings.isEmpty)
        switch format {
        case .json:
            Terminal.write(Diagnostic.json(result.diagnostics, ok: !failed))
        case .text:
            for diagnostic in result.diagnostics.prefix(Terminal.shownDiagnostics) { Terminal.print(diagnostic, quiet: output.quiet) }
            if failed { Terminal.printError(.checkFailed(result.errors.count, result.warnings.count)) }
            else if !output.quiet { Terminal.say(.checkPassed(result.errors.count, result.warnings.count)) }
            if !output.quiet, let waiting = result.report.flatMap({ Message.waiting($0.waiting) }) { Terminal.say(waiting) }
        }
        if failed { throw ExitCode.failure }
    }
}
