import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why the preview cannot listen where it was asked to, in plain words, with what to do instead.
public struct ListenError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var hint: String

    public var description: String { "\(message) (\(hint))" }

    static let addressHint = "use an address of this machine: 127.0.0.1 or localhost (only this machine can connect), or 0.0.0.0 (every network)"

    static func unknownHost(_ host: String, reason: String) -> ListenError {
        ListenError(message: "cannot listen on '\(host)': no address found for that name (\(reason))", hint: addressHint)
    }

    /// The error of binding `host:port`, from the `errno` that bind or listen set.
    static func bind(host: String, port: UInt16, errno code: Int32) -> ListenError {
        switch code {
        case EADDRINUSE:
            ListenError(message: "port \(port) is already in use on \(host)",
                        hint: "stop the program using it (perhaps another lantoa serve), or choose another port: --port \(port == UInt16.max ? 1313 : port + 1), or --port 0 for any free port")
        case EACCES, EPERM:
            ListenError(message: "no permission to listen on port \(port)",
                        hint: "ports below 1024 need administrator rights; choose one from 1024 up, e.g. --port 1313")
        case EADDRNOTAVAIL:
            ListenError(message: "cannot listen on \(host): it is not an address of this machine", hint: addressHint)
        default:
            ListenError(message: "cannot listen on \(host) port \(port): \(String(cString: strerror(code)))",
                        hint: "choose another port with --port, or another address with --host")
        }
    }
}
