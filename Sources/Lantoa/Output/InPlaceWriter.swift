import Foundation

/// Writes straight into an existing output folder (the preview's own), for incremental builds.
final class InPlaceWriter: OutputWriter, @unchecked Sendable {
    let output: URL

    init(output: URL) { self.output = output }

    /// Deletes a file this writer's folder no longer needs.
    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: target(path))
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
