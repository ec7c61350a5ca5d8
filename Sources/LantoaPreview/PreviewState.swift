import Foundation
import Lantoa

/// The state the preview server shares between the rebuild loop and the requests it serves.
actor PreviewState {
    private(set) var version = 0
    /// The problems of the last build, or nil when it succeeded.
    private(set) var problems: [Diagnostic]?
    private var subscribers: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]

    /// Server-Sent Events for one browser tab: the current build at once, then every new one.
    func subscribe() -> AsyncStream<[UInt8]> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream()
        continuation.onTermination = { [weak self] _ in Task { await self?.unsubscribe(id) } }
        subscribers[id] = continuation
        continuation.yield(event())
        return stream
    }

    private func unsubscribe(_ id: UUID) { subscribers[id] = nil }

    /// Records a finished build and tells every open tab.
    func finished(_ result: BuildResult) {
        version += 1
        problems = result.succeeded ? nil : result.diagnostics
        let message = event()
        for continuation in subscribers.values { continuation.yield(message) }
    }

    /// The overlay text of the last failed build, HTML-escaped.
    var overlayText: String? {
        problems.map { list in
            XML.escape(list.map { $0.formatted(vietnamese: Translation.prefersVietnamese(ProcessInfo.processInfo.environment)) }.joined(separator: "\n"))
        }
    }

    private func event() -> [UInt8] {
        Array("event: build\ndata: {\"version\":\(version),\"ok\":\(problems == nil)}\n\n".utf8)
    }
}
