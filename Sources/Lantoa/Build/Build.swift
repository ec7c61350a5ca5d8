import Foundation

/// The pipeline as a checklist: load, assemble, render, write. `check` stops before write.
public enum Build {
    /// Where the output goes.
    public enum Destination {
        /// The output folder, swapped in whole after a complete build.
        case disk
        /// Memory, for tests.
        case memory(MemoryWriter)
        /// Nowhere: every stage but writing runs (`lantoa check`).
        case none
    }

    public static func run(_ options: BuildOptions, to destination: Destination = .disk,
                           progress: (BuildStage) -> Void = { _ in }) -> BuildResult {
        let started = Date()
        var diagnostics: [Diagnostic] = []
        func finish(_ report: BuildReport? = nil) -> BuildResult {
            BuildResult(diagnostics: sorted(diagnostics), report: report, seconds: Date().timeIntervalSince(started))
        }
        // Refuse a dangerous output folder before reading anything, so the user learns it at once.
        if case .disk = destination {
            do { try DiskWriter.checkSafe(output: options.output.resolvingSymlinksInPath(), root: options.siteRoot.resolvingSymlinksInPath()) } catch {
                diagnostics.append(.error(SourceLocation(file: "--output", line: 1), "\(error)",
                                          hint: "choose a new folder such as public/ inside the project", stage: .write))
                return finish()
            }
        }

        progress(.load)
        guard let project = ContentLoader(options: options).load(diagnostics: &diagnostics), !hasErrors(diagnostics) else { return finish() }

        // Assembly needs every document loaded: URLs, taxonomies and links span the whole site.
        progress(.assemble)
        let site = SiteAssembler(options: options).assemble(project, diagnostics: &diagnostics)
        guard !hasErrors(diagnostics) else { return finish() }

        // Rendering streams straight into the writer, so no page's HTML outlives its write.
        progress(.render)
        let renderer = PageRenderer(site: site, templates: project.templates, root: options.siteRoot)
        let report = BuildReport(site: site)
        switch destination {
        case .none:
            _ = Parallel.map(site.routes) { route in renderer.render(route).path }
        case .memory(let writer):
            diagnostics += renderAndWrite(site.routes, renderer, writer)
        case .disk:
            progress(.write)
            do {
                let writer = try DiskWriter(output: options.output, projectRoot: options.siteRoot)
                let problems = renderAndWrite(site.routes, renderer, writer)
                diagnostics += problems
                if problems.isEmpty { try writer.commit() } else { writer.abandon() }
            } catch {
                diagnostics.append(.error(SourceLocation(file: options.output.lastPathComponent), "\(error)",
                                          hint: "check that the folder can be written and the disk is not full", stage: .write))
            }
        }
        return finish(hasErrors(diagnostics) ? nil : report)
    }

    private static func renderAndWrite(_ routes: [Route], _ renderer: PageRenderer, _ writer: OutputWriter) -> [Diagnostic] {
        Parallel.map(routes) { route -> Diagnostic? in
            do {
                try writer.write(renderer.render(route))
                return nil
            } catch {
                return .error(SourceLocation(file: route.file), "\(error)", hint: "check that the output folder can be written", stage: .write)
            }
        }.compactMap { $0 }
    }

    private static func hasErrors(_ list: [Diagnostic]) -> Bool { list.contains { $0.severity == .error } }

    /// Sorted by place so output never depends on thread timing.
    private static func sorted(_ list: [Diagnostic]) -> [Diagnostic] {
        list.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }
}

/// What a build produced and found.
public struct BuildResult: Sendable {
    public var diagnostics: [Diagnostic]
    /// Nil when the build failed.
    public var report: BuildReport?
    public var seconds: Double

    public var succeeded: Bool { report != nil }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Counts for the one-line summary.
public struct BuildReport: Sendable {
    public var files: Int
    public var pages: Int
    public var articles: Int

    init(site: Site) {
        files = site.routes.count
        pages = site.routes.filter { $0.file.hasSuffix(".html") }.count
        articles = site.articles.count
    }
}
