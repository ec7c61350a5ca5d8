import Foundation
import Lantoa

/// The repository's example site (`content/`, `templates/`): the seeds come from it, and the
/// Markdown targets render with its indicators, templates and settings, as its build does.
struct ExampleSite: Sendable {
    /// The repository root: LANTOA_FUZZ_ROOT, or found from this source file.
    let repository: URL
    let files: ProjectFiles
    /// How the example site renders Markdown: its ```chart and ```table blocks included.
    let markdown: MarkdownOptions
    let indicatorIDs: [String]

    /// Loaded on first use, once per process.
    static let shared = ExampleSite()

    private init() {
        let environment = ProcessInfo.processInfo.environment["LANTOA_FUZZ_ROOT"]
        repository = environment.map { URL(fileURLWithPath: $0) } ?? URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        files = ProjectFiles(root: repository)
        var diagnostics: [Diagnostic] = []
        let options = BuildOptions(siteRoot: repository, now: DateTime(year: 2026, month: 11, day: 27, hour: 12))
        guard let project = ContentLoader(options: options).load(diagnostics: &diagnostics),
              !diagnostics.contains(where: { $0.severity == .error }) else {
            let problems = diagnostics.map(\.description).joined(separator: "\n")
            FileHandle.standardError.write(Data("lantoa-fuzz: the example site in \(repository.path) does not load:\n\(problems)\n".utf8))
            exit(2)
        }
        markdown = project.markdown
        indicatorIDs = project.indicators.map(\.indicator.id)
    }

    /// The files of the example site under `folder` ending in `.ext`, as seeds.
    func seeds(_ folder: String, _ ext: String) -> [Seed] {
        files.list(folder, extension: ext).compactMap { path in
            (try? Data(contentsOf: files.url(path))).map { Seed(path, Array($0)) }
        }
    }

    /// The text of one file of the example site ("" when it is missing).
    func text(_ path: String) -> String {
        (try? String(contentsOf: files.url(path), encoding: .utf8)) ?? ""
    }
}
