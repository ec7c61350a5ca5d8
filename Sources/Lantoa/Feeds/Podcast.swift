/// The radio and television reports the site plays itself, as a podcast: RSS 2.0 with an
/// enclosure per report and the tags podcast apps read (Apple's `itunes:` and Podcasting 2.0's
/// `podcast:transcript`, which points at the transcript on the report's page).
struct Podcast {
    let site: Site

    var config: SiteConfig { site.config }
    var t: Interface { site.interface }

    /// Podcast apps show square JPEG or PNG pictures of 1400 to 3000 pixels (Apple's rule); any
    /// other poster stays on the report's page only.
    static func appsShow(_ d: Document) -> Bool {
        guard let image = d.image?.lowercased(), image.hasSuffix(".jpg") || image.hasSuffix(".jpeg") || image.hasSuffix(".png"),
              let size = d.imageSize else { return false }
        return size.width == size.height && (1400...3000).contains(size.width)
    }

    /// The files podcast apps play: MP3, AAC (M4A) and MPEG-4 video.
    static let playable: Set<String> = ["audio/mpeg", "audio/mp4", "video/mp4"]

    /// Whether a report goes in the podcast: it has a file podcast apps play.
    static func carries(_ d: Document) -> Bool { d.broadcast?.mimeType.map(playable.contains) ?? false }

    /// The reports podcast apps can play, newest first.
    var episodes: [Document] { site.broadcasts.filter(Self.carries) }

    func rss() -> String {
        let names = config.urlNames
        let owner = config.organisation.name.isEmpty ? config.title : config.organisation.name
        let episodes = self.episodes
        var out = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:atom="http://www.w3.org/2005/Atom">
        <channel>
        <title>\(XML.escape(t(.podcastTitle, ["site": config.title])))</title>
        <link>\(XML.escape(config.baseURL.absolute(names.broadcastsPath)))</link>
        <description>\(XML.escape(t(.broadcastsDescription)))</description>
        <language>\(XML.escape(config.language))</language>
        <atom:link href="\(XML.escape(config.baseURL.absolute(names.podcastFile)))" rel="self" type="application/rss+xml"/>
        <itunes:author>\(XML.escape(owner))</itunes:author>
        <itunes:owner><itunes:name>\(XML.escape(owner))</itunes:name>\(config.organisation.email.isEmpty ? "" : "<itunes:email>\(XML.escape(config.organisation.email))</itunes:email>")</itunes:owner>
        <itunes:explicit>false</itunes:explicit>
        <itunes:type>episodic</itunes:type>
        <itunes:category text="Government"/>

        """
        if let poster = episodes.first(where: Self.appsShow)?.image { out += "<itunes:image href=\"\(XML.escape(config.baseURL.absoluteURL(poster)))\"/>\n" }
        if let newest = episodes.compactMap({ $0.lastmod ?? $0.date }).max() { out += "<lastBuildDate>\(VietnameseFormat.rfc822(newest))</lastBuildDate>\n" }
        for d in episodes {
            let b = d.broadcast!
            let page = config.baseURL.absolute(site.path(of: d))
            out += "<item>\n<title>\(XML.escape(d.labelledTitle(t)))</title>\n<link>\(XML.escape(page))</link>\n"
            out += "<guid isPermaLink=\"false\">\(XML.escape(FeedWriter.id(d, host: config.baseURL.host)))</guid>\n"
            if let date = d.date { out += "<pubDate>\(VietnameseFormat.rfc822(date))</pubDate>\n" }
            out += "<description>\(XML.escape(d.labelledSummary(t)))</description>\n"
            out += "<enclosure url=\"\(XML.escape(config.baseURL.absoluteURL(b.file!)))\" length=\"\(b.fileSize)\" type=\"\(b.mimeType ?? "application/octet-stream")\"/>\n"
            if let duration = b.duration { out += "<itunes:duration>\(duration)</itunes:duration>\n" }
            if let image = d.image, Self.appsShow(d) { out += "<itunes:image href=\"\(XML.escape(config.baseURL.absoluteURL(image)))\"/>\n" }
            if !b.station.isEmpty { out += "<itunes:author>\(XML.escape(b.station))</itunes:author>\n" }
            out += "<itunes:episodeType>full</itunes:episodeType>\n"
            if !d.body.html.isEmpty {
                out += "<podcast:transcript url=\"\(XML.escape(page + "#" + Broadcast.transcriptAnchor))\" type=\"text/html\" language=\"\(b.language.tag)\"/>\n"
            }
            out += "</item>\n"
        }
        return out + "</channel>\n</rss>\n"
    }
}
