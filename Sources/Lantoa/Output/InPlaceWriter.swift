import Foundation

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

    func write(_ file: OutputFile) throws {
        let target = try target(file.path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        switch file.content {
        case .text(let text): try Data(text.utf8).write(to: target)
        case .bytes(let bytes): try Data(bytes).write(to: target)
        case .copy(let source): try Data(contentsOf: source).write(to: target)
        }
    }

    /// Where `path` goes, refusing paths that would leave the folder.
    private func target(_ path: String) throws -> URL {
        try DiskWriter.checkInside(path)
        return output.appendingPathComponent(path)
    }
}
