import Foundation
import Testing
import LantoaTesting
@testable import LantoaPreview
#if canImport(Glibc)
import Glibc
#endif

/// Issue 14, item 5: the preview under abuse. Connections that send nothing, or send slowly,
/// or are too many, must not take the server down. Limits are lowered here so each test is short;
/// reads on the client side give up after 10 s, so a test whose server never acts fails instead
/// of hanging.
@Suite("lantoa serve under abuse")
struct ConnectionLimitsTests {
    /// A server on a free loopback port with `limits`, running until `body` returns.
    func serving(_ limits: ServerLimits, _ body: (PreviewServer) async throws -> Void) async throws {
        let site = try TestSite(BuildOutputTestsSpec.twoArticles)
        defer { site.remove() }
        let server = try await PreviewServer(site: site.root, port: 0, limits: limits)
        let task = Task { try await server.run { _, _ in } }
        defer { task.cancel() }
        try await Loopback.waitForServer(port: server.port)
        // The server listens before its first build; a page request waits for that build, so after
        // it every tab's first event is the built site's (version 1), however slow the machine.
        _ = try await Loopback.get("/", port: server.port)
        try await body(server)
        await server.stop()
    }

    /// Polls `condition` for up to 10 s.
    func eventually(_ condition: () -> Bool) async throws -> Bool {
        for _ in 0..<200 {
            if condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return condition()
    }

    @Test("connections that send nothing are closed after the request timeout; a GET is answered meanwhile")
    func silentConnections() async throws {
        try await serving(ServerLimits(requestTimeout: 0.5)) { server in
            let silent = try (0..<5).map { _ in try Loopback.connect(port: server.port, timeout: 10) }
            defer { silent.forEach { close($0) } }
            #expect(try await Loopback.get("/tin-tuc/kaizen/", port: server.port).status == 200)
            for fd in silent {
                let (data, closed) = try await Loopback.readUntilClosed(fd)
                #expect(closed, "a silent connection was still open after 10 s")
                #expect(data == "", "a timed-out connection is closed without a reply")
            }
        }
    }

    @Test("a request sent a byte at a time is closed at the request timeout; keep-alive requests each get their own time")
    func slowRequests() async throws {
        try await serving(ServerLimits(requestTimeout: 2)) { server in
            // Each header line restarts no clock: the whole request has 2 s.
            let slow = try Loopback.connect(port: server.port, timeout: 10)
            defer { close(slow) }
            _ = Loopback.send(slow, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            var closed = false
            for _ in 0..<40 where !closed {
                try await Task.sleep(for: .milliseconds(250))
                closed = Loopback.isClosed(slow) || !Loopback.send(slow, "X-Slow: 1\r\n")
            }
            #expect(closed, "a request trickled for 10 s was never cut off")

            // Four requests 0.8 s apart take longer than one timeout, but each comes in time.
            let client = try Loopback.Client(port: server.port)
            for request in 0..<4 {
                if request > 0 { try await Task.sleep(for: .milliseconds(800)) }
                #expect(try await client.get("/tin-tuc/kaizen/").status == 200)
            }
            // Then the idle keep-alive connection is closed.
            #expect(try await Loopback.readUntilClosed(client.fd).closed)
        }
    }

    @Test("past the connection limit a new connection is answered 503 and closed; the server serves again once they go")
    func connectionLimit() async throws {
        try await serving(ServerLimits(requestTimeout: 60, connections: 3)) { server in
            var silent = try (0..<3).map { _ in try Loopback.connect(port: server.port, timeout: 10) }
            #expect(try await eventually { server.ledger.waiting == 3 })
            let extra = try Loopback.connect(port: server.port, timeout: 10)
            defer { close(extra) }
            let (reply, closed) = try await Loopback.readUntilClosed(extra)
            #expect(reply.hasPrefix("HTTP/1.1 503 Service Unavailable\r\n"))
            #expect(reply.contains("Connection: close") && reply.hasSuffix("try again in a few seconds.\n"))
            #expect(closed)

            silent.forEach { close($0) }
            silent = []
            #expect(try await eventually { server.ledger.waiting == 0 })
            #expect(try await Loopback.get("/tin-tuc/kaizen/", port: server.port).status == 200)
        }
    }

    @Test("past the limit of reload streams the oldest tab's stream ends and the new tab gets events")
    func eventStreamLimit() async throws {
        try await serving(ServerLimits(eventStreams: 2)) { server in
            // One after the other, so the first is the oldest.
            var tabs: [Loopback.EventReader] = []
            for _ in 0..<3 {
                tabs.append(try Loopback.EventReader(port: server.port))
                #expect(try await tabs.last!.next().contains("\"version\":1"))
            }
            #expect(try await tabs[0].streamEnded())
        }
    }

    @Test("localhost and ::1 are listened on; port 0 gives the real port in the address")
    func hostsAndPortZero() async throws {
        let site = try TestSite(BuildOutputTestsSpec.twoArticles)
        defer { site.remove() }
        for (host, connect, shown) in [("localhost", "127.0.0.1", "localhost"), ("::1", "::1", "[::1]")] {
            let server = try await PreviewServer(site: site.root, host: host, port: 0)
            let task = Task { try await server.run { _, _ in } }
            #expect(server.port != 0)
            #expect(server.address == "http://\(shown):\(server.port)/")
            #expect(try await Loopback.get("/tin-tuc/kaizen/", port: server.port, host: connect).status == 200)
            await server.stop()
            task.cancel()
        }
    }

    @Test("a port in use is one error in plain words, with the port and a hint, before anything is served")
    func portInUse() async throws {
        let site = try TestSite(BuildOutputTestsSpec.twoArticles)
        defer { site.remove() }
        let (taken, port) = try Loopback.occupyPort()
        defer { close(taken) }
        let error = await #expect(throws: ListenError.self) {
            _ = try await PreviewServer(site: site.root, port: port)
        }
        #expect(error?.message == "port \(port) is already in use on 127.0.0.1")
        #expect(error?.hint == "stop the program using it (perhaps another lantoa serve), or choose another port: --port \(port + 1), or --port 0 for any free port")
        #expect(error?.text.vietnamese == "cổng \(port) trên 127.0.0.1 đang được một chương trình khác dùng")
    }
}
