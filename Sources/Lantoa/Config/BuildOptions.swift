import Foundation

/// What a build reads, where it writes, and which switches are on.
public struct BuildOptions: Sendable {
    /// Addresses one sitemap file may list (sitemaps.org): a larger site's sitemap is an index of parts.
    static let standardSitemapLimit = 50_000
    /// Articles a year of the archive shows on one page; a busier year gets a page per month.
    static let standardArchiveYearLimit = 300
    /// Entries per segment of the search index (`SearchIndex`).
    public static let standardSearchSegment = 4_096

    /// The project folder (holding `content/` and `templates/`).
    public var siteRoot: URL
    /// The output folder; `public/` under the project by default.
    public var output: URL
    /// Overrides `base_url` from `site.yml`.
    public var baseURL: String?
    public var includeDrafts = false
    public var includeFuture = false
    /// Include pages whose `expiryDate` has passed.
    public var includeExpired = false
    /// Draw PNG pictures (charts for television, social networks and print, share pictures) with
    /// librsvg; `--no-images` leaves them out, and the pages then link none.
    public var images = true
    /// Write `.gz` and `.br` copies beside each text file for web servers to send as they are
    /// (`--no-compress` leaves them out; the preview never writes them, its pages change in place).
    public var compress = true
    /// "Now", injected so tests can freeze the clock; future-dated articles are compared against it.
    public var now: DateTime
    /// The most addresses one sitemap file holds (the protocol's limit); tests lower it.
    var sitemapLimit = Self.standardSitemapLimit
    /// The output folder is a preview's own, also written in place by warm rebuilds (`BuildSession`):
    /// files missing from its list are still Lan Tỏa's.
    var outputWrittenInPlace = false
    /// A year of the news archive with more articles than this gets a page for each month; tests lower it.
    var archiveYearLimit = Self.standardArchiveYearLimit
    /// Entries per segment of the search index (`SearchIndex`); tests lower it (`--search-segment`,
    /// hidden) to see many segments on a small site.
    public var searchSegment = Self.standardSearchSegment
    /// A build to publish (`lantoa build`), not a preview's: a site address on this computer
    /// (`http://localhost:1313/` from site.yml) is then a warning, since feeds, the sitemap and
    /// the newsletters' e-mails give it.
    public var publishing = false

    public init(siteRoot: URL, output: URL? = nil, baseURL: String? = nil, includeDrafts: Bool = false,
                includeFuture: Bool = false, includeExpired: Bool = false, now: DateTime = DateTime(epochSeconds: Int(Date().timeIntervalSince1970))) {
        self.siteRoot = siteRoot.standardizedFileURL
        self.output = (output ?? siteRoot.appendingPathComponent("public")).standardizedFileURL
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.includeExpired = includeExpired
        self.now = now
    }
}
