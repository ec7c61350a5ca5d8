/// A term of the glossary (`content/glossary/`): what productivity words mean, for readers who
/// meet them in the news ("phổ biến kiến thức về năng suất", II.1). The file's title is the term,
/// its body the longer explainer.
public struct GlossaryEntry: Sendable {
    /// One or two sentences: what a reader needs where the term is used.
    public var short: String
    /// Other names of the term (`NSLĐ`, `năng suất các nhân tố tổng hợp`): a text that uses one
    /// links to the term too.
    public var alsoCalled: [String]
    public var sources: [Source]
    /// Whether the first use in an article, story or page links to the term (`link: false` stops it).
    public var link: Bool
    /// Where `also_called:` is written, for the error of a name two terms claim.
    public var alsoCalledLocation: SourceLocation?

    public struct Source: Sendable {
        public var title: String
        public var url: String?
    }
}

enum GlossaryParser {
    static let keys = ["title", "short", "also_called", "sources", "link", "draft", "slug", "lastmod"]

    static func parse(_ r: inout FieldReader, frontMatter: FrontMatter) -> GlossaryEntry {
        let short = r.requiredString("short", what: .theTerm, example: "short: Giá trị tăng thêm tạo ra trên một lao động trong một năm.") ?? ""
        var sources: [GlossaryEntry.Source] = []
        for group in r.groups("sources") {
            var g = FieldReader(group)
            g.warnUnknownKeys(known: ["title", "url"], what: .aSource)
            sources.append(.init(title: g.requiredString("title", what: .theSource, example: "title: Tổng cục Thống kê") ?? "", url: g.link("url")))
            r.absorb(g)
        }
        return GlossaryEntry(short: short, alsoCalled: r.stringList("also_called"), sources: sources, link: r.bool("link") ?? true,
                             alsoCalledLocation: frontMatter["also_called"]?.valueLocation)
    }
}
