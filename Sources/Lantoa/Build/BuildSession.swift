import Foundation

/// Builds kept warm for the preview server. A full build keeps what it loaded and assembled;
/// when only the text of articles or pages changed — nothing that other pages show — the next
/// build parses just those files and renders just their pages and the feeds that carry them.
/// Anything else (templates, data, a new title, a new file) takes a full build.
public final class BuildSession: @unchecked Sendable {
    public let options: BuildOptions
    private var project: LoadedProject?
    private var site: Site?
    /// Warnings of the last build by file, so an incremental build can replace a file's own.
    private var warnings: [Diagnostic] = []
    /// Whether the last rebuild took the incremental path (for tests and the terminal).
    public private(set) var lastWasIncremental = false

    public init(options: BuildOptions) { self.options = options }

    /// A full build into the output folder.
    public func build() -> BuildResult {
        let (result, project, site) = Build.execute(options, to: .disk, progress: { _ in })
        if result.succeeded { (self.project, self.site, warnings) = (project, site, result.diagnostics) }
        return result
    }

    /// Rebuilds after `changed` (project-relative paths): only what they affect when that is safe.
    public func rebuild(changed: [String]) -> BuildResult {
        if let result = incremental(changed) {
            lastWasIncremental = true
            return result
        }
        lastWasIncremental = false
        return build()
    }

    private func incremental(_ changed: [String]) -> BuildResult? {
        guard var project, var site, !changed.isEmpty else { return nil }
        let started = Date()
        let files = ProjectFiles(root: options.siteRoot)
        var diagnostics: [Diagnostic] = []
        var routes: [Route] = []
        for path in changed {
            let kind: Document.Kind
            if path.hasPrefix("content/articles/") { kind = .article } else if path.hasPrefix("content/pages/") { kind = .page } else { return nil }
            guard path.hasSuffix(".md"), case .success(let file) = files.read(path) else { return nil }
            var found: [Diagnostic] = []
            let parsed = DocumentParser.parse(file, kind: kind, options: project.markdown, diagnostics: &found)
            if found.contains(where: { $0.severity == .error }) {
                // Errors are reported now; the good state stays for the next attempt.
                return BuildResult(diagnostics: Build.sorted(found), report: nil, seconds: Date().timeIntervalSince(started))
            }
            diagnostics += found
            guard let document = parsed else { return nil }
            if kind == .article {
                guard let i = site.articles.firstIndex(where: { $0.sourcePath == path }),
                      site.articles[i].listingSignature == document.listingSignature,
                      let p = project.articles.firstIndex(where: { $0.sourcePath == path }) else { return nil }
                site.articles[i] = document
                project.articles[p] = document
                routes += site.routes.filter { route in
                    switch route.kind {
                    case .article(let k): k == i
                    case .feed(let f, _): !site.feeds[f].stories && site.feeds[f].articles.contains(i)
                    default: false
                    }
                }
            } else {
                guard let i = site.pages.firstIndex(where: { $0.sourcePath == path }),
                      site.pages[i].listingSignature == document.listingSignature,
                      let p = project.pages.firstIndex(where: { $0.sourcePath == path }) else { return nil }
                site.pages[i] = document
                project.pages[p] = document
                routes += site.routes.filter { if case .page(let k) = $0.kind { return k == i } else { return false } }
            }
        }
        // Links are checked again across the site: a changed file may now point at nothing.
        var links: [Diagnostic] = []
        LinkChecker(site: site).check(diagnostics: &links)
        let kept = warnings.filter { d in !changed.contains(d.location.file) && d.stage != .assemble }
        // Only an article's or page's own page and the feeds are rendered here: none shows a card.
        let renderer = PageRenderer(site: site, templates: project.templates, root: options.siteRoot, prepared: false)
        let writer = InPlaceWriter(output: options.output)
        let problems = Build.renderAndWrite(routes, renderer, writer, { _ in })
        let all = Build.sorted(kept + diagnostics + links + problems)
        guard problems.isEmpty else { return BuildResult(diagnostics: all, report: nil, seconds: Date().timeIntervalSince(started)) }
        (self.project, self.site, warnings) = (project, site, all)
        return BuildResult(diagnostics: all, report: BuildReport(site: site), seconds: Date().timeIntervalSince(started))
    }
}

/// Writes straight into an existing output folder (the preview's own), for incremental builds.
final class InPlaceWriter: OutputWriter, @unchecked Sendable {
    let output: URL

    init(output: URL) { self.output = output }

    func write(_ file: OutputFile) throws {
        guard !file.path.split(separator: "/").contains(where: { $0 == ".." }), !file.path.hasPrefix("/") else {
            throw DiskWriter.WriteError.pathEscapes(file.path)
        }
        let target = output.appendingPathComponent(file.path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        switch file.content {
        case .bytes(let bytes): try Data(bytes).write(to: target)
        case .copy(let source): try Data(contentsOf: source).write(to: target)
        }
    }
}
