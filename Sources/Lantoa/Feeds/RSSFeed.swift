/// RSS 2.0 with the full article in `content:encoded`.
struct RSSFeed {
    let site: Site

    func xml() -> String {
        let c = site.config
        var out = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
        <channel>
        <title>\(XML.escape(c.title))</title>
        <link>\(XML.escape(c.baseURL.absolute("")))</link>
        <description>\(XML.escape(c.description.isEmpty ? c.title : c.description))</description>
        <language>\(XML.escape(c.language))</language>
        <atom:link href="\(XML.escape(c.baseURL.absolute("rss.xml")))" rel="self" type="application/rss+xml"/>

        """
        if let newest = site.articles.first?.date { out += "<lastBuildDate>\(VietnameseFormat.rfc822(newest))</lastBuildDate>\n" }
        for article in site.articles.prefix(c.feedSize) {
            let url = c.baseURL.absolute(site.path(of: article))
            out += "<item>\n<title>\(XML.escape(article.title))</title>\n<link>\(XML.escape(url))</link>\n"
            out += "<guid isPermaLink=\"false\">\(XML.escape(c.baseURL.absolute("") + "#" + article.sourcePath))</guid>\n"
            if let date = article.date { out += "<pubDate>\(VietnameseFormat.rfc822(date))</pubDate>\n" }
            out += "<description>\(XML.escape(article.effectiveSummary))</description>\n"
            for category in article.categories + article.tags { out += "<category>\(XML.escape(category))</category>\n" }
            out += "<content:encoded><![CDATA[\(site.absoluteHTML(article.body.html).replacingAll("]]>", with: "]]]]><![CDATA[>"))]]></content:encoded>\n</item>\n"
        }
        return out + "</channel>\n</rss>\n"
    }
}
