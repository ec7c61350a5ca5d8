import FlyingFox
import FlyingSocks
import Foundation
import Lantoa
import Synchronization

/// `lantoa serve`: builds the site into a temporary folder, serves it on loopback, rebuilds when
/// content or templates change, and makes open pages reload (or show the problems) by themselves.
public final class PreviewServer: Sendable {
    public let host: String
    public let port: UInt16
    /// The preview build's folder: never `public/`, which stays as the last real build left it.
    public let output: URL
    private let options: BuildOptions
    private let session: BuildSession
    private let state = PreviewState()
    private let server: HTTPServer
    /// Set by `stop`: the server's run then ends with an error that is no failure.
    private let stopping = Atomic<Bool>(false)

    public init(site: URL, host: String = "127.0.0.1", port: UInt16 = 1313, drafts: Bool = true, future: Bool = false, expired: Bool = false) throws {
        self.host = host
        self.port = port
        output = FileManager.default.temporaryDirectory.appendingPathComponent("lantoa-preview-\(getpid())-\(port)/public")
        options = BuildOptions(siteRoot: site, output: output, baseURL: "http://\(host):\(port)/", includeDrafts: drafts, includeFuture: future, includeExpired: expired)
        session = BuildSession(options: options)
        let address: any SocketAddress = host.contains(":") ? try sockaddr_in6.inet6(ip6: host, port: port) : try sockaddr_in.inet(ip4: host, port: port)
        server = HTTPServer(address: address, timeout: 3600, logger: .disabled, handler: PreviewHandler(output: output, state: state))
    }

    public var address: String { "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/" }

    /// Builds once, then serves and watches until the task is cancelled. `report` gets every build's result.
    public func run(report: @escaping @Sendable (BuildResult, [String]) -> Void) async throws {
        // The first snapshot comes before the first build, so a file saved during it is not missed.
        let files = FileWatcher(root: options.siteRoot, folders: ["content", "templates"])
        let first = rebuild()
        report(first, [])
        let watcher = Task.detached { [self] in await watch(files, report: report) }
        defer { watcher.cancel() }
        do {
            try await server.run()
        } catch where stopping.load(ordering: .acquiring) {
            // Stopped on purpose (CancellationError or a closed socket, depending on timing).
        }
    }

    /// Removes the preview folder and stops serving. The folder goes first: `run` returns as soon
    /// as the server stops, and the command exits right after it.
    public func stop() async {
        stopping.store(true, ordering: .releasing)
        try? FileManager.default.removeItem(at: output.deletingLastPathComponent())
        await server.stop(timeout: 1)
    }

    private func rebuild() -> BuildResult {
        let result = session.build()
        Task { await state.finished(result) }
        return result
    }

    private func watch(_ files: FileWatcher, report: @escaping @Sendable (BuildResult, [String]) -> Void) async {
        var watcher = files
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: 100_000_000)
            let changed = watcher.changes()
            if changed.isEmpty { continue }
            // The reload goes out before the search index is brought up to date.
            let result = session.rebuild(changed: changed, deferSearch: true)
            await state.finished(result)
            report(result, changed)
            // A search file that cannot be written is shown like a failed build, over the page.
            let problems = session.finishSearch()
            if !problems.isEmpty {
                let failed = result.adding(problems)
                await state.finished(failed)
                report(failed, changed)
            }
        }
    }
}

