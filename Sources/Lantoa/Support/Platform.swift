import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension stat {
    /// When the file was last changed: `st_mtim` on Linux, `st_mtimespec` on macOS.
    public var modified: timespec {
        #if os(Linux)
        st_mtim
        #else
        st_mtimespec
        #endif
    }
}
