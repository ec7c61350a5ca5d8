import ArgumentParser
import Foundation
import Lantoa

/// `lantoa deploy`: putting the built site on a server.
struct DeployCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deploy",
        abstract: "Put the built site on a web server.",
        subcommands: [Upload.self, Config.self],
        defaultSubcommand: Upload.self
    )

    /// `lantoa deploy`: uploads what changed since the last deploy, with rclone.
    struct Upload: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "upload",
            abstract: "Upload the built site with rclone: only files that changed since the last deploy, deletions last.",
            discussion: """
            The remote is an rclone remote and a path (rclone reaches SFTP, FTP, WebDAV, S3 and most
            CDNs' origins), given with --remote or in site.yml:
              deploy:
                remote: tinh:/var/www/nangsuat
            Credentials stay in rclone's configuration (rclone config, or RCLONE_CONFIG_<NAME>_…
            variables), never in site.yml. Files that pages use go up first, then the pages, then
            feeds, sitemaps and the search index, and files that disappeared are deleted last: an
            interrupted deploy leaves a whole site, and running it again finishes the job.
            """
        )

        @Option(name: .long, help: ArgumentHelp("The site's folder, holding content/ and templates/.", valueName: "dir"))
        var site: String = "."

        @Option(name: .customLong("output"), help: ArgumentHelp("The built site (default: public/ inside the site's folder).", valueName: "dir"))
        var outputFolder: String?

        @Option(name: .long, help: ArgumentHelp("The rclone remote and path to upload to (default: deploy.remote in site.yml).", valueName: "remote:path"))
        var remote: String?

        @Flag(name: .customLong("dry-run"), help: "List what would be uploaded and deleted, and change nothing.")
        var dryRun = false

        @Flag(name: .long, help: "Delete even when more than deploy.max_delete percent of the remote's files would go (50 by default).")
        var force = false

        func run() throws {
            let folder = Terminal.folder(site)
            var diagnostics: [Diagnostic] = []
            let config = ProjectFiles(root: folder).read("content/site.yml").map { SiteConfig.parse($0, diagnostics: &diagnostics) }
            guard let target = remote ?? (try? config.get())?.deployRemote else {
                Terminal.printError(.deployNoRemoteGiveRemote)
                throw ExitCode.failure
            }
            let output = outputFolder.map { Terminal.folder($0) } ?? folder.appendingPathComponent("public")
            let deployer = Deployer(output: output, remote: target)
            do {
                let plan = try deployer.plan()
                let share = plan.remoteFiles == 0 ? 0 : plan.deletions.count * 100 / plan.remoteFiles
                let limit = (try? config.get())?.deployMaxDelete ?? 50
                Terminal.say(.deployFilesUploadKbDelete(plan.uploads.count, plan.bytes / 1024, plan.deletions.count, plan.unchanged))
                if dryRun {
                    for path in plan.uploads.prefix(200) { Terminal.say(.upload(path)) }
                    if plan.uploads.count > 200 { Terminal.say(.moreUpload(plan.uploads.count - 200)) }
                    for path in plan.deletions.prefix(200) { Terminal.say(.delete(path)) }
                    if plan.deletions.count > 200 { Terminal.say(.moreDelete(plan.deletions.count - 200)) }
                    return
                }
                if share > limit && !force {
                    Terminal.printError(.deployRefusingDeleteRemoteFiles(plan.deletions.count, plan.remoteFiles, share, limit))
                    Terminal.printError(.hintCheckRemoteOutputFolder)
                    throw ExitCode.failure
                }
                try deployer.run(plan) { phase, count in
                    switch phase {
                    case .assets: Terminal.say(.deployUploadingFilesPagesUse(count))
                    case .pages: Terminal.say(.deployUploadingPages(count))
                    case .indexes: Terminal.say(.deployUploadingFeedsSitemapsSearch(count))
                    case .deletions: Terminal.say(.deployDeletingFiles(count))
                    }
                }
                Terminal.say(.deployDoneUploadedDeletedUnchanged(plan.uploads.count, plan.deletions.count, plan.unchanged))
            } catch let error as DeployError {
                switch error {
                case .notBuilt(let folder):
                    Terminal.printError(.deployHasNoListFiles(folder))
                    Terminal.printError(.hintRunLantoaBuildFirst)
                case .rcloneMissing:
                    Terminal.printError(.deployRcloneNotInstalled)
                    Terminal.printError(.hintInstallDebianPackageRclone)
                case .rcloneFailed(let step, let status):
                    Terminal.printError(.deployRcloneStoppedWhileExit(step, status))
                    Terminal.printError(.hintCheckRemoteRcloneLsd(target))
                case .cannotRecord(let path):
                    Terminal.printError(.deployCannotWrite(path))
                    Terminal.printError(.hintCheckFolderBesideOutput)
                }
                throw ExitCode.failure
            }
        }
    }

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
                Terminal.printError(.deployConfigFailedSiteHas)
                throw ExitCode.failure
            }
            let path = root.map { Terminal.folder($0).path } ?? folder.appendingPathComponent("public").path
            print(ServerConfig(site: built).render(server, root: path), terminator: "")
        }
    }
}

extension ServerConfig.Server: ExpressibleByArgument {}
