import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the system said, in words a user can act on: never a Foundation dump
/// (`Error Domain=NSCocoaErrorDomain Code=513 …`).
public enum SystemError {
    /// Words for an `errno`.
    public static func words(_ code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: "the disk is full"
        case EROFS: "the disk or folder is read-only"
        case EACCES, EPERM: "permission denied"
        case ENAMETOOLONG: "the name is too long for the file system"
        case ENOENT: "no such file or folder"
        case ENOTDIR: "a file stands where a folder is needed"
        case EISDIR: "a folder stands where a file is needed"
        case EEXIST: "something with that name already exists"
        case ELOOP: "too many symbolic links (a loop?)"
        case EMFILE, ENFILE: "too many open files"
        case EIO: "the disk reported an input/output error"
        default: String(cString: strerror(code)).lowercased()
        }
    }

    /// Words for any error thrown while reading or writing files, including Foundation's.
    public static func words(_ error: any Error) -> String {
        // Our own errors already speak plainly; Foundation's are NSError or CocoaError.
        if let posix = error as? POSIXError { return words(posix.code.rawValue) }
        if !(type(of: error) is NSError.Type), !(error is CocoaError) { return String(describing: error) }
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
            case .fileWriteInvalidFileName, .fileReadInvalidFileName: return "the name is not valid for the file system (too long, or a character it refuses)"
            case .fileNoSuchFile, .fileReadNoSuchFile: return words(ENOENT)
            case .fileWriteFileExists: return words(EEXIST)
            default: break
            }
        }
        return ns.localizedDescription.isEmpty ? "the system refused (code \(ns.code))" : ns.localizedDescription
    }
}
