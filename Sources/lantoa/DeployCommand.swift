import ArgumentParser
import Foundation
import Lantoa

/// `lantoa deploy`: putting the built site on a server.
struct DeployCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deploy",
        abstract: "Put the built site on a web server.",
        subcommands: [Config.self]
    )

    /// `lantoa deploy config nginx|apache|caddy`: the server's configuration for this site.
    struct Config: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: "Print the web server configuration for the site: its 404 page, redirects of old addresses, precompressed files, types, caching and security headers.",
            discussion: """
            Examples:
              lantoa deploy config nginx --root /var/www/nangsuat > /etc/nginx/sites-available/nangsuat
              lantoa deploy config apache --root /var/www/nangsuat > /etc/apache2/sites-available/nangsuat.conf
            Apache hosts without access to the server's configuration need nothing: the build writes
            the same rules into the output folder as .htaccess.
            """
        )

        @Argument(help: "nginx, apache or caddy.")
        var server: ServerConfig.Server

        @Option(name: .long, help: ArgumentHelp("The site's folder, holding content/ and templates/.", valueName: "dir"))
        var site: String = "."

        @Option(name: .long, help: ArgumentHelp("Where the built site is on the server (default: public/ inside the site's folder).", valueName: "dir"))
        var root: String?

        func run() throws {
            let folder = Terminal.folder(site)
            let (built, diagnostics) = Build.assemble(BuildOptions(siteRoot: folder))
            guard let built else {
                for diagnostic in diagnostics.prefix(Terminal.shownDiagnostics) { Terminal.print(diagnostic) }
                Terminal.printError("deploy config failed: the site has errors; 'lantoa check' lists them")
                throw ExitCode.failure
            }
            let path = root.map { Terminal.folder($0).path } ?? folder.appendingPathComponent("public").path
            print(ServerConfig(site: built).render(server, root: path), terminator: "")
        }
    }
}

extension ServerConfig.Server: ExpressibleByArgument {}
