import Foundation
import Lantoa
#if canImport(Glibc)
import Glibc
#endif

/// Why the preview cannot listen where it was asked to, in plain words, with what to do instead.
public struct ListenError: Error, Equatable, CustomStringConvertible {
    public var text: Message
    public var hintText: Message

    public var message: String { text.english }
    public var hint: String { hintText.english }
    public var description: String { "\(message) (\(hint))" }

    static let addressHint = Message(
        "use an address of this machine: 127.0.0.1 or localhost (only this machine can connect), or 0.0.0.0 (every network)",
        "dùng một địa chỉ của máy này: 127.0.0.1 hoặc localhost (chỉ máy này kết nối được), hoặc 0.0.0.0 (mọi mạng)")

    static func unknownHost(_ host: String, reason: String) -> ListenError {
        ListenError(text: Message("cannot listen on '\(host)': no address found for that name (\(reason))",
                                  "không thể mở '\(host)': không tìm được địa chỉ nào cho tên đó (\(reason))"),
                    hintText: addressHint)
    }

    static let otherPortHint = Message("choose another port with --port, or another address with --host",
                                       "chọn cổng khác bằng --port, hoặc địa chỉ khác bằng --host")

    static func didNotStart(host: String, port: UInt16) -> ListenError {
        ListenError(text: Message("cannot listen on \(host) port \(port): the server did not start",
                                  "không thể mở \(host) cổng \(port): máy chủ không khởi động được"),
                    hintText: otherPortHint)
    }

    /// The error of binding `host:port`, from the `errno` that bind or listen set.
    static func bind(host: String, port: UInt16, errno code: Int32) -> ListenError {
        switch code {
        case EADDRINUSE:
            let next = port == UInt16.max ? 1313 : port + 1
            return ListenError(text: Message("port \(port) is already in use on \(host)",
                                             "cổng \(port) trên \(host) đang được một chương trình khác dùng"),
                               hintText: Message("stop the program using it (perhaps another lantoa serve), or choose another port: --port \(next), or --port 0 for any free port",
                                                 "dừng chương trình đang dùng cổng đó (có thể là một lantoa serve khác), hoặc chọn cổng khác: --port \(next), hoặc --port 0 để lấy một cổng trống bất kỳ"))
        case EACCES, EPERM:
            return ListenError(text: Message("no permission to listen on port \(port)", "không có quyền mở cổng \(port)"),
                               hintText: Message("ports below 1024 need administrator rights; choose one from 1024 up, e.g. --port 1313",
                                                 "cổng dưới 1024 cần quyền quản trị; hãy chọn cổng từ 1024 trở lên, ví dụ --port 1313"))
        case EADDRNOTAVAIL:
            return ListenError(text: Message("cannot listen on \(host): it is not an address of this machine",
                                             "không thể mở \(host): đó không phải địa chỉ của máy này"),
                               hintText: addressHint)
        default:
            let reason = String(cString: strerror(code))
            return ListenError(text: Message("cannot listen on \(host) port \(port): \(reason)", "không thể mở \(host) cổng \(port): \(reason)"),
                               hintText: otherPortHint)
        }
    }
}
