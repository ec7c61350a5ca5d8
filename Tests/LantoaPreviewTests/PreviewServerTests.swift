import Foundation
import Testing
import LantoaTesting
@testable import LantoaPreview
#if canImport(Glibc)
import Glibc
#endif

/// The preview server over real HTTP on loopback, the way a browser uses it.
@Suite("lantoa serve", .serialized)
struct PreviewServerTests {
    @Test("an edit reaches the open page; a broken file shows the overlay, fixing it clears it")
    func liveReload() async throws {
        let site = try TestSite(BuildOutputTestsSpec.twoArticles)
        defer { site.remove() }
        let port = UInt16.random(in: 30_000...40_000)
        let server = try PreviewServer(site: site.root, port: port)
        let task = Task { try await server.run { _, _ in } }
        defer { task.cancel() }
        try await Loopback.waitForServer(port: port)

        let first = try Loopback.get("/tin-tuc/kaizen/", port: port)
        #expect(first.status == 200)
        #expect(first.body.contains("Kaizen ở hợp tác xã") && first.body.contains("EventSource"))
        #expect(try Loopback.get("/khong-co/", port: port).status == 404)
        #expect(try Loopback.get("/%2e%2e/%2e%2e/etc/passwd", port: port).status == 403)
        #expect(try Loopback.get("/assets/style.css", port: port).headers.contains("content-type: text/css"))

        let events = try Loopback.EventReader(port: port)
        #expect(try events.next().contains("\"version\":1"))

        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Kaizen đổi tên\ndate: 2025-01-09\n---\nMới.\n")
        let reload = try events.next()
        #expect(reload.contains("\"version\":2") && reload.contains("\"ok\":true"))
        #expect(try Loopback.get("/tin-tuc/kaizen/", port: port).body.contains("Kaizen đổi tên"))

        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Hỏng\ndate: 2025-13-40\n---\n")
        #expect(try events.next().contains("\"ok\":false"))
        let broken = try Loopback.get("/tin-tuc/kaizen/", port: port).body
        #expect(broken.contains("lantoa-overlay"))
        #expect(broken.contains("content/articles/2025/kaizen.md:3:7: error: &#39;date&#39; is not a valid date"))
        #expect(broken.contains("Kaizen đổi tên"), "the last good page stays under the overlay")

        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Đã sửa\ndate: 2025-01-09\n---\nMới.\n")
        #expect(try events.next().contains("\"ok\":true"))
        let fixed = try Loopback.get("/tin-tuc/kaizen/", port: port).body
        #expect(!fixed.contains("lantoa-overlay") && fixed.contains("Đã sửa"))
        await server.stop()
    }

    // Issue 18: the overlay escaped only & and <, so a quote in a problem could end an attribute.
    @Test("the overlay escapes &, <, >, \" and ' in the problems it shows")
    func overlayEscapes() async throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: A
        date: <b>"x"</b> & 'y'
        ---
        Nội dung.
        """)
        defer { site.remove() }
        let port = UInt16.random(in: 30_000...40_000)
        let server = try PreviewServer(site: site.root, port: port)
        let task = Task { try await server.run { _, _ in } }
        defer { task.cancel() }
        try await Loopback.waitForServer(port: port)
        let page = try Loopback.get("/", port: port)
        #expect(page.body.contains("content/articles/a.md:3:7: error: &#39;date&#39; is not a valid date (got &quot;&lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; &#39;y&#39;&quot;)"))
        #expect(!page.body.contains("<b>"))
        await server.stop()
    }
}

enum BuildOutputTestsSpec {
    static let twoArticles = """
    -- content/articles/2025/kaizen.md --
    ---
    title: Kaizen ở hợp tác xã
    date: 2025-01-09
    ---
    Nội dung.
    -- content/articles/2026/tap-huan.md --
    ---
    title: Tập huấn
    date: 2026-01-09
    ---
    Nội dung.
    """
}

/// A minimal HTTP/1.1 client on BSD sockets, so the test depends on no HTTP library.
enum Loopback {
    struct Response { var status: Int; var headers: String; var body: String }

    static func connect(port: UInt16, timeout: Int = 5) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var time = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        let ok = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard ok == 0 else { close(fd); throw URLError(.cannotConnectToHost) }
        return fd
    }

    static func waitForServer(port: UInt16) async throws {
        for _ in 0..<100 {
            if let fd = try? connect(port: port) { close(fd); return }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        throw URLError(.cannotConnectToHost)
    }

    static func get(_ path: String, port: UInt16) throws -> Response {
        let fd = try connect(port: port)
        defer { close(fd) }
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(fd, $0, strlen($0), 0) }
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            data += buffer[0..<n]
        }
        let text = String(decoding: data, as: UTF8.self)
        let parts = text.components(separatedBy: "\r\n\r\n")
        let head = parts.first ?? ""
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        return Response(status: status, headers: head.lowercased(), body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }

    /// Reads Server-Sent Events one at a time from an open connection.
    final class EventReader {
        let fd: Int32
        var pending = ""

        init(port: UInt16) throws {
            fd = try connect(port: port, timeout: 10)
            let request = "GET /__lantoa/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            _ = request.withCString { send(fd, $0, strlen($0), 0) }
        }

        deinit { close(fd) }

        func next() throws -> String {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                if let range = pending.range(of: "data: ") , let end = pending[range.upperBound...].range(of: "\n") {
                    let event = String(pending[range.upperBound..<end.lowerBound])
                    pending = String(pending[end.upperBound...])
                    return event
                }
                let n = recv(fd, &buffer, buffer.count, 0)
                if n <= 0 { throw URLError(.timedOut) }
                pending += String(decoding: buffer[0..<n], as: UTF8.self)
            }
        }
    }
}
