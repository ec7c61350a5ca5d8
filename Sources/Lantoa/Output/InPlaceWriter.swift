import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes straight into an existing output folder (the preview's own), for incremental builds.
final class InPlaceWriter: OutputWriter, @unchecked Sendable {
    let output: URL

    init(output: URL) { self.output = output }

    /// Deletes a file this writer's folder no longer needs, and the folders it leaves empty (a
    /// page's own folder): the folder stays what a full build would write.
    func remove(_ path: String) throws {
        var folder = try target(path)
        try FileManager.default.removeItem(at: folder)
        let root = output.standardizedFileURL.path
        while true {
            folder = folder.deletingLastPathComponent()
            guard folder.standardizedFileURL.path.count > root.count,
                  (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true else { return }
            try FileManager.default.removeItem(at: folder)
        }
    }

    /// Writes over the file in place, as the disk writer does (no O_TRUNC, which made ext4 flush
    /// each file on close), and leaves a file that already holds the bytes as it is. Its folder is
    /// made only when it is missing.
    func write(_ file: OutputFile) throws {
        let target = try target(file.path)
        try file.bytes().withUnsafeBytes { raw in
            do {
                _ = try DiskWriter.put(target.path, raw, compare: true)
            } catch DiskWriter.WriteError.cannotWrite(_, let code) where code == ENOENT {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                _ = try DiskWriter.put(target.path, raw, compare: true)
            }
        }
    }

    /// Where `path` goes, refusing paths that would leave the folder.
    private func target(_ path: String) throws -> URL {
        try DiskWriter.checkInside(path)
        return output.appendingPathComponent(path)
    }
}
