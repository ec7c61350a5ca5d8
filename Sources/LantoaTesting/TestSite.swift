import Foundation
import Lantoa

/// A whole site written inline in one string, files separated by `-- path --` lines, laid out in a temporary folder.
///
/// The default theme from the repository's `templates/` is copied in first, so a test only writes what it is about.
public struct TestSite {
    public let root: URL

    /// The clock every test build sees: 27/11/2026 12:00 in Vietnam.
    public static let now = DateTime(year: 2026, month: 11, day: 27, hour: 12)

    /// The repository root, found from this source file.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A minimal valid `site.yml`, used when the spec has none.
    public static let minimalConfig = """
        title: Trang thử
        base_url: https://example.org/
        organisation:
          name: Sở Khoa học và Công nghệ
        """

    public init(_ spec: String, theme: Bool = true, config: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("lantoa-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if theme {
            try FileManager.default.copyItem(at: Self.repositoryRoot.appendingPathComponent("templates"),
                                             to: root.appendingPathComponent("templates"))
        }
        let files = Self.parse(spec)
        if config && files["content/site.yml"] == nil { try write("content/site.yml", Self.minimalConfig) }
        for (path, text) in files { try write(path, text) }
    }

    /// Splits a spec into files: a line `-- path --` starts each file.
    public static func parse(_ spec: String) -> [String: String] {
        var files: [String: String] = [:]
        var current: String?
        var lines: [Substring] = []
        func flush() {
            if let current { files[current] = lines.joined(separator: "\n") + "\n" }
            lines = []
        }
        for line in spec.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- ") && line.hasSuffix(" --") && line.count > 6 {
                flush()
                current = String(line.dropFirst(3).dropLast(3))
            } else {
                lines.append(line)
            }
        }
        flush()
        return files
    }

    /// Writes a text file (UTF-8) relative to the site root.
    public func write(_ path: String, _ text: String) throws {
        try writeBytes(path, Array(text.utf8))
    }

    /// Writes raw bytes, for encoding tests.
    public func writeBytes(_ path: String, _ bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Atomic, as editors save: a watcher never sees a half-written file.
        try Data(bytes).write(to: url, options: .atomic)
    }

    /// PNG pictures are left out unless a test asks for them: drawing them takes a tenth of a
    /// second each, and most tests are about pages.
    /// Tests build without `.gz` and `.br` copies unless they ask (`compress`): the output then
    /// compares with an in-memory build, which writes none.
    public func options(drafts: Bool = false, future: Bool = false, baseURL: String? = nil, output: URL? = nil, images: Bool = false,
                        compress: Bool = false) -> BuildOptions {
        var options = BuildOptions(siteRoot: root, output: output, baseURL: baseURL, includeDrafts: drafts, includeFuture: future, now: Self.now)
        options.images = images
        options.compress = compress
        return options
    }

    /// Builds into memory.
    public func build(drafts: Bool = false, future: Bool = false, baseURL: String? = nil) -> TestBuild {
        build(options(drafts: drafts, future: future, baseURL: baseURL))
    }

    /// Builds into memory with `options` (for settings a test changes on them).
    public func build(_ options: BuildOptions) -> TestBuild {
        let writer = MemoryWriter()
        return TestBuild(result: Build.run(options, to: .memory(writer)), writer: writer)
    }

    /// Builds onto disk into `public/` (or `output`).
    public func buildToDisk(output: URL? = nil, compress: Bool = false) -> BuildResult {
        Build.run(options(output: output, compress: compress), to: .disk)
    }

    /// Removes the temporary folder.
    public func remove() { try? FileManager.default.removeItem(at: root) }
}

/// The outcome of an in-memory build, with helpers for assertions.
public struct TestBuild {
    public let result: BuildResult
    public let writer: MemoryWriter

    public init(result: BuildResult, writer: MemoryWriter) {
        self.result = result
        self.writer = writer
    }

    /// Every diagnostic as printed, e.g. `content/articles/a.md:3:7: error: …` (hints left out).
    public var messages: [String] {
        result.diagnostics.map { "\($0.location): \($0.severity.rawValue): \($0.message)" }
    }

    /// The text of an output file.
    public func file(_ path: String) -> String? { writer.text(path) }

    public var paths: [String] { writer.files.keys.sorted() }
}
