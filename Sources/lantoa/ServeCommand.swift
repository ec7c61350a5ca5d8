import ArgumentParser
import Foundation
import Lantoa
import LantoaPreview
import Synchronization

/// `lantoa serve`: a live preview that rebuilds and reloads the browser on every save.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site at http://127.0.0.1:1313/, rebuilding and reloading on every save.",
        discussion: """
        The preview is built into a temporary folder: public/ is not touched. Drafts are shown. \
        When a rebuild fails, the browser keeps the last good page and shows the problems over it; \
        fixing the file clears them. Stop with Ctrl-C.
        """
    )

    @Option(name: .long, help: ArgumentHelp("The site's folder, holding content/ and templates/.", valueName: "dir"))
    var site: String = "."

    @Option(name: .long, help: "The address or name to listen on (127.0.0.1, localhost, ::1; 0.0.0.0 for every network); only this machine can connect by default.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on; 0 takes any free port (the one chosen is printed).")
    var port: UInt16 = 1313

    @Flag(name: .customLong("no-drafts"), help: "Leave out articles and pages marked 'draft: true'.")
    var noDrafts = false

    @Flag(name: .long, help: "Include articles dated in the future and pages whose publishDate has not come.")
    var future = false

    @Flag(name: .long, help: "Include pages whose expiryDate has passed.")
    var expired = false

    func run() async throws {
        ServerLimits.raiseOpenFileLimit()
        let server: PreviewServer
        let root = Terminal.folder(site)
        do {
            server = try await PreviewServer(site: root, host: host, port: port,
                                             drafts: !noDrafts, future: future, expired: expired)
        } catch let error as ListenError {
            throw Self.failure(error)
        }
        // Ctrl-C (or a `kill`) stops the server and removes the preview folder; `run` then returns.
        // A build cannot be interrupted: if one is under way (the first build of a large site
        // takes seconds), the command ends without waiting for it, and the next preview deletes
        // whatever it wrote after the folder was removed (`PreviewServer.removeAbandonedFolders`).
        let stops = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
            source.setEventHandler {
                Task {
                    await server.stop()
                    try? await Task.sleep(for: .milliseconds(500))
                    Terminal.say(.stopped)
                    Foundation.exit(0)
                }
            }
            source.resume()
            return source
        }
        defer { withExtendedLifetime(stops) {} }
        Terminal.say(.servingPressCtrlCStop(server.address))
        Terminal.say(.previewWrittenTo(server.output.path))
        do {
            try await server.run(report: Self.report(server.address, root: root), notice: { Terminal.printError($0) })
        } catch let error as ListenError {
            throw Self.failure(error)
        }
        Terminal.say(.stopped)
    }

    /// Prints why the server cannot listen, the way other errors are printed, and exits 1.
    private static func failure(_ error: ListenError) -> ExitCode {
        Terminal.printError(.error(error.text))
        Terminal.printError(.hint(error.hintText))
        return ExitCode.failure
    }

    private static func report(_ address: String, root: URL) -> @Sendable (BuildResult, [String]) -> Void {
        // The warnings of the last good build: when a save mends the last of them, the line says
        // so, since the warnings printed above it stay on the screen.
        let warnedBefore = Mutex(0)
        return { result, changed in
            for diagnostic in result.diagnostics.prefix(Terminal.shownDiagnostics) { Terminal.print(diagnostic) }
            let deleted = Set(changed.filter { !FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) })
            var what: Message = changed.isEmpty ? .built : .rebuiltAfter(changed, deleted: deleted)
            if result.report != nil {
                let before = warnedBefore.withLock { last in defer { last = result.warnings.count }; return last }
                if before > 0, result.warnings.isEmpty, !changed.isEmpty { what = .noWarningsLeft(what, before) }
            }
            if let report = result.report, let rendered = report.rendered, let (open, first) = report.shownFirst, open > 0 {
                Terminal.say(.renderedOpenFirst(what, open: open, after: first, rendered, of: report.files, result.seconds, address))
            } else if let report = result.report, let rendered = report.rendered {
                Terminal.say(.rendered(what, rendered, of: report.files, result.seconds, address))
            } else if let report = result.report {
                Terminal.say(.pages(what, report.pages, files: report.files, result.seconds, address))
            } else {
                Terminal.say(.failedErrorBrowserShowsThem(what, result.errors.count))
            }
        }
    }
}
