import Foundation

/// What a page says about itself to browsers, search engines, social networks and archives:
/// canonical URL, feeds, Open Graph and Twitter cards, Dublin Core and JSON-LD.
struct PageMeta {
    var path: String
    var title: String
    var description: String
    /// `website` or `article` (Open Graph).
    var type = "website"
    /// The page's language when it differs from the site's (`en` for the English pages).
    var lang: String?
    var published: DateTime?
    var modified: DateTime?
    var author: String?
    /// A site path or absolute URL, and its description.
    var image: (src: String, alt: String, size: ImageSize?)?
    var subjects: [String] = []
    /// Feeds of this page's scope (a tag, a category) besides the site's.
    /// The feed that stands for the whole site on this page: the site's (`""`), or the news feed
    /// of the page's language (`en/tin-tuc/`) on a page in another language.
    var siteFeedFolder = ""
    var feedFolder: String?
    /// Other-language versions: language code and site path.
    var alternates: [(lang: String, path: String)] = []
    /// Schema.org data; the publisher is added to articles and datasets.
    var structuredData: [String: Any]?

    /// The `page` dictionary templates see.
    func context(config: SiteConfig) -> [String: Any] {
        let url = config.baseURL.absolute(path)
        let description = description.isEmpty ? config.description : description
        // Social networks do not show SVG: such pages use the site's share picture instead.
        let own = self.image.flatMap { $0.src.lowercased().hasSuffix(".svg") ? nil : $0 }
        let image = own ?? config.shareImage.map { ($0, config.shareImageAlt, nil) }
        let imageURL = image.map { config.baseURL.absoluteURL($0.src) }
        let language = lang ?? config.language
        let publisher = config.organisation.name.isEmpty ? config.title : config.organisation.name
        var dublinCore: [(String, String)] = [
            ("DC.title", title), ("DC.creator", author ?? publisher), ("DC.publisher", publisher),
            ("DC.description", description), ("DC.identifier", url), ("DC.language", language),
            ("DC.rights", "\(config.licenceName) – \(config.credit)"),
        ]
        if let date = published ?? modified { dublinCore.insert(("DC.date", VietnameseFormat.iso8601(date)), at: 2) }
        if !subjects.isEmpty { dublinCore.append(("DC.subject", subjects.joined(separator: "; "))) }
        var feeds: [[String: Any]] = FeedFormat.allCases.map {
            ["type": $0.mediaType, "title": "\(config.title) – \($0.label)", "href": config.baseURL.link(siteFeedFolder + $0.rawValue)]
        }
        if let feedFolder, feedFolder != siteFeedFolder {
            feeds += FeedFormat.allCases.map {
                ["type": $0.mediaType, "title": "\(title) – \($0.label)", "href": config.baseURL.link(feedFolder + $0.rawValue)]
            }
        }
        var versions: [[String: Any]] = []
        if !alternates.isEmpty {
            versions = ([(language, path)] + alternates).map { ["lang": $0.0, "href": config.baseURL.absolute($0.1)] }
        }
        return PageContext.compact([
            "title": title,
            "fullTitle": title == config.title ? title : "\(title) – \(config.title)",
            "description": description,
            "canonical": url,
            "type": type,
            "lang": language,
            // Menus, notice and footer stay Vietnamese on an English page: mark them so.
            "chromeLang": language == config.language ? "" : config.language,
            "ogLocale": language == "vi" ? "vi_VN" : (language == "en" ? "en_GB" : language),
            "image": imageContext(url: imageURL, image: image),
            "published": published.map(VietnameseFormat.iso8601) ?? "",
            "modified": (modified ?? published).map(VietnameseFormat.iso8601) ?? "",
            "tags": subjects,
            "dublinCore": dublinCore.map { ["name": $0.0, "content": $0.1] },
            "feeds": feeds,
            "versions": versions,
            "jsonLD": structuredData.map(Self.json) ?? "",
        ])
    }

    /// The picture networks show; with its size, a network lays out the card before the picture arrives.
    func imageContext(url: String?, image: (src: String, alt: String, size: ImageSize?)?) -> [String: Any] {
        guard let url, let image else { return [:] }
        var fields: [String: Any] = ["url": url, "alt": image.alt]
        if let size = image.size { (fields["width"], fields["height"]) = (String(size.width), String(size.height)) }
        return fields
    }

    /// JSON for a `<script>` element (see `JSON.encode`).
    static func json(_ value: Any) -> String { JSON.encode(value) }
}

/// Schema.org descriptions of the publisher, news articles and datasets.
enum StructuredData {
    static func organisation(_ config: SiteConfig) -> [String: Any] {
        let org = config.organisation
        return PageContext.compact([
            "@type": "GovernmentOrganization", "name": org.name.isEmpty ? config.title : org.name,
            "url": org.website.isEmpty ? config.baseURL.absolute("") : org.website,
            "email": org.email, "telephone": org.phone, "address": org.address,
        ])
    }

    static func website(_ config: SiteConfig) -> [String: Any] {
        ["@context": "https://schema.org", "@type": "WebSite", "name": config.title, "url": config.baseURL.absolute(""),
         "inLanguage": config.language, "publisher": organisation(config)]
    }

    /// `NewsArticle` for news, `Article` for success stories.
    static func newsArticle(_ a: Document, path: String, config: SiteConfig, words t: Interface, type: String = "NewsArticle") -> [String: Any] {
        var data: [String: Any] = [
            "@context": "https://schema.org", "@type": type, "headline": a.title,
            "description": a.labelledSummary(t), "mainEntityOfPage": config.baseURL.absolute(path), "url": config.baseURL.absolute(path),
            "inLanguage": config.language, "publisher": organisation(config), "license": config.licenceURL,
            "author": a.author.map { ["@type": "Person", "name": $0] as [String: Any] } ?? organisation(config),
        ]
        if let d = a.date { data["datePublished"] = VietnameseFormat.iso8601(d) }
        if let d = a.lastmod ?? a.date { data["dateModified"] = VietnameseFormat.iso8601(d) }
        if !a.tags.isEmpty { data["keywords"] = a.tags.joined(separator: ", ") }
        if let image = a.image { data["image"] = config.baseURL.absoluteURL(image) }
        return data
    }

    static func dataset(_ stats: IndicatorStatistics, config: SiteConfig, words t: Interface) -> [String: Any] {
        let i = stats.indicator
        let folder = config.urlNames.indicators
        var data: [String: Any] = [
            "@context": "https://schema.org", "@type": "Dataset", "name": i.illustrative ? t(.illustrativeFigures, ["name": i.name]) : i.name,
            "description": i.illustrative ? t(.illustrativeDataset, ["text": i.description.isEmpty ? ChartRenderer(stats).title : i.description])
                : (i.description.isEmpty ? ChartRenderer(stats).title : i.description),
            "url": config.baseURL.absolute("\(folder)/\(i.id)/"), "license": config.licenceURL, "inLanguage": config.language,
            "isAccessibleForFree": true, "publisher": organisation(config), "creator": organisation(config),
            "distribution": [
                ["@type": "DataDownload", "encodingFormat": "text/csv", "contentUrl": config.baseURL.absolute("\(folder)/\(i.id).csv")],
                ["@type": "DataDownload", "encodingFormat": "application/json", "contentUrl": config.baseURL.absolute("\(folder)/\(i.id).json")],
            ],
        ]
        if let first = i.observations.map(\.year).min(), let last = i.observations.map(\.year).max() {
            data["temporalCoverage"] = first == last ? "\(first)" : "\(first)/\(last)"
        }
        if !i.sourceName.isEmpty { data["isBasedOn"] = i.sourceURL.isEmpty ? i.sourceName : i.sourceURL }
        return data
    }
}
