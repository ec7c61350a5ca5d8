/// `content/site.yml`: the site's identity, addresses, menu and options.
public struct SiteConfig: Sendable {
    /// The unit responsible for the site, shown in every footer.
    public struct Organisation: Sendable {
        public var name = "", address = "", phone = "", email = "", website = ""
    }

    /// One entry of the main menu.
    public struct MenuItem: Sendable {
        public var title: String
        public var url: String
        /// The language of the page it leads to, when not the site's (`en`).
        public var lang: String?
        /// Where its address is written in `site.yml`, for the check that it leads to a page.
        public var location: SourceLocation? = nil
    }

    /// The first path segment of each generated section (Vietnamese by default).
    public struct URLNames: Sendable, Equatable {
        public var articles = "tin-tuc"
        public var tags = "the"
        public var categories = "chuyen-muc"
        public var page = "trang"
        public var indicators = "chi-so"
        public var embeds = "nhung"
        public var archive = "luu-tru"
        public var press = "bao-chi"
        public var stories = "dien-hinh"
        public var search = "tim-kiem"
        public var plan = "ke-hoach"
        public var tasks = "nhiem-vu"
        public var agencies = "co-quan"
        public var documents = "van-ban"
        public var events = "su-kien"
        public var data = "du-lieu"
        public var glossary = "thuat-ngu"
        public var broadcasts = "phat-thanh-truyen-hinh"
        public var honours = "ton-vinh"
        public var newsletters = "ban-tin"

        // Site paths of generated pages: built here, and only here.
        /// `tin-tuc/`.
        public var articlesPath: String { articles + "/" }
        /// `the/`, `chuyen-muc/`: the indexes of tags and categories.
        public var tagsPath: String { tags + "/" }
        public var categoriesPath: String { categories + "/" }
        /// `bao-chi/`.
        public var pressPath: String { press + "/" }
        /// `co-quan/`: the folder of the agencies' pages.
        public var agenciesPath: String { agencies + "/" }
        /// `dien-hinh/`.
        public var storiesPath: String { stories + "/" }
        /// `chi-so/`.
        public var indicatorsPath: String { indicators + "/" }
        /// `chi-so/nang-suat-lao-dong/`.
        public func indicatorPath(_ id: String) -> String { "\(indicators)/\(id)/" }
        /// `nhung/nang-suat-lao-dong/`: the page an embed frames.
        public func embedPath(_ id: String) -> String { "\(embeds)/\(id)/" }
        /// `tin-tuc/luu-tru/`, `tin-tuc/luu-tru/2025/`.
        public func archivePath(year: Int? = nil) -> String { "\(articles)/\(archive)/" + (year.map { "\($0)/" } ?? "") }
        /// `thang-3`: a month's segment in the archive, and its anchor on the year's page.
        public static func monthSegment(_ month: Int) -> String { "thang-\(month)" }
        /// `dien-hinh/cong-cu/5s/`.
        public func storyFacetPath(_ facet: String, _ slug: String) -> String { "\(stories)/\(facet)/\(slug)/" }
        /// `tim-kiem/`.
        public var searchPath: String { search + "/" }
        /// `ke-hoach/`.
        public var planPath: String { plan + "/" }
        /// `ke-hoach/nhiem-vu/ii-1-1/`.
        public func taskPath(_ id: String) -> String { "\(plan)/\(tasks)/\(VietnameseText.slug(id))/" }
        /// `co-quan/so-khcn/`.
        public func agencyPath(_ id: String) -> String { "\(agencies)/\(VietnameseText.slug(id))/" }
        /// `van-ban/`.
        public var documentsPath: String { documents + "/" }
        /// `thuat-ngu/`: the glossary.
        public var glossaryPath: String { glossary + "/" }
        /// `phat-thanh-truyen-hinh/`: radio and television reports.
        public var broadcastsPath: String { broadcasts + "/" }
        /// `phat-thanh-truyen-hinh/podcast.xml`: the reports as a podcast.
        public var podcastFile: String { broadcasts + "/podcast.xml" }
        /// `ban-tin/`: the monthly newsletters; `ban-tin/2026-11/` one month's.
        public var newslettersPath: String { newsletters + "/" }
        public func newsletterPath(_ slug: String) -> String { "\(newsletters)/\(slug)/" }
        /// `ton-vinh/`: the honour rolls.
        public var honoursPath: String { honours + "/" }
        /// `ton-vinh/doanh-nghiep/cong-ty-a/`: everything one enterprise was honoured for.
        public func honouredPath(_ slug: String) -> String { "\(honours)/doanh-nghiep/\(slug)/" }
        /// `du-lieu/`: the open data catalogue and its files.
        public var dataPath: String { data + "/" }
        /// `su-kien/`: the calendar of courses and meetings.
        public var eventsPath: String { events + "/" }
        /// `su-kien/lich.ics` (every event) or `su-kien/lich-tap-huan.ics` (one category).
        public func calendarFile(category: String? = nil) -> String { "\(events)/lich\(category.map { "-" + VietnameseText.slug($0) } ?? "").ics" }
        /// `su-kien/tap-huan-5s/lich.ics`: one event, to add to a calendar.
        public func eventCalendarFile(_ slug: String) -> String { "\(events)/\(slug)/lich.ics" }
        /// `van-ban/loai/quyet-dinh/` (by form) or `van-ban/co-quan/ubnd-tinh/` (by issuing authority).
        public func documentFacetPath(authority: Bool, _ slug: String) -> String {
            "\(documents)/\(authority ? "co-quan" : "loai")/\(slug)/"
        }
    }

    /// The site in another language (`languages:` in site.yml): what its pages show around their
    /// text. A page with `lang:` of that language gets these, and the theme's words of that language.
    public struct Version: Sendable {
        public var title = "", tagline = "", description = "", notice = ""
        public var menu: [MenuItem] = []
        /// The organisation's name and address, the credit line and the licence's address as
        /// pages in this language give them; nil keeps the site's.
        public var organisationName: String?, address: String?, credit: String?, licenceURL: String?
    }

    public var title = ""
    public var tagline = ""
    public var description = ""
    public var baseURL = BaseURL.default
    /// Where site.yml gives `base_url`, for the warning that it is this computer's address.
    public var baseURLLocation: SourceLocation? = nil
    public var language = "vi"
    public var organisation = Organisation()
    public var licenceName = "CC BY 4.0"
    public var licenceURL = "https://creativecommons.org/licenses/by/4.0/deed.vi"
    public var credit = ""
    /// A notice shown on every page (e.g. that the example content is illustrative).
    public var notice = ""
    public var menu: [MenuItem] = []
    /// The other languages of the site, by code (`en`, `ede`).
    public var versions: [String: Version] = [:]
    /// Every language of the site, its own first.
    public var languages: [String] { [language] + versions.keys.sorted() }

    /// The site path of `code`'s home (`en/about/`): the first item of its menu inside its own
    /// folder. Its pages' site title leads there, and so does `/en/` when no page is there.
    public func languageHome(_ code: String) -> String? {
        versions[code]?.menu.lazy.filter { $0.lang == nil }
            .map { $0.url.hasPrefix("/") ? String($0.url.dropFirst()) : $0.url }.first { $0.hasPrefix(code + "/") }
    }

    /// The site as its pages in `code` present it: that language's title, description,
    /// organisation name, address, credit and licence address where its version gives them.
    public func inLanguage(_ code: String) -> SiteConfig {
        guard code != language, let version = versions[code] else { return self }
        var config = self
        config.language = code
        (config.title, config.tagline, config.notice) = (version.title, version.tagline, version.notice)
        config.description = version.description.isEmpty ? description : version.description
        config.organisation.name = version.organisationName ?? organisation.name
        config.organisation.address = version.address ?? organisation.address
        config.credit = version.credit ?? credit
        config.licenceURL = version.licenceURL ?? licenceURL
        return config
    }
    public var pageSize = 10
    public var homeArticles = 6
    public var feedSize = 20
    public var urlNames = URLNames()
    public var allowRawHTML = false
    /// Whether to build the search page, its index and the header search box.
    public var search = true
    /// Whether the first use of a glossary term in an article, story or page links to it (`glossary_links:`).
    public var glossaryLinks = true
    /// How many months of newsletters are written, newest first (`newsletter_months:`; 0 writes
    /// none). Every month by default: each e-mail links its page, which must not go away.
    public var newsletterMonths = Int.max
    /// The picture social networks show for pages without their own (a PNG or JPEG, 1200 × 630).
    public var shareImage: String?
    public var shareImageAlt = ""
    /// File extensions read as Markdown in the content folders (`extensions:`).
    public var markdownExtensions = ["md", "markdown", "mdown"]
    /// Front matter keys accepted without a warning (`extra_keys:`), such as Hugo's `authors`.
    public var extraKeys: [String] = []
    /// Where `lantoa deploy` uploads (`deploy: remote:`, an rclone remote such as
    /// `tinh:/var/www/nangsuat`; its credentials stay in rclone's own configuration), and the
    /// largest share of the remote's files, in percent, a deploy deletes without `--force`.
    public var deployRemote: String?
    public var deployMaxDelete = 50

    public init() {}

    /// Whether content files are read alike with either settings: the same address, sections'
    /// URL names, languages, Markdown file extensions, raw HTML, extra front matter keys, and
    /// search switch. What else site.yml says (the title, menus, organisation, credit, notice,
    /// list sizes…) shows only where pages are assembled and drawn, and in the charts that
    /// Markdown bodies draw.
    func readsContentAlike(_ other: SiteConfig) -> Bool {
        baseURL == other.baseURL && urlNames == other.urlNames && languages == other.languages && markdownExtensions == other.markdownExtensions
            && allowRawHTML == other.allowRawHTML && extraKeys == other.extraKeys && search == other.search
    }

    static let knownKeys = ["title", "tagline", "description", "base_url", "language", "organisation", "licence",
                            "credit", "notice", "menu", "page_size", "home_articles", "feed_size", "urls", "allow_raw_html",
                            "share_image", "share_image_alt", "extensions", "extra_keys", "search", "languages", "deploy", "glossary_links", "newsletter_months"]

    /// Reads `site.yml`; every problem is a located diagnostic.
    public static func parse(_ file: SourceFile, diagnostics: inout [Diagnostic]) -> SiteConfig {
        var config = SiteConfig()
        let before = diagnostics.count
        let frontMatter = FrontMatterParser.parseYAML(file.text, file: file.path, firstLine: 1, diagnostics: &diagnostics)
        // A file that could not be read would make every key look missing: its syntax error says it all.
        if diagnostics.count > before { return config }
        var r = FieldReader(frontMatter)
        r.warnUnknownKeys(known: knownKeys, what: .verbatim("site.yml"))
        config.title = r.requiredString("title", what: .verbatim("site.yml"), example: "title: Năng suất tỉnh") ?? ""
        config.tagline = r.string("tagline") ?? ""
        config.description = r.string("description") ?? ""
        config.language = r.string("language") ?? "vi"
        if let field = frontMatter["base_url"], let text = r.string("base_url") {
            config.baseURLLocation = field.valueLocation
            if let url = BaseURL(text) { config.baseURL = url } else {
                r.report(.error(field.valueLocation, .baseURLNotHTTP(text),
                                hint: .writeAddressSiteWillServed))
            }
        }
        if var deploy = r.group("deploy").map({ FieldReader($0) }) {
            deploy.warnUnknownKeys(known: ["remote", "max_delete"], what: .verbatim("deploy"))
            config.deployRemote = deploy.string("remote")
            config.deployMaxDelete = deploy.int("max_delete", in: 0...100) ?? 50
            r.absorb(deploy)
        }
        if var org = r.group("organisation").map({ FieldReader($0) }) {
            org.warnUnknownKeys(known: ["name", "address", "phone", "email", "website"], what: .verbatim("organisation"))
            config.organisation = Organisation(name: org.string("name") ?? "", address: org.string("address") ?? "",
                                               phone: org.string("phone") ?? "", email: org.string("email") ?? "",
                                               website: org.link("website") ?? "")
            r.absorb(org)
        }
        if var licence = r.group("licence").map({ FieldReader($0) }) {
            licence.warnUnknownKeys(known: ["name", "url"], what: .verbatim("licence"))
            config.licenceName = licence.string("name") ?? config.licenceName
            config.licenceURL = licence.link("url") ?? config.licenceURL
            r.absorb(licence)
        }
        config.credit = r.string("credit") ?? "Nguồn: \(config.organisation.name)"
        config.notice = r.string("notice") ?? ""
        config.menu = Self.menu(&r)
        if var languages = r.group("languages").map({ FieldReader($0) }) {
            for field in languages.frontMatter.fields {
                guard var version = languages.group(field.key).map({ FieldReader($0) }) else { continue }
                if VietnameseText.slug(field.key) != field.key || field.key == config.language {
                    languages.report(.error(field.keyLocation, .notLanguageCodeAnotherLanguage(field.key),
                                            hint: .useCodeEnEdeDifferent(config.language)))
                }
                version.warnUnknownKeys(known: ["title", "tagline", "description", "notice", "menu", "organisation", "credit", "licence"],
                                        what: .verbatim("languages.\(field.key)"))
                var translated = Version(
                    title: version.string("title") ?? config.title, tagline: version.string("tagline") ?? "",
                    description: version.string("description") ?? "", notice: version.string("notice") ?? "", menu: Self.menu(&version))
                if var org = version.group("organisation").map({ FieldReader($0) }) {
                    org.warnUnknownKeys(known: ["name", "address"], what: .verbatim("languages.\(field.key).organisation"))
                    (translated.organisationName, translated.address) = (org.string("name"), org.string("address"))
                    version.absorb(org)
                }
                translated.credit = version.string("credit")
                if var licence = version.group("licence").map({ FieldReader($0) }) {
                    licence.warnUnknownKeys(known: ["url"], what: .verbatim("languages.\(field.key).licence"))
                    translated.licenceURL = licence.string("url")
                    version.absorb(licence)
                }
                config.versions[field.key] = translated
                languages.absorb(version)
            }
            r.absorb(languages)
        }
        config.pageSize = r.int("page_size", in: 1...500) ?? config.pageSize
        config.homeArticles = r.int("home_articles", in: 0...100) ?? config.homeArticles
        config.feedSize = r.int("feed_size", in: 1...1000) ?? config.feedSize
        if var urls = r.group("urls").map({ FieldReader($0) }) {
            let keys: [(String, WritableKeyPath<URLNames, String>)] = [
                ("articles", \.articles), ("tags", \.tags), ("categories", \.categories), ("page", \.page),
                ("indicators", \.indicators), ("embeds", \.embeds), ("archive", \.archive), ("press", \.press), ("stories", \.stories), ("search", \.search),
                ("plan", \.plan), ("tasks", \.tasks), ("agencies", \.agencies), ("documents", \.documents), ("events", \.events), ("data", \.data), ("glossary", \.glossary), ("broadcasts", \.broadcasts), ("honours", \.honours), ("newsletters", \.newsletters),
            ]
            urls.warnUnknownKeys(known: keys.map(\.0), what: .verbatim("urls"))
            for (key, path) in keys {
                guard let value = urls.string(key), let field = urls.frontMatter[key] else { continue }
                if VietnameseText.slug(value) == value, !value.isEmpty {
                    config.urlNames[keyPath: path] = value
                } else {
                    urls.report(.error(field.valueLocation, .mustBeOneURLSegment(key, value),
                                       hint: .example(key, VietnameseText.slug(value).isEmpty ? "tin-tuc" : VietnameseText.slug(value))))
                }
            }
            r.absorb(urls)
        }
        config.allowRawHTML = r.bool("allow_raw_html") ?? false
        config.glossaryLinks = r.bool("glossary_links") ?? true
        config.newsletterMonths = r.int("newsletter_months", in: 0...600) ?? Int.max
        config.search = r.bool("search") ?? true
        config.shareImage = r.link("share_image")
        config.shareImageAlt = r.string("share_image_alt") ?? config.title
        if frontMatter["extensions"] != nil {
            let written = r.stringList("extensions").map { $0.lowercased().drop { $0 == "." || $0 == "*" } }.map(String.init).filter { !$0.isEmpty }
            config.markdownExtensions = written.isEmpty ? config.markdownExtensions : written
        }
        config.extraKeys = r.stringList("extra_keys")
        diagnostics.append(contentsOf: r.diagnostics)
        return config
    }

    /// The `menu:` list of a reader (the site's, or one language's).
    static func menu(_ r: inout FieldReader) -> [MenuItem] {
        var menu: [MenuItem] = []
        for group in r.groups("menu") {
            var item = FieldReader(group)
            item.warnUnknownKeys(known: ["title", "url", "lang"], what: .aMenuItem)
            if let title = item.requiredString("title", what: .aMenuItem, example: "title: Tin tức"),
               let url = item.requiredString("url", what: .aMenuItem, example: "url: /tin-tuc/").flatMap({ _ in item.link("url") }) {
                menu.append(MenuItem(title: title, url: url, lang: item.string("lang"), location: item.frontMatter["url"]?.valueLocation))
            }
            r.absorb(item)
        }
        return menu
    }
}

extension FieldReader {
    /// Takes over the diagnostics of a reader of a nested group.
    mutating func absorb(_ other: FieldReader) {
        for d in other.diagnostics { report(d) }
    }
}
