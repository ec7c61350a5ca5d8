/// An article or a standalone page, read and rendered from its Markdown file.
public struct Document: Sendable {
    /// What a file is, decided by the folder it sits in.
    public enum Kind: String, Sendable {
        case article, page, story, document, event, glossary, broadcast, honours

        /// Dated by when it is published: the date is required, and a future one waits.
        var isDatedPost: Bool { self == .article || self == .story || self == .broadcast }
        /// Read as a text: a missing body is a warning. A legal document is its file, a term may be
        /// its definition alone, a report warns of its transcript, a roll is its list.
        var expectsText: Bool { self == .article || self == .page || self == .story || self == .event }
    }

    /// The fields, held in one object that every copy shares until one of them is changed: a
    /// document is copied into every list, sort and page context, and a copy of thirty texts and
    /// lists retained each of them (a tenth of an edit's build at 10,000 articles).
    private var box: Box

    private final class Box: @unchecked Sendable {
        var values: Values
        init(_ values: Values) { self.values = values }
    }

    /// The stored fields; each is read and changed through the property of the same name.
    struct Values: Sendable {
        var kind: Kind
        var sourcePath: String
        var title: String
        var date: DateTime?
        var lastmod: DateTime?
        var summary: String?
        var description: String?
        var tags: [String] = []
        var categories: [String] = []
        var author: String?
        var image: String?
        var imageAlt: String?
        var draft: Bool = false
        var illustrative: Bool = false
        var publishDate: DateTime?
        var expiryDate: DateTime?
        var imageLocation: SourceLocation?
        var imageSize: ImageSize?
        var slug: String
        var path: String?
        var aliases: [String] = []
        var aliasesLocation: SourceLocation?
        var toc: Bool = false
        var lang: String?
        var langLocation: SourceLocation?
        var translation: String?
        var tasks: [String] = []
        var reportsOn: String?
        var reportsOnLocation: SourceLocation?
        var legalStorage: Indirect<LegalDocument>? = nil
        var storyStorage: Indirect<Story>? = nil
        var eventStorage: Indirect<Event>? = nil
        var glossaryStorage: Indirect<GlossaryEntry>? = nil
        var broadcastStorage: Indirect<Broadcast>? = nil
        var honourStorage: Indirect<HonourRoll>? = nil
        var body: RenderedMarkdown
        var urlLocation: SourceLocation
    }

    /// The box made this copy's own before a field changes (copy on write).
    private mutating func unique() {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.values) }
    }

    public init(kind: Kind, sourcePath: String, title: String, date: DateTime? = nil, lastmod: DateTime? = nil, summary: String? = nil,
                description: String? = nil, slug: String, body: RenderedMarkdown, urlLocation: SourceLocation) {
        box = Box(Values(kind: kind, sourcePath: sourcePath, title: title, date: date, lastmod: lastmod, summary: summary,
                         description: description, slug: slug, body: body, urlLocation: urlLocation))
    }

    public var kind: Kind { get { box.values.kind } _modify { unique(); yield &box.values.kind } }
    /// Project-relative path of the source file.
    public var sourcePath: String { get { box.values.sourcePath } _modify { unique(); yield &box.values.sourcePath } }
    public var title: String { get { box.values.title } _modify { unique(); yield &box.values.title } }
    public var date: DateTime? { get { box.values.date } _modify { unique(); yield &box.values.date } }
    public var lastmod: DateTime? { get { box.values.lastmod } _modify { unique(); yield &box.values.lastmod } }
    public var summary: String? { get { box.values.summary } _modify { unique(); yield &box.values.summary } }
    public var description: String? { get { box.values.description } _modify { unique(); yield &box.values.description } }
    public var tags: [String] { get { box.values.tags } _modify { unique(); yield &box.values.tags } }
    public var categories: [String] { get { box.values.categories } _modify { unique(); yield &box.values.categories } }
    public var author: String? { get { box.values.author } _modify { unique(); yield &box.values.author } }
    public var image: String? { get { box.values.image } _modify { unique(); yield &box.values.image } }
    public var imageAlt: String? { get { box.values.imageAlt } _modify { unique(); yield &box.values.imageAlt } }
    public var draft: Bool { get { box.values.draft } _modify { unique(); yield &box.values.draft } }
    /// Made up for illustration (`illustrative: true`; a story's own flag): the label travels with
    /// the text into feeds, share descriptions and search results.
    public var illustrative: Bool { get { box.values.illustrative } _modify { unique(); yield &box.values.illustrative } }
    /// Left out until this moment (`publishDate:`), unless the build includes the future.
    public var publishDate: DateTime? { get { box.values.publishDate } _modify { unique(); yield &box.values.publishDate } }
    /// Left out from this moment on (`expiryDate:`), unless the build includes expired pages.
    public var expiryDate: DateTime? { get { box.values.expiryDate } _modify { unique(); yield &box.values.expiryDate } }
    /// Where `image:` is written, for its warnings.
    public var imageLocation: SourceLocation? { get { box.values.imageLocation } _modify { unique(); yield &box.values.imageLocation } }
    /// The lead picture's size, read from its file.
    public var imageSize: ImageSize? { get { box.values.imageSize } _modify { unique(); yield &box.values.imageSize } }
    /// The last URL segment: `slug:` when set, else the file name's slug.
    public var slug: String { get { box.values.slug } _modify { unique(); yield &box.values.slug } }
    /// A page's own path (`url: /ke-hoach/van-ban/`), without the leading slash.
    public var path: String? { get { box.values.path } _modify { unique(); yield &box.values.path } }
    public var aliases: [String] { get { box.values.aliases } _modify { unique(); yield &box.values.aliases } }
    /// Where `aliases:` is written, for its errors.
    public var aliasesLocation: SourceLocation? { get { box.values.aliasesLocation } _modify { unique(); yield &box.values.aliasesLocation } }
    /// Whether to show a table of contents built from the headings.
    public var toc: Bool { get { box.values.toc } _modify { unique(); yield &box.values.toc } }
    /// The page's language when it is not the site's (`en`).
    public var lang: String? { get { box.values.lang } _modify { unique(); yield &box.values.lang } }
    /// Where `lang:` is written, for its errors.
    public var langLocation: SourceLocation? { get { box.values.langLocation } _modify { unique(); yield &box.values.langLocation } }
    /// The site path of the same page in the site's language, for `hreflang` links.
    public var translation: String? { get { box.values.translation } _modify { unique(); yield &box.values.translation } }
    /// Plan tasks this article or story is evidence for (`tasks: [II.1.2]`).
    public var tasks: [String] { get { box.values.tasks } _modify { unique(); yield &box.values.tasks } }
    /// The metadata of a legal document (`content/documents/`).
    public var legal: LegalDocument? {
        get { legalStorage?.value }
        set { legalStorage = newValue.map(Indirect.init) }
    }
    /// The facts of a success story (`content/stories/`).
    public var story: Story? {
        get { storyStorage?.value }
        set { storyStorage = newValue.map(Indirect.init) }
    }
    /// The facts of an event (`content/events/`).
    public var event: Event? {
        get { eventStorage?.value }
        set { eventStorage = newValue.map(Indirect.init) }
    }
    /// A term of the glossary (`content/glossary/`).
    public var glossary: GlossaryEntry? {
        get { glossaryStorage?.value }
        set { glossaryStorage = newValue.map(Indirect.init) }
    }
    /// A radio or television report (`content/broadcasts/`).
    public var broadcast: Broadcast? {
        get { broadcastStorage?.value }
        set { broadcastStorage = newValue.map(Indirect.init) }
    }
    /// One year's honour roll (`content/ton-vinh/`).
    public var honourRoll: HonourRoll? {
        get { honourStorage?.value }
        set { honourStorage = newValue.map(Indirect.init) }
    }
    /// The slug of the event an article reports on (`event: tap-huan-5s-2026`).
    public var reportsOn: String? { get { box.values.reportsOn } _modify { unique(); yield &box.values.reportsOn } }
    public var reportsOnLocation: SourceLocation? { get { box.values.reportsOnLocation } _modify { unique(); yield &box.values.reportsOnLocation } }
    /// Most documents are articles, which have none of these: kept out of line, they cost a pointer
    /// each instead of a few hundred bytes in every article's fields.
    var legalStorage: Indirect<LegalDocument>? { get { box.values.legalStorage } _modify { unique(); yield &box.values.legalStorage } }
    var storyStorage: Indirect<Story>? { get { box.values.storyStorage } _modify { unique(); yield &box.values.storyStorage } }
    var eventStorage: Indirect<Event>? { get { box.values.eventStorage } _modify { unique(); yield &box.values.eventStorage } }
    var glossaryStorage: Indirect<GlossaryEntry>? { get { box.values.glossaryStorage } _modify { unique(); yield &box.values.glossaryStorage } }
    var broadcastStorage: Indirect<Broadcast>? { get { box.values.broadcastStorage } _modify { unique(); yield &box.values.broadcastStorage } }
    var honourStorage: Indirect<HonourRoll>? { get { box.values.honourStorage } _modify { unique(); yield &box.values.honourStorage } }
    public var body: RenderedMarkdown { get { box.values.body } _modify { unique(); yield &box.values.body } }
    /// Where the URL came from, for duplicate-URL errors.
    public var urlLocation: SourceLocation { get { box.values.urlLocation } _modify { unique(); yield &box.values.urlLocation } }

    /// Everything about the document that other pages show (lists, tags, neighbours, menus):
    /// when only the rest changes, only its own page and the feeds need rendering again.
    public var listingSignature: [String] {
        [title, date.map(VietnameseFormat.iso8601) ?? "", lastmod.map(VietnameseFormat.iso8601) ?? "", effectiveSummary,
         description ?? "", tags.joined(separator: "|"), categories.joined(separator: "|"), author ?? "", image ?? "",
         imageAlt ?? "", String(draft), slug, path ?? "", aliases.joined(separator: "|"), lang ?? "", translation ?? "",
         body.headings.map(\.id).joined(separator: "|")]
    }

    /// What decides where the document appears (its URL, its place in lists, its tags): when it is
    /// unchanged, an edit to the title or summary changes only the pages that show the document.
    public var placementSignature: [String] {
        [slug, date.map(VietnameseFormat.iso8601) ?? "", tags.joined(separator: "|"), categories.joined(separator: "|"),
         String(draft), publishDate.map(VietnameseFormat.iso8601) ?? "", expiryDate.map(VietnameseFormat.iso8601) ?? "", path ?? "", aliases.joined(separator: "|"), lang ?? "", translation ?? "", tasks.joined(separator: "|")]
    }

    /// Where the document is published (`tin-tuc/a/`): the section's folder and its slug, or a
    /// page's own `url:`. The site assembler places it there; bodies are rendered knowing it.
    public func sitePath(_ names: SiteConfig.URLNames) -> String {
        switch kind {
        // An article in another language of the site sits under its language (`en/tin-tuc/a/`).
        case .article: "\(lang.map { "\($0)/" } ?? "")\(names.articles)/\(slug)/"
        case .story: "\(names.stories)/\(slug)/"
        case .document: "\(names.documents)/\(slug)/"
        case .event: "\(names.events)/\(slug)/"
        case .glossary: "\(names.glossary)/\(slug)/"
        case .broadcast: "\(names.broadcasts)/\(slug)/"
        case .honours: "\(names.honours)/\(slug)/"
        case .page: path ?? "\(slug)/"
        }
    }

    /// The summary shown in lists and feeds: the written one, else the description, else the first paragraph.
    public var effectiveSummary: String {
        if let summary, !summary.isEmpty { return summary }
        if let description, !description.isEmpty { return description }
        return body.firstParagraph
    }

    /// The title as it leaves the site in a feed, where aggregators show only the title: labelled
    /// when illustrative, in the words `t` gives (`[Minh họa] {title}`).
    public func labelledTitle(_ t: Interface) -> String { illustrative ? t(.illustrativeTitle, ["title": title]) : title }

    /// The summary as it leaves the site (feeds, share cards, JSON-LD): labelled when illustrative.
    public func labelledSummary(_ t: Interface) -> String {
        illustrative ? t(.illustrativeText, ["text": effectiveSummary]) : effectiveSummary
    }

    /// The line put first in a feed item's content when the document is illustrative.
    public func illustrativeNotice(_ t: Interface) -> String {
        guard illustrative else { return "" }
        return "<p><em>\(XML.escape(t(story != nil ? .illustrativeStory : .illustrativeArticle)))</em></p>\n"
    }

    /// The meta description as it leaves the site: labelled when illustrative.
    public func labelledDescription(_ t: Interface) -> String {
        illustrative ? t(.illustrativeText, ["text": metaDescription]) : metaDescription
    }

    /// The article as the site places it: its language from the file name (`bai.en.md`, a
    /// language of the site) when `lang:` gives none, and none when it is the site's own. The
    /// site assembler and the preview's partial rebuild both place articles by this.
    public func placed(languages: [String], siteLanguage: String) -> Document {
        guard kind == .article else { return self }
        var d = self
        if d.lang == nil, let code = DocumentParser.fileLanguage(sourcePath), languages.contains(code), code != siteLanguage {
            d.lang = code
            // The slug drops the language only when the file name made it.
            if d.slug == DocumentParser.fileSlug(sourcePath) { d.slug = DocumentParser.fileSlug(sourcePath, language: code) }
        }
        if d.lang == siteLanguage { d.lang = nil }
        return d
    }

    /// The meta description: `description:`, else the summary.
    public var metaDescription: String {
        if let description, !description.isEmpty { return description }
        return effectiveSummary
    }

    /// The lead paragraph shown above the body: only what the author wrote as a summary, never
    /// the body's first paragraph, which the body shows already.
    public var lead: String? {
        if let summary, !summary.isEmpty { return summary }
        if let description, !description.isEmpty { return description }
        return nil
    }

    /// Whether the document is published at `options.now`: not a draft, its publish date come,
    /// its expiry date not passed (each unless the options include them), and for dated kinds
    /// (articles, stories) not dated in the future.
    public func isPublished(_ options: BuildOptions) -> Bool {
        !hiddenAsDraft(options) && future(options) == nil && !expired(options)
    }

    /// When a document left out only for being dated after the build is published; nil for one
    /// published now, or left out for another reason (a draft, expired).
    public func waitsUntil(_ options: BuildOptions) -> DateTime? {
        hiddenAsDraft(options) || expired(options) ? nil : future(options)
    }

    private func hiddenAsDraft(_ options: BuildOptions) -> Bool { draft && !options.includeDrafts }

    private func expired(_ options: BuildOptions) -> Bool {
        guard !options.includeExpired, let expiryDate else { return false }
        return expiryDate <= options.now
    }

    /// The later of `publishDate:` and a dated kind's `date:` when after `options.now`, unless the
    /// build includes the future.
    private func future(_ options: BuildOptions) -> DateTime? {
        guard !options.includeFuture else { return nil }
        var latest: DateTime?
        if let publishDate, publishDate > options.now { latest = publishDate }
        if kind.isDatedPost || kind == .honours, let date, date > options.now, latest.map({ date > $0 }) ?? true { latest = date }
        return latest
    }

    static func shortened(_ text: String, limit: Int) -> String {
        // No more bytes than the limit is no more characters: the count is not needed.
        guard text.utf8.count > limit, text.count > limit else { return text }
        let cut = text.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return cut[..<end].trimmed + "…"
    }
}

/// A value kept out of line (see `Document.legal`).
final class Indirect<Value: Sendable>: Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
