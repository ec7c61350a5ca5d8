import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One build at a time into an output folder: a lock on a file beside it (`.public.lantoa-lock`).
///
/// Taken before the sources are read, so a build that waited reads what was saved meanwhile and
/// the folder always ends with the newest completed build. The system drops the lock when the
/// process ends however it ends, so a build that crashed or was killed never blocks the next.
public final class OutputLock: @unchecked Sendable {
    private let descriptor: Int32

    /// Waits for the lock, calling `waiting` once first if another build holds it.
    public init(output: URL, waiting: () -> Void) throws {
        let path = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).lantoa-lock").path
        let folder = output.deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw DiskWriter.WriteError.cannotWrite(path, errno) }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else { let code = errno; close(descriptor); throw DiskWriter.WriteError.cannotWrite(path, code) }
            }
        }
    }

    deinit { close(descriptor) }
}
