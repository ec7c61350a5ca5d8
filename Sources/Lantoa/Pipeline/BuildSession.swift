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
    /// Edited documents whose search entries are not written yet (see `finishSearch`).
    private var pendingSearch: [Document] = []

    public init(options: BuildOptions) {
        var options = options
        // Warm rebuilds write into the folder in place, without updating its list of files: the
        // next full build must not take those files for someone else's.
        options.outputWrittenInPlace = true
        self.options = options
    }

    /// A full build into the output folder.
    public func build() -> BuildResult {
        pendingSearch = []
        let (result, project, site) = Build.execute(options, to: .disk, progress: { _ in })
        if result.succeeded { (self.project, self.site, warnings) = (project, site, result.diagnostics) }
        return result
    }

    /// Rebuilds after `changed` (project-relative paths): only what they affect when that is safe.
    /// With `deferSearch`, a warm rebuild leaves the search index files for `finishSearch()`.
    public func rebuild(changed: [String], deferSearch: Bool = false) -> BuildResult {
        finishSearch()
        if var result = incremental(changed) {
            lastWasIncremental = true
            if !deferSearch, result.succeeded { result = result.adding(finishSearch()) }
            return result
        }
        lastWasIncremental = false
        return build()
    }

    private func incremental(_ changed: [String]) -> BuildResult? {
        guard let project, var site, !changed.isEmpty else { return nil }
        let started = Date()
        let files = ProjectFiles(root: options.siteRoot)
        var diagnostics: [Diagnostic] = []
        var routes: [Route] = []
        var cards: Set<Int> = []
        var edited: [Document] = []
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
            // Files published with a page are routes of their own: new ones need a full build.
            let before = (site.articles + site.pages).first { $0.sourcePath == path }
            guard before?.body.resources == document.body.resources else { return nil }
            // An article that reports on an event is listed on the event's page: a full build keeps that page right.
            guard before?.reportsOn == nil, document.reportsOn == nil else { return nil }
            edited.append(document)
            if kind == .article {
                guard let i = site.articles.firstIndex(where: { $0.sourcePath == path }),
                      site.articles[i].placementSignature == document.placementSignature else { return nil }
                let listed = site.articles[i].listingSignature != document.listingSignature
                site.articles[i] = document
                let (affected, shown) = Self.routes(showing: i, path: path, listed: listed, site: site)
                routes += affected
                cards.formUnion(shown)
            } else {
                guard let i = site.pages.firstIndex(where: { $0.sourcePath == path }),
                      site.pages[i].listingSignature == document.listingSignature else { return nil }
                site.pages[i] = document
                routes += site.routes.filter { if case .page(let k) = $0.kind { return k == i } else { return false } }
            }
        }
        // Links are checked again across the site: a changed file may now point at nothing.
        var links: [Diagnostic] = []
        LinkChecker(site: site).check(diagnostics: &links)
        let kept = warnings.filter { d in !changed.contains(d.location.file) && d.stage != .assemble }
        // Only the cards of the articles on the affected lists are rendered up front.
        let renderer = PageRenderer(site: site, templates: project.templates, root: options.siteRoot, cards: cards)
        let writer = InPlaceWriter(output: options.output)
        let problems = Build.renderAndWrite(routes, renderer, writer, { _ in })
        let all = Build.sorted(kept + diagnostics + links + problems)
        guard problems.isEmpty else { return BuildResult(diagnostics: all, report: nil, seconds: Date().timeIntervalSince(started)) }
        (self.project, self.site, warnings) = (project, site, all)
        pendingSearch += edited
        return BuildResult(diagnostics: all, report: BuildReport(site: site), seconds: Date().timeIntervalSince(started))
    }

    /// Reads the documents of the last warm rebuilds into the search index and writes the index
    /// files that changed. The preview calls this after telling the browser to reload, so the page
    /// comes first and the index a moment later.
    @discardableResult
    public func finishSearch() -> [Diagnostic] {
        guard !pendingSearch.isEmpty, var site else { return [] }
        defer { pendingSearch = [] }
        guard let search = site.reindex(pendingSearch) else { return [] }
        let writer = InPlaceWriter(output: options.output)
        var problems: [Diagnostic] = []
        for route in search.changed {
            guard case .searchFile(let k) = route.kind else { continue }
            do { try writer.write(OutputFile(path: route.file, bytes: site.search!.file(k))) } catch {
                problems.append(.error(SourceLocation(file: route.file), SystemError.words(error), hint: .checkOutputFolderCanWritten, stage: .write))
            }
        }
        for file in search.removed {
            do { try writer.remove(file) } catch {
                problems.append(.error(SourceLocation(file: file), SystemError.words(error), hint: .checkOutputFolderCanWritten, stage: .write))
            }
        }
        self.site = site
        return problems
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
