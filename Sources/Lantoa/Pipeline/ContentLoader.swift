/// Everything read from the project folder, before any URL is decided.
public struct LoadedProject: Sendable {
    public var config: SiteConfig
    public var templates: TemplateLibrary
    /// The theme's interface words in each of the site's languages.
    public var interfaces: [String: Interface]
    /// The words of the site's own language.
    public var interface: Interface { interfaces[config.language] ?? Interface(words: [:]) }
    /// The data files the indicators read.
    var indicatorData: Set<String> { Set(indicators.compactMap(\.indicator.dataPath)) }
    public var indicators: [IndicatorStatistics]
    public var articles: [Document]
    public var pages: [Document]
    public var stories: [Document]
    public var plan: Plan?
    public var documents: [Document]
    /// Courses, workshops and meetings (`content/events/`).
    public var events: [Document] = []
    /// The terms of the glossary (`content/glossary/`).
    public var glossary: [Document] = []
    /// Radio and television reports (`content/broadcasts/`).
    public var broadcasts: [Document] = []
    /// The honour rolls, one per year (`content/ton-vinh/`).
    public var honours: [Document] = []
    /// Project-relative paths copied verbatim: `content/media/**` and `templates/static/**`.
    public var media: [String]
    public var staticFiles: [String]
    /// How this project's Markdown is rendered, to parse a changed file again the same way.
    public var markdown: MarkdownOptions
    /// How stories are rendered: before the indicators counted from them are (see `load`).
    var storyMarkdown: MarkdownOptions?
    /// The articles counted as pilots in an indicator (`pilot:`): changing one changes the indicator.
    public var pilotSources: Set<String> = []
    /// The pilots those articles declare.
    var articlePilots: [Pilot] = []
    /// The documents whose parse said something (a warning): a build keeps the others' parse for the next.
    var sourcesWithProblems: Set<String> = []
    /// The articles taken from the last build's parse (see `DocumentCache`), by source path.
    var reusedSources: Set<String> = []
    var reusedArticles: Int { reusedSources.count }

    /// The lists of documents of every kind. Read an element's fields in place (`list[k].date`):
    /// a copy of a document retains each of its texts and lists, and 10,000 copies show.
    var allDocuments: [[Document]] { [articles, pages, stories, documents, events, glossary, broadcasts, honours] }

    /// Puts `document` where the document of the same source file was (an article or a page).
    mutating func replace(_ document: Document) {
        if let i = articles.firstIndex(where: { $0.sourcePath == document.sourcePath }) { articles[i] = document }
        if let i = pages.firstIndex(where: { $0.sourcePath == document.sourcePath }) { pages[i] = document }
    }

    /// Puts `document` where the document of the same source file was, of whatever kind.
    mutating func replacing(_ document: Document) {
        let path = document.sourcePath
        func put(_ list: inout [Document]) { if let i = list.firstIndex(where: { $0.sourcePath == path }) { list[i] = document } }
        switch document.kind {
        case .article: put(&articles)
        case .page: put(&pages)
        case .story: put(&stories)
        case .document: put(&documents)
        case .event: put(&events)
        case .glossary: put(&glossary)
        case .broadcast: put(&broadcasts)
        case .honours: put(&honours)
        }
    }

    /// The project once the site is assembled: the site holds the documents from then on, and two
    /// copies of every document would double what they take.
    var withoutDocuments: LoadedProject {
        var project = self
        (project.articles, project.pages, project.stories, project.documents, project.events, project.glossary, project.broadcasts, project.honours) = ([], [], [], [], [], [], [], [])
        return project
    }
}

extension Array {
    /// `filter` into an array of exactly the matching count (a filtered array keeps the spare room
    /// it grew into: megabytes for the documents of a large site).
    func only(_ isIncluded: (Element) -> Bool) -> [Element] {
        var result: [Element] = []
        result.reserveCapacity(reduce(0) { isIncluded($1) ? $0 + 1 : $0 })
        for element in self where isIncluded(element) { result.append(element) }
        return result
    }
}

/// Stage 1: reads `site.yml`, the templates and every Markdown file, collecting all problems.
public struct ContentLoader {
    public let files: ProjectFiles
    public let options: BuildOptions
    /// Where bodies' HTML is kept until the pages are written; nil keeps it in memory.
    public let store: TextStore?
    /// The last build's parse of the articles that did not change since, taken instead of parsing them again.
    let before: ParsedBefore?

    public init(options: BuildOptions, store: TextStore? = nil) {
        self.init(options: options, store: store, before: nil)
    }

    /// `readBefore`: the files this build has read already, to hash them.
    init(options: BuildOptions, store: TextStore?, before: ParsedBefore?, readBefore: ProjectFiles.ReadBefore? = nil) {
        self.options = options
        self.files = ProjectFiles(root: options.siteRoot, readBefore: readBefore)
        self.store = store
        self.before = before
    }

    public func load(diagnostics: inout [Diagnostic]) -> LoadedProject? {
        guard files.exists("content/site.yml") else {
            diagnostics.append(.error(SourceLocation(file: "content/site.yml"), .noContentSiteYml(options.siteRoot.path),
                                      hint: .runLantoaSiteFolderPoint))
            return nil
        }
        let config = Self.config(files, options: options, diagnostics: &diagnostics)
        let templates = TemplateLibrary.load(files, diagnostics: &diagnostics)
        diagnostics += BuiltInTheme.upgradeWarnings(files)
        let interfaces = Interface.load(files, languages: config.languages, diagnostics: &diagnostics)
        let words = interfaces[config.language] ?? .standard
        // Every file of content/ is listed once: documents, media, bundles, and what nobody reads.
        let inventory = ContentInventory(files: files, extensions: config.markdownExtensions)
        let index = ContentIndex(root: files.root, files: Set(inventory.all))
        // Indicators come before documents: a ```chart block in an article draws one. Stories come
        // first of the documents because an indicator may be counted from them.
        let theme = Theme(config: config, templates: templates, interfaces: interfaces, words: words)
        let (definitions, indicatorsComplete, plain) = readIndicators(theme, index: index, diagnostics: &diagnostics)
        let bundles = inventory.bundles()
        var problems: Set<String> = []
        var reused = Set<String>()
        let stories = parse(inventory.documents(in: "stories"), markdown: plain, bundles: bundles, before: nil, problems: &problems, reused: &reused, diagnostics: &diagnostics)
        var pilotSources: Set<String> = []
        let fromArticles = definitions.contains { $0.computed == "stories" } ? articlePilots(sources: &pilotSources, diagnostics: &diagnostics) : []
        let (indicators, plan, markdown) = finishData(definitions, complete: indicatorsComplete, stories: stories, articlePilots: fromArticles,
                                                      theme, index: index, diagnostics: &diagnostics)
        // A changed pilot, now or in the last build, may change a chart any article draws: then
        // every article is parsed again. So may a story that changes the enterprises counted.
        let counted = ContentChanges.pilots(counted: definitions.contains { $0.computed == "stories" }, stories: stories, articles: fromArticles,
                                            includeDrafts: options.includeDrafts)
        let before = before.flatMap { $0.changed.isDisjoint(with: pilotSources.union($0.pilots)) && counted == $0.counted ? $0 : nil }
        let documents = parse(inventory.documents(in: "articles") + inventory.documents(in: "pages") + inventory.documents(in: "documents")
                              + inventory.documents(in: "events") + inventory.documents(in: "glossary") + inventory.documents(in: "broadcasts") + inventory.documents(in: "ton-vinh"),
                              markdown: markdown, bundles: bundles, before: before, problems: &problems, reused: &reused, diagnostics: &diagnostics)
        let media = inventory.all.filter { $0.hasPrefix("content/media/") }, staticFiles = files.list("templates/static")
        diagnostics += files.takeProblems()
        diagnostics += Self.unread(inventory, bundles: bundles, documents: [stories, documents],
                                   indicatorData: indicatorsComplete ? Set(definitions.compactMap(\.dataPath)) : nil)
        return LoadedProject(
            config: config, templates: templates, interfaces: interfaces, indicators: indicators,
            articles: documents.only { $0.kind == .article }, pages: documents.only { $0.kind == .page }, stories: stories, plan: plan, documents: documents.only { $0.kind == .document },
            events: documents.only { $0.kind == .event }, glossary: documents.only { $0.kind == .glossary }, broadcasts: documents.only { $0.kind == .broadcast }, honours: documents.only { $0.kind == .honours }, media: media, staticFiles: staticFiles, markdown: markdown,
            storyMarkdown: plain, pilotSources: pilotSources, articlePilots: fromArticles, sourcesWithProblems: problems, reusedSources: reused)
    }

    /// What no stage read or publishes of the content folder, said once per kind of file:
    /// `documents` are all the project's, whose bodies publish the files they link or show;
    /// `indicatorData` the CSV files indicators read (nil when indicators.yml could not be read
    /// whole: then every CSV of content/indicators/ may be one).
    static func unread(_ inventory: ContentInventory, bundles: [String: [String]], documents: [[Document]],
                       indicatorData: Set<String>?) -> [Diagnostic] {
        var used: Set<String> = ["content/site.yml", "content/plan.yml"]
        used.formUnion(inventory.all.filter { path in
            path.hasPrefix("content/media/") || (path.hasPrefix("content/indicators/")
                && (path.hasSuffix(".yml") || (path.hasSuffix(".csv") && indicatorData?.contains(path) ?? true)))
        })
        if let indicatorData { used.formUnion(indicatorData) }
        let sectionFolders = ContentInventory.sections.map { "content/\($0.0)/" }
        for path in inventory.all where inventory.isMarkdown(path) && sectionFolders.contains(where: { path.hasPrefix($0) }) { used.insert(path) }
        for files in bundles.values { used.formUnion(files) }
        for list in documents { for k in list.indices { used.formUnion(list[k].body.resources.map(\.source)) } }
        return inventory.unread(used: used)
    }

    /// `content/site.yml` read, with the build's `--base-url` over its own.
    static func config(_ files: ProjectFiles, options: BuildOptions, diagnostics: inout [Diagnostic]) -> SiteConfig {
        var config = SiteConfig()
        switch files.read("content/site.yml") {
        case .success(let file): config = SiteConfig.parse(file, diagnostics: &diagnostics)
        case .failure(let d): diagnostics.append(d)
        }
        if let override = options.baseURL {
            if let url = BaseURL(override) { config.baseURL = url } else {
                diagnostics.append(.error(SourceLocation(file: "--base-url", line: 1), .baseURLOptionNotHTTP(override),
                                          hint: .exampleBaseUrlHttpsExample))
            }
        } else if options.publishing && config.baseURL.isLoopback
                    && !diagnostics.contains(where: { $0.severity == .error && $0.location.file == "content/site.yml" }) {
            // Said once, where it is set: an address given with --base-url is meant.
            diagnostics.append(.warning(config.baseURLLocation ?? SourceLocation(file: "content/site.yml", line: 1), .baseURLThisComputer(config.baseURL.absolute("")),
                                        hint: .setBaseURLBeforePublishing))
        }
        return config
    }

    /// What the indicators and Markdown options are made with: the site's settings and theme.
    private struct Theme {
        let config: SiteConfig, templates: TemplateLibrary, interfaces: [String: Interface], words: Interface
    }

    /// The indicators' definitions, whether `indicators.yml` was read without error, and the
    /// Markdown options stories are parsed with: drawing only the indicators not counted from
    /// stories, which are counted after the stories are read.
    private func readIndicators(_ theme: Theme, index: ContentIndex?, diagnostics: inout [Diagnostic])
        -> (definitions: [Indicator], complete: Bool, stories: MarkdownOptions) {
        let errorsBefore = diagnostics.count
        let definitions = IndicatorLoader(files: files).load(diagnostics: &diagnostics)
        // A figure of a year after this one is a forecast, or a mistyped year: an error, since the
        // row would be published as this year's news (the latest value, a target's verdict).
        for indicator in definitions {
            guard let path = indicator.dataPath else { continue }
            for o in indicator.observations where o.year > options.now.year && !o.status.lowercased().contains("dự báo") {
                diagnostics.append(.error(SourceLocation(file: path, line: o.line, column: 1), .periodAfterThisYear(o.period, options.now.year),
                                            hint: .writeForecastOrYear))
            }
        }
        let complete = !diagnostics[errorsBefore...].contains { $0.severity == .error && $0.location.file.hasSuffix("indicators.yml") }
        var plain = markdownOptions(theme, indicatorsComplete: complete,
                                    indicators: definitions.filter { $0.computed == nil }.map { IndicatorStatistics($0, words: theme.words) })
        plain.files = index
        return (definitions, complete, plain)
    }

    /// The indicators with those counted from stories (`computed: stories`) counted — each
    /// enterprise once, in the year of its first pilot, whether a story or an article declares
    /// it — the plan, and the Markdown options every other document is parsed with.
    private func finishData(_ definitions: [Indicator], complete: Bool, stories: [Document], articlePilots: [Pilot], _ theme: Theme,
                            index: ContentIndex?, diagnostics: inout [Diagnostic]) -> (indicators: [IndicatorStatistics], plan: Plan?, markdown: MarkdownOptions) {
        var counted = definitions
        if definitions.contains(where: { $0.computed == "stories" }) {
            let pilots = IndicatorLoader.pilots(of: stories.filter { options.includeDrafts || !$0.draft }) + articlePilots
            for k in counted.indices where counted[k].computed == "stories" {
                counted[k].observations = IndicatorLoader.countPilots(pilots, indicator: counted[k], over: options.now.year - 1)
            }
        }
        let indicators = counted.map { IndicatorStatistics($0, words: theme.words) }
        let plan = PlanLoader.load(files, indicators: complete ? definitions.map(\.id) : nil, diagnostics: &diagnostics)
        var markdown = markdownOptions(theme, indicatorsComplete: complete, indicators: indicators)
        markdown.files = index
        return (indicators, plan, markdown)
    }

    /// `project` with its indicators and plan read again and its Markdown options drawing the new
    /// indicators (an edit of `content/indicators/` or `plan.yml` in the preview). The documents
    /// are left as they were: those that draw an indicator are the caller's to parse again.
    func reloadingData(_ project: LoadedProject, diagnostics: inout [Diagnostic]) -> LoadedProject {
        var project = project
        let theme = Theme(config: project.config, templates: project.templates, interfaces: project.interfaces, words: project.interface)
        let index = project.markdown.files
        let (definitions, complete, plain) = readIndicators(theme, index: index, diagnostics: &diagnostics)
        project.storyMarkdown = plain
        (project.indicators, project.plan, project.markdown) = finishData(definitions, complete: complete, stories: project.stories,
                                                                          articlePilots: project.articlePilots, theme, index: index, diagnostics: &diagnostics)
        return project
    }

    /// Pilots declared by articles (`pilot:`), read before the articles themselves: an article may
    /// draw the very indicator they are counted in. Only files that mention `pilot:` are looked at.
    private func articlePilots(sources: inout Set<String>, diagnostics: inout [Diagnostic]) -> [Pilot] {
        let (files, includeDrafts) = (files, options.includeDrafts)
        let paths = files.list("content/articles", extension: "md").filter { before?.mayDeclarePilot($0) ?? true }
        // On every core; a file's bytes are looked at for `pilot:` at a line's start (after LF or
        // CR, as decoding reads them) before it is decoded: most articles declare none.
        let found = Parallel.map(paths) { path -> (declares: Bool, pilot: Pilot?, said: [Diagnostic]) in
            guard let bytes = files.bytes(path),
                  bytes.withUnsafeBytes({ Bytes.contains("\npilot:", in: $0) || Bytes.contains("\rpilot:", in: $0) }),
                  case .success(let file) = SourceFile.decode(path: path, bytes: bytes) else { return (false, nil, []) }
            var said: [Diagnostic] = []
            return (true, Self.pilot(declaredBy: file, includeDrafts: includeDrafts, diagnostics: &said), said)
        }
        var pilots: [Pilot] = []
        for (path, (declares, pilot, said)) in zip(paths, found) where declares {
            sources.insert(path)
            diagnostics += said
            if let pilot { pilots.append(pilot) }
        }
        return pilots
    }

    /// The pilot an article declares (`pilot:`), unless it is a draft and drafts are left out.
    static func pilot(declaredBy file: SourceFile, includeDrafts: Bool, diagnostics: inout [Diagnostic]) -> Pilot? {
        var found: [Diagnostic] = []
        let split = FrontMatterParser.parse(file, diagnostics: &found)
        if includeDrafts == false, case .scalar(let s)? = split.frontMatter["draft"]?.value, s.string == "true" { return nil }
        guard let group = split.frontMatter["pilot"], case .mapping = group.value else { return nil }
        var reader = FieldReader(split.frontMatter)
        return reader.group("pilot").flatMap { StoryParser.pilot($0, source: file.path, diagnostics: &diagnostics) }
    }

    private func markdownOptions(_ theme: Theme, indicatorsComplete: Bool, indicators: [IndicatorStatistics]) -> MarkdownOptions {
        let (config, interfaces) = (theme.config, theme.interfaces)
        let blocks = FencedBlockRenderer(indicators: Dictionary(uniqueKeysWithValues: indicators.map { ($0.indicator.id, $0) }),
                                         templates: theme.templates, config: config, indicatorsComplete: indicatorsComplete, words: theme.words, allWords: interfaces)
        var options = MarkdownOptions(basePath: config.baseURL.path, allowRawHTML: config.allowRawHTML, store: store, fencedBlock: { blocks.render($0) })
        options.sections = config.urlNames
        options.extraKeys = Set(config.extraKeys)
        options.languages = config.languages
        options.words = interfaces
        // A relative link to another page's file goes to that page, read from its front matter.
        let (files, extensions, sections, languages) = (files, config.markdownExtensions.map { $0.lowercased() }, config.urlNames, config.languages)
        options.pageAddress = { path in
            guard let kind = ContentInventory.kind(ofPage: path, extensions: extensions), case .success(let file) = files.read(path) else { return nil }
            return DocumentParser.address(of: file, kind: kind, sections: sections, languages: languages)
        }
        return options
    }

    /// Problems that share a summary (an unknown key in many files) said once, at the first
    /// place, with the number of files (see `Build.said`: each stays at its place until said).
    static func summarised(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var counts: [String: Set<String>] = [:]
        for d in diagnostics { if let key = d.summary { counts[key, default: []].insert(d.location.file) } }
        guard counts.values.contains(where: { $0.count > 1 }) else { return diagnostics }
        var said: Set<String> = []
        var out: [Diagnostic] = []
        for var d in Build.sorted(diagnostics) {
            guard let key = d.summary, let files = counts[key], files.count > 1 else { out.append(d); continue }
            guard said.insert(key).inserted else { continue }
            d.text = .inFiles(d.text, files.count)
            out.append(d)
        }
        return out
    }

    /// `document` with the files of its bundle (`ContentInventory.bundles`), which are published
    /// beside its page, linked or not, after those its text publishes.
    static func publishing(_ bundle: [String]?, with document: Document, sections: SiteConfig.URLNames) -> Document {
        guard let bundle else { return document }
        var d = document
        let folder = ContentInventory.folder(of: d.sourcePath), site = d.sitePath(sections)
        for source in bundle where !d.body.resources.contains(where: { $0.source == source }) {
            d.body.resources.append(.init(source: source, output: site + source.dropFirst(folder.count)))
        }
        return d
    }

    /// Decodes and parses files on every core: each is independent. An article `before` holds
    /// as the last build parsed it is taken from there (counted in `reused`). `problems` gains the
    /// files that said something.
    private func parse(_ sources: [(String, Document.Kind)], markdown: MarkdownOptions, bundles: [String: [String]], before: ParsedBefore?,
                       problems: inout Set<String>, reused: inout Set<String>, diagnostics: inout [Diagnostic]) -> [Document] {
        let files = self.files
        // Each file is independent: decode, split, parse YAML and render Markdown on every core.
        // Found problems, or nil for a document taken from `before`.
        let parsed = Parallel.map(sources) { path, kind -> (Document?, [Diagnostic]?) in
            if kind == .article, let document = before?.document(path, store: markdown.store) { return (document, nil) }
            var found: [Diagnostic] = []
            switch files.read(path) {
            case .success(let file):
                let document = DocumentParser.parse(file, kind: kind, options: markdown, files: files, diagnostics: &found)
                return (document.map { Self.publishing(bundles[path], with: $0, sections: markdown.sections) }, found)
            case .failure(let d):
                return (nil, [d])
            }
        }
        var documents: [Document] = []
        for ((path, _), (document, found)) in zip(sources, parsed) {
            if let found {
                if !found.isEmpty { problems.insert(path) }
                diagnostics.append(contentsOf: found)
            } else {
                reused.insert(path)
            }
            if let document { documents.append(document) }
        }
        return documents
    }
}
