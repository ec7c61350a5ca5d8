import Foundation
#if canImport(Glibc)
import Glibc
#endif

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

        /// Whether files are produced (and so pictures drawn).
        var writes: Bool { if case .none = self { false } else { true } }

        /// What writes the files: one path through rendering and writing, whatever the destination.
        func writer(_ options: BuildOptions) throws -> OutputWriter {
            switch self {
            case .disk: try DiskWriter(output: options.output, projectRoot: options.siteRoot, adoptsEveryFile: options.outputWrittenInPlace,
                                       precompress: options.compress && !options.outputWrittenInPlace)
            case .memory(let writer): writer
            case .none: NullWriter()
            }
        }
    }

    public static func run(_ options: BuildOptions, to destination: Destination = .disk,
                           progress: @escaping @Sendable (BuildProgress) -> Void = { _ in }) -> BuildResult {
        execute(options, to: destination, progress: progress).result
    }

    /// Runs the build and hands its result to `finish` while what was loaded and assembled is
    /// still held. A command that exits inside `finish` (`lantoa build`) leaves the memory to the
    /// system, which takes it back at once: freeing 10,000 documents one by one took a tenth of a second.
    public static func run<T>(_ options: BuildOptions, to destination: Destination = .disk,
                              progress: @escaping @Sendable (BuildProgress) -> Void = { _ in },
                              whileLoaded finish: (BuildResult) throws -> T) rethrows -> T {
        let outcome = execute(options, to: destination, progress: progress)
        return try withExtendedLifetime(outcome) { try finish(outcome.result) }
    }

    /// Loads and assembles the site without rendering it: what `lantoa deploy config` needs to
    /// know (its redirects, its embed pages, its mount path). Nil when there are errors.
    public static func assemble(_ options: BuildOptions) -> (site: Site?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let project = ContentLoader(options: options, store: nil).load(diagnostics: &diagnostics), !hasErrors(diagnostics) else {
            return (nil, said(diagnostics))
        }
        let site = SiteAssembler(options: options).assemble(project, diagnostics: &diagnostics)
        return (hasErrors(diagnostics) ? nil : site, said(diagnostics))
    }

    /// The whole pipeline; also hands back what was loaded and assembled, for `BuildSession`
    /// (`keepingDocuments`: the project with its documents, to assemble again after an edit).
    /// `rendered` is handed the renderer once the pages are written (the preview keeps its cards).
    static func execute(_ options: BuildOptions, to destination: Destination, keepingDocuments: Bool = false,
                        progress: @escaping @Sendable (BuildProgress) -> Void,
                        rendered: (PageRenderer) -> Void = { _ in }) -> (result: BuildResult, project: LoadedProject?, site: Site?) {
        let started = Date()
        var diagnostics: [Diagnostic] = []
        var loaded: (LoadedProject, Site)?
        func finish(_ report: BuildReport? = nil) -> (result: BuildResult, project: LoadedProject?, site: Site?) {
            (BuildResult(diagnostics: said(diagnostics), report: report, seconds: Date().timeIntervalSince(started), everyProblem: diagnostics),
             loaded?.0, loaded?.1)
        }
        // Refuse a dangerous output folder before reading anything, so the user learns it at once.
        if case .disk = destination {
            do { try DiskWriter.checkSafe(output: options.output.resolvingSymlinksInPath(), root: options.siteRoot.resolvingSymlinksInPath()) } catch {
                diagnostics.append(.error(SourceLocation(file: "--output", line: 1), SystemError.words(error),
                                          hint: .chooseNewFolderPublicInside, stage: .write))
                return finish()
            }
        }
        // One build at a time into a folder, taken before reading so a build that waited publishes what was saved meanwhile.
        var lock: OutputLock?
        if case .disk = destination {
            do {
                lock = try OutputLock(output: options.output) { progress(BuildProgress(stage: .load, waiting: true)) }
            } catch {
                diagnostics.append(.error(SourceLocation(file: "--output", line: 1), SystemError.words(error),
                                          hint: .checkFolderCanWritten, stage: .write))
                return finish()
            }
        }
        defer { withExtendedLifetime(lock) {} }

        progress(BuildProgress(stage: .load))
        // The same sources built by the same program into a folder that still holds that build:
        // nothing to do (a preview's folder, also written in place, keeps no record).
        var inputs: BuildRecord.Inputs?
        // The text files hashed for the record, read once for the loader too.
        var readBefore: ProjectFiles.ReadBefore?
        // Only articles, their files and documents no article shows changed since the recorded
        // build: only what reads them is written (`BuildRecord.Reuse`).
        // Otherwise, with a record, why not (said in the summary).
        var reuse: BuildRecord.Reuse?
        var cause: FullBuildCause?
        if case .disk = destination, !options.outputWrittenInPlace {
            let record = BuildRecord.load(for: options.output)
            // Whether the output folder holds what its list says, looked at from now on, on a
            // thread of its own, while the sources are hashed and read (a build that then renders
            // every file does not wait for it).
            let listed = record.map { _ in Later { DiskWriter.holdsAsListed(output: options.output) } }
            readBefore = ProjectFiles.ReadBefore()
            let current = BuildRecord.Inputs(options, previous: record, keeping: readBefore)
            if let record, let listed, record.matches(current, listed: listed, now: options.now) {
                diagnostics = record.warnings
                return finish(record.report)
            }
            inputs = current
            switch listed.flatMap({ listed in record?.reuse(current, listed: listed, now: options.now, files: ProjectFiles(root: options.siteRoot)) }) {
            case .success(let found): reuse = found
            case .failure(let why): cause = why
            case nil: if FileManager.default.fileExists(atPath: BuildRecord.path(for: options.output)) { cause = .record }
            }
        }

        // The articles that did not change are taken as the last build parsed them (see DocumentCache).
        var before = reuse.flatMap { reuse -> ParsedBefore? in
            guard let inputs, let cache = DocumentCache.load(for: options.output, program: reuse.record.program, sources: reuse.record.sources) else { return nil }
            return ParsedBefore(cache: cache, hashes: inputs.hashes, changed: reuse.changed, pilots: Set(reuse.record.pilots),
                                counted: reuse.record.othersFrame.filter { $0.hasPrefix(ContentChanges.pilotLine) },
                                articlesAddedOrDeleted: reuse.addedOrDeleted, files: reuse.files)
        }

        // Bodies wait for their pages on the output's disk, not in memory (see TextStore).
        var store: TextStore?
        if case .disk = destination { store = TextStore(folder: options.output.deletingLastPathComponent()) }
        guard let loadedProject = ContentLoader(options: options, store: store, before: before, readBefore: readBefore).load(diagnostics: &diagnostics) else {
            return finish()
        }
        guard !hasErrors(diagnostics) else {
            // The files with errors are left out; the others still claim their addresses, so two
            // files at one address are said in this run too, not after the first error is fixed.
            // Not when site.yml has one: its addresses (`url_names`) may not be the ones meant.
            if !diagnostics.contains(where: { $0.severity == .error && $0.location.file == "content/site.yml" }) {
                diagnostics += SiteAssembler(options: options).claimProblems(loadedProject)
            }
            return finish()
        }
        var project = loadedProject
        readBefore = nil // what the loader did not take
        let moments = project.moments(around: options.now)
        // This build's parse for the next, written from now on, while the site is assembled on
        // one core, then indexed and rendered; kept if the build succeeds. (The articles as
        // parsed: their bodies stay in the text store.)
        let caching = inputs.map { DocumentCache.Writing(project.articles, quiet: project.sourcesWithProblems, inputs: $0, for: options.output,
                                                         previous: before?.cache, reused: project.reusedSources) }
        var recorded = false
        defer { caching?.finish(keep: false) } // a build that stops early keeps none

        // The last build's search index, read from the cache while the site is assembled.
        let searchBefore = before.map { [store] before in Later { before.cache.searchIndex(store: store) } }

        // Assembly needs every document loaded: URLs, taxonomies and links span the whole site.
        progress(BuildProgress(stage: .assemble))
        var site = SiteAssembler(options: options).assemble(project, diagnostics: &diagnostics)
        let (pilots, resources, linked) = (project.pilotSources, inputs == nil ? [] : project.resourceSources, inputs == nil ? [:] : project.linkedPages())
        if let why = reuse?.holds(pilots: pilots, resources: resources, linked: linked, linkedByOthers: project.linkedByOthers(of: reuse?.changed ?? [])) { (reuse, cause) = (nil, why) }
        // A file taken for a picture or a document beside articles that the site reads as Markdown (`extensions:`).
        if let found = reuse?.files.sorted().first(where: { ContentInventory.isMarkdown($0, extensions: project.config.markdownExtensions) }) {
            let added = reuse?.added.contains(found) ?? false
            (reuse, cause) = (nil, inputs?.hashes[found] == nil ? .deleted(found, 0) : added ? .added(found, 0) : .changed(found, 0))
            // Its search entry is not among the changed articles': the index is read whole.
            before = nil
        }
        // What an edit of the other documents must leave alone, for the next build and this one.
        let othersFrame = inputs == nil ? [] : ContentChanges.untouched(site, project, includeDrafts: options.includeDrafts)
        if let why = reuse?.reachesFurther(othersFrame) { (reuse, cause) = (nil, why) }
        if !keepingDocuments { project = project.withoutDocuments }
        guard !hasErrors(diagnostics) else { return finish() }
        let cannotDraw = site.shareImages != nil && destination.writes ? Rasteriser.missing() : nil

        // A build of every file makes the output's folders while the site is indexed. A writer
        // that fails to open here is opened again below, where its error is reported.
        var opened: OutputWriter?
        if reuse == nil, cannotDraw == nil, let writer = try? destination.writer(options) {
            writer.makeFolders(for: site.routes.map(\.file))
            opened = writer
        }

        // The search index reads the text of everything assembled; its files join the routes. After
        // an edit that moved no article, it is the last build's with the changed articles read again.
        progress(BuildProgress(stage: .index))
        let searchRead = searchBefore?.value
        let searchChanged = site.index(reusing: before == nil ? nil : searchRead, changed: before?.changed ?? [])
        before = nil // the cache's file stays open until here (and until its articles are copied), not to the end of the build
        caching?.index(site.search)
        loaded = (project, site)

        // Pictures are drawn by a program of the system: say at once, and once, when it is missing.
        if let missing = cannotDraw {
            diagnostics.append(.error(SourceLocation(file: Rasteriser.program), .cannotDrawAnyPNG(missing),
                                      hint: .installDebianPackageScriptsSetup(Rasteriser.package),
                                      stage: .render))
            return finish()
        }

        // What each file reads of the articles, recorded for the next build. When only articles
        // changed since the last, only the files whose reading changed are rendered. A build of
        // every file needs it only for the record: it is worked out while the pages render.
        let assembled = site
        let readsOf = { (inputs: BuildRecord.Inputs) in
            BuildRecord.Reads(routes: ArticleChanges.Side(assembled, sources: inputs.hashes, linked: linked).fingerprints(), pilots: pilots,
                              resources: resources, linked: linked, frame: ArticleChanges.frame(assembled), othersFrame: othersFrame)
        }
        let readsNow = reuse == nil ? nil : inputs.map(readsOf)
        if let record = reuse?.record, record.frame != readsNow?.frame { (reuse, cause) = (nil, .frame) }
        if let found = reuse, found.listed == nil { (reuse, cause) = (nil, .output) }
        let (routes, removed) = readsNow.flatMap { reads in reuse?.plan(site, reads: reads.routes, searchFiles: searchChanged) } ?? (site.routes, [])
        let readsLater = readsNow != nil ? nil : inputs.map { inputs in Later { readsOf(inputs) } }

        // Rendering streams straight into the writer, so no page's HTML outlives its write.
        // A picture whose SVG did not change since the last build is taken from its output.
        progress(BuildProgress(stage: .render, total: routes.count))
        let previous: URL? = if case .disk = destination { options.output } else { nil }
        let rasteriser = Rasteriser(previous: previous, draws: destination.writes)
        // When only some files render, only the cards of the articles they list are rendered up front.
        let cards = reuse == nil ? nil : Set(routes.flatMap(\.articles))
        let renderer = PageRenderer(site: site, templates: project.templates, root: options.siteRoot, cards: cards, rasteriser: rasteriser,
                                    notingReads: keepingDocuments)
        var report = BuildReport(site: site)
        if case .disk = destination { BuildRecord.remove(for: options.output); DocumentCache.remove(for: options.output) }
        do {
            let patch = try reuse.map { try PatchWriter(output: options.output, listed: $0.listed ?? FileList(), removing: removed, precompress: options.compress) }
            let writer = try patch ?? opened ?? destination.writer(options)
            let problems = renderAndWrite(routes, renderer, writer, progress) + rasteriser.takeProblems()
            rendered(renderer)
            progress(BuildProgress(stage: .write))
            diagnostics += problems
            if problems.isEmpty {
                try writer.commit()
                report.patched = patch?.changes
                if let reuse, patch != nil {
                    let changed = reuse.changed.union(reuse.files).sorted()
                    report.patchedAfter = changed.first.map { first in
                        (first, changed.count - 1, inputs?.hashes[first] == nil ? .deleted : reuse.added.contains(first) ? .added : .changed)
                    }
                }
                report.fullBecause = cause
                report.articlesReused = project.reusedArticles
                report.searchReused = searchChanged != nil
                if let inputs, let reads = readsNow ?? readsLater?.value {
                    BuildRecord(inputs: inputs, moments: moments, report: report, warnings: diagnostics.filter { $0.severity == .warning },
                                reads: reads).write(for: options.output)
                    recorded = true
                }
            } else {
                writer.abandon(diskFull: problems.contains { $0.text.english.hasSuffix(SystemError.diskFull.english) })
            }
        } catch DiskWriter.WriteError.foreignFiles(let folder, let files) {
            diagnostics.append(.error(SourceLocation(file: "--output", line: 1), DiskWriter.WriteError.foreignFiles(folder, files).message,
                                      hint: .outputReplacedWhole,
                                      stage: .write))
        } catch {
            diagnostics.append(.error(SourceLocation(file: options.output.lastPathComponent), SystemError.words(error),
                                      hint: .checkFolderCanWrittenDisk, stage: .write))
        }
        caching?.finish(keep: recorded)
        return finish(hasErrors(diagnostics) ? nil : report)
    }

    static func renderAndWrite(_ routes: [Route], _ renderer: PageRenderer, _ writer: OutputWriter,
                                       _ progress: @escaping @Sendable (BuildProgress) -> Void) -> [Diagnostic] {
        let counter = Counter(total: routes.count, report: progress)
        // Pictures first: each is drawn in tens of milliseconds (the first loads the library that
        // draws them), and one drawn last kept the other core waiting.
        let draws = { (route: Route) -> Bool in
            switch route.kind {
            case .shareImage: true
            case .indicatorFile(_, let file): file.isPicture
            default: false
            }
        }
        let routes = routes.filter(draws) + routes.filter { !draws($0) }
        let failures = Parallel.map(routes) { route -> (String, any Error)? in
            do {
                try writer.write(renderer.render(route))
                counter.increment()
                return nil
            } catch {
                return (route.file, error)
            }
        }.compactMap { $0 }
        return writeProblems(failures)
    }

    /// One error per cause: a full disk or a read-only folder refuses every file, and 400 lines
    /// saying so would hide the cause.
    static func writeProblems(_ failures: [(file: String, error: any Error)]) -> [Diagnostic] {
        var byCause: [Message: [String]] = [:]
        var order: [Message] = []
        for (file, error) in failures {
            let cause: Message
            if case DiskWriter.WriteError.cannotWrite(_, let code) = error { cause = SystemError.words(code) } else { cause = SystemError.words(error) }
            if byCause[cause] == nil { order.append(cause) }
            byCause[cause, default: []].append(file)
        }
        return order.map { cause in
            let files = byCause[cause]!.sorted()
            let message: Message = files.count == 1 ? .cannotWrite(files[0], cause) : .cannotWriteFiles(files.count, files[0], cause)
            let hint: Message = cause == SystemError.diskFull ? .freeSomeSpaceDiskBuild
                : .checkOutputFolderFolderAbove
            return .error(SourceLocation(file: files[0]), message, hint: hint, stage: .write)
        }
    }

    private static func hasErrors(_ list: [Diagnostic]) -> Bool { list.contains { $0.severity == .error } }

    /// Sorted by place so output never depends on thread timing.
    static func sorted(_ list: [Diagnostic]) -> [Diagnostic] {
        list.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }

    /// `list` as a build says it: sorted, and the problems that share a summary said once
    /// (`ContentLoader.summarised`).
    static func said(_ list: [Diagnostic]) -> [Diagnostic] {
        sorted(ContentLoader.summarised(list))
    }
}

/// What became of a source file since the last build.
public enum SourceChange: Sendable {
    case changed, added, deleted
}

/// Where a build is: the stage, and for rendering how many of the files are done.
public struct BuildProgress: Sendable {
    public var stage: BuildStage
    public var done = 0
    public var total = 0
    /// Another build into the same folder holds it; this one waits for it to finish.
    public var waiting = false
}

/// Counts finished files from every thread and reports about every hundredth.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let step: Int
    private let report: @Sendable (BuildProgress) -> Void

    init(total: Int, report: @escaping @Sendable (BuildProgress) -> Void) {
        self.total = total
        self.step = max(1, total / 100)
        self.report = report
    }

    func increment() {
        lock.lock()
        done += 1
        let now = done
        lock.unlock()
        if now % step == 0 || now == total { report(BuildProgress(stage: .render, done: now, total: total)) }
    }
}

/// What a build produced and found.
public struct BuildResult: Sendable {
    public var diagnostics: [Diagnostic]
    /// Nil when the build failed.
    public var report: BuildReport?
    public var seconds: Double
    /// Every problem at its own place, before those that share a summary were said once: what
    /// a preview keeps, to say them again with an edited file's (`BuildSession`).
    var everyProblem: [Diagnostic] = []

    public var succeeded: Bool { report != nil }

    /// A build that failed with `problems` (found after the reload, writing what it left).
    public static func failed(_ problems: [Diagnostic]) -> BuildResult {
        BuildResult(diagnostics: Build.sorted(problems), report: nil, seconds: 0)
    }

    /// This result with `problems` found after it (writing the search index late): failed when
    /// any is an error.
    public func adding(_ problems: [Diagnostic]) -> BuildResult {
        guard !problems.isEmpty else { return self }
        var result = self
        result.diagnostics = Build.sorted(diagnostics + problems)
        if problems.contains(where: { $0.severity == .error }) { result.report = nil }
        return result
    }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Counts for the one-line summary.
public struct BuildReport: Sendable {
    public var files: Int
    public var pages: Int
    public var articles: Int
    /// Standalone chart files (SVG, television and transparent variants).
    public var charts: Int
    /// The output folder already held this build (see `BuildRecord`): nothing was written.
    public var unchanged = false
    /// Only what the record allows to reuse changed since the recorded build, and only the files that read it were
    /// rendered (`BuildRecord.Reuse`): how many files were then written and deleted.
    public var patched: (written: Int, removed: Int)?
    /// The first of the source files whose change that build followed, how many more, and
    /// whether that first one was written, added or deleted.
    public var patchedAfter: (first: String, more: Int, how: SourceChange)?
    /// A record lay beside the output, yet every file was rendered: why.
    public var fullBecause: FullBuildCause?
    /// Articles taken as the last build parsed them, not parsed again (see `DocumentCache`).
    public var articlesReused = 0
    /// The search index was the last build's with the changed articles read again.
    public var searchReused = false
    /// A warm rebuild of the preview rendered only these many files of the site's (nil: all).
    public var rendered: Int?
    /// How many pages open in the preview it rendered before the reload, and when (seconds):
    /// nil when the rebuild left nothing for after it.
    public var shownFirst: (files: Int, seconds: Double)?

    init(files: Int, pages: Int, articles: Int, charts: Int, unchanged: Bool) {
        (self.files, self.pages, self.articles, self.charts, self.unchanged) = (files, pages, articles, charts, unchanged)
    }

    /// Source files dated after the build and left out until then (`Site.waiting`).
    public var waiting: [WaitingFile] = []

    init(site: Site) {
        waiting = site.waiting
        files = site.routes.count
        pages = site.routes.filter { $0.file.hasSuffix(".html") }.count
        // An indicator's chart files; not the favicon, nor a picture published beside an article.
        charts = site.routes.filter { if case .indicatorFile = $0.kind { $0.file.hasSuffix(".svg") } else { false } }.count
        articles = site.articles.count
    }
}
