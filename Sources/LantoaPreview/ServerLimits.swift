import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How long the preview waits for clients and how many it keeps waiting, so that connections
/// that say nothing (or say it one byte at a time) cannot use up the process's file handles.
public struct ServerLimits: Sendable {
    /// A request must arrive complete within this many seconds of the connection opening or of the
    /// previous response; otherwise the connection is closed. An idle keep-alive connection therefore
    /// closes this long after its last response. A browser sends a request in milliseconds on
    /// loopback and simply opens a new connection for the next page.
    public var requestTimeout: Double
    /// A client that takes no byte of a response for this many seconds is gone: the connection closes.
    public var sendTimeout: Double
    /// At most this many connections may wait at once (for a request, or for the client to take
    /// bytes); a connection beyond it is answered 503 and closed.
    public var connections: Int
    /// At most this many open tabs receive reload events; a new tab beyond it ends the oldest
    /// tab's stream (a browser reconnects it by itself; a closed tab's stream goes first).
    public var eventStreams: Int

    public init(requestTimeout: Double = 10, sendTimeout: Double = 30, connections: Int = 256, eventStreams: Int = 64) {
        self.requestTimeout = requestTimeout
        self.sendTimeout = sendTimeout
        self.connections = connections
        self.eventStreams = eventStreams
    }

    /// The defaults, with fewer connections when the process may open few files: waiting
    /// connections take at most a quarter of the file handles, leaving the rest to builds.
    public static var standard: ServerLimits {
        var limits = ServerLimits()
        var limit = rlimit()
        if getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 {
            // RLIM_INFINITY is the largest value: clamped, it leaves the defaults.
            let handles = Int(clamping: limit.rlim_cur)
            limits.connections = max(4, min(limits.connections, handles / 4))
            limits.eventStreams = max(2, min(limits.eventStreams, handles / 8))
        }
        return limits
    }

    /// Raises the process's soft limit on open files to its hard limit (Linux often starts at
    /// 1,024 with room for far more): a burst of connections is refused politely well before it.
    public static func raiseOpenFileLimit() {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }
}
