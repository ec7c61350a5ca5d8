/// One feed of the site: the whole site, a section or a tag, in three formats.
public struct FeedSpec: Sendable {
    public var title: String
    public var description: String
    /// The folder the feed files sit in (`""`, `tin-tuc/`, `the/5s/`).
    public var folder: String
    /// The HTML page the feed mirrors, as a site path.
    public var page: String
    /// Indexes into `Site.articles` (`Site.stories` for a stories feed, `Site.translatedArticles` for one in another language), newest first, already cut to the feed size.
    public var articles: [Int]
    /// Whether the entries are success stories rather than news.
    public var stories = false
    /// The language of a feed of articles in another language of the site: its entries index
    /// `Site.translatedArticles`, its words and credit are that language's.
    public var language: String? = nil
}

/// The feed formats every feed is published in.
public enum FeedFormat: String, Sendable, CaseIterable {
    case rss = "rss.xml", atom = "atom.xml", json = "feed.json"

    public var mediaType: String {
        switch self {
        case .rss: "application/rss+xml"
        case .atom: "application/atom+xml"
        case .json: "application/feed+json"
        }
    }

    public var label: String {
        switch self {
        case .rss: "RSS"
        case .atom: "Atom"
        case .json: "JSON Feed"
        }
    }
}
