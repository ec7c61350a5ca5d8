import FlyingFox
import FlyingSocks
import Synchronization

/// What the preview knows about its connections between two socket waits: how many are waiting
/// now, and by when each must have sent its request. Shared by `GuardedPool`, which sees the
/// waits, and `PreviewHandler`, which sees the requests arrive.
final class ConnectionLedger: Sendable {
    private struct Entry {
        /// The socket's inode: a connection that opens later from the same address and port is another.
        var socket: UInt64
        var deadline: ContinuousClock.Instant
    }

    private struct State {
        var waiting = 0
        var entries: [HTTPRequest.Address: Entry] = [:]
        /// The size at which expired entries are dropped; doubled past what survives, so a flood
        /// of unexpired entries is not scanned again at every wait.
        var pruneAt = 0
    }

    let limits: ServerLimits
    private let state = Mutex(State())

    init(limits: ServerLimits) {
        self.limits = limits
    }

    /// The number of connections waiting for a request or for the client to take bytes.
    var waiting: Int { state.withLock { $0.waiting } }

    /// A connection starts waiting for its request's bytes: by when they must all be there, or
    /// nil when too many connections wait already and this one is to be refused.
    func beginReading(peer: HTTPRequest.Address, socket: UInt64) -> ContinuousClock.Instant? {
        let now = ContinuousClock.now
        return state.withLock { state in
            guard state.waiting < limits.connections else { return nil }
            state.waiting += 1
            if let entry = state.entries[peer], entry.socket == socket { return entry.deadline }
            // Connections that closed half-way through a request leave an entry; once there are
            // many, the expired ones go (a wait still running on one is timing out right now).
            if state.entries.count >= max(state.pruneAt, 4 * limits.connections) {
                state.entries = state.entries.filter { $0.value.deadline > now }
                state.pruneAt = 2 * state.entries.count
            }
            let deadline = now + .seconds(limits.requestTimeout)
            state.entries[peer] = Entry(socket: socket, deadline: deadline)
            return deadline
        }
    }

    /// A connection starts waiting for the client to take bytes of a response: it is never refused
    /// (the response has begun) but counts towards the limit.
    func beginWriting() -> ContinuousClock.Instant {
        state.withLock { $0.waiting += 1 }
        return .now + .seconds(limits.sendTimeout)
    }

    func endWaiting() {
        state.withLock { $0.waiting -= 1 }
    }

    /// A whole request arrived: the next one's time starts when the connection next waits.
    func requestArrived(from peer: HTTPRequest.Address?) {
        guard let peer else { return }
        _ = state.withLock { $0.entries.removeValue(forKey: peer) }
    }
}
