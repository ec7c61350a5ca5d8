import Foundation

/// Serialises a feed as RSS 2.0 (full text in `content:encoded`), Atom 1.0 or JSON Feed 1.1.
/// URLs inside content are absolute, dates keep the author's +07:00, ids never depend on the title.
struct FeedWriter {
    let site: Site
    let feed: FeedSpec
    /// The site as the feed's language presents it, and that language's words.
    let config: SiteConfig
    let t: Interface

    init(site: Site, feed: FeedSpec) {
        (self.site, self.feed) = (site, feed)
        config = feed.language.map(site.config.inLanguage) ?? site.config
        t = feed.language.flatMap { site.interfaces[$0] } ?? site.interface
    }

    func render(_ format: FeedFormat) -> String {
        switch format {
        case .rss: rss()
        case .atom: atom()
        case .json: json()
        }
    }

    /// `tag:host,2026-03-05:articles/2026/a.md`: from the file and its date, so editing a title keeps it.
    func id(_ article: Document) -> String { Self.id(article, host: config.baseURL.host) }

    /// The same for any document of the site (the podcast's episodes too).
    static func id(_ d: Document, host: String) -> String {
        let day = d.date.map(VietnameseFormat.isoDay) ?? "2000-01-01"
        return "tag:\(host),\(day):\(d.sourcePath.hasPrefix("content/") ? String(d.sourcePath.dropFirst(8)) : d.sourcePath)"
    }

    private var items: [Document] {
        feed.articles.map { feed.stories ? site.stories[$0] : feed.language != nil ? site.translatedArticles[$0] : site.articles[$0] }
    }
    private var newest: DateTime? { items.compactMap { $0.lastmod ?? $0.date }.max() }

    private func cdata(_ html: String) -> String {
        "<![CDATA[" + site.absoluteHTML(html).replacingAll("]]>", with: "]]]]><![CDATA[>") + "]]>"
    }

    /// An article's lead picture for the feeds: its address, its type and its size; nil when it
    /// has none, or none that the build found and measured (a missing file is not announced).
    private func picture(_ article: Document) -> (url: String, type: String, size: ImageSize)? {
        guard let image = article.image, let size = article.imageSize, URLPolicy.scheme(of: image) == nil else { return nil }
        let type = ContentTypes.forPath(image)
        guard type.hasPrefix("image/") else { return nil }
        return (config.baseURL.absoluteURL(image), type, size)
    }

    func rss() -> String {
        var out = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
        <channel>
        <title>\(XML.escape(feed.title))</title>
        <link>\(XML.escape(config.baseURL.absolute(feed.page)))</link>
        <description>\(XML.escape(feed.description))</description>
        <language>\(XML.escape(config.language))</language>
        <copyright>\(XML.escape("\(config.licenceName) – \(config.credit)"))</copyright>
        <atom:link href="\(XML.escape(config.baseURL.absolute(feed.folder + FeedFormat.rss.rawValue)))" rel="self" type="application/rss+xml"/>

        """
        if let newest { out += "<lastBuildDate>\(VietnameseFormat.rfc822(newest))</lastBuildDate>\n" }
        for article in items {
            out += "<item>\n<title>\(XML.escape(article.labelledTitle(t)))</title>\n<link>\(XML.escape(config.baseURL.absolute(site.path(of: article))))</link>\n"
            out += "<guid isPermaLink=\"false\">\(XML.escape(id(article)))</guid>\n"
            if let date = article.date { out += "<pubDate>\(VietnameseFormat.rfc822(date))</pubDate>\n" }
            if let author = article.author { out += "<dc:creator xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\(XML.escape(author))</dc:creator>\n" }
            out += "<description>\(XML.escape(article.labelledSummary(t)))</description>\n"
            for category in article.categories + article.tags { out += "<category>\(XML.escape(category))</category>\n" }
            // The lead picture, as news aggregators and newsrooms' systems read it (Media RSS).
            if let (url, type, size) = picture(article) {
                out += "<media:content url=\"\(XML.escape(url))\" medium=\"image\" type=\"\(type)\" width=\"\(size.width)\" height=\"\(size.height)\">"
                if let alt = article.imageAlt, !alt.isEmpty { out += "<media:description type=\"plain\">\(XML.escape(alt))</media:description>" }
                out += "</media:content>\n"
            }
            out += "<content:encoded>\(cdata(article.illustrativeNotice(t) + article.body.html))</content:encoded>\n</item>\n"
        }
        return out + "</channel>\n</rss>\n"
    }

    func atom() -> String {
        let updated = newest.map(VietnameseFormat.iso8601) ?? "2000-01-01T00:00:00+07:00"
        var out = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XML.escape(config.language))">
        <title>\(XML.escape(feed.title))</title>
        <subtitle>\(XML.escape(feed.description))</subtitle>
        <id>\(XML.escape(config.baseURL.absolute(feed.folder + FeedFormat.atom.rawValue)))</id>
        <link rel="self" type="application/atom+xml" href="\(XML.escape(config.baseURL.absolute(feed.folder + FeedFormat.atom.rawValue)))"/>
        <link rel="alternate" type="text/html" href="\(XML.escape(config.baseURL.absolute(feed.page)))"/>
        <updated>\(updated)</updated>
        <author><name>\(XML.escape(config.organisation.name.isEmpty ? config.title : config.organisation.name))</name></author>
        <rights>\(XML.escape("\(config.licenceName) – \(config.credit)"))</rights>

        """
        for article in items {
            let published = article.date.map(VietnameseFormat.iso8601) ?? updated
            out += "<entry>\n<title>\(XML.escape(article.labelledTitle(t)))</title>\n<id>\(XML.escape(id(article)))</id>\n"
            out += "<link rel=\"alternate\" type=\"text/html\" href=\"\(XML.escape(config.baseURL.absolute(site.path(of: article))))\"/>\n"
            out += "<published>\(published)</published>\n<updated>\((article.lastmod ?? article.date).map(VietnameseFormat.iso8601) ?? published)</updated>\n"
            if let author = article.author { out += "<author><name>\(XML.escape(author))</name></author>\n" }
            for category in article.categories + article.tags { out += "<category term=\"\(XML.escape(category))\"/>\n" }
            if let (url, type, _) = picture(article) { out += "<link rel=\"enclosure\" type=\"\(type)\" href=\"\(XML.escape(url))\"/>\n" }
            out += "<summary>\(XML.escape(article.labelledSummary(t)))</summary>\n"
            out += "<content type=\"html\">\(XML.escape(site.absoluteHTML(article.illustrativeNotice(t) + article.body.html)))</content>\n</entry>\n"
        }
        return out + "</feed>\n"
    }

    /// JSON Feed 1.1 (https://jsonfeed.org/version/1.1).
    func json() -> String {
        let document: TemplateValue = [
            "version": "https://jsonfeed.org/version/1.1", "title": .text(feed.title), "description": .text(feed.description),
            "home_page_url": .text(config.baseURL.absolute(feed.page)), "feed_url": .text(config.baseURL.absolute(feed.folder + FeedFormat.json.rawValue)),
            "language": .text(config.language), "authors": [["name": .text(config.organisation.name.isEmpty ? config.title : config.organisation.name)]],
            "items": .list(items.map { a in
                [
                    "id": .text(id(a)), "url": .text(config.baseURL.absolute(site.path(of: a))), "title": .text(a.labelledTitle(t)),
                    "content_html": .text(site.absoluteHTML(a.illustrativeNotice(t) + a.body.html)), "summary": .text(a.labelledSummary(t)),
                    "date_published": a.date.map { .text(VietnameseFormat.iso8601($0)) } ?? .empty,
                    "date_modified": a.lastmod.map { .text(VietnameseFormat.iso8601($0)) } ?? .empty,
                    "tags": .texts(a.categories + a.tags), "image": a.image.map { .text(config.baseURL.absoluteURL($0)) } ?? .empty,
                    "authors": a.author.map { [["name": .text($0)]] } ?? .empty,
                ]
            }),
        ]
        return JSON.encode(document, pretty: true) + "\n"
    }
}

extension Site {
    /// Article HTML with root-relative links made absolute, for feeds read away from the site.
    func absoluteHTML(_ html: String) -> String {
        let origin = config.baseURL.origin
        return html.replacingAll("href=\"/", with: "href=\"\(origin)/").replacingAll("src=\"/", with: "src=\"\(origin)/")
    }
}
