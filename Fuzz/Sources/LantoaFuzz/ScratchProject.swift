import Foundation
import Lantoa
import Synchronization

/// A project folder of this process's own, in memory-backed /dev/shm when there is one, for the
/// readers that take a `ProjectFiles` (indicators, plan, templates): each input is written to
/// one file in it, then read back by the reader as a build reads it.
final class ScratchProject: @unchecked Sendable {
    let root: URL
    let files: ProjectFiles

    /// A new empty folder under LANTOA_FUZZ_TMP, /dev/shm or the temporary folder, removed at exit.
    init() {
        let environment = ProcessInfo.processInfo.environment["LANTOA_FUZZ_TMP"]
        let base = environment ?? (FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory())
        var template = Array((base + "/lantoa-fuzz-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            FileHandle.standardError.write(Data("lantoa-fuzz: cannot make a scratch folder in \(base)\n".utf8))
            exit(2)
        }
        root = URL(fileURLWithPath: String(cString: made))
        files = ProjectFiles(root: root)
        let path = root.path
        Self.removeAtExit.withLock { $0.append(path) }
    }

    /// Writes `bytes` to the project-relative `path`, making its folder.
    func write(_ path: String, _ bytes: [UInt8]) {
        let url = root.appendingPathComponent(path)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes)) else {
            FileHandle.standardError.write(Data("lantoa-fuzz: cannot write \(url.path)\n".utf8))
            exit(2)
        }
    }

    func write(_ path: String, _ text: String) { write(path, Array(text.utf8)) }

    /// Copies a file of the example site into the same place here.
    func copy(_ path: String, from example: ExampleSite) {
        write(path, example.text(path))
    }

    // MARK: - Clean-up

    private static let removeAtExit: Mutex<[String]> = {
        atexit { ScratchProject.removeAtExit.withLock { paths in for p in paths { try? FileManager.default.removeItem(atPath: p) } } }
        return Mutex([])
    }()
}
