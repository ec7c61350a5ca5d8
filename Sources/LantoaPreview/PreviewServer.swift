import FlyingFox
import FlyingSocks
import Foundation
import Lantoa
import Synchronization

/// `lantoa serve`: builds the site into a temporary folder, serves it, rebuilds when content or
/// templates change, and makes open pages reload (or show the problems) by themselves.
public final class PreviewServer: Sendable {
    /// The host as given (`localhost` stays `localhost` in the address shown and in the base URL).
    public let host: String
    /// The port listened on: the one asked for, or the one the system chose for port 0.
    public let port: UInt16
    /// The preview build's folder: never `public/`, which stays as the last real build left it.
    public let output: URL
    private let options: BuildOptions
    private let session: BuildSession
    private let state: PreviewState
    let ledger: ConnectionLedger
    private let handler: PreviewHandler
    /// The address to listen on again after FlyingFox's accept loop ended (see `run`).
    private let endpoint: any SocketAddress
    private let listener: Mutex<Listener>
    /// Set by `stop`: the server's run then ends with an error that is no failure.
    private let stopping = Atomic<Bool>(false)

    /// One FlyingFox server and the task running it.
    private struct Listener: Sendable {
        let server: HTTPServer
        let task: Task<Void, any Error>
    }

    /// Listens at once, so that a port in use or a host that is not this machine's is reported
    /// (as a `ListenError`) before anything says the preview is served; builds nothing yet.
    public init(site: URL, host: String = "127.0.0.1", port: UInt16 = 1313, drafts: Bool = true, future: Bool = false,
                expired: Bool = false, limits: ServerLimits = .standard,
                environment: [String: String] = ProcessInfo.processInfo.environment) async throws {
        self.host = host
        let temporary = FileManager.default.temporaryDirectory
        Self.removeAbandonedFolders(in: temporary)
        output = temporary.appendingPathComponent("\(Self.folderPrefix)\(getpid())-\(UUID().uuidString.prefix(8))/public")
        state = PreviewState(streamLimit: limits.eventStreams, environment: environment)
        ledger = ConnectionLedger(limits: limits)
        handler = PreviewHandler(output: output, state: state, ledger: ledger)
        let (first, bound) = try await Self.listen(on: ListenAddress.resolve(host, port: port), host: host, port: port,
                                                   handler: handler, ledger: ledger)
        self.port = bound
        endpoint = try ListenAddress.resolve(host, port: bound)
        listener = Mutex(first)
        // The base URL needs the port, known only now for port 0.
        options = BuildOptions(siteRoot: site, output: output, baseURL: ListenAddress.url(host: host, port: bound),
                               includeDrafts: drafts, includeFuture: future, includeExpired: expired)
        session = BuildSession(options: options, clock: { DateTime(epochSeconds: Int(Date().timeIntervalSince1970)) })
        await state.pending({ [session] in session.isDeferred($0) }, renderNow: { [session] in session.renderNow($0) })
    }

    public var address: String { ListenAddress.url(host: host, port: port) }

    /// `lantoa-preview-<process id>-<8 hexadecimal digits>`, in the temporary folder.
    static let folderPrefix = "lantoa-preview-"

    /// Deletes the preview folders of previews that are no longer running: a preview killed, or
    /// stopped by a crash, could not delete its own, and each holds a whole build of its site.
    /// Only folders named as a preview names them, of a process id no process has, are touched.
    static func removeAbandonedFolders(in temporary: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
        for name in names where name.hasPrefix(folderPrefix) {
            let parts = name.dropFirst(folderPrefix.count).split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[1].count == 8, parts[1].allSatisfy(\.isHexDigit),
                  let pid = pid_t(parts[0]), pid > 0, pid != getpid() else { continue }
            // ESRCH: no such process. EPERM means one runs, owned by someone else: leave it.
            guard kill(pid, 0) == -1, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
        }
    }

    /// Builds once, then serves and watches until stopped. `report` gets every build's result;
    /// `notice` a line when the server had to drop its connections and listen again.
    public func run(report: @escaping @Sendable (BuildResult, [String]) -> Void,
                    notice: @escaping @Sendable (Message) -> Void = { _ in }) async throws {
        // However it ends (stopped, cancelled, or unable to listen again), the folder goes: `stop`
        // removed it already unless the first build wrote it again after.
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        // The first snapshot comes before the first build, so a file saved during it is not missed.
        let files = FileWatcher(root: options.siteRoot, folders: ["content", "templates"])
        let signal = ChangeSignal(root: options.siteRoot, folders: files.folders)
        let first = session.build()
        // Stopped (Ctrl-C) while building: the build failed for its folder was taken away, which
        // is not the site's problem to report.
        if isStopping { return }
        await announce(first)
        report(first, [])
        let watcher = Task.detached { [self] in await watch(files, signal: signal, report: report) }
        defer { watcher.cancel() }
        var pause = 0.25
        while true {
            let current = listener.withLock { $0 }
            let started = ContinuousClock.now
            let ended = await withTaskCancellationHandler { await current.task.result } onCancel: { current.task.cancel() }
            if isStopping || Task.isCancelled { return }
            // FlyingFox's accept loop ends at the first error `accept` gives, such as EMFILE when
            // no file handle is left; by then it has closed every connection. Listening again on
            // the same port after a pause is what keeps the preview up.
            let reason = switch ended {
            case .failure(SocketError.failed(let call, _, let message)): "\(call.lowercased()): \(message)"
            case .failure(let error): error.localizedDescription
            case .success: "the accept loop ended"
            }
            if ContinuousClock.now - started > .seconds(60) { pause = 0.25 }
            notice(.previewStoppedAcceptingConnectionsClosed(reason, port))
            while true {
                await pauseUnlessStopping(pause)
                pause = min(pause * 2, 4)
                if isStopping || Task.isCancelled { return }
                do {
                    let (next, _) = try await Self.listen(on: endpoint, host: host, port: port, handler: handler, ledger: ledger)
                    listener.withLock { $0 = next }
                    break
                } catch let error as ListenError {
                    // Another program took the port in the pause, say: waiting will not give it back.
                    throw error
                } catch {
                    // No file handle for the new socket yet: pause longer and try again.
                }
            }
            // `stop` may have stopped the server this one replaced.
            if isStopping { await listener.withLock { $0 }.server.stop(timeout: 0); return }
        }
    }

    /// Removes the preview folder and stops serving. The folder goes first: `run` returns as soon
    /// as the server stops, and the command exits right after it.
    public func stop() async {
        stopping.store(true, ordering: .releasing)
        try? FileManager.default.removeItem(at: output.deletingLastPathComponent())
        await listener.withLock { $0 }.server.stop(timeout: 1)
    }

    private var isStopping: Bool { stopping.load(ordering: .acquiring) }

    private func pauseUnlessStopping(_ seconds: Double) async {
        let end = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < end, !isStopping, !Task.isCancelled { try? await Task.sleep(for: .milliseconds(50)) }
    }

    /// Starts a FlyingFox server on `address` and returns once it listens, with the port it got;
    /// a failure to bind or listen is thrown as a `ListenError`.
    private static func listen(on address: any SocketAddress, host: String, port: UInt16, handler: PreviewHandler,
                               ledger: ConnectionLedger) async throws -> (Listener, UInt16) {
        let pool = GuardedPool(pool: HTTPServer.defaultPool(), ledger: ledger)
        // FlyingFox's `timeout` bounds a handler, which may wait for the first build of a large site.
        let server = HTTPServer(config: .init(address: address, timeout: 3600, pool: pool, logger: .disabled), handler: handler)
        let (outcome, report) = AsyncStream<(any Error)?>.makeStream()
        let task = Task {
            do { try await server.run() } catch { report.yield(error); throw error }
        }
        let waiter = Task {
            do { try await server.waitUntilListening(timeout: 30); report.yield(nil) } catch { report.yield(error) }
        }
        var first = outcome.makeAsyncIterator()
        let failure = await first.next() ?? nil
        waiter.cancel()
        if let failure {
            task.cancel()
            if case SocketError.failed(let type, let code, _) = failure, type == "Bind" || type == "Listen" {
                throw ListenError.bind(host: host, port: port, errno: code)
            }
            throw failure
        }
        guard let bound = ListenAddress.port(of: await server.listeningAddress) else {
            await server.stop(timeout: 0)
            throw ListenError.didNotStart(host: host, port: port)
        }
        return (Listener(server: server, task: task), bound)
    }

    /// Runs a build on a thread of its own: on one of the concurrency pool's few threads (one
    /// per core) it would hold back the requests and the reload event it is to answer.
    private func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            // The stack of a program's main thread: deeply nested Markdown recurses.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Tells the open tabs about a finished build, with the site's language for the overlay.
    private func announce(_ result: BuildResult) async {
        await state.finished(result, siteLanguage: session.siteLanguage)
    }

    private func watch(_ files: FileWatcher, signal: ChangeSignal, report: @escaping @Sendable (BuildResult, [String]) -> Void) async {
        var watcher = files
        // A rebuild running when `stop` removed the folder writes it again: it goes once more here.
        defer { if isStopping { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) } }
        while !Task.isCancelled, !isStopping {
            // A tick every tenth of a second, or at once when the system says a file was saved.
            _ = await signal.next(within: 0.1)
            if isStopping { return }
            let changed = watcher.changes()
            // A save the tick's scan found before its event was read is this rebuild's, not a new one.
            signal.discardPending()
            if changed.isEmpty {
                // A save that no build reads (an editor's swap file) stopped the rest: it goes on.
                if session.hasWorkAfterReload {
                    let problems = await offPool { [session] in session.finishSearch(stoppingWhen: { signal.hasPending }) }
                    if !problems.isEmpty {
                        let failed = BuildResult.failed(problems)
                        await announce(failed)
                        report(failed, [])
                    }
                }
                continue
            }
            // The reload goes out once the open pages are written; the rest of the files and the
            // search index follow, and a request for a file not written yet waits for it.
            let started = Date()
            let open = await state.openPages
            var result = await offPool { [session] in session.rebuild(changed: changed, deferSearch: true, openFirst: open.isEmpty ? nil : open) }
            await announce(result)
            // A new save stops the rest: the next rebuild renders what it left, with its own.
            let problems = await offPool { [session] in session.finishSearch(stoppingWhen: { signal.hasPending }) }
            if result.report?.shownFirst != nil { result.seconds = Date().timeIntervalSince(started) }
            report(result, changed)
            // A file that cannot be written is shown like a failed build, over the page.
            if !problems.isEmpty {
                let failed = result.adding(problems)
                await announce(failed)
                report(failed, changed)
            }
        }
    }
}
