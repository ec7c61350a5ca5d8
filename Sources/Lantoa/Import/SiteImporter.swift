import Foundation

/// `lantoa import hugo|jekyll SOURCE DEST`: writes a Lan Tỏa site from a Hugo or Jekyll site.
/// Posts become articles at `/tin-tuc/<slug>/` with their old address kept as an alias, other
/// pages keep their address, bundles stay bundles beside their page, static files go to
/// `content/media/` with the addresses that name them rewritten, and the common shortcodes and
/// Liquid tags become Markdown. Every source file is accounted for in the report. The source
/// folder is only read.
public struct SiteImporter {
    public enum Failure: ErrorMessage, CustomStringConvertible {
        case notAFolder(String), destinationInsideSource(String), destinationNotEmpty(String)

        /// Why import did not start, in both languages.
        public var message: Message {
            switch self {
            case .notAFolder(let p): .sourceNotAFolder(p)
            case .destinationInsideSource(let p): .destinationInsideSource(p)
            case .destinationNotEmpty(let p): .destinationNotEmpty(p)
            }
        }

        public var description: String { message.english }
    }

    let site: SourceSite
    let destination: URL
    let theme: URL?
    /// The day a post without a date is given.
    public var now = DateTime(epochSeconds: Int(Date().timeIntervalSince1970))

    /// `generator` is `hugo` or `jekyll`; `theme` the templates folder copied into the new site.
    public init(generator: String, source: URL, destination: URL, theme: URL?) throws {
        let source = source.standardizedFileURL, destination = destination.standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isFolder), isFolder.boolValue else { throw Failure.notAFolder(source.path) }
        guard destination.path != source.path, !destination.path.hasPrefix(source.path + "/") else { throw Failure.destinationInsideSource(destination.path) }
        if let existing = try? FileManager.default.contentsOfDirectory(atPath: destination.path), !existing.isEmpty { throw Failure.destinationNotEmpty(destination.path) }
        site = SourceSite(generator: generator == "jekyll" ? .jekyll : .hugo, root: source)
        self.destination = destination
        self.theme = theme
    }

    /// One source document, planned before anything is written.
    private struct Planned {
        var source: String
        var file: SourceFile
        var split: SplitSource
        var article: Bool
        var slug: String
        var oldURL: String
        var newURL: String
        var target: String
        var bundle: Bool
    }

    public func run() throws -> ImportReport {
        var report = ImportReport()
        let roles = site.roles()
        // Old addresses of published files: the static file map.
        var assets: [String: String] = [:] // old site path → new site path
        var plans: [Planned] = []
        var usedSlugs: [Bool: Set<String>] = [true: [], false: []]
        for path in site.files {
            switch roles[path]! {
            case .asset(let old):
                assets[old] = "/media" + old
            case .document(let section):
                guard let bytes = ProjectFiles.bytes(atPath: site.root.path + "/" + path) else {
                    report.files.append((path, .notConverted, "cannot be read")); continue
                }
                guard case .success(let file) = SourceFile.decode(path: path, bytes: bytes) else {
                    report.files.append((path, .notConverted, "not UTF-8 text")); continue
                }
                var problems: [Diagnostic] = []
                let split = FrontMatterParser.parse(file, diagnostics: &problems)
                if problems.contains(where: { $0.severity == .error }) {
                    report.problems += problems
                    report.files.append((path, .notConverted, "its front matter cannot be read (see the problems below)")); continue
                }
                guard var plan = planned(path, file: file, split: split, section: section, roles: roles, report: &report) else { continue }
                // Two posts with one slug would claim one address: the second gets a number.
                var slug = plan.slug, n = 2
                while usedSlugs[plan.article]!.contains(slug) { slug = "\(plan.slug)-\(n)"; n += 1 }
                if slug != plan.slug { plan = replan(plan, slug: slug) }
                usedSlugs[plan.article]!.insert(slug)
                plans.append(plan)
            default:
                break
            }
        }
        var pages: [String: String] = [:] // old site path → new site path
        for plan in plans { pages[plan.oldURL] = plan.newURL }
        // An address names one page: the first to claim it keeps it (as its address or an alias).
        var claimed = Set(plans.map(\.newURL))
        let fm = FileManager.default
        try fm.createDirectory(at: destination, withIntermediateDirectories: true)
        var droppedKeys: [String: [SourceLocation]] = [:]
        for plan in plans {
            let converted = convert(plan, assets: assets, pages: pages, plans: plans, claimed: &claimed, dropped: &droppedKeys, report: &report)
            try write(plan.target, converted)
            report.files.append((plan.source, plan.article ? .article : .page, plan.target))
        }
        for (key, places) in droppedKeys.sorted(by: { $0.key < $1.key }) {
            report.problems.append(.warning(places.min()!, places.count > 1 ? .inFiles(.frontMatterKeyNotConverted(key), places.count) : .frontMatterKeyNotConverted(key),
                                            hint: .keyHasNoUse(key)))
        }
        // Files: bundles beside their page, static files to media/, the rest said.
        for path in site.files {
            switch roles[path]! {
            case .bundled(let owner):
                if SourceSite.markdown.contains(SourceSite.ext(path)) {
                    report.files.append((path, .notConverted, "a Markdown fragment of a bundle (a theme's content, not a page): paste its text where it is used"))
                } else if let plan = plans.first(where: { $0.source == owner }) {
                    let folder = (owner as NSString).deletingLastPathComponent + "/"
                    let target = (plan.target as NSString).deletingLastPathComponent + "/" + path.dropFirst(folder.count)
                    try copy(path, to: target)
                    report.files.append((path, .resource, target))
                } else {
                    report.files.append((path, .notConverted, "belongs to \(owner), which was not converted"))
                }
            case .asset(let old):
                let target = "content/media" + old
                try copy(path, to: target)
                report.files.append((path, .media, target))
            case .skipped(let reason):
                report.files.append((path, .skipped, reason))
            case .notConverted(let reason):
                report.files.append((path, .notConverted, reason))
            case .document:
                break
            }
        }
        try writeSettings()
        report.problems = Build.sorted(report.problems)
        return report
    }

    // MARK: - Planning a document

    private func planned(_ path: String, file: SourceFile, split: SplitSource, section: String, roles: [String: SourceSite.Role],
                         report: inout ImportReport) -> Planned? {
        var r = FieldReader(split.frontMatter)
        let name = (path as NSString).lastPathComponent
        let base = (name as NSString).deletingPathExtension
        let isBundle = base == "index" && site.generator == .hugo && (site.contentRelative(path) ?? "").contains("/")
        let folderName = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
        if base == "_index" || (site.generator == .jekyll && path == "index.md") || (site.generator == .hugo && site.contentRelative(path) == "index.md") {
            // A section's list page: Lan Tỏa builds its own lists; its text, if any, becomes a page.
            if split.body.trimmed.isEmpty {
                report.files.append((path, .skipped, "a list page with no text of its own (Lan Tỏa builds its own lists)"))
                return nil
            }
        }
        if r.peek("headless") == "true" {
            report.files.append((path, .notConverted, "a headless bundle (content for a theme's templates, not a page): paste its text into the pages that use it"))
            return nil
        }
        if split.body.trimmed.isEmpty && (r.peek("layout") != nil || r.peek("type") != nil) {
            report.files.append((path, .skipped, "a page with no text of its own, made by its layout (Lan Tỏa builds its own lists and archives)"))
            return nil
        }
        let date = r.string("date") ?? r.string("publishDate") ?? r.string("publishdate")
        let fileDate = DocumentParser.dateInFileName(path)
        let dated = date.flatMap(DateTime.init(parsing:)) ?? fileDate
        let article: Bool
        switch site.generator {
        case .jekyll: article = section == "_posts" || section == "_drafts"
        case .hugo:
            let news = site.mainSections.isEmpty ? ["post", "posts", "blog", "news", "articles", "tin-tuc", "bai-viet", "tin"] : site.mainSections
            article = news.contains(section) && dated != nil && base != "_index"
        }
        var slugSource = r.string("slug") ?? (isBundle ? folderName : base == "_index" ? folderName : base)
        if slugSource == "_index" || slugSource == "content" || slugSource.isEmpty { slugSource = r.string("title") ?? "trang" }
        var slug = VietnameseText.slug(DocumentParser.fileSlug(slugSource + ".md"))
        if slug.isEmpty { slug = VietnameseText.slug(r.string("title") ?? "") }
        if slug.isEmpty { slug = "trang" }
        let old = oldURL(path, base: base, isBundle: isBundle, section: section, reader: &r, date: dated)
        var plan = Planned(source: path, file: file, split: split, article: article, slug: slug, oldURL: old, newURL: "", target: "", bundle: isBundle)
        plan = replan(plan, slug: slug)
        return plan
    }

    /// The new address and file of a planned document for `slug`.
    private func replan(_ plan: Planned, slug: String) -> Planned {
        var p = plan
        p.slug = slug
        if p.article {
            let year = DateTime(parsing: FieldReader(p.split.frontMatter).peek("date") ?? "")?.year ?? DocumentParser.dateInFileName(p.source)?.year
            let folder = "content/articles/" + (year.map(String.init) ?? "khac") + "/"
            p.target = p.bundle ? folder + slug + "/index.md" : folder + slug + ".md"
            p.newURL = "/tin-tuc/\(slug)/"
        } else {
            p.target = p.bundle ? "content/pages/\(slug)/index.md" : "content/pages/\(slug).md"
            // A page keeps its address when it is a clean one; else it gets a new one and an alias.
            let segments = p.oldURL.split(separator: "/").map(String.init)
            let clean = p.oldURL.hasSuffix("/") && !segments.isEmpty && segments.allSatisfy { VietnameseText.slug($0) == $0 }
            p.newURL = clean ? p.oldURL : "/\(slug)/"
        }
        return p
    }

    // MARK: - Converting a document

    /// A date as YAML: plain when Lan Tỏa reads it as a date, else quoted (and then reported by the build).
    private static func date(_ text: String) -> YAMLWriter.Value {
        DateTime(parsing: text) != nil && !text.contains(": ") ? .raw(text.trimmed) : .raw(YAMLWriter.scalar(text))
    }

    /// A date Lan Tỏa reads: as written, or its day when only that reads (said in the report).
    private static func readable(_ text: String, at place: SourceLocation?, report: inout ImportReport) -> String {
        if DateTime(parsing: text) != nil { return text }
        let day = String(text.trimmed.prefix(10))
        guard DateTime(parsing: day) != nil else { return text }
        report.problems.append(.warning(place ?? SourceLocation(file: "?"), .dateOnlyDayKept(text, day),
                                        hint: .writeDateTimeForm))
        return day
    }

    private func convert(_ plan: Planned, assets: [String: String], pages: [String: String], plans: [Planned], claimed: inout Set<String>,
                         dropped: inout [String: [SourceLocation]], report: inout ImportReport) -> String {
        var r = FieldReader(plan.split.frontMatter)
        var fields: [(String, YAMLWriter.Value)] = []
        var used: Set<String> = []
        func take(_ keys: [String]) -> String? {
            for key in keys where plan.split.frontMatter[key] != nil {
                used.insert(key)
                if let v = r.string(key) { return v }
            }
            return nil
        }
        func takeList(_ keys: [String], splitWords: Bool = false) -> [String] {
            var out: [String] = []
            for key in keys where plan.split.frontMatter[key] != nil {
                used.insert(key)
                let list = r.stringList(key)
                out += splitWords && list.count == 1 ? list[0].split(separator: " ").map(String.init) : list
            }
            return out
        }
        let title = take(["title"]) ?? plan.slug.replacingOccurrences(of: "-", with: " ")
        fields.append(("title", .text(title)))
        let date = take(["date"]).map { Self.readable($0, at: plan.split.frontMatter["date"]?.valueLocation, report: &report) }
        let publishDate = take(["publishDate", "publishdate", "pubdate", "publish_date"]).map { Self.readable($0, at: plan.split.frontMatter.location, report: &report) }
        if plan.article {
            if let d = date ?? publishDate { fields.append(("date", Self.date(d))) }
            else if let d = DocumentParser.dateInFileName(plan.source) { fields.append(("date", .raw("\(d.year)-\(d.month < 10 ? "0" : "")\(d.month)-\(d.day < 10 ? "0" : "")\(d.day)"))) }
            else {
                // A Jekyll draft has no date until it is posted: it gets the day of the import.
                let d = now
                fields.append(("date", .raw("\(d.year)-\(d.month < 10 ? "0" : "")\(d.month)-\(d.day < 10 ? "0" : "")\(d.day)")))
                report.problems.append(.warning(plan.split.frontMatter.location, .postHasNoDateDated,
                                                hint: .setDateDayShouldCarry))
            }
        } else if let d = date {
            fields.append(("date", Self.date(d)))
        }
        if let p = publishDate, p != date { fields.append(("publishDate", Self.date(p))) }
        if let e = take(["expiryDate", "expirydate", "unpublishdate", "expiry_date"]) { fields.append(("expiryDate", Self.date(e))) }
        if let l = take(["lastmod", "modified", "last_modified_at", "updated"]) { fields.append(("lastmod", Self.date(l))) }
        if let s = take(["summary", "excerpt"]) { fields.append(("summary", .text(s))) }
        if let d = take(["description"]) { fields.append(("description", .text(d))) }
        var author = take(["author"])
        if author == nil, plan.split.frontMatter["author"]?.value.mapping != nil {
            author = FieldReader(FrontMatter(mapping: plan.split.frontMatter["author"]!.value.mapping!, file: plan.source, lineOffset: 0)).peek("name")
        }
        let authors = takeList(["authors"])
        if let a = author ?? (authors.isEmpty ? nil : authors.joined(separator: ", ")) {
            if plan.article { fields.append(("author", .text(a))) } else { used.remove("author"); used.remove("authors") }
        }
        if plan.article {
            let tags = takeList(["tags", "keywords"], splitWords: site.generator == .jekyll)
            if !tags.isEmpty { fields.append(("tags", .list(tags))) }
            let categories = takeList(["categories", "category"], splitWords: site.generator == .jekyll)
            if !categories.isEmpty { fields.append(("categories", .list(categories))) }
        }
        // The lead picture, wherever the theme kept it.
        var image = take(["image", "featured_image", "featureImage", "thumbnail", "cover"])
        if image == nil, let images = Optional(takeList(["images"])), let first = images.first { image = first }
        for key in ["image", "cover", "header"] where image == nil {
            if let group = plan.split.frontMatter[key]?.value.mapping {
                used.insert(key)
                let g = FieldReader(FrontMatter(mapping: group, file: plan.source, lineOffset: 0))
                image = g.peek("image") ?? g.peek("path") ?? g.peek("src") ?? g.peek("teaser")
                if let alt = g.peek("alt") ?? g.peek("caption") { fields.append(("image_alt", .text(alt))) }
            }
        }
        if var image {
            if let new = assets[image] { image = new }
            fields.append(("image", .text(image)))
            if !fields.contains(where: { $0.0 == "image_alt" }), let alt = take(["image_alt", "alt", "imageAlt", "caption"]) { fields.append(("image_alt", .text(alt))) }
        }
        var draft = plan.split.frontMatter["draft"].flatMap { _ in r.bool("draft") } ?? false
        used.insert("draft")
        if let p = plan.split.frontMatter["published"]?.value.scalar?.string, FieldReader.bool(p) == false { draft = true; used.insert("published") }
        if plan.source.hasPrefix("_drafts/") { draft = true }
        if draft { fields.append(("draft", .bool(true))) }
        used.formUnion(["slug", "url", "permalink"])
        if plan.article || plan.newURL == "/\(plan.slug)/" {
            if VietnameseText.slug(r.peek("slug") ?? "") != plan.slug || plan.article { fields.append(("slug", .text(plan.slug))) }
        }
        if !plan.article && plan.newURL != "/\(plan.slug)/" { fields.append(("url", .text(plan.newURL))) }
        var aliases = takeList(["aliases", "redirect_from"])
        if plan.oldURL != plan.newURL && !aliases.contains(plan.oldURL) { aliases.append(plan.oldURL) }
        aliases = aliases.filter { $0.hasPrefix("/") && $0 != plan.newURL }
        for alias in aliases where claimed.contains(alias) || claimed.contains(alias + "/") {
            report.problems.append(.warning(plan.split.frontMatter["aliases"]?.keyLocation ?? plan.split.frontMatter.location,
                                            .oldAddressLeftOutAnother(alias), hint: .keepPageReadersShouldArrive))
        }
        aliases = aliases.filter { !claimed.contains($0) && !claimed.contains($0 + "/") }
        claimed.formUnion(aliases)
        if !aliases.isEmpty { fields.append(("aliases", .list(aliases))) }
        if !plan.article, let toc = plan.split.frontMatter["toc"].flatMap({ _ in r.bool("toc") }), toc { fields.append(("toc", .bool(true))) }
        used.insert("toc")
        for field in plan.split.frontMatter.fields where !used.contains(field.key) {
            dropped[field.key, default: []].append(field.keyLocation)
        }
        // The body, with the document's folder for its relative links.
        let folder = (plan.source as NSString).deletingLastPathComponent
        var converter = BodyConverter(file: plan.source, firstLine: plan.split.bodyLine, page: { target in
            Self.find(target, in: plans, from: folder)?.newURL
        }, address: { url in
            var path = url, suffix = ""
            if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { suffix = String(path[cut...]); path = String(path[..<cut]) }
            guard !path.isEmpty, URLPolicy.scheme(of: path) == nil, !path.hasPrefix("//") else { return nil }
            if path.hasPrefix("/") {
                if let asset = assets[path] ?? assets[path.removingPercentEncoding ?? path] { return asset + suffix }
                // Hugo writes its addresses in lower case; links to them often keep the file's case.
                let lower = site.generator == .hugo ? path.lowercased() : path
                if let page = pages[path] ?? pages[path + "/"] ?? pages[lower] ?? pages[lower + "/"] { return page + suffix }
                return nil
            }
            // Relative: a bundle keeps its files beside it; others are found from the old folder.
            if plan.bundle { return nil }
            if let target = Self.normalized(folder + "/" + path) {
                let old = site.generator == .hugo ? (site.contentRelative(target).map { "/" + $0 } ?? (target.hasPrefix("static/") ? "/" + target.dropFirst("static/".count) : "/" + target)) : "/" + target
                if let asset = assets[old] { return asset + suffix }
                if let doc = plans.first(where: { $0.source == target }) { return doc.newURL + suffix }
            }
            return nil
        })
        converter.variables = site.variables
        let body = converter.convert(plan.split.body)
        report.problems += converter.problems
        return YAMLWriter.frontMatter(fields) + "\n" + body.trimmingCharacters(in: .newlines) + "\n"
    }

    /// The document a `ref`, `relref`, `link` or `post_url` argument names.
    private static func find(_ target: String, in plans: [Planned], from folder: String) -> Planned? {
        let t = target.hasPrefix("/") ? String(target.dropFirst()) : target
        let candidates = [t, "content/" + t, folder + "/" + t]
        if let exact = plans.first(where: { p in candidates.contains(p.source) || candidates.contains { p.source.hasPrefix($0 + "/index.") } }) { return exact }
        // post_url 2024-03-05-slug, ref "slug" or "slug.md": by file name.
        let name = ((t as NSString).lastPathComponent as NSString).deletingPathExtension
        return plans.first { p in
            let base = ((p.source as NSString).lastPathComponent as NSString).deletingPathExtension
            let folderName = ((p.source as NSString).deletingLastPathComponent as NSString).lastPathComponent
            return base == name || (base == "index" && folderName == name)
        }
    }

    static func normalized(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { guard !parts.isEmpty else { return nil }; parts.removeLast() } else { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    // MARK: - Writing

    private func write(_ path: String, _ text: String) throws {
        let url = destination.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func copy(_ source: String, to target: String) throws {
        let url = destination.appendingPathComponent(target)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
        try FileManager.default.copyItem(at: site.root.appendingPathComponent(source), to: url)
    }

    /// site.yml from the source's settings, and the theme.
    private func writeSettings() throws {
        let title = site.title.isEmpty ? site.root.lastPathComponent : site.title
        var lines = "title: \(YAMLWriter.scalar(title))\n"
        if let base = BaseURL(site.baseURL.hasSuffix("/") ? site.baseURL : site.baseURL + "/") { lines += "base_url: \(YAMLWriter.scalar(base.absolute("")))\n" }
        if !site.description.isEmpty { lines += "description: \(YAMLWriter.scalar(site.description))\n" }
        lines += "organisation:\n  name: \(YAMLWriter.scalar(title))\n"
        try write("content/site.yml", lines)
        if let theme, FileManager.default.fileExists(atPath: theme.path) {
            try FileManager.default.copyItem(at: theme, to: destination.appendingPathComponent("templates"))
        }
    }
}

extension FieldReader {
    /// A key's text without recording a problem (for values read only to compute something).
    func peek(_ key: String) -> String? {
        guard let scalar = frontMatter[key]?.value.scalar, !scalar.string.isEmpty else { return nil }
        return scalar.string
    }

    func peekList(_ key: String) -> [String] {
        guard let field = frontMatter[key] else { return [] }
        if let scalar = field.value.scalar { return scalar.string.split(separator: " ").map(String.init) }
        return field.value.sequence?.compactMap { $0.scalar?.string } ?? []
    }
}
