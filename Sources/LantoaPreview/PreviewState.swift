import Foundation
import Lantoa

/// The state the preview server shares between the rebuild loop and the requests it serves.
actor PreviewState {
    private(set) var version = 0
    /// The problems of the last build, or nil when it succeeded.
    private(set) var problems: [Diagnostic]?
    /// Open event streams by the order they opened in: the smallest key is the oldest.
    private var subscribers: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    /// The output file each tab shows (`LiveReload.outputFile`), by its stream's key.
    private var pages: [Int: String] = [:]
    /// Whether a file is one a rebuild has not written yet, though it told the tabs to reload
    /// (`BuildSession.isDeferred`): a request for one waits until it is written, so no reader is
    /// served the page from before the edit.
    private var isPending: @Sendable (String) -> Bool = { _ in false }
    /// Renders and writes such a file at once (`BuildSession.renderNow`), on the caller's thread.
    private var renderNow: @Sendable (String) -> Void = { _ in }
    private var opened = 0
    private var awaitingFirstBuild: [CheckedContinuation<Void, Never>] = []
    let streamLimit: Int
    /// The language the environment names (`Message.namedLanguage`), if any.
    private let namedLanguage: Bool?
    /// The overlay's language: the one `LANG` names; when it names none (`C.UTF-8` on a server),
    /// the site's, as the pages under the overlay speak it; Vietnamese until a build says.
    private(set) var overlayVietnamese: Bool

    init(streamLimit: Int, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.streamLimit = streamLimit
        namedLanguage = Message.namedLanguage(environment)
        overlayVietnamese = namedLanguage ?? true
    }

    /// Server-Sent Events for one browser tab: the current build at once, then every new one.
    /// Past the limit the oldest stream ends: most likely a closed tab's, which is noticed only
    /// when an event fails to reach it; a live tab's browser reconnects by itself.
    /// `page`: the output file the tab shows, rendered first by a rebuild that renders many.
    func subscribe(page: String? = nil) -> AsyncStream<[UInt8]> {
        while subscribers.count >= max(1, streamLimit), let oldest = subscribers.keys.min() {
            subscribers.removeValue(forKey: oldest)?.finish()
            pages[oldest] = nil
        }
        opened += 1
        let id = opened
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream()
        continuation.onTermination = { [weak self] _ in Task { await self?.unsubscribe(id) } }
        subscribers[id] = continuation
        pages[id] = page
        continuation.yield(event())
        return stream
    }

    var streamCount: Int { subscribers.count }

    private func unsubscribe(_ id: Int) { (subscribers[id], pages[id]) = (nil, nil) }

    /// The output files the open tabs show.
    var openPages: Set<String> { Set(pages.values) }

    func pending(_ check: @escaping @Sendable (String) -> Bool, renderNow render: @escaping @Sendable (String) -> Void) {
        (isPending, renderNow) = (check, render)
    }

    /// Returns once none of `files` is waiting to be written (see `pending`): a file waiting is
    /// rendered at once, on a thread of its own, unless the rebuild is writing it already.
    func waitUnlessWritten(_ files: [String]) async {
        let waiting = files.filter(isPending)
        guard !waiting.isEmpty else { return }
        let render = renderNow
        for file in waiting { DispatchQueue.global().async { render(file) } }
        while files.contains(where: isPending) {
            try? await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Returns once the first build has finished: a request that comes while it runs waits for
    /// the pages instead of getting a 404.
    func firstBuild() async {
        if version > 0 { return }
        await withCheckedContinuation { awaitingFirstBuild.append($0) }
    }

    /// Records a finished build and tells every open tab. `siteLanguage`: the site's language
    /// after it (`BuildSession.siteLanguage`), for the overlay.
    func finished(_ result: BuildResult, siteLanguage: String? = nil) {
        if namedLanguage == nil, let siteLanguage { overlayVietnamese = siteLanguage != "en" }
        version += 1
        problems = result.succeeded ? nil : result.diagnostics
        let message = event()
        for continuation in subscribers.values { continuation.yield(message) }
        for waiting in awaitingFirstBuild { waiting.resume() }
        awaitingFirstBuild = []
    }

    /// What the preview adds to a page it serves: the reload script, and the overlay after a failed build.
    var snippet: String { LiveReload.snippet(problems: overlayText, vietnamese: overlayVietnamese) }

    /// The overlay text of the last failed build, HTML-escaped.
    private var overlayText: String? {
        problems.map { list in
            XML.escape(list.map { $0.formatted(vietnamese: overlayVietnamese) }.joined(separator: "\n"))
        }
    }

    private func event() -> [UInt8] {
        Array("event: build\ndata: {\"version\":\(version),\"ok\":\(problems == nil)}\n\n".utf8)
    }
}
