import Foundation
import Synchronization

/// Builds kept warm for the preview server. A full build keeps what it loaded and assembled, and
/// what each output file read as it rendered (`PageReads`). Then, by what changed:
/// - the text of articles or pages, nothing that other pages show: just those files are parsed,
///   and just their pages and the feeds that carry them rendered (`incremental`);
/// - articles written, added or deleted in any other way (a new date, new tags, a new slug): the
///   site is assembled again in memory from the documents kept, and only the files whose inputs
///   changed are rendered (`restructured`, `ArticleChanges`);
/// - pages, stories, events, reports, honour rolls, legal documents, glossary terms, the plan,
///   the indicators' files, or articles that declare a pilot: assembled again, and the pages
///   that read more than articles rendered (`otherContent`, `ContentChanges`);
/// - pictures and other files of `content/media/` or of a page's folder added, replaced or
///   deleted: the documents that read them parsed again, the site assembled again, their pages
///   and the copies written; a file in a folder of no page's is said again in the summary of
///   files not read (`filesChanged`);
/// - templates: the files that used them rendered again (`restyled`);
/// - `site.yml`, the theme's words or its static files: the site assembled again from the
///   documents kept, and every file rendered (`reconfigured`).
/// In the preview, a rebuild renders the pages open in the browser first (`openFirst`), and the
/// rest after the reload (`finishSearch`), the pages they link to first; a page a reader asks
/// for meanwhile is rendered at once (`renderNow`), and a new save stops the rest, which the
/// next rebuild takes in (`leftover`). Anything else takes a full build: settings that change
/// how content is read (the address, URL names, languages), a template kept among the static
/// files, and a page that makes another page's files change hands (a second page in its folder).
/// A change that reaches every page (a section that becomes empty or stops being so, the plan
/// added or deleted) is warm, rendering every file from the documents kept.
public final class BuildSession: @unchecked Sendable {
    /// The build's options; "now" moves with `clock`, when the session follows one.
    public private(set) var options: BuildOptions
    /// The clock a preview's rebuilds read "now" from (nil: the options' own, frozen, as in tests).
    private let clock: (@Sendable () -> DateTime)?
    /// What the last good build loaded, with its documents, kept up to date by warm rebuilds.
    private var project: LoadedProject?
    private var site: Site?
    /// Warnings of the last build, each at its own place (said once per summary only in the
    /// result: `Build.said`), so an incremental build can replace a file's own.
    private var warnings: [Diagnostic] = []
    /// Whether the last rebuild took a warm path (for tests and the terminal).
    public private(set) var lastWasIncremental = false
    /// The site's own language (`language:` in site.yml): as the last good build read it, or from
    /// site.yml when no build has succeeded yet.
    public var siteLanguage: String {
        if let site { return site.config.language }
        var ignored: [Diagnostic] = []
        return ContentLoader.config(ProjectFiles(root: options.siteRoot), options: options, diagnostics: &ignored).language
    }
    /// Edited documents whose search entries are not written yet (see `finishSearch`).
    private var pendingSearch: [Document] = []
    /// The index needs reading again (the site was assembled again), and the documents changed:
    /// when the site has the same entries in the same order, only theirs are read (nil: all are).
    private var pendingReindex = false
    private var reindexChanged: Set<String>?
    /// Files of a rebuild that failed: the state kept is from before them, so the next rebuild
    /// takes them again with its own.
    private var unsettled: Set<String> = []
    /// The article cards rendered so far, by source path: a card shows only its own article (in
    /// the frame the warm rebuilds keep), so an unchanged article's card is taken from here.
    private var cards: [String: String] = [:]
    /// PNG pictures of a warm rebuild not drawn yet (see `finishSearch`), with what draws them.
    private var pendingPictures: (routes: [Route], renderer: PageRenderer, rasteriser: Rasteriser)?
    /// What each output file read (`PageReads`: its templates and glossary terms), as the last
    /// full build and the warm rebuilds since rendered it.
    private var reads: [String: PageReads.Reads] = [:]
    /// The output files open in the preview's tabs, during a rebuild that renders them first.
    private var openFirst: Set<String>?
    /// The files of the last warm rebuild left for after the reload (see `finishSearch`): the
    /// open pages were rendered first. Read by the server's threads: a request for one waits.
    private var pendingRest: [Route]?
    /// Those files by output file until each is written, what renders them, the files a thread
    /// has taken (the rest's loop, or a reader's request: `renderNow`), and the failures.
    private let restLock = NSLock()
    private var waiting: [String: Route] = [:]
    private var waitingRenderer: PageRenderer?
    private var taken: Set<String> = []
    private var restFailures: [(file: String, error: any Error)] = []
    /// Files `renderNow` is writing on a reader's thread.
    private var inFlight = 0
    /// Output files that a rest stopped by a new save left unwritten (see `finishSearch`): the
    /// next rebuild renders them too, with its own site.
    private var leftover: Set<String> = []
    /// How many of the open pages the last warm rebuild rendered before the rest.
    private var openRendered = 0
    /// Rendering the rest failed after the new state was kept: the next rebuild is a full one.
    private var fullBuildNext = false
    /// The pages' files the kept documents link to, with their addresses then (`LoadedProject.linkedPages`).
    private var linked: [String: String] = [:]

    public init(options: BuildOptions, clock: (@Sendable () -> DateTime)? = nil) {
        self.clock = clock
        var options = options
        // Warm rebuilds write into the folder in place, without updating its list of files: the
        // next full build must not take those files for someone else's.
        options.outputWrittenInPlace = true
        self.options = options
    }

    /// A full build into the output folder.
    public func build() -> BuildResult {
        (pendingSearch, pendingReindex, pendingPictures, fullBuildNext) = ([], false, nil, false)
        var cards: [String: String] = [:], reads: [String: PageReads.Reads] = [:]
        let (result, project, site) = Build.execute(options, to: .disk, keepingDocuments: true, progress: { _ in },
                                                    rendered: { (cards, reads) = ($0.context.cardsBySource, $0.reads?.all ?? [:]) })
        self.cards = result.succeeded ? cards : [:]
        // What the files read stays that of the state kept: the last good build's.
        if result.succeeded {
            (self.project, self.site, warnings, self.reads, leftover) = (project, site, result.everyProblem, reads, [])
            linked = project?.linkedPages() ?? [:]
        }
        return result
    }

    /// Rebuilds after `changed` (project-relative paths): only what they affect when that is safe.
    /// With `deferSearch`, a warm rebuild leaves the search index files for `finishSearch()`, and
    /// with `openFirst` too (output files, such as `tin-tuc/index.html`) it renders only those of
    /// its files first, and the rest in `finishSearch()`: the preview's reader sees the page
    /// open in the browser without waiting for thousands of others (`deferredFiles`).
    public func rebuild(changed: [String], deferSearch: Bool = false, openFirst: Set<String>? = nil) -> BuildResult {
        // A preview runs for hours: an article dated after it started is published when its
        // moment comes (`lantoa new article` dates it now). When a moment of the kept documents
        // (a date, an event's end) passed since the last build, any list may change: a full build.
        if let clock, case let now = clock(), now.epochSeconds > options.now.epochSeconds {
            if let next = project?.moments(around: options.now).after, next <= now.epochSeconds { fullBuildNext = true }
            options.now = now
        }
        let stopped = abandonRest()
        leftover.formUnion(stopped)
        // After a stopped rest the index waits for this rebuild's reading, which takes in both.
        if stopped.isEmpty { finishSearch() } else { _ = finishPictures() }
        var all = Array(unsettled.union(changed)).sorted()
        // The documents that link to a changed page by its file go with it (`linkers`).
        let (linkers, moved) = project.map { Self.linkers(of: all, linked: linked, in: $0) } ?? ([], [])
        all = (all + linkers).sorted()
        var result: BuildResult
        (self.openFirst, openRendered) = (deferSearch ? openFirst : nil, 0)
        defer { self.openFirst = nil }
        let warm = fullBuildNext ? nil : incremental(all) ?? restructured(all) ?? otherContent(all) ?? filesChanged(all) ?? restyled(all) ?? reconfigured(all)
        if let warm {
            lastWasIncremental = true
            result = warm
            // A rebuild that failed keeps nothing of its own, so it has no rest to render.
            if !warm.succeeded { pendingRest = nil; _ = endRest() } else { leftover = []; linked = project?.linkedPages(besides: linked.filter { !moved.contains($0.key) }) ?? [:] }
            if pendingRest != nil { result.report?.shownFirst = (openRendered, result.seconds) }
            if !deferSearch, result.succeeded { result = result.adding(finishSearch()) }
        } else {
            lastWasIncremental = false
            result = build()
        }
        unsettled = result.succeeded ? [] : Set(all)
        return result
    }

    /// The documents to parse again with `changed` because they link to one of its pages by its
    /// file (`bai.md`): a page linked so that moved or went (its address is not the one `linked`
    /// holds: they link elsewhere now), or a new page that a relative link named before it was
    /// there. Edited at the same address, a linked page changes no other. Also the pages moved.
    static func linkers(of changed: [String], linked: [String: String], in project: LoadedProject) -> (linkers: [String], moved: Set<String>) {
        let moved = Set(changed.filter { path in linked[path].map { $0 != (project.markdown.pageAddress?(path) ?? "") } ?? false })
        let extensions = project.config.markdownExtensions.map { $0.lowercased() }
        let known = project.markdown.files?.files ?? []
        let added = Set(changed.filter { !known.contains($0) && ContentInventory.kind(ofPage: $0, extensions: extensions) != nil })
        guard !moved.isEmpty || !added.isEmpty else { return ([], moved) }
        let own = Set(changed)
        let linkers = project.allDocuments.joined().filter { d in
            !own.contains(d.sourcePath) && (d.body.pageLinks.contains(where: moved.contains) || (!added.isEmpty && d.names(anyOf: added)))
        }
        return (linkers.map(\.sourcePath), moved)
    }

    private func incremental(_ changed: [String]) -> BuildResult? {
        guard var project, var site, !changed.isEmpty else { return nil }
        let started = Date()
        let files = ProjectFiles(root: options.siteRoot)
        var diagnostics: [Diagnostic] = []
        var routes: [Route] = []
        var cards: Set<Int> = []
        var edited: [Document] = []
        for path in changed {
            let kind: Document.Kind
            if path.hasPrefix("content/articles/") { kind = .article } else if path.hasPrefix("content/pages/") { kind = .page } else { return nil }
            guard path.hasSuffix(".md"), case .success(let file) = files.read(path), !Self.countsAsPilot(path, file, project) else { return nil }
            var found: [Diagnostic] = []
            let parsed = DocumentParser.parse(file, kind: kind, options: project.markdown, diagnostics: &found)
            if found.contains(where: { $0.severity == .error }) {
                // Errors are reported now; the good state stays for the next attempt.
                return BuildResult(diagnostics: Build.said(found), report: nil, seconds: Date().timeIntervalSince(started))
            }
            diagnostics += found
            // Files published with a page are routes of their own: new ones need a full build.
            let before = (site.articles + site.pages).first { $0.sourcePath == path }
            guard let parsed, let document = rebundled(parsed, before: before, project), before?.body.resources == document.body.resources else { return nil }
            // An article that reports on an event is listed on the event's page: a full build keeps that page right.
            guard before?.reportsOn == nil, document.reportsOn == nil else { return nil }
            edited.append(document)
            if kind == .article {
                guard let i = site.articles.firstIndex(where: { $0.sourcePath == path }),
                      site.articles[i].placementSignature == document.placementSignature else { return nil }
                let listed = site.articles[i].listingSignature != document.listingSignature
                site.articles[i] = document
                project.replace(document)
                let (affected, shown) = Self.routes(showing: i, path: path, listed: listed, site: site)
                routes += affected
                cards.formUnion(shown)
            } else {
                guard let i = site.pages.firstIndex(where: { $0.sourcePath == path }),
                      site.pages[i].listingSignature == document.listingSignature else { return nil }
                site.pages[i] = document
                project.replace(document)
                routes += site.routes.filter { if case .page(let k) = $0.kind { return k == i } else { return false } }
            }
        }
        // Links are checked again across the site: a changed file may now point at nothing.
        var links: [Diagnostic] = []
        LinkChecker(site: site, content: project.markdown.files).check(diagnostics: &links)
        let kept = warnings.filter { d in !changed.contains(d.location.file) && d.stage != .assemble }
        if !leftover.isEmpty {
            routes = withLeftovers(routes, site)
            cards.formUnion(routes.flatMap(\.articles))
        }
        // Only the cards of the articles on the affected lists are rendered up front.
        let renderer = PageRenderer(site: site, templates: project.templates, root: options.siteRoot, cards: cards, knownCards: knownCards(except: changed),
                                    notingReads: true)
        let problems = render(routes, renderer)
        let all = Build.sorted(kept + diagnostics + links + problems)
        guard problems.isEmpty else { return BuildResult(diagnostics: Build.said(all), report: nil, seconds: Date().timeIntervalSince(started)) }
        (self.project, self.site, warnings) = (project, site, all)
        self.cards.merge(renderer.context.cardsBySource) { _, new in new }
        reads.merge(renderer.reads?.all ?? [:]) { _, new in new }
        if pendingReindex {
            reindexChanged?.formUnion(edited.map(\.sourcePath))
        } else {
            pendingSearch += edited
        }
        return BuildResult(diagnostics: Build.said(all), report: Self.report(site, rendered: routes.count), seconds: Date().timeIntervalSince(started))
    }

    /// Articles written, added or deleted in ways other pages show: the site is assembled again
    /// from the documents kept, with those files parsed again, and only the files whose inputs
    /// changed are rendered (`ArticleChanges`); the files the site no longer has are deleted.
    /// A new article's folder goes with it: its files (pictures saved with it or before it) are
    /// published with it, and the summary of files not read is said again. Nil (a full build)
    /// for anything but articles and such files, and where an article reaches further than this
    /// follows: files that change hands between pages (`readChanged`), a pilot counted in an
    /// indicator, a new feed of another language or a new share picture.
    private func restructured(_ changed: [String]) -> BuildResult? {
        guard var project, let old = site, let index = project.markdown.files, !changed.isEmpty else { return nil }
        let started = Date()
        let files = ProjectFiles(root: options.siteRoot)
        var known = index.files
        // Articles, and with them the files of a new article's folder (its pictures, saved with it).
        let texts = changed.filter { $0.hasSuffix(".md") }, others = changed.filter { !$0.hasSuffix(".md") }
        let extensions = project.config.markdownExtensions
        guard !texts.isEmpty, changed.allSatisfy({ $0.hasPrefix("content/articles/") && !project.pilotSources.contains($0) }),
              others.allSatisfy({ !ContentInventory.isMarkdown($0, extensions: extensions) }),
              let (read, deleted, bundles) = readChanged(texts, others: others, roots: ["content/articles/"], known: &known, project: project, files: files),
              !read.contains(where: { Self.countsAsPilot($0.key, $0.value, project) }) else { return nil }
        let previous = project
        project.markdown.files = ContentIndex(root: index.root, files: known)

        var diagnostics: [Diagnostic] = []
        var parsed: [String: Document] = [:]
        for (path, file) in read.sorted(by: { $0.key < $1.key }) {
            var found: [Diagnostic] = []
            let document = DocumentParser.parse(file, kind: .article, options: project.markdown, files: files, diagnostics: &found)
            diagnostics += found
            if found.contains(where: { $0.severity == .error }) { continue }
            // A file the loader would leave out, or one that publishes other files than before: a full build.
            guard let document, let document = published(document, before: project.articles.first { $0.sourcePath == path }, bundles: bundles, project) else { return nil }
            parsed[path] = document
        }
        func failed() -> BuildResult { BuildResult(diagnostics: Build.said(diagnostics), report: nil, seconds: Date().timeIntervalSince(started)) }
        // Errors are reported now; the good state stays for the next attempt.
        if diagnostics.contains(where: { $0.severity == .error }) { return failed() }
        // In the order the loader lists them: assembly breaks ties by it.
        project.articles.removeAll { deleted.contains($0.sourcePath) || parsed[$0.sourcePath] != nil }
        for (path, document) in parsed.sorted(by: { $0.key < $1.key }) {
            project.articles.insert(document, at: project.articles.firstIndex { $0.sourcePath > path } ?? project.articles.endIndex)
        }

        guard let site = reassembled(project, keeping: old, &diagnostics) else { return failed() }
        // A feed of another language or a share picture that comes or goes is in every page.
        let everything = ArticleChanges.frame(site) != ArticleChanges.frame(old)
        let (planned, removed) = everything ? ContentChanges.everything(old: old, new: site) : ArticleChanges(old: old, new: site, edited: Set(changed)).plan()
        let routes = planned + Self.copies(of: Set(others), in: site, besides: planned)
        let unread = unreadAnew(before: previous, after: project, others: others)
        return write(routes, removing: removed, project: project, site: site, edited: changed, diagnostics: diagnostics + (unread?.now ?? []), started: started,
                     searchReads: Set(texts), replacing: unread?.was ?? [], freshCards: everything)
    }

    /// Pages, stories, events, radio-TV reports, honour rolls, legal documents or glossary terms
    /// written, added or deleted, or the plan or the indicators' files edited, added or deleted: those files are
    /// read again, the site is assembled again from the documents kept, and every page that reads
    /// more than the articles is rendered (`ContentChanges`). When the indicators may have
    /// changed (their files, or a story or article that counts as a pilot), the documents that
    /// draw one are parsed again, and the articles among them followed as edited ones
    /// (`ArticleChanges`). Articles come here too when the other paths cannot take them: those
    /// that declare a pilot; and the files of a new document's folder saved with it. Nil (a full
    /// build) for anything else, and where the change reaches further: files added to a bundle
    /// alone (`filesChanged` takes those), a document kept that publishes other files than
    /// before. A section that becomes empty or stops being so changes every page's footer:
    /// every file is rendered, the open pages first.
    private func otherContent(_ changed: [String], restyling: Restyling? = nil) -> BuildResult? {
        func kind(of path: String) -> Document.Kind? {
            ContentChanges.kind(of: path) ?? (path.hasPrefix("content/articles/") && path.hasSuffix(".md") ? .article : nil)
        }
        // Files beside documents come only with them: a new page's pictures, saved with it.
        let extensions = project?.config.markdownExtensions ?? []
        let others = changed.filter { path in
            kind(of: path) == nil && ContentChanges.sections.keys.contains { path.hasPrefix($0) } && !ContentInventory.isMarkdown(path, extensions: extensions)
        }
        guard var project, let old = site, let index = project.markdown.files, !changed.isEmpty, others.count < changed.count,
              changed.allSatisfy({ kind(of: $0) != nil || ContentChanges.isData($0) || (restyling != nil && $0.hasPrefix("templates/")) || others.contains($0) })
        else { return nil }
        let started = Date()
        let files = ProjectFiles(root: options.siteRoot)
        var known = index.files
        guard let (read, deleted, bundles) = readChanged(changed.filter { kind(of: $0) != nil }, others: others,
                                                         roots: Set(ContentChanges.sections.keys).union(["content/articles/"]), known: &known, project: project, files: files)
        else { return nil }
        // A data file that comes or goes (a new indicator's CSV, the plan) joins or leaves the
        // content folder's list, which relative links are resolved against; the data are read
        // again below, with every document that draws them.
        for path in changed where ContentChanges.isData(path) {
            if files.exists(path) { known.insert(path) } else { known.remove(path) }
        }
        let previous = project
        project.markdown.files = ContentIndex(root: index.root, files: known)
        project.storyMarkdown?.files = project.markdown.files

        var diagnostics: [Diagnostic] = restyling?.diagnostics ?? []
        if let restyling { project.templates = restyling.templates }
        func failed() -> BuildResult { BuildResult(diagnostics: Build.said(diagnostics), report: nil, seconds: Date().timeIntervalSince(started)) }
        var parsed: [String: Document] = [:]
        for (path, file) in read.sorted(by: { $0.key < $1.key }) {
            guard let kind = kind(of: path) else { return nil }
            let document = Self.parse(file, kind, project, files, &diagnostics)
            if diagnostics.contains(where: { $0.severity == .error }) { continue }
            let before = project.allDocuments.lazy.compactMap { $0.first { $0.sourcePath == path } }.first
            guard let document, let document = published(document, before: before, bundles: bundles, project) else { return nil }
            parsed[path] = document
        }
        if diagnostics.contains(where: { $0.severity == .error }) { return failed() }
        let firstYears = { (p: LoadedProject) in
            IndicatorLoader.firstYears(IndicatorLoader.pilots(of: p.stories.filter { self.options.includeDrafts || !$0.draft }) + p.articlePilots)
        }
        let pilotsBefore = firstYears(project)
        // Each section in the order the loader lists it: assembly breaks ties by it.
        func replaced(_ list: [Document], _ kind: Document.Kind) -> [Document] {
            var list = list.filter { !deleted.contains($0.sourcePath) && parsed[$0.sourcePath] == nil }
            for (path, document) in parsed.sorted(by: { $0.key < $1.key }) where document.kind == kind {
                list.insert(document, at: list.firstIndex { $0.sourcePath > path } ?? list.endIndex)
            }
            return list
        }
        project.articles = replaced(project.articles, .article)
        project.pages = replaced(project.pages, .page)
        project.stories = replaced(project.stories, .story)
        project.events = replaced(project.events, .event)
        project.broadcasts = replaced(project.broadcasts, .broadcast)
        project.honours = replaced(project.honours, .honours)
        project.documents = replaced(project.documents, .document)
        project.glossary = replaced(project.glossary, .glossary)

        // The pilots the articles declare, as the loader reads them (in the order of their files).
        let articles = Set(changed.filter { kind(of: $0) == .article })
        let countsPilots = project.indicators.contains { $0.indicator.computed == "stories" }
        if countsPilots, !articles.isEmpty {
            project.articlePilots.removeAll { articles.contains($0.source) }
            project.pilotSources.subtract(articles)
            for (path, file) in read.sorted(by: { $0.key < $1.key }) where articles.contains(path) && file.text.contains("\npilot:") {
                project.pilotSources.insert(path)
                if let pilot = ContentLoader.pilot(declaredBy: file, includeDrafts: options.includeDrafts, diagnostics: &diagnostics) { project.articlePilots.append(pilot) }
            }
            project.articlePilots.sort { $0.source < $1.source }
            if diagnostics.contains(where: { $0.severity == .error }) { return failed() }
        }

        // The indicators read again when their files changed, or when the pilots counted from
        // stories and articles did (the count reads each enterprise's first year). Every
        // document that may draw one is parsed again with them.
        var redrawn: Set<String> = articles, reread: [String] = [], reloaded = false
        if restyling != nil || changed.contains(where: ContentChanges.isData) || (countsPilots && firstYears(project) != pilotsBefore) {
            project = ContentLoader(options: options, store: project.markdown.store).reloadingData(project, diagnostics: &diagnostics)
            reloaded = true
            if diagnostics.contains(where: { $0.severity == .error }) { return failed() }
            guard let drawn = redrawing(&project, files, &diagnostics, where: \.body.drawsBlocks) else { return nil }
            if diagnostics.contains(where: { $0.severity == .error }) { return failed() }
            reread += drawn.paths
            redrawn.formUnion(drawn.articles)
        }

        guard let site = reassembled(project, keeping: old, &diagnostics) else { return failed() }
        // A term's new words show after every text that links it, the articles' too: their pages
        // are rendered again, as the last renders noted them. New names of a term, or a term
        // added or deleted, may link in any text: every file is rendered, as when the frame that
        // every page shows changed (`ContentChanges.everything`).
        let terms = Set(changed.filter { ContentChanges.kind(of: $0) == .glossary })
        let everything = ContentChanges.frame(site) != ContentChanges.frame(old) || (!articles.isEmpty && ArticleChanges.frame(site) != ArticleChanges.frame(old))
            || (!terms.isEmpty && !GlossaryLinker(site: old).linksAlike(GlossaryLinker(site: site)))
        var (routes, removed) = everything ? ContentChanges.everything(old: old, new: site)
            : ContentChanges.plan(old: old, new: site, touched: Set(changed + reread), data: reloaded)
        if !terms.isEmpty, !everything {
            let listed = Set(routes.map(\.file))
            routes += site.routes.filter { !listed.contains($0.file) && !(reads[$0.file]?.terms ?? []).isDisjoint(with: terms) }
        }
        if let restyling, !everything {
            let listed = Set(routes.map(\.file))
            routes += site.routes.filter { !listed.contains($0.file) && !(reads[$0.file]?.templates ?? []).isDisjoint(with: restyling.affected) }
        }
        if !redrawn.isEmpty, !everything {
            let articles = ArticleChanges(old: old, new: site, edited: redrawn).plan()
            let listed = Set(routes.map(\.file))
            routes += articles.render.filter { !listed.contains($0.file) }
            removed = Array(Set(removed).union(articles.removed)).sorted()
        }
        routes += Self.copies(of: Set(others), in: site, besides: routes)
        // The theme's warnings are said again by its reading.
        let theme = restyling == nil ? [] : warnings.map(\.location.file).filter(Self.isTemplate)
        let unread = unreadAnew(before: previous, after: project, others: others)
        return write(routes, removing: removed, project: project, site: site, edited: changed + reread + theme, diagnostics: diagnostics + (unread?.now ?? []),
                     started: started, searchReads: reloaded ? nil : Set(changed).subtracting(others), replacing: unread?.was ?? [], freshCards: everything)
    }

    /// Pictures and other files of `content/media/` or of the sections' folders (a page's bundle,
    /// a file a relative link names) added, deleted or replaced. The documents that read one
    /// (`Document.reads`: publish it, link or show it; a picture's size is in the page) and those
    /// of the sections other than articles (their fields name media: a report's recording and its
    /// size, a legal document's file) are parsed again with the content folder's new list and
    /// their bundles' files, and the site is assembled again. The copies are written or deleted,
    /// and the pages that show those documents rendered (`ContentChanges`, `ArticleChanges`). A
    /// file that nothing publishes (in a folder of no page's) changes no page: the summary of
    /// files not read is said again, as a full build says it. Nil (a full build) when Markdown
    /// files changed with them.
    private func filesChanged(_ changed: [String]) -> BuildResult? {
        guard var project, let old = site, let index = project.markdown.files, !changed.isEmpty else { return nil }
        let extensions = project.config.markdownExtensions
        let sections = ContentInventory.sections.map { "content/\($0.0)/" }
        guard changed.allSatisfy({ path in
            path.hasPrefix("content/media/") || (sections.contains { path.hasPrefix($0) } && !ContentInventory.isMarkdown(path, extensions: extensions))
        }) else { return nil }
        let started = Date()
        let files = ProjectFiles(root: options.siteRoot)
        // What the last build said it did not read, to be said anew from the folder as it is now.
        let unreadBefore = Self.unread(index.files, project)
        var known = index.files, gone: Set<String> = []
        for path in changed {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: files.url(path).path, isDirectory: &isFolder) {
                // A folder come or gone (renamed, moved) is left to a full build, which lists it.
                guard !isFolder.boolValue else { return nil }
                known.insert(path)
            } else {
                known.remove(path)
                gone.insert(path)
            }
        }
        let inventory = ContentInventory(listed: Array(known), extensions: extensions)
        let bundles = inventory.bundles()
        var owners: Set<String> = []
        for (page, list) in bundles where list.contains(where: changed.contains) { owners.insert(page) }
        project.markdown.files = ContentIndex(root: index.root, files: known)
        project.storyMarkdown?.files = project.markdown.files
        project.media = inventory.all.filter { $0.hasPrefix("content/media/") }

        var diagnostics: [Diagnostic] = []
        func failed() -> BuildResult { BuildResult(diagnostics: Build.said(diagnostics), report: nil, seconds: Date().timeIntervalSince(started)) }
        let touched = Set(changed)
        var reread: [String] = [], articles: Set<String> = []
        for before in project.allDocuments.joined() where before.kind != .article || owners.contains(before.sourcePath) || before.reads(anyOf: touched) {
            let path = before.sourcePath
            guard case .success(let file) = files.read(path) else { return nil }
            guard let parsed = Self.parse(file, before.kind, project, files, &diagnostics) else { continue }
            project.replacing(ContentLoader.publishing(bundles[path], with: parsed, sections: project.markdown.sections))
            reread.append(path)
            if before.kind == .article { articles.insert(path) }
        }
        if diagnostics.contains(where: { $0.severity == .error }) { return failed() }
        // What nothing publishes now (a file in a folder of no page's) is said again, once per kind.
        diagnostics += ContentLoader.unread(inventory, bundles: bundles, documents: project.allDocuments, indicatorData: project.indicatorData)

        guard let site = reassembled(project, keeping: old, &diagnostics) else { return failed() }
        let everything = ContentChanges.frame(site) != ContentChanges.frame(old) || ArticleChanges.frame(site) != ArticleChanges.frame(old)
        var (routes, removed) = everything ? ContentChanges.everything(old: old, new: site)
            : ContentChanges.plan(old: old, new: site, touched: Set(reread), data: false)
        if !articles.isEmpty, !everything {
            let follow = ArticleChanges(old: old, new: site, edited: articles).plan()
            let listed = Set(routes.map(\.file))
            routes += follow.render.filter { !listed.contains($0.file) }
            removed = Array(Set(removed).union(follow.removed)).sorted()
        }
        routes += Self.copies(of: touched, in: site, besides: routes)
        return write(routes, removing: removed, project: project, site: site, edited: reread, diagnostics: diagnostics, started: started,
                     searchReads: Set(reread), replacing: Set(unreadBefore), freshCards: everything)
    }

    /// The site assembled again from `project`, with `old`'s search index and index files: the
    /// index is read again after the reload (`finishSearch`), and until then the old one stands.
    /// Nil when assembling said an error (in `diagnostics`, with what it said).
    private func reassembled(_ project: LoadedProject, keeping old: Site, _ diagnostics: inout [Diagnostic]) -> Site? {
        var site = SiteAssembler(options: options).assemble(project, diagnostics: &diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) { return nil }
        site.search = old.search
        site.routes += old.routes.filter { if case .searchFile = $0.kind { true } else { false } }
        return site
    }

    /// A Markdown file parsed as the project parses its kind; nil when that said an error.
    private static func parse(_ file: SourceFile, _ kind: Document.Kind, _ project: LoadedProject, _ files: ProjectFiles,
                              _ diagnostics: inout [Diagnostic]) -> Document? {
        var found: [Diagnostic] = []
        let markdown = kind == .story ? project.storyMarkdown ?? project.markdown : project.markdown
        let document = DocumentParser.parse(file, kind: kind, options: markdown, files: files, diagnostics: &found)
        diagnostics += found
        return found.contains(where: { $0.severity == .error }) ? nil : document
    }

    /// The documents `which` picks (those that draw an indicator or a chart, or show the theme's
    /// words) parsed again, with the project's data, templates, settings or words read again
    /// already (their charts are drawn as they are parsed). `paths`: those documents, and the
    /// data files the last build said something of (this reading says it again); `articles`:
    /// the articles among them, to follow as edited ones. Nil (a full build) when one publishes
    /// other files than before.
    private func redrawing(_ project: inout LoadedProject, _ files: ProjectFiles, _ diagnostics: inout [Diagnostic],
                           where which: (Document) -> Bool) -> (paths: [String], articles: Set<String>)? {
        var paths: [String] = [], articles: Set<String> = []
        for before in project.allDocuments.flatMap({ $0.only(which) }) {
            let path = before.sourcePath
            guard case .success(let file) = files.read(path) else { return nil }
            guard let parsed = Self.parse(file, before.kind, project, files, &diagnostics) else { continue }
            guard let document = rebundled(parsed, before: before, project) else { return nil }
            project.replacing(document)
            paths.append(path)
            if before.kind == .article { articles.insert(path) }
        }
        return (paths + warnings.map(\.location.file).filter(ContentChanges.isData), articles)
    }

    /// `site.yml`, the theme's words (`templates/i18n/`) or its static files (its stylesheet,
    /// scripts, pictures) edited: what every page is drawn with. When content files are read
    /// alike with the new settings (`SiteConfig.readsContentAlike`), the documents kept are used
    /// as they are (of the settings, a chart in a body shows only its link: the address and URL
    /// names, the same); new words are taken by the indicators and by the documents that show
    /// them, parsed again (their charts, their footnotes), and by the cards. The site is
    /// assembled again, and every file is rendered, the pages open in the preview first. Nil (a
    /// full build) when the settings read content otherwise. Static files alone that no page
    /// names by their bytes (not the stylesheet or a script) are only copied.
    private func reconfigured(_ changed: [String]) -> BuildResult? {
        func isWords(_ path: String) -> Bool { path.hasPrefix(Interface.folder + "/") && path.hasSuffix(".yml") }
        guard var project, let old = site, !changed.isEmpty,
              changed.allSatisfy({ $0 == "content/site.yml" || $0.hasPrefix("templates/static/") || isWords($0) }) else { return nil }
        let started = Date()
        let files = ProjectFiles(root: options.siteRoot)
        // A static file added or deleted is one route more or less; the site is assembled again
        // below anyway, and the files it no longer has are deleted. (A template kept among them
        // is also read as one: a full build reads it.)
        let statics = files.list("templates/static")
        if statics != project.staticFiles {
            guard !statics.contains(where: Self.isTemplate), !project.staticFiles.contains(where: Self.isTemplate) else { return nil }
            project.staticFiles = statics
        }
        var diagnostics: [Diagnostic] = []
        func failed() -> BuildResult { BuildResult(diagnostics: Build.said(diagnostics), report: nil, seconds: Date().timeIntervalSince(started)) }
        if changed.contains("content/site.yml") {
            let config = ContentLoader.config(files, options: options, diagnostics: &diagnostics)
            if diagnostics.contains(where: { $0.severity == .error }) { return failed() }
            guard config.readsContentAlike(project.config) else { return nil }
            project.config = config
        }
        var reread: [String] = []
        let words = changed.contains(where: isWords)
        if words {
            project.interfaces = Interface.load(files, languages: project.config.languages, diagnostics: &diagnostics)
            if diagnostics.contains(where: { $0.severity == .error }) { return failed() }
            project = ContentLoader(options: options, store: project.markdown.store).reloadingData(project, diagnostics: &diagnostics)
            if diagnostics.contains(where: { $0.severity == .error }) { return failed() }
            guard let drawn = redrawing(&project, files, &diagnostics, where: { $0.body.drawsBlocks || $0.body.readsWords }) else { return nil }
            if diagnostics.contains(where: { $0.severity == .error }) { return failed() }
            // Every word the theme has, the other files of the folder's too, is said again.
            reread = drawn.paths + warnings.map(\.location.file).filter(isWords)
        }
        guard let site = reassembled(project, keeping: old, &diagnostics) else { return failed() }
        let isSearch = { (route: Route) in if case .searchFile = route.kind { true } else { false } }
        var routes = site.routes.filter { !isSearch($0) }
        let kept = Set(routes.map(\.file))
        let removed = old.routes.filter { !isSearch($0) && !kept.contains($0.file) }.map(\.file)
        // Static files alone, none under a fingerprinted name that changed: pages show them only
        // through those names, so only their own copies are written. (A page named index.html
        // is listed in the sitemap: then every file is rendered.)
        let copiesOnly = changed.allSatisfy { $0.hasPrefix("templates/static/") && !$0.hasSuffix("index.html") } && site.assets == old.assets
        if copiesOnly {
            let sources = Set(changed)
            routes = routes.filter { if case .copy(let source) = $0.kind { sources.contains(source) } else { false } }
        }
        // A card shows the theme's words (a date, "read more"): all are rendered again.
        if words { cards = [:] }
        return write(routes, removing: removed, project: project, site: site, edited: changed + reread, diagnostics: diagnostics, started: started,
                     searchReads: copiesOnly ? [] : nil)
    }

    /// Templates read again after an edit of the chart's: the Markdown bodies that draw one
    /// are parsed again with them, as after an indicator's edit (`otherContent`).
    private struct Restyling {
        var templates: TemplateLibrary
        /// The templates changed, and those that include one (`TemplateLibrary.including`).
        var affected: Set<String>
        /// What reading the templates said.
        var diagnostics: [Diagnostic]
    }

    /// The changed Markdown files read, or found deleted, with `known` (the content folder's
    /// files) brought up to date; `others` are files beside them (a new page's pictures, saved
    /// with it), there or gone. `bundles`: which files travel with which page, as the folder is
    /// now, when a page's folder changed (else empty). Nil (a full build) for a file that cannot
    /// be read, one that a document published beside itself or reads (a picture's size is in its
    /// page), a new one that a relative link names of a document not among `paths`, and
    /// a change that gives a page kept other files than before (a second page in its folder, a
    /// page of a sub-folder taking files from it); a new page may take files no document read.
    private func readChanged(_ paths: [String], others: [String] = [], roots: Set<String>, known: inout Set<String>, project: LoadedProject,
                             files: ProjectFiles) -> (read: [String: SourceFile], deleted: Set<String>, bundles: [String: [String]])? {
        let before = known
        var read: [String: SourceFile] = [:]
        var deleted: Set<String> = [], added: Set<String> = [], gone: Set<String> = []
        for path in paths {
            if case .success(let file) = files.read(path) {
                read[path] = file
                if known.insert(path).inserted { added.insert(path) }
            } else if !FileManager.default.fileExists(atPath: files.url(path).path) {
                deleted.insert(path)
                known.remove(path)
            } else {
                return nil
            }
        }
        for path in others {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: files.url(path).path, isDirectory: &isFolder) {
                guard !isFolder.boolValue else { return nil }
                if known.insert(path).inserted { added.insert(path) }
            } else if known.remove(path) != nil {
                gone.insert(path)
            }
        }
        // The documents changed are parsed again; any other that reads a file beside them changes too.
        let touched = Set(others), own = Set(paths)
        for documents in project.allDocuments where documents.contains(where: { d in
            d.body.resources.contains { deleted.contains($0.source) || read[$0.source] != nil } || (!own.contains(d.sourcePath) && d.reads(anyOf: touched))
        }) { return nil }
        // A relative link that named no file before names the new one now: that document changes
        // too, so it must be among those parsed again (`linkers` puts it there).
        if !added.isEmpty, project.allDocuments.contains(where: { $0.contains { !own.contains($0.sourcePath) && $0.names(anyOf: added) } }) { return nil }
        // Which page a folder's files travel with follows the folder's pages (`ContentInventory.bundles`):
        // it changes only when files come or go below a section's own folder.
        guard added.union(deleted).union(gone).contains(where: { !roots.contains(ContentInventory.folder(of: $0)) }) else { return (read, deleted, [:]) }
        let extensions = project.config.markdownExtensions
        let was = ContentInventory(listed: Array(before), extensions: extensions).bundles()
        let bundles = ContentInventory(listed: Array(known), extensions: extensions).bundles()
        for (page, list) in was where !deleted.contains(page) && bundles[page] != list { return nil }
        for (page, list) in bundles where was[page] == nil {
            guard added.contains(page), !project.allDocuments.contains(where: { $0.contains { !own.contains($0.sourcePath) && $0.reads(anyOf: Set(list)) } }) else { return nil }
        }
        return (read, deleted, bundles)
    }

    /// A document parsed again as the loader would publish it: a new one with the files of its
    /// folder (`bundles`), one kept with the same files as before (else nil: a full build).
    private func published(_ document: Document, before: Document?, bundles: [String: [String]], _ project: LoadedProject) -> Document? {
        guard before == nil else { return rebundled(document, before: before, project) }
        return ContentLoader.publishing(bundles[document.sourcePath], with: document, sections: project.markdown.sections)
    }

    /// The copies of `files` the site publishes that `routes` do not write yet: a file replaced
    /// keeps its place, and its copy is written again (plans compare what pages read, not bytes).
    private static func copies(of files: Set<String>, in site: Site, besides routes: [Route]) -> [Route] {
        guard !files.isEmpty else { return [] }
        let listed = Set(routes.map(\.file))
        return site.routes.filter { if case .copy(let source) = $0.kind { files.contains(source) && !listed.contains($0.file) } else { false } }
    }

    /// The summary of the files not read, said anew when what the documents publish may have
    /// changed (`others` came or went, a document with files of its own came or went): the
    /// last build's to replace, and this one's. Nil when it cannot have changed.
    private func unreadAnew(before: LoadedProject, after: LoadedProject, others: [String]) -> (was: Set<Diagnostic>, now: [Diagnostic])? {
        let paths = { (p: LoadedProject) in Set(p.allDocuments.joined().map(\.sourcePath)) }
        let (was, now) = (paths(before), paths(after))
        let withFiles = { (p: LoadedProject, gone: Set<String>) in p.allDocuments.joined().contains { gone.contains($0.sourcePath) && !$0.body.resources.isEmpty } }
        guard !others.isEmpty || withFiles(before, was.subtracting(now)) || withFiles(after, now.subtracting(was)),
              let index = before.markdown.files?.files, let known = after.markdown.files?.files else { return nil }
        return (Set(Self.unread(index, before)), Self.unread(known, after))
    }

    /// The summary of what `project` does not read of the content folder's `files`.
    private static func unread(_ files: Set<String>, _ project: LoadedProject) -> [Diagnostic] {
        let inventory = ContentInventory(listed: Array(files), extensions: project.config.markdownExtensions)
        return ContentLoader.unread(inventory, bundles: inventory.bundles(), documents: project.allDocuments, indicatorData: project.indicatorData)
    }

    /// Renders and writes `routes` of a site assembled again, deletes the files it no longer has,
    /// and keeps the new state when all went well. The search index is read again afterwards.
    /// `searchReads`: the documents whose search entries to read again, or nil for every entry;
    /// `said`: warnings of the last build that this one's `diagnostics` say anew, or no more;
    /// `freshCards`: the frame changed, so no card rendered before is taken.
    private func write(_ routes: [Route], removing removed: [String], project: LoadedProject, site: Site, edited: [String],
                       diagnostics: [Diagnostic], started: Date, searchReads: Set<String>?, replacing said: Set<Diagnostic> = [],
                       freshCards: Bool = false) -> BuildResult {
        let routes = withLeftovers(routes, site)
        let rasteriser = Rasteriser(previous: options.output)
        let renderer = PageRenderer(site: site, templates: project.templates, root: options.siteRoot, cards: Set(routes.flatMap(\.articles)),
                                    knownCards: freshCards ? [:] : knownCards(except: edited), rasteriser: rasteriser, notingReads: true)
        let writer = InPlaceWriter(output: options.output)
        // The PNG pictures (for social networks, television, print; no page shows them) are drawn
        // after the reload, with the search index: a tenth of a second each.
        let pictures = routes.filter(Self.isPicture)
        var problems = render(routes.filter { !Self.isPicture($0) }, renderer) + rasteriser.takeProblems()
        for file in removed {
            do { try writer.remove(file) } catch {
                problems.append(.error(SourceLocation(file: file), SystemError.words(error), hint: .checkOutputFolderCanWritten, stage: .write))
            }
        }
        let edited = Set(edited)
        let kept = warnings.filter { d in !edited.contains(d.location.file) && d.stage != .assemble && !said.contains(d) }
        let all = Build.sorted(kept + diagnostics + problems)
        guard problems.isEmpty else { return BuildResult(diagnostics: Build.said(all), report: nil, seconds: Date().timeIntervalSince(started)) }
        (self.project, self.site, warnings) = (project, site, all)
        // An index left waiting (a stopped rest's) is read with this one: both edits' entries.
        var entries = searchReads.map { $0.union(pendingSearch.map(\.sourcePath)) }
        if pendingReindex { entries = reindexChanged.flatMap { waiting in entries.map { $0.union(waiting) } } }
        (pendingSearch, pendingReindex, reindexChanged) = ([], true, entries)
        pendingPictures = pictures.isEmpty ? nil : (pictures, renderer, rasteriser)
        if freshCards { cards = [:] }
        cards.merge(renderer.context.cardsBySource) { _, new in new }
        reads.merge(renderer.reads?.all ?? [:]) { _, new in new }
        return BuildResult(diagnostics: Build.said(all), report: Self.report(site, rendered: routes.count), seconds: Date().timeIntervalSince(started))
    }

    /// Templates edited, added or deleted: the theme is read again, and only the files
    /// rendered with a changed template, or with one that includes it, are rendered again (as
    /// the last renders noted, `PageReads`). A new card template renders every card again,
    /// and every file whose template reads one. A new chart template is followed as an
    /// indicator's edit is (`otherContent`): the charts of Markdown bodies are drawn as the
    /// documents are parsed. A template added or deleted changes nothing else: none can read a
    /// template that is not there (the theme's checks say so).
    private func restyled(_ changed: [String]) -> BuildResult? {
        guard var project, let site, !changed.isEmpty,
              changed.allSatisfy({ Self.isTemplate($0) && !$0.hasPrefix("templates/static/") }) else { return nil }
        let started = Date()
        let files = ProjectFiles(root: options.siteRoot)
        var diagnostics: [Diagnostic] = []
        let templates = TemplateLibrary.load(files, diagnostics: &diagnostics)
        diagnostics += BuiltInTheme.upgradeWarnings(files)
        if diagnostics.contains(where: { $0.severity == .error }) {
            return BuildResult(diagnostics: Build.said(diagnostics), report: nil, seconds: Date().timeIntervalSince(started))
        }
        let names = Set(changed.map { String($0.dropFirst("templates/".count).dropLast(".mustache".count)) })
        // A template added is read by none yet, and one deleted by none still (a partial or a
        // page's template that is missing is an error above): only those that changed count.
        var affected = templates.including(names)
        let newCards = affected.contains("card")
        if affected.contains("chart") {
            // The charts in Markdown bodies were drawn as the documents were parsed.
            return newCards ? nil : otherContent(changed, restyling: Restyling(templates: templates, affected: affected, diagnostics: diagnostics))
        }
        if newCards { affected.formUnion(templates.reading("card")) }
        let routes = withLeftovers(site.routes.filter { !(reads[$0.file]?.templates ?? []).isDisjoint(with: affected) }, site)

        let renderer = PageRenderer(site: site, templates: templates, root: options.siteRoot, cards: newCards ? nil : Set(routes.flatMap(\.articles)),
                                    knownCards: newCards ? [:] : cards, notingReads: true)
        let problems = render(routes, renderer)
        // The theme's own warnings are said again by this reading.
        let kept = warnings.filter { !Self.isTemplate($0.location.file) }
        let all = Build.sorted(kept + diagnostics + problems)
        guard problems.isEmpty else { return BuildResult(diagnostics: Build.said(all), report: nil, seconds: Date().timeIntervalSince(started)) }
        project.templates = templates
        (self.project, warnings) = (project, all)
        if newCards { cards = [:] }
        cards.merge(renderer.context.cardsBySource) { _, new in new }
        reads.merge(renderer.reads?.all ?? [:]) { _, new in new }
        return BuildResult(diagnostics: Build.said(all), report: Self.report(site, rendered: routes.count), seconds: Date().timeIntervalSince(started))
    }

    /// A template of the theme (`templates/**/*.mustache`), by its project-relative path.
    private static func isTemplate(_ path: String) -> Bool { path.hasPrefix("templates/") && path.hasSuffix(".mustache") }

    /// What a warm rebuild says: the site's counts, and how many of its files it rendered.
    private static func report(_ site: Site, rendered: Int) -> BuildReport {
        var report = BuildReport(site: site)
        report.rendered = rendered
        return report
    }

    /// Draws the PNG pictures of the last warm rebuild, reads its documents into the search index
    /// and writes the index files that changed. The preview calls this after telling the browser
    /// to reload, so the page comes first and the pictures and the index a moment later.
    /// `stoppingWhen`: asked as the rest is rendered; when it says a new edit came, the rest
    /// stops, a reader's request still renders its file, and the next rebuild renders the files
    /// left with its own (the pictures and the index wait for it too).
    @discardableResult
    public func finishSearch(stoppingWhen stop: (@Sendable () -> Bool)? = nil) -> [Diagnostic] {
        let rest = finishRest(stoppingWhen: stop)
        if pendingRest != nil { return rest }
        return rest + finishPictures() + finishIndex()
    }

    /// Renders and writes `routes`: those open in the preview first (`openFirst`), with the
    /// theme's static files they load (a new stylesheet), the rest left for `finishRest`.
    private func render(_ routes: [Route], _ renderer: PageRenderer) -> [Diagnostic] {
        var first = routes, rest: [Route] = []
        if let open = openFirst {
            func now(_ route: Route) -> Bool {
                if case .copy(let source) = route.kind, source.hasPrefix("templates/static/") { return true }
                return open.contains(route.file)
            }
            (first, rest) = (routes.filter(now), routes.filter { !now($0) })
            openRendered = first.filter { open.contains($0.file) }.count
        }
        let problems = Build.renderAndWrite(first, renderer, InPlaceWriter(output: options.output), { _ in })
        if !rest.isEmpty, let open = openFirst {
            pendingRest = Self.linkedFirst(rest, from: open, in: options.output)
            restLock.withLock {
                waiting = Dictionary(rest.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
                (waitingRenderer, taken, restFailures) = (renderer, [], [])
            }
        }
        return problems
    }

    /// `routes` and the routes of `site` for the files a stopped rest left (`leftover`): what a
    /// rebuild renders, its renderer made for all of them (the cards they show).
    private func withLeftovers(_ routes: [Route], _ site: Site) -> [Route] {
        guard !leftover.isEmpty else { return routes }
        let listed = Set(routes.map(\.file))
        return routes + site.routes.filter { leftover.contains($0.file) && !listed.contains($0.file) }
    }

    /// `rest` with the pages the open pages link to first (the reader's next click: the menu,
    /// the lists, the neighbours), then the other pages, then the other files (feeds, data).
    static func linkedFirst(_ rest: [Route], from open: Set<String>, in output: URL) -> [Route] {
        var linked: Set<String> = []
        for page in open where page.hasSuffix(".html") {
            guard let html = try? String(contentsOf: output.appendingPathComponent(page), encoding: .utf8) else { continue }
            for match in html.matches(of: /href="\/([^"#?]*)/) {
                let path = String(match.output.1)
                linked.insert(path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path)
            }
        }
        func rank(_ route: Route) -> Int { linked.contains(route.file) ? 0 : route.file.hasSuffix(".html") ? 1 : 2 }
        return rest.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }

    /// Whether `finishSearch()` has files, pictures or an index to write (a rest it stopped).
    public var hasWorkAfterReload: Bool { pendingRest != nil || pendingPictures != nil || pendingReindex || !pendingSearch.isEmpty }

    /// The files of the last warm rebuild not written yet: rendered in `finishSearch()`, after
    /// the pages open in the preview. Safe to call from any thread.
    public var deferredFiles: Set<String> {
        restLock.withLock { Set(waiting.keys) }
    }

    /// Whether `file` is one of `deferredFiles`: each is dropped from them as it is written.
    public func isDeferred(_ file: String) -> Bool {
        restLock.withLock { waiting[file] != nil }
    }

    /// Renders and writes `file` now when it is one of `deferredFiles` that no thread has taken
    /// yet: a reader asked for it. Safe to call from any thread.
    public func renderNow(_ file: String) {
        guard let (route, renderer) = take(file, reader: true) else { return }
        writeRest(route, renderer)
        restLock.withLock { inFlight -= 1 }
    }

    private func take(_ file: String, reader: Bool = false) -> (Route, PageRenderer)? {
        restLock.withLock {
            guard let route = waiting[file], let renderer = waitingRenderer, taken.insert(file).inserted else { return nil }
            if reader { inFlight += 1 }
            return (route, renderer)
        }
    }

    private func writeRest(_ route: Route, _ renderer: PageRenderer) {
        do { try InPlaceWriter(output: options.output).write(renderer.render(route)) } catch {
            restLock.withLock { restFailures.append((route.file, error)) }
        }
        _ = restLock.withLock { waiting.removeValue(forKey: route.file) }
    }

    /// The files a stopped rest left unwritten, once no reader's request is writing one (they
    /// render the state before the next rebuild's); from now on none waits.
    private func abandonRest() -> Set<String> {
        guard pendingRest != nil else { return [] }
        pendingRest = nil
        restLock.withLock { waitingRenderer = nil }
        while restLock.withLock({ inFlight }) > 0 { usleep(1000) }
        let left = restLock.withLock { Set(waiting.keys) }
        // What failed to be written is written again with the rest.
        return left.union(endRest().map(\.file))
    }

    /// No file waits any more; the failures of writing them.
    private func endRest() -> [(file: String, error: any Error)] {
        restLock.withLock {
            defer { (waiting, waitingRenderer, taken, restFailures) = ([:], nil, [], []) }
            return restFailures
        }
    }

    /// Renders the files left after the open pages. The site's new state was kept already: if
    /// one cannot be written, the next rebuild is a full build, which writes every file again.
    private func finishRest(stoppingWhen stop: (@Sendable () -> Bool)?) -> [Diagnostic] {
        guard let routes = pendingRest, let renderer = restLock.withLock({ waitingRenderer }) else { return [] }
        let stopped = Atomic<Bool>(false)
        _ = Parallel.map(routes) { [self] route in
            guard !stopped.load(ordering: .relaxed) else { return }
            if let stop, stop() { stopped.store(true, ordering: .relaxed); return }
            if let (route, renderer) = take(route.file) { writeRest(route, renderer) }
        }
        cards.merge(renderer.context.cardsBySource) { _, new in new }
        reads.merge(renderer.reads?.all ?? [:]) { _, new in new }
        if stopped.load(ordering: .relaxed) { return [] }
        pendingRest = nil
        let problems = Build.writeProblems(endRest())
        if !problems.isEmpty { fullBuildNext = true }
        return problems
    }

    private static func isPicture(_ route: Route) -> Bool {
        switch route.kind {
        case .shareImage: true
        case .indicatorFile(_, let file): file.isPicture
        default: false
        }
    }

    private func finishPictures() -> [Diagnostic] {
        guard let (routes, renderer, rasteriser) = pendingPictures else { return [] }
        pendingPictures = nil
        return Build.renderAndWrite(routes, renderer, InPlaceWriter(output: options.output), { _ in }) + rasteriser.takeProblems()
    }

    private func finishIndex() -> [Diagnostic] {
        guard !pendingSearch.isEmpty || pendingReindex, var site else { return [] }
        defer { (pendingSearch, pendingReindex) = ([], false) }
        let changed: [Route], removed: [String]
        if pendingReindex {
            guard let before = site.search else { return [] }
            let folder = site.config.urlNames.searchPath
            let old = Dictionary(uniqueKeysWithValues: before.files.enumerated().map { (folder + $1, $0) })
            // Only the changed documents' entries, when the entries are the same and in the same
            // order; else read whole, and every file whose bytes differ from the one before is written.
            var written: Set<String>?
            if let reads = reindexChanged { written = site.index(reusing: before, changed: reads) } else { site.index() }
            guard let after = site.search else { return [] }
            changed = site.routes.filter { route in
                guard case .searchFile(let k) = route.kind else { return false }
                if let written { return written.contains(route.file) }
                return old[route.file].map { before.file($0) != after.file(k) } ?? true
            }
            removed = Array(Set(old.keys).subtracting(after.files.map { folder + $0 })).sorted()
        } else {
            guard let search = site.reindex(pendingSearch) else { return [] }
            (changed, removed) = search
        }
        let writer = InPlaceWriter(output: options.output)
        var problems: [Diagnostic] = []
        for route in changed {
            guard case .searchFile(let k) = route.kind else { continue }
            do { try writer.write(OutputFile(path: route.file, bytes: site.search!.file(k))) } catch {
                problems.append(.error(SourceLocation(file: route.file), SystemError.words(error), hint: .checkOutputFolderCanWritten, stage: .write))
            }
        }
        for file in removed {
            do { try writer.remove(file) } catch {
                problems.append(.error(SourceLocation(file: file), SystemError.words(error), hint: .checkOutputFolderCanWritten, stage: .write))
            }
        }
        self.site = site
        return problems
    }

    /// `document`, parsed again, with the files of its bundle that it published before (the loader
    /// adds those, not the parser), at its address now. Nil when it publishes other files than
    /// before: which of the content folder's files the site uses changes (a full build).
    private func rebundled(_ document: Document, before: Document?, _ project: LoadedProject) -> Document? {
        let old = before?.body.resources ?? []
        guard !old.isEmpty || !document.body.resources.isEmpty else { return document }
        var d = document
        let folder = ContentInventory.folder(of: d.sourcePath), site = d.sitePath(project.markdown.sections)
        // The folder's page, when it has one (as `ContentInventory.bundles` tells it): its
        // `index` file, or its only Markdown file. A section's own folder is no bundle.
        func ownsFolder() -> Bool {
            guard !ContentInventory.sections.contains(where: { "content/\($0.0)/" == folder }) else { return false }
            let extensions = project.config.markdownExtensions.map { $0.lowercased() }
            let pages = (project.markdown.files?.files ?? []).filter { ContentInventory.folder(of: $0) == folder && ContentInventory.isMarkdown($0, extensions: extensions) }
            return (pages.first(where: ContentInventory.isIndex) ?? (pages.count == 1 ? pages.first : nil)) == d.sourcePath
        }
        if ownsFolder() {
            for r in old where r.source.hasPrefix(folder) && !d.body.resources.contains(where: { $0.source == r.source }) {
                d.body.resources.append(.init(source: r.source, output: site + r.source.dropFirst(folder.count)))
            }
        }
        return d.body.resources.map(\.source) == old.map(\.source) ? d : nil
    }

    /// The cards kept, without those of the articles at `changed` (written, deleted or parsed again).
    private func knownCards(except changed: [String]) -> [String: String] {
        var known = cards
        for path in changed { known[path] = nil }
        return known
    }

    /// An article counted as a pilot in an indicator, before or after the edit: the indicator
    /// changes with it, which `otherContent` follows.
    static func countsAsPilot(_ path: String, _ file: SourceFile, _ project: LoadedProject) -> Bool {
        project.pilotSources.contains(path) || file.text.contains("\npilot:")
    }
}

extension BuildSession {
    /// The outputs that show article `i`, and the articles whose cards those lists show. A body-only
    /// edit touches its own page and the feeds; a new title or summary also the lists, neighbours,
    /// tag and category pages, the home page, the archive, the sitemap and the plan tasks citing it.
    static func routes(showing i: Int, path: String, listed: Bool, site: Site) -> ([Route], Set<Int>) {
        var shown: Set<Int> = []
        let affected = site.routes.filter { route in
            switch route.kind {
            case .article(let k): return k == i || (listed && abs(k - i) == 1)
            case .feed(let f, _): return !site.feeds[f].stories && site.feeds[f].articles.contains(i)
            // Lists: the pages whose list holds the article, as their routes record it.
            case .list, .home, .notFound, .pressKit:
                guard listed else { return false }
                let members = route.articles
                if members.contains(i) { shown.formUnion(members); return true }
                return false
            case .archive(let year) where listed: return year == site.articles[i].date?.year
            case .archiveMonth(let year, let month) where listed:
                return year == site.articles[i].date?.year && month == site.articles[i].date?.month
            case .task(let k) where listed: return site.plan?.tasks[k].evidence.contains(path) ?? false
            // A newsletter shows its month's articles with their titles and summaries.
            case .newsletter(let k), .newsletterMail(let k, _): return listed && site.newsletters[k].articles.contains(i)
            case .sitemap, .sitemapPart: return listed
            default: return false
            }
        }
        return (affected, shown)
    }
}
