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
    /// What that feed is called, when not the title of the config the page is drawn with: the
    /// site's own title, on a page in a language with no news feed of its own.
    var siteFeedTitle: String?
    var feedFolder: String?
    /// Other-language versions: language code and site path.
    var alternates: [(lang: String, path: String)] = []
    /// Schema.org data; the publisher is added to articles and datasets.
    var structuredData: TemplateValue?

    /// The `page` dictionary templates see.
    func context(config: SiteConfig) -> TemplateObject {
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
        var feeds: [TemplateValue] = FeedFormat.allCases.map {
            .texts(["type": $0.mediaType, "title": "\(siteFeedTitle ?? config.title) – \($0.label)", "href": config.baseURL.link(siteFeedFolder + $0.rawValue)])
        }
        if let feedFolder, feedFolder != siteFeedFolder {
            feeds += FeedFormat.allCases.map {
                .texts(["type": $0.mediaType, "title": "\(title) – \($0.label)", "href": config.baseURL.link(feedFolder + $0.rawValue)])
            }
        }
        let versions = alternates.isEmpty ? [] : ([(language, path)] + alternates).map { TemplateValue.texts(["lang": $0.0, "href": config.baseURL.absolute($0.1)]) }
        return [
            "title": .text(title),
            "fullTitle": .text(title == config.title ? title : "\(title) – \(config.title)"),
            "description": .text(description),
            "canonical": .text(url),
            "type": .text(type),
            "lang": .text(language),
            // Menus, notice and footer stay Vietnamese on an English page: mark them so.
            "chromeLang": .text(language == config.language ? "" : config.language),
            "ogLocale": .text(language == "vi" ? "vi_VN" : (language == "en" ? "en_GB" : language)),
            "image": imageContext(url: imageURL, image: image),
            "published": .text(published.map(VietnameseFormat.iso8601) ?? ""),
            "modified": .text((modified ?? published).map(VietnameseFormat.iso8601) ?? ""),
            "tags": .texts(subjects),
            "dublinCore": .list(dublinCore.map { .texts(["name": $0.0, "content": $0.1]) }),
            "feeds": .list(feeds),
            "versions": .list(versions),
            "jsonLD": .text(structuredData.map { JSON.encode($0) } ?? ""),
        ]
    }

    /// The picture networks show; with its size, a network lays out the card before the picture arrives.
    func imageContext(url: String?, image: (src: String, alt: String, size: ImageSize?)?) -> TemplateValue {
        guard let url, let image else { return .empty }
        return .texts(["url": url, "alt": image.alt, "width": image.size.map { String($0.width) } ?? "", "height": image.size.map { String($0.height) } ?? ""])
    }
}

/// Schema.org descriptions of the publisher, news articles and datasets.
enum StructuredData {
    static func organisation(_ config: SiteConfig) -> TemplateValue {
        let org = config.organisation
        return [
            "@type": "GovernmentOrganization", "name": .text(org.name.isEmpty ? config.title : org.name),
            "url": .text(org.website.isEmpty ? config.baseURL.absolute("") : org.website),
            "email": .text(orEmpty: org.email), "telephone": .text(orEmpty: org.phone), "address": .text(orEmpty: org.address),
        ]
    }

    static func website(_ config: SiteConfig) -> TemplateValue {
        ["@context": "https://schema.org", "@type": "WebSite", "name": .text(config.title), "url": .text(config.baseURL.absolute("")),
         "inLanguage": .text(config.language), "publisher": organisation(config)]
    }

    /// `NewsArticle` for news, `Article` for success stories.
    static func newsArticle(_ a: Document, path: String, config: SiteConfig, words t: Interface, type: String = "NewsArticle") -> TemplateValue {
        [
            "@context": "https://schema.org", "@type": .text(type), "headline": .text(a.title),
            "description": .text(a.labelledSummary(t)), "mainEntityOfPage": .text(config.baseURL.absolute(path)), "url": .text(config.baseURL.absolute(path)),
            "inLanguage": .text(config.language), "publisher": organisation(config), "license": .text(config.licenceURL),
            "author": a.author.map { ["@type": "Person", "name": .text($0)] } ?? organisation(config),
            "datePublished": .text(orEmpty: a.date.map(VietnameseFormat.iso8601)),
            "dateModified": .text(orEmpty: (a.lastmod ?? a.date).map(VietnameseFormat.iso8601)),
            "keywords": .text(orEmpty: a.tags.joined(separator: ", ")),
            "image": .text(orEmpty: a.image.map(config.baseURL.absoluteURL)),
        ]
    }

    /// A schema.org `Event`: search engines and calendars show when and where.
    static func event(_ d: Document, path: String, config: SiteConfig, words t: Interface) -> TemplateValue {
        guard let e = d.event else { return .empty }
        let physical: TemplateValue = e.place.isEmpty ? .empty : ["@type": "Place", "name": .text(e.place), "address": .text(e.place)]
        let virtual: TemplateValue = e.online.map { ["@type": "VirtualLocation", "url": .text(config.baseURL.absoluteURL($0))] } ?? .empty
        let location: TemplateValue = switch (physical, virtual) {
        case (.empty, _): virtual
        case (_, .empty): physical
        default: [physical, virtual]
        }
        let mode = e.online == nil ? "Offline" : (e.place.isEmpty ? "Online" : "Mixed")
        return [
            "@context": "https://schema.org", "@type": "Event", "name": .text(d.labelledTitle(t)), "description": .text(d.labelledSummary(t)),
            "startDate": .text(VietnameseFormat.iso8601(e.start)), "endDate": .text(VietnameseFormat.iso8601(e.end)),
            "eventStatus": "https://schema.org/EventScheduled", "eventAttendanceMode": .text("https://schema.org/\(mode)EventAttendanceMode"),
            "location": location, "url": .text(config.baseURL.absolute(path)), "inLanguage": .text(config.language),
            "organizer": e.organiser.isEmpty ? organisation(config) : ["@type": "Organization", "name": .text(e.organiser)],
        ]
    }

    /// A report as schema.org describes one: a VideoObject or an AudioObject, with its transcript.
    static func broadcast(_ d: Document, path: String, config: SiteConfig, words t: Interface) -> TemplateValue {
        guard let b = d.broadcast else { return .empty }
        var object: TemplateObject = [
            "@context": "https://schema.org", "@type": .text(b.medium == .video ? "VideoObject" : "AudioObject"),
            "name": .text(d.labelledTitle(t)), "description": .text(d.labelledSummary(t)), "url": .text(config.baseURL.absolute(path)),
            "uploadDate": .text(d.date.map(VietnameseFormat.iso8601) ?? ""), "inLanguage": .text(b.language.tag),
            "contentUrl": .text(orEmpty: b.file.map(config.baseURL.absoluteURL)),
            "thumbnailUrl": .text(orEmpty: d.image.map(config.baseURL.absoluteURL)),
            "duration": .text(orEmpty: b.durationISO),
            "author": b.station.isEmpty ? organisation(config) : ["@type": "Organization", "name": .text(b.station)],
        ]
        if let url = b.url { object["sameAs"] = .text(url) }
        return .object(object.filter { if case .empty = $0.value { false } else { true } })
    }

    static func dataset(_ stats: IndicatorStatistics, config: SiteConfig, words t: Interface) -> TemplateValue {
        let i = stats.indicator
        let folder = config.urlNames.indicators
        let description = i.description.isEmpty ? ChartRenderer(stats).title : i.description
        let years = i.observations.map(\.year)
        let coverage: TemplateValue = if let first = years.min(), let last = years.max() {
            .text(first == last ? "\(first)" : "\(first)/\(last)")
        } else { .empty }
        return [
            "@context": "https://schema.org", "@type": "Dataset", "name": .text(i.illustrative ? t(.illustrativeFigures, ["name": i.name]) : i.name),
            "description": .text(i.illustrative ? t(.illustrativeDataset, ["text": description]) : description),
            "url": .text(config.baseURL.absolute("\(folder)/\(i.id)/")), "license": .text(config.licenceURL), "inLanguage": .text(config.language),
            "isAccessibleForFree": true, "publisher": organisation(config), "creator": organisation(config),
            "distribution": [
                ["@type": "DataDownload", "encodingFormat": "text/csv", "contentUrl": .text(config.baseURL.absolute("\(folder)/\(i.id).csv"))],
                ["@type": "DataDownload", "encodingFormat": "application/json", "contentUrl": .text(config.baseURL.absolute("\(folder)/\(i.id).json"))],
            ],
            "temporalCoverage": coverage,
            "isBasedOn": .text(orEmpty: i.sourceName.isEmpty ? nil : (i.sourceURL.isEmpty ? i.sourceName : i.sourceURL)),
        ]
    }
}
