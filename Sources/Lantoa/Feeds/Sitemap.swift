/// `sitemap.xml`: every HTML page with its last change where one is known.
struct Sitemap {
    let site: Site

    func xml() -> String {
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for route in site.routes where route.file.hasSuffix("index.html") {
            switch route.kind {
            case .redirect, .embed: continue
            default: break
            }
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
        case .story(let i): site.stories[i].lastmod ?? site.stories[i].date
        case .home, .articleList(page: 1): site.articles.first.flatMap { $0.lastmod ?? $0.date }
        default: nil
        }
    }
}
