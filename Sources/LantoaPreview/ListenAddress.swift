import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where `lantoa serve` listens: the host as typed, resolved to one address of this machine.
enum ListenAddress {
    /// `localhost` is 127.0.0.1 without asking the resolver (some systems list only ::1 for it,
    /// some not at all); an IPv6 address may be written in brackets; a name resolving to both
    /// families gets the IPv4 address, which every browser reaches.
    static func resolve(_ host: String, port: UInt16) throws -> any SocketAddress {
        var name = host
        if name.hasPrefix("[") && name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if name.lowercased() == "localhost" || name.lowercased() == "localhost." { name = "127.0.0.1" }
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(name, nil, &hints, &list)
        guard status == 0, let list else {
            throw ListenError.unknownHost(host, reason: String(cString: gai_strerror(status)))
        }
        defer { freeaddrinfo(list) }
        var ip6: sockaddr_in6?
        for node in sequence(first: list, next: { $0.pointee.ai_next }) {
            guard let address = node.pointee.ai_addr else { continue }
            if node.pointee.ai_family == AF_INET {
                var ip4 = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee }
                ip4.sin_port = port.bigEndian
                return ip4
            }
            if node.pointee.ai_family == AF_INET6, ip6 == nil {
                ip6 = address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee }
                ip6?.sin6_port = port.bigEndian
            }
        }
        guard let ip6 else { throw ListenError.unknownHost(host, reason: "no IPv4 or IPv6 address") }
        return ip6
    }

    /// The port a bound address listens on (the one the system chose when 0 was asked).
    static func port(of address: Socket.Address?) -> UInt16? {
        switch address {
        case .ip4(_, let port), .ip6(_, let port): port
        default: nil
        }
    }

    /// The address as a browser wants it: IPv6 in brackets.
    static func url(host: String, port: UInt16) -> String {
        let bare = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
        return "http://\(bare.contains(":") ? "[\(bare)]" : bare):\(port)/"
    }
}
