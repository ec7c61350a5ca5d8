import FlyingFox
import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// FlyingFox's socket pool with deadlines and a limit. FlyingFox 0.27 has neither: its `timeout`
/// bounds only the handler, so a connection that sends nothing is kept for ever. Every time a
/// connection would block, FlyingFox asks its pool to wait for the socket; this pool is where the
/// preview can say how long, and refuse to wait for one connection too many.
struct GuardedPool: AsyncSocketPool {
    let pool: any AsyncSocketPool
    let ledger: ConnectionLedger

    func prepare() async throws { try await pool.prepare() }

    func run() async throws { try await pool.run() }

    func suspendSocket(_ socket: Socket, untilReadyFor events: Socket.Events) async throws {
        // The listening socket has no peer (on Linux it waits for `.read` like a connection).
        guard let peer = try? socket.remotePeer() else {
            return try await pool.suspendSocket(socket, untilReadyFor: events)
        }
        let deadline: ContinuousClock.Instant
        if events.contains(.write) {
            deadline = ledger.beginWriting()
        } else if let until = ledger.beginReading(peer: .make(from: peer), socket: Self.inode(of: socket)) {
            deadline = until
        } else {
            Self.refuse(socket)
            // FlyingFox ends the connection quietly on `disconnected` and closes the socket.
            throw SocketError.disconnected
        }
        defer { ledger.endWaiting() }
        let ready = try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                try await pool.suspendSocket(socket, untilReadyFor: events)
                return true
            }
            group.addTask {
                try? await Task.sleep(until: deadline, clock: .continuous)
                return false
            }
            let first = try await group.next() ?? false
            group.cancelAll()
            return first
        }
        if !ready { throw SocketError.disconnected }
    }

    static let busy: Data = {
        let body = "The preview has too many connections open; try again in a few seconds.\n"
        return Data(("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: \(body.utf8.count)\r\n"
            + "Retry-After: 5\r\nConnection: close\r\n\r\n" + body).utf8)
    }()

    /// Answers 503 on a connection the pool will not wait for. It waits because it has nothing
    /// to read, so the reply fits the empty send buffer; shutting down the sending side first
    /// lets the client read the reply before the socket closes.
    private static func refuse(_ socket: Socket) {
        _ = try? socket.write(busy)
        shutdown(socket.file.rawValue, Int32(SHUT_WR))
    }

    /// The socket's inode, unique among open sockets.
    private static func inode(of socket: Socket) -> UInt64 {
        var info = stat()
        return fstat(socket.file.rawValue, &info) == 0 ? UInt64(info.st_ino) : 0
    }
}
