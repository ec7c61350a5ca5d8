/// A Markdown body turned into HTML, with what later stages need to know about it.
public struct RenderedMarkdown: Sendable {
    /// One heading, for tables of contents and anchors.
    public struct Heading: Sendable, Equatable {
        public var level: Int
        /// Kept by a document only for a page with a table of contents (`toc: true`).
        public var text: String
        public var id: String
    }

    /// A link or image target written in the body, kept for the link check after assembly.
    public struct Reference: Sendable, Equatable {
        public var url: String
        public var location: SourceLocation
        public var isImage: Bool
        /// The page's Markdown file a link names (`bai.md`, linked at that page's address).
        public var page: String? = nil
        /// For a link to a file that is not there, the file named alike but for capitals
        /// (`content/media/Anh.JPG` for `/media/anh.jpg`): the hint names it.
        public var near: String? = nil
    }

    /// The HTML, read back from where the build keeps it (see `TextStore`): every page that
    /// shows it reads it again, so keep what `html` gives only as long as it is needed.
    public var html: String { htmlText.string }
    public var htmlText: StoredText
    /// Plain text of the first paragraph: the default summary. A document keeps it shortened to
    /// 240 characters, and only when its front matter has no summary.
    public var firstParagraph: String
    public var headings: [Heading]
    public var references: [Reference]
    public var wordCount: Int
    /// Files of the content folder the body links to beside it (`anh.png`, `./images/x.jpeg`),
    /// each with the site path it is published at.
    public var resources: [Resource] = []
    /// The content Markdown files the body links to by a relative path (`bai-khac.md`): each
    /// link goes to that file's page, so the body changes when the page's address does.
    public var pageLinks: [String] = []
    /// Whether the site drew any of its fenced blocks (a ```chart or ```table of an indicator):
    /// the body changes when the indicators do.
    public var drawsBlocks = false
    /// Whether the body shows the theme's words (a footnote's links back, in the document's
    /// language): it changes when they do.
    public var readsWords = false

    /// A file published because a page links to it.
    public struct Resource: Sendable, Equatable {
        /// Project-relative source path (`content/articles/bai/anh.png`).
        public var source: String
        /// Output path (`tin-tuc/bai/anh.png`).
        public var output: String
    }

    public static let empty = RenderedMarkdown(htmlText: StoredText(""), firstParagraph: "", headings: [], references: [], wordCount: 0)
}

/// The GitHub-Flavored extensions, each of which can be left out (the conformance test turns on
/// those an example names).
public struct MarkdownExtensions: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let tables = MarkdownExtensions(rawValue: 1)
    public static let strikethrough = MarkdownExtensions(rawValue: 2)
    public static let autolinks = MarkdownExtensions(rawValue: 4)
    public static let taskLists = MarkdownExtensions(rawValue: 8)
    public static let footnotes = MarkdownExtensions(rawValue: 16)
    /// `## Heading {#id}`, as Hugo and Pandoc write it (not in GitHub's spec).
    public static let headingAttributes = MarkdownExtensions(rawValue: 32)
    /// GitHub's filter of `<script>`, `<iframe>`… in raw HTML; the site keeps or drops raw HTML whole.
    public static let tagFilter = MarkdownExtensions(rawValue: 64)

    /// What the site reads.
    public static let site: MarkdownExtensions = [.tables, .strikethrough, .autolinks, .taskLists, .footnotes, .headingAttributes]
}

/// Where a page's body sits and where the page is published, for its relative links.
public struct MarkdownPage: Sendable {
    /// The folder of the source file, with a trailing slash: `content/articles/bai/`.
    public var sourceFolder: String
    /// The page's site path: `tin-tuc/bai/`.
    public var sitePath: String

    public init(sourceFolder: String, sitePath: String) {
        self.sourceFolder = sourceFolder
        self.sitePath = sitePath
    }
}

/// How Markdown is turned into HTML for this site.
public struct MarkdownOptions: Sendable {
    /// The mount path of the site (`/` or `/nang-suat/`), put in front of root-relative links.
    public var basePath: String
    public var allowRawHTML: Bool
    /// Where the rendered HTML is kept until the pages are written; nil keeps it in memory.
    public var store: TextStore?
    /// Turns fenced blocks such as ```chart into HTML; nil for a block it does not handle.
    public var fencedBlock: (@Sendable (FencedBlock) -> Result<String, Diagnostic>?)?
    public var extensions: MarkdownExtensions = .site
    /// Typographic quotes and dashes (cmark's smart punctuation).
    public var smart = true
    public var markup: MarkdownMarkup = .site
    /// The files of `content/`, for relative links, bundles and picture sizes; nil reads none.
    public var files: ContentIndex?
    /// The site path (`tin-tuc/bai/`) of the page a content Markdown file publishes (its
    /// project-relative path as the disk spells it), for a relative link to it (`bai.md`); nil
    /// for a file that publishes no page, which is then published as a file.
    public var pageAddress: (@Sendable (String) -> String?)?
    /// The sections' URL names, to know where a page is published while its body is rendered.
    public var sections = SiteConfig.URLNames()
    /// Front matter keys the site accepts besides Lan Tỏa's own (`extra_keys:` in site.yml).
    /// Kept here, with the rest of what a content file is read with.
    public var extraKeys: Set<String> = []
    /// The site's languages, its own first: an article named `bai.en.md` is in English when `en` is one.
    public var languages = ["vi"]
    /// The theme's words in each language, and the language of the document being rendered (nil:
    /// the site's): footnotes and ```chart blocks speak the document's language.
    public var words: [String: Interface] = [:]
    public var language: String?

    /// The words of the document being rendered.
    var documentWords: Interface { words[language ?? languages.first ?? "vi"] ?? .standard }

    public init(basePath: String = "/", allowRawHTML: Bool = false, store: TextStore? = nil,
                fencedBlock: (@Sendable (FencedBlock) -> Result<String, Diagnostic>?)? = nil, files: ContentIndex? = nil) {
        self.basePath = basePath
        self.allowRawHTML = allowRawHTML
        self.store = store
        self.fencedBlock = fencedBlock
        self.files = files
    }

    /// As the GFM spec's examples expect: raw HTML kept, straight quotes, GitHub's markup and
    /// none of the site's additions (heading ids, lazy pictures, fenced chart and table blocks).
    public static func spec(_ extensions: MarkdownExtensions) -> MarkdownOptions {
        var options = MarkdownOptions(allowRawHTML: true)
        options.extensions = extensions
        options.smart = false
        options.markup = .spec
        return options
    }
}

/// A fenced code block: ```` ```chart ```` and ```` ```table ```` are replaced at build time.
public struct FencedBlock: Sendable {
    /// The first word of the info string (`chart`) and the rest (`Kết quả khảo sát`).
    public var kind: String
    public var argument: String
    public var literal: String
    /// The line of the opening fence.
    public var location: SourceLocation
    /// 1 for the first fenced block of the document, for unique ids.
    public var index: Int
    /// The language of the document it is in (nil: the site's).
    public var language: String? = nil
}
