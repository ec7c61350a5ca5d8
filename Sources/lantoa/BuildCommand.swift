import ArgumentParser
import Foundation
import Lantoa

/// `lantoa build`: the whole pipeline, then a one-line summary.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder (public/ by default).",
        discussion: """
        The build writes into a staging folder and swaps it in only when every page was \
        written: if anything fails, the previous output folder is left exactly as it was.
        Problems are printed as FILE:LINE:COLUMN: error: MESSAGE, each with a hint.
        """
    )

    @Option(name: .long, help: ArgumentHelp("The site's folder, holding content/ and templates/.", valueName: "dir"))
    var site: String = "."

    @Option(name: .customLong("output"), help: ArgumentHelp("Where to write the site (default: public/ inside the site's folder).", valueName: "dir"))
    var outputFolder: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("The address the site is served from; overrides base_url in site.yml.", valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Include articles and pages marked 'draft: true'.")
    var drafts = false

    @Flag(name: .long, help: "Include articles dated in the future and pages whose publishDate has not come.")
    var future = false

    @Flag(name: .long, help: "Include pages whose expiryDate has passed.")
    var expired = false

    @Flag(name: .customLong("no-images"), help: "Draw no PNG pictures (charts for television, social networks and print, share pictures); they need rsvg-convert from Debian's librsvg2-bin.")
    var noImages = false

    @Flag(name: .customLong("no-compress"), help: "Write no .gz and .br copies beside the text files (web servers send them to browsers that accept them).")
    var noCompress = false

    @Option(name: .customLong("search-segment"), help: .hidden)
    var searchSegment: Int?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let root = Terminal.folder(site)
        let outputURL = outputFolder.map { Terminal.folder($0) }
        var options = BuildOptions(siteRoot: root, output: outputURL, baseURL: baseURL, includeDrafts: drafts, includeFuture: future, includeExpired: expired)
        options.images = !noImages
        options.publishing = true
        options.compress = !noCompress
        if let searchSegment { options.searchSegment = max(1, searchSegment) }
        let quiet = output.quiet
        Build.run(options, progress: output.reporter()) { result in
            let folder = Terminal.display(options.output)
            let succeeded = (try? Terminal.finish(result, action: .wrote(folder), folder: folder, quiet: quiet)) != nil
            // Exits before what the build loaded is freed (see Build.run(_:whileLoaded:)).
            Foundation.exit(succeeded ? 0 : 1)
        }
    }
}
