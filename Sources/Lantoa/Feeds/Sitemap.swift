/// `sitemap.xml`: every HTML page with its last change where one is known. One file may list
/// at most 50,000 addresses (sitemaps.org); a larger site gets `sitemap.xml` as an index of
/// parts of 10,000 (`sitemap-1.xml`, …), each written on its own.
struct Sitemap {
    static let limit = BuildOptions.standardSitemapLimit
    let site: Site

    /// The pages a part holds when `pages` are more than `limit`, else nil (one file).
    static func partSize(pages: Int, limit: Int) -> Int? {
        pages > limit ? min(10_000, limit) : nil
    }

    static func partFile(_ k: Int) -> String { "sitemap-\(k + 1).xml" }

    /// Whether a route is a page the sitemap lists: HTML pages, but not redirects or embeds.
    static func lists(_ route: Route) -> Bool {
        guard route.file.hasSuffix("index.html") else { return false }
        switch route.kind {
        case .redirect, .embed: return false
        default: return true
        }
    }

    /// `sitemap.xml`: the pages, or the index of the parts.
    func xml() -> String {
        guard site.sitemapPartSize != nil else { return urlset(site.routes.lazy.filter(Self.lists)) }
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for route in site.routes {
            guard case .sitemapPart = route.kind else { continue }
            out += "<sitemap><loc>\(XML.escape(site.config.baseURL.absolute(route.file)))</loc></sitemap>\n"
        }
        return out + "</sitemapindex>\n"
    }

    /// Part `k` of a large site's sitemap.
    func part(_ k: Int) -> String {
        let size = site.sitemapPartSize ?? Int.max
        return urlset(site.routes.lazy.filter(Self.lists).dropFirst(k * size).prefix(size))
    }

    private func urlset(_ routes: some Sequence<Route>) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for route in routes {
            out += "<url><loc>\(XML.escape(site.config.baseURL.absolute(route.sitePath)))</loc>"
            if let date = lastChange(route) { out += "<lastmod>\(VietnameseFormat.iso8601(date))</lastmod>" }
            out += "</url>\n"
        }
        return out + "</urlset>\n"
    }

    private func lastChange(_ route: Route) -> DateTime? {
        switch route.kind {
        case .article(let i): site.articles[i].lastmod ?? site.articles[i].date
        case .page(let i): site.pages[i].lastmod ?? site.pages[i].date
        case .translatedArticle(let i): site.translatedArticles[i].lastmod ?? site.translatedArticles[i].date
        case .story(let i): site.stories[i].lastmod ?? site.stories[i].date
        case .home: site.articles.first.flatMap { $0.lastmod ?? $0.date }
        case .list(let list) where list.of == .news && list.isFirst: site.articles.first.flatMap { $0.lastmod ?? $0.date }
        default: nil
        }
    }
}
