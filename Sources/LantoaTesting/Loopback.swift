import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client on BSD sockets, so the tests depend on no HTTP library. Every read
/// gives up after a timeout, so a test that waits for the server to do something is bounded.
/// Reads block, so they run on a thread of their own: on the few threads Swift concurrency
/// shares, tests blocked in `recv` would starve the servers they wait for (in this process).
public enum Loopback {
    public struct Response: Sendable { public var status: Int; public var headers: String; public var body: String }

    /// Runs blocking socket calls on a new thread.
    public static func onThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }

    /// A TCP connection to 127.0.0.1 (or ::1 when `host` says so); reads time out after `timeout` seconds.
    public static func connect(port: UInt16, host: String = "127.0.0.1", timeout: Int = 5) throws -> Int32 {
        let ip6 = host.contains(":")
        let fd = socket(ip6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw URLError(.cannotConnectToHost) }
        var time = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        // Bounds `connect` too, should the server's queue be full.
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        let ok: Int32
        if ip6 {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = port.bigEndian
            inet_pton(AF_INET6, host, &address.sin6_addr)
            ok = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            }
        } else {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = inet_addr(host)
            ok = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        }
        guard ok == 0 else { close(fd); throw URLError(.cannotConnectToHost) }
        return fd
    }

    public static func waitForServer(port: UInt16) async throws {
        for _ in 0..<100 {
            if let fd = try? connect(port: port) { close(fd); return }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        throw URLError(.cannotConnectToHost)
    }

    /// A socket listening on a free loopback port, and that port.
    public static func occupyPort() throws -> (fd: Int32, port: UInt16) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var size = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, size) == 0 && listen(fd, 1) == 0 && getsockname(fd, $0, &size) == 0 }
        }
        guard bound else { close(fd); throw URLError(.cannotConnectToHost) }
        return (fd, UInt16(bigEndian: address.sin_port))
    }

    public static func send(_ fd: Int32, _ text: String) -> Bool {
        text.withCString { Glibc.send(fd, $0, strlen($0), Int32(MSG_NOSIGNAL)) } == strlen(text)
    }

    /// One request, its whole response: the server closes the connection after it. The read
    /// waits up to 30 s, not the 5 s of `connect`: a page the server builds first can take longer
    /// than 5 s while the whole suite runs on two cores (a test failed so once, with another
    /// process keeping one of them busy).
    public static func get(_ path: String, port: UInt16, host: String = "127.0.0.1") async throws -> Response {
        try await onThread {
            let fd = try connect(port: port, host: host, timeout: 30)
            defer { close(fd) }
            _ = send(fd, "GET \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
            return parse(receiveUntilClosed(fd).data)
        }
    }

    /// Everything the server sends until it closes the connection (`closed`), or until a read
    /// times out with the connection still open.
    public static func readUntilClosed(_ fd: Int32) async throws -> (data: String, closed: Bool) {
        try await onThread { receiveUntilClosed(fd) }
    }

    private static func receiveUntilClosed(_ fd: Int32) -> (data: String, closed: Bool) {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n > 0 { data += buffer[0..<n]; continue }
            let closed = n == 0 || errno == ECONNRESET
            return (String(decoding: data, as: UTF8.self), closed)
        }
    }

    /// Whether the server has closed the connection, without waiting.
    public static func isClosed(_ fd: Int32) -> Bool {
        var byte: UInt8 = 0
        let n = recv(fd, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
        return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
    }

    public static func parse(_ text: String) -> Response {
        let parts = text.components(separatedBy: "\r\n\r\n")
        let head = parts.first ?? ""
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        return Response(status: status, headers: head.lowercased(), body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }

    /// One keep-alive connection: requests one after another, each response read by its length.
    public final class Client: @unchecked Sendable {
        public let fd: Int32
        private var pending = [UInt8]()

        public init(port: UInt16, timeout: Int = 10) throws { fd = try connect(port: port, timeout: timeout) }

        deinit { close(fd) }

        public func get(_ path: String) async throws -> Response {
            try await onThread { try self.request(path) }
        }

        private func request(_ path: String) throws -> Response {
            guard Loopback.send(fd, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") else { throw URLError(.networkConnectionLost) }
            let separator = Array("\r\n\r\n".utf8)
            var end: Int?
            while end == nil {
                end = pending.indices.dropLast(3).first { Array(pending[$0..<$0 + 4]) == separator }
                if end == nil { try receive() }
            }
            let head = String(decoding: pending[..<end!], as: UTF8.self)
            let length = head.lowercased().components(separatedBy: "\r\n")
                .first { $0.hasPrefix("content-length:") }.flatMap { Int($0.dropFirst(15).trimmingCharacters(in: .whitespaces)) } ?? 0
            while pending.count < end! + 4 + length { try receive() }
            let body = String(decoding: pending[(end! + 4)..<(end! + 4 + length)], as: UTF8.self)
            pending.removeFirst(end! + 4 + length)
            var response = parse(head)
            response.body = body
            return response
        }

        private func receive() throws {
            var buffer = [UInt8](repeating: 0, count: 65_536)
            let n = recv(fd, &buffer, buffer.count, 0)
            guard n > 0 else { throw URLError(.networkConnectionLost) }
            pending += buffer[0..<n]
        }
    }

    /// Reads Server-Sent Events one at a time from an open connection.
    public final class EventReader: @unchecked Sendable {
        public let fd: Int32
        var pending = ""

        /// `page`: the page the tab shows, as its script sends it (`location.pathname`).
        public init(port: UInt16, page: String? = nil) throws {
            fd = try connect(port: port, timeout: 10)
            let query = page.map { "?page=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0) } ?? ""
            _ = send(fd, "GET /__lantoa/events\(query) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        }

        deinit { close(fd) }

        public func next() async throws -> String {
            try await onThread { try self.receiveEvent() }
        }

        private func receiveEvent() throws -> String {
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

        /// Reads until the chunked body's last chunk: the server ended this stream.
        public func streamEnded() async throws -> Bool {
            try await onThread { self.receiveEnd() }
        }

        private func receiveEnd() -> Bool {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !pending.contains("\r\n0\r\n\r\n") {
                let n = recv(fd, &buffer, buffer.count, 0)
                if n <= 0 { return false }
                pending += String(decoding: buffer[0..<n], as: UTF8.self)
            }
            return true
        }
    }
}
