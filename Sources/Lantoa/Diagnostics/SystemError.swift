import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An error of ours that says what went wrong in both languages.
public protocol ErrorMessage: Error {
    var message: Message { get }
}

/// What the system said, in words a user can act on, in both languages: never a Foundation dump
/// (`Error Domain=NSCocoaErrorDomain Code=513 …`).
public enum SystemError {
    /// Words for an `errno`.
    public static func words(_ code: Int32) -> Message {
        switch code {
        case ENOSPC, EDQUOT: diskFull
        case EROFS: Message("the disk or folder is read-only", "ổ đĩa hoặc thư mục chỉ cho đọc")
        case EACCES, EPERM: Message("permission denied", "không có quyền ghi")
        case ENAMETOOLONG: Message("the name is too long for the file system", "tên quá dài đối với hệ thống tệp")
        case ENOENT: Message("no such file or folder", "không có tệp hay thư mục này")
        case ENOTDIR: Message("a file stands where a folder is needed", "một tệp đang ở chỗ cần một thư mục")
        case EISDIR: Message("a folder stands where a file is needed", "một thư mục đang ở chỗ cần một tệp")
        case EEXIST: Message("something with that name already exists", "đã có tệp hoặc thư mục trùng tên")
        case ELOOP: Message("too many symbolic links (a loop?)", "quá nhiều liên kết tượng trưng (có vòng lặp?)")
        case EMFILE, ENFILE: Message("too many open files", "mở quá nhiều tệp cùng lúc")
        case EIO: Message("the disk reported an input/output error", "ổ đĩa báo lỗi đọc/ghi")
        // The system's own words for a rare code, in English in both languages.
        default: .verbatim(String(cString: strerror(code)).lowercased())
        }
    }

    /// What a full disk is called: a failed build with it keeps its staging folder out of the way.
    public static let diskFull = Message("the disk is full", "ổ đĩa đã đầy")

    /// Words for any error thrown while reading or writing files, including Foundation's.
    public static func words(_ error: any Error) -> Message {
        // Our own errors already speak plainly; Foundation's are NSError or CocoaError.
        if let posix = error as? POSIXError { return words(posix.code.rawValue) }
        if let said = error as? any ErrorMessage { return said.message }
        if !(type(of: error) is NSError.Type), !(error is CocoaError) { return .verbatim(String(describing: error)) }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return words(Int32(underlying.code))
        }
        if ns.domain == NSPOSIXErrorDomain { return words(Int32(ns.code)) }
        if ns.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: ns.code) {
            case .fileWriteOutOfSpace: return words(ENOSPC)
            case .fileWriteVolumeReadOnly: return words(EROFS)
            case .fileWriteNoPermission, .fileReadNoPermission: return words(EACCES)
            case .fileWriteInvalidFileName, .fileReadInvalidFileName: return Message("the name is not valid for the file system (too long, or a character it refuses)", "tên không hợp lệ đối với hệ thống tệp (quá dài, hoặc có ký tự không được phép)")
            case .fileNoSuchFile, .fileReadNoSuchFile: return words(ENOENT)
            case .fileWriteFileExists: return words(EEXIST)
            default: break
            }
        }
        return ns.localizedDescription.isEmpty ? Message("the system refused (code \(ns.code))", "hệ thống từ chối (mã \(ns.code))") : .verbatim(ns.localizedDescription)
    }
}
