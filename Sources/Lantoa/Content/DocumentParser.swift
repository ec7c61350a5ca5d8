/// Turns one decoded Markdown file into a `Document`: front matter checked, body rendered.
public enum DocumentParser {
    static let articleKeys = ["title", "date", "lastmod", "summary", "description", "tags", "categories", "author",
                              "image", "image_alt", "draft", "slug", "aliases", "tasks", "illustrative", "pilot", "lang", "translation", "event"]
    static let storyKeys = ["title", "date", "lastmod", "summary", "description", "enterprise", "sector", "district", "size",
                            "tools", "started", "status", "support", "verified_by", "quote", "image", "image_alt", "results",
                            "tasks", "tags", "draft", "slug", "aliases", "illustrative", "loai_hinh", "legal_form"]
    static let pageKeys = ["title", "date", "lastmod", "summary", "description", "image", "image_alt", "draft", "slug",
                           "url", "aliases", "toc", "lang", "translation"]
    /// Publishing controls every kind reads, as Hugo and Jekyll spell them.
    static let publishingKeys = ["published", "publishDate", "publishdate", "publish_date", "expiryDate", "expirydate", "expiry_date"]

    /// Keys of Hugo, Jekyll and other generators, and the key that means the same here.
    static let synonyms = [
        "category": "categories", "tag": "tags", "keywords": "tags", "alt": "image_alt", "imageAlt": "image_alt",
        "image_description": "image_alt", "caption": "image_alt", "cover": "image", "featured_image": "image",
        "featureImage": "image", "thumbnail": "image", "images": "image", "authors": "author", "excerpt": "summary",
        "subtitle": "summary", "modified": "lastmod", "last_modified_at": "lastmod", "updated": "lastmod",
        "permalink": "aliases", "redirect_from": "aliases", "pubdate": "publishDate", "unpublishdate": "expiryDate",
    ]

    /// Parses `file` as `kind`; returns nil when an error makes the document unusable.
    public static func parse(_ file: SourceFile, kind: Document.Kind, options: MarkdownOptions, files: ProjectFiles? = nil,
                             diagnostics: inout [Diagnostic]) -> Document? {
        let errorsBefore = diagnostics.filter { $0.severity == .error }.count
        if file.text.allSatisfy(\.isWhitespace) {
            diagnostics.append(.error(SourceLocation(file: file.path), .fileEmpty,
                                      hint: .writeFrontMatterBetweenTwo))
            return nil
        }
        let split = FrontMatterParser.parse(file, diagnostics: &diagnostics)
        // Unreadable front matter would make every key look missing: report it alone.
        if diagnostics.filter({ $0.severity == .error }).count > errorsBefore { return nil }
        var r = FieldReader(split.frontMatter)
        let what: Message, known: [String]
        switch kind {
        case .article: (what, known) = (.theArticle, articleKeys)
        case .page: (what, known) = (.thePage, pageKeys)
        case .story: (what, known) = (.theStory, storyKeys)
        case .document: (what, known) = (.theDocument, LegalDocumentParser.keys)
        case .event: (what, known) = (.theEvent, EventParser.keys)
        case .glossary: (what, known) = (.theTerm, GlossaryParser.keys)
        case .broadcast: (what, known) = (.theBroadcast, BroadcastParser.keys)
        case .honours: (what, known) = (.theHonourRoll, HonourRollParser.keys)
        }
        warnUnknownKeys(&r, known: known + publishingKeys, extra: options.extraKeys)
        let title = r.requiredString("title", what: what, example: "title: Tập huấn 5S cho doanh nghiệp")
        var date: DateTime?
        // Hugo's publishDate, then Jekyll's date in the file name (2024-03-05-ten-bai.md), stand for a missing date.
        let publishDate = publishingDate(&r, ["publishDate", "publishdate", "publish_date"])
        let fileDate = kind.isDatedPost ? dateInFileName(file.path) : nil
        if kind.isDatedPost && split.frontMatter["date"] == nil && publishDate == nil && fileDate == nil {
            r.report(.error(split.frontMatter.location, .hasNo(what, "date"), hint: .addLine("date: 2026-11-27", .theFrontMatter)))
        } else {
            date = r.date("date") ?? (split.frontMatter["date"] == nil ? publishDate ?? fileDate : nil)
        }
        var document = Document(
            kind: kind, sourcePath: file.path, title: title ?? "", date: date, lastmod: r.date("lastmod"),
            summary: r.string("summary"), description: r.string("description"),
            slug: fileSlug(file.path), body: .empty, urlLocation: split.frontMatter.location)
        document.author = r.string("author")
        document.image = r.link("image")
        if kind == .article { document.illustrative = r.bool("illustrative") ?? false }
        document.imageLocation = split.frontMatter["image"]?.valueLocation
        document.imageAlt = r.string("image_alt")
        document.draft = r.bool("draft") ?? false
        document.publishDate = publishDate
        document.expiryDate = publishingDate(&r, ["expiryDate", "expirydate", "expiry_date"])
        // Jekyll's `published: false` keeps a post out, as a draft; Hugo's `published` is a date.
        if let field = split.frontMatter["published"], let text = field.value.scalar?.string {
            if let yes = FieldReader.bool(text) {
                if !yes { document.draft = true }
            } else if let date = r.date("published") {
                document.publishDate = document.publishDate ?? date
                if document.date == nil && kind != .document { document.date = date }
            }
        }
        document.aliases = r.stringList("aliases")
        document.aliasesLocation = split.frontMatter["aliases"]?.keyLocation
        if kind != .page { document.tasks = r.stringList("tasks") }
        if kind == .article {
            document.tags = r.termList("tags")
            document.categories = r.termList("categories")
            document.lang = r.string("lang")
            document.langLocation = split.frontMatter["lang"]?.valueLocation
            document.translation = r.string("translation")
            document.reportsOn = r.string("event").map(VietnameseText.slug)
            document.reportsOnLocation = split.frontMatter["event"]?.valueLocation
        } else if kind == .honours {
            document.honourRoll = HonourRollParser.parse(&r, frontMatter: split.frontMatter)
            document.illustrative = r.bool("illustrative") ?? false
        } else if kind == .broadcast {
            document.broadcast = BroadcastParser.parse(&r, frontMatter: split.frontMatter, files: files)
            document.illustrative = r.bool("illustrative") ?? false
        } else if kind == .glossary {
            document.glossary = GlossaryParser.parse(&r, frontMatter: split.frontMatter)
        } else if kind == .event {
            document.event = EventParser.parse(&r, frontMatter: split.frontMatter, files: files)
            document.date = document.event?.start
            document.illustrative = r.bool("illustrative") ?? false
        } else if kind == .document {
            document.legal = LegalDocumentParser.parse(&r, frontMatter: split.frontMatter, files: files)
            document.date = document.legal?.issuedDate
        } else if kind == .story {
            document.tags = r.termList("tags")
            document.story = StoryParser.parse(&r, frontMatter: split.frontMatter)
            document.illustrative = document.story?.illustrative ?? false
            // A draft may keep what `lantoa new story` wrote; a published story may not, unsaid.
            if !document.draft, let unfilled = document.story?.unfilled(text: split.body, written: { split.frontMatter[$0] != nil }), !unfilled.isEmpty {
                r.report(.warning(split.frontMatter["enterprise"]?.valueLocation ?? split.frontMatter.location,
                                  .storyHasPlaceholder(unfilled.map { "'\($0)'" }.joined(separator: ", ")), hint: .replacePlaceholderOrKeepDraft))
            }
        } else {
            document.toc = r.bool("toc") ?? false
            document.lang = r.string("lang")
            document.translation = r.string("translation")
        }
        if let image = document.image, document.imageAlt?.isEmpty ?? true, let field = split.frontMatter["image"] {
            r.report(.warning(field.keyLocation, .imageHasNoAltText(image),
                              hint: .addImageAltShortDescription))
        }
        placeAddress(&document, &r, split.frontMatter)
        if document.slug.isEmpty {
            r.report(.error(split.frontMatter.location, .fileNameGivesEmptyUrl,
                            hint: .renameFileLettersDigitsSet))
        }
        diagnostics.append(contentsOf: r.diagnostics)
        let folder = (file.path.beforeLastSegment.map(String.init) ?? "") + "/"
        // The language decides where an article is published, so it is settled before its links are.
        document = document.placed(languages: options.languages, siteLanguage: options.languages.first ?? "vi")
        let page = MarkdownPage(sourceFolder: folder, sitePath: document.sitePath(options.sections))
        var bodyOptions = options
        bodyOptions.language = document.lang
        document.body = MarkdownRenderer.render(split.body, start: SourceLocation(file: file.path, line: split.bodyLine),
                                                options: bodyOptions, page: page, diagnostics: &diagnostics)
        placeImage(&document, page: page, files: options.files)
        // A heading's text serves only a page's table of contents; its id stays, for links to it.
        if !(kind == .page && document.toc) {
            for k in document.body.headings.indices { document.body.headings[k].text = "" }
        }
        // Of the first paragraph only the default summary is kept, and only when none is written.
        document.body.firstParagraph = document.lead != nil ? "" : Document.shortened(document.body.firstParagraph, limit: 240)
        if kind.expectsText && split.body.trimmed.isEmpty && errorsBefore == diagnostics.filter({ $0.severity == .error }).count {
            diagnostics.append(.warning(SourceLocation(file: file.path, line: split.bodyLine), .hasNoText(what),
                                        hint: .writeBodyBelowClosingSet))
        }
        // A report nobody can read is closed to people who cannot hear it, and to search.
        if kind == .broadcast && split.body.trimmed.isEmpty && document.broadcast != nil {
            diagnostics.append(.warning(SourceLocation(file: file.path, line: split.bodyLine), .broadcastHasNoTranscript, hint: .writeTranscript))
        }
        let errorsAfter = diagnostics.filter { $0.severity == .error }.count
        return errorsAfter == errorsBefore ? document : nil
    }

    /// The address fields of the front matter (`slug:`, a page's `url:`) put in `document`,
    /// problems said to `r`: what `parse` and `address` both read.
    private static func placeAddress(_ document: inout Document, _ r: inout FieldReader, _ frontMatter: FrontMatter) {
        if let field = frontMatter["slug"], let slug = r.string("slug") {
            document.urlLocation = field.valueLocation
            if slug.contains("/") || slug.contains("\\") || slug.contains("..") {
                r.report(.error(field.valueLocation, .slugWouldPutPageOutside(slug),
                                hint: .slugOneUrlSegment(VietnameseText.slug(slug).isEmpty ? "tap-huan-5s" : VietnameseText.slug(slug))))
            } else if !VietnameseText.slug(slug).isEmpty {
                document.slug = VietnameseText.slug(slug)
            }
        }
        if document.kind == .page, let field = frontMatter["url"], let url = r.string("url") {
            document.urlLocation = field.valueLocation
            let segments = url.split(separator: "/")
            if !url.hasPrefix("/") || segments.contains("..") || segments.contains(".") || url.contains("\\") {
                r.report(.error(field.valueLocation, .urlMustPathInsideSite(url),
                                hint: .exampleDocumentURL))
            } else {
                let clean = segments.map { VietnameseText.slug(String($0)) }.filter { !$0.isEmpty }
                document.path = clean.isEmpty ? "" : clean.joined(separator: "/") + "/"
                if clean != segments.map(String.init) {
                    r.report(.warning(field.valueLocation, .urlPublishedAs(url, "/" + (document.path ?? "")),
                                      hint: .urlsAreLettersDigitsDashes(document.path ?? "")))
                }
            }
        }
    }

    /// The site path of the page `file` publishes as `kind` (`tin-tuc/bai/`), read from its name
    /// and front matter alone, as `parse` places it; nil when the front matter cannot be read.
    /// A relative link to another page's Markdown file goes there (`MarkdownOptions.pageAddress`).
    public static func address(of file: SourceFile, kind: Document.Kind, sections: SiteConfig.URLNames, languages: [String]) -> String? {
        var found: [Diagnostic] = []
        let split = FrontMatterParser.parse(file, diagnostics: &found)
        guard !found.contains(where: { $0.severity == .error }) else { return nil }
        var r = FieldReader(split.frontMatter)
        var document = Document(kind: kind, sourcePath: file.path, title: "", date: nil, lastmod: nil, summary: nil, description: nil,
                                slug: fileSlug(file.path), body: .empty, urlLocation: split.frontMatter.location)
        if kind == .article { document.lang = r.string("lang") }
        placeAddress(&document, &r, split.frontMatter)
        guard !document.slug.isEmpty else { return nil }
        return document.placed(languages: languages, siteLanguage: languages.first ?? "vi").sitePath(sections)
    }

    /// `content/articles/2024/tap-huan.md` → `tap-huan`; a bundle's `index.md` takes its folder's
    /// name; Jekyll's date in front (`2024-03-05-tap-huan.markdown`) is not part of it.
    /// The slug a file's name gives; `language` drops its code first (`bai.en.md` → `bai`).
    static func fileSlug(_ path: String, language: String? = nil) -> String {
        var name = String(path.lastSegment)
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        if let language, name.hasSuffix("." + language) { name = String(name.dropLast(language.count + 1)) }
        if name == "index" || name == "_index", let folder = path.parentSegment, !folder.isEmpty { name = String(folder) }
        if leadingDate(name) != nil { name = String(name.dropFirst(11)) }
        return VietnameseText.slug(name)
    }

    /// The language code before the extension (`bai.en.md` → `en`), as Hugo names translations;
    /// whether it is a language of the site is the caller's question.
    static func fileLanguage(_ path: String) -> String? {
        // Most names have one dot (`bai.md`): no language, and nothing to split.
        var dots = 0
        for byte in path.utf8.reversed() {
            if byte == 0x2F { break }
            if byte == 0x2E { dots += 1 }
        }
        guard dots >= 2 else { return nil }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let parts = name.split(separator: ".")
        guard parts.count >= 3, let code = parts.dropLast().last, (2...3).contains(code.count), code.allSatisfy(\.isLowercase) else { return nil }
        return String(code)
    }

    /// The date Jekyll reads from a file name such as `2024-03-05-tap-huan.md` (or its bundle's folder).
    static func dateInFileName(_ path: String) -> DateTime? {
        var name = String(path.lastSegment)
        if name.hasPrefix("index."), let folder = path.parentSegment, !folder.isEmpty { name = String(folder) }
        return leadingDate(name)
    }

    /// The date a file or folder name starts with, followed by a hyphen and more
    /// (`2024-05-01-bai`); the bytes are looked at first, as most names have no date.
    private static func leadingDate(_ name: String) -> DateTime? {
        let bytes = Array(name.utf8.prefix(12))
        guard bytes.count == 12, bytes[4] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "-") else { return nil }
        return DateTime(parsing: String(decoding: bytes[..<10], as: UTF8.self))
    }

    /// The first of `keys` that is set, read as a date.
    private static func publishingDate(_ r: inout FieldReader, _ keys: [String]) -> DateTime? {
        for key in keys where r.frontMatter[key] != nil { return r.date(key) }
        return nil
    }

    /// Unknown keys, each a warning suggesting the key that means the same here; keys the site
    /// accepts (`extra_keys:`) pass. The loader then says each key once for all files (`summary`).
    static func warnUnknownKeys(_ r: inout FieldReader, known: [String], extra: Set<String>) {
        for field in r.frontMatter.fields where !known.contains(field.key) && !extra.contains(field.key) {
            // A typo gets its correction; another generator's key, also how to keep it.
            let hint: Message = if let same = synonyms[field.key], known.contains(same) { .didYouMeanOrKeep(same, field.key) }
                else if let typo = Suggestion.closest(to: field.key, in: known) { .didYouMean(typo) }
                else { .notUsedKeep(field.key) }
            var warning = Diagnostic.warning(field.keyLocation, .unknownKeyIgnored(field.key, .frontMatter), hint: hint)
            warning.summary = "unknown key '\(field.key)'"
            r.report(warning)
        }
    }

    /// A relative `image:` (`anh.png` beside `index.md`) is published with the page; its size is
    /// read from the file.
    private static func placeImage(_ document: inout Document, page: MarkdownPage, files: ContentIndex?) {
        guard let image = document.image, let files else { return }
        var file: String?
        if image.hasPrefix("/") {
            let named = "content" + (image.split(separator: "?").first.map(String.init) ?? image)
            file = named
            // Named as the file is on disk, letter for letter (see `ContentIndex.spelling`).
            if named.hasPrefix("content/media/"), let stored = files.spelling(of: named), !stored.utf8.elementsEqual(named.utf8) {
                document.image = "/" + stored.dropFirst("content/".count)
            }
        } else if URLPolicy.scheme(of: image) == nil, let named = MarkdownTreeWalk.normalized(page.sourceFolder + image), let target = files.spelling(of: named) {
            let published = target.hasPrefix(page.sourceFolder) ? page.sitePath + target.dropFirst(page.sourceFolder.count)
                : target.hasPrefix("content/media/") ? "media/" + target.dropFirst("content/media/".count) : "media/" + target.dropFirst("content/".count)
            document.image = "/" + published
            if !target.hasPrefix("content/media/") && !document.body.resources.contains(where: { $0.source == target }) {
                document.body.resources.append(.init(source: target, output: published))
            }
            file = target
        }
        if let file { document.imageSize = files.imageSize(file) }
    }
}
