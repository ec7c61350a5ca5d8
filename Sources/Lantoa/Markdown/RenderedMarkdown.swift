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

    public static let empty = RenderedMarkdown(htmlText: StoredText(""), firstParagraph: "", headings: [], references: [], wordCount: 0)
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

    public init(basePath: String = "/", allowRawHTML: Bool = false, store: TextStore? = nil,
                fencedBlock: (@Sendable (FencedBlock) -> Result<String, Diagnostic>?)? = nil) {
        self.basePath = basePath
        self.allowRawHTML = allowRawHTML
        self.store = store
        self.fencedBlock = fencedBlock
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
}
