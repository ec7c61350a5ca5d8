/// The resolved site: every document with its URL, the taxonomies, and the list of outputs to produce.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Published articles in the site's language, newest first.
    public var articles: [Document]
    /// Published articles in the site's other languages (`lang: en`, `bai.en.md`): by language,
    /// newest first in each. They have their own list and feed, and stay out of the site's lists.
    public var translatedArticles: [Document] = []
    public var pages: [Document]
    public var tags: [Term]
    public var categories: [Term]
    public var indicators: [IndicatorStatistics]
    /// The site's feed first, then the news section's, each tag's and each category's.
    public var feeds: [FeedSpec]
    /// Published success stories, newest first, and the tools, sectors and districts they name.
    public var stories: [Document] = []
    public var storyFacets: [StoryFacet: [Term]] = [:]
    /// The plan as data, with each task's evidence filled in.
    public var plan: Plan?
    /// Legal documents, newest first, and their forms and issuing authorities.
    public var documents: [Document] = []
    public var documentForms: [Term] = []
    public var documentAuthorities: [Term] = []
    /// The glossary's terms, in Vietnamese alphabetical order.
    public var glossary: [Document] = []
    /// Radio and television reports, newest first.
    public var broadcasts: [Document] = []
    /// The monthly newsletters, newest first.
    public var newsletters: [Newsletter] = []
    /// The honour rolls, newest year first, and each enterprise they honour.
    public var honours: [Document] = []
    public var honoured: [Honoured] = []
    /// Source files dated after the build, left out until their moment, soonest first.
    public var waiting: [WaitingFile] = []

    /// An enterprise as the honour rolls name it: each honour (the roll's index, the honour's),
    /// and the stories that tell of it.
    public struct Honoured: Sendable {
        public var name: String
        public var slug: String
        public var honours: [(roll: Int, honour: Int)]
        public var stories: [Int]
    }
    /// Published events, soonest first, with their categories (each has a calendar file).
    public var events: [Document] = []
    public var eventCategories: [Term] = []
    /// The articles that report on each event (`event:`), by the event's index.
    public var eventReports: [Int: [Int]] = [:]
    /// The search index, once the index stage has run (nil when `search: false`).
    public var search: SearchIndex?
    public var routes: [Route]
    /// Site path of each article and page, by source path.
    public var paths: [String: String]
    /// Other-language versions of pages, by source path: language and site path.
    public var translations: [String: [(lang: String, path: String)]] = [:]
    /// The years of the news archive that have a page for each month.
    public var archiveMonthYears: Set<Int> = []
    /// Entries per segment of the search index (`BuildOptions.searchSegment`).
    public var searchSegment = BuildOptions.standardSearchSegment
    /// The pages in each part of the sitemap, or nil when `sitemap.xml` lists them all.
    public var sitemapPartSize: Int?
    /// Where long texts wait for the pages that show them (nil: in memory; see `TextStore`).
    public var store: TextStore?
    /// The theme's interface words in each language of the site (`templates/i18n/<language>.yml`).
    public var interfaces: [String: Interface] = [:]
    /// The words of the site's own language.
    public var interface: Interface { interfaces[config.language] ?? Interface(words: [:]) }
    /// The theme's stylesheets and scripts by name (`style`, `search`, `embed`) and the
    /// fingerprinted path each is also published at (`assets/style.3f9a2c1d.css`).
    public var assets: [String: String] = [:]
    /// The moment of the build ("now" of its options): what is upcoming, and whether sign-up has closed.
    public var now = DateTime(epochSeconds: 0)
    /// The pictures pages show when shared (nil when the build draws no pictures).
    public var shareImages: ShareImages?

    /// The site path (`tin-tuc/a/`) of a document.
    public func path(of document: Document) -> String { paths[document.sourcePath] ?? "" }

}

/// A tag or category and the articles that carry it.
public struct Term: Sendable {
    public var name: String
    public var slug: String
    /// Indexes into `Site.articles`, newest first.
    public var articles: [Int]
}

/// The files published beside each indicator page.
public enum IndicatorFile: String, Sendable, CaseIterable {
    case svg = ".svg", television = "-16x9.svg", transparent = "-trong-suot.svg", csv = ".csv", json = ".json"
    /// PNG drawn from the SVG: 1920 × 1080 for television, 1200 × 630 for social networks, twice the SVG's size for print.
    case televisionPNG = "-16x9.png", socialPNG = "-1200x630.png", printPNG = "-in.png"

    public var isPicture: Bool { rawValue.hasSuffix(".png") }

    /// The files a build publishes: PNG pictures only when it draws them.
    public static func published(pictures: Bool) -> [IndicatorFile] { allCases.filter { pictures || !$0.isPicture } }
}

/// A page's picture for social networks (a `ShareCard`), where no picture of its own fits better.
public enum ShareImage: Sendable, Equatable {
    case home
    /// A section's front page, by its site path (`tin-tuc/`): what its pages show unless they have their own.
    case section(String)
    case story(Int)
    /// The home picture of another language of the site (`en`), in its words: what that
    /// language's pages show unless they have their own.
    case language(String)
}

/// Which share picture each page shows: its own (a story, an indicator's 1200 × 630 chart), else
/// its section's, else the home page's; with the words that describe the picture (its alt text).
public struct ShareImages: Sendable {
    public static let name = "anh-chia-se.png"
    /// Section site path → picture file and its description, longest first.
    var sections: [(path: String, file: String, alt: String)] = []
    /// Page site path → picture file and its description.
    var pages: [String: (file: String, alt: String)] = [:]
    /// The home page's picture's description.
    var homeAlt = ""
    /// Another language's picture and its description, by language code: its pages show it.
    var languages: [String: (file: String, alt: String)] = [:]

    public func picture(for path: String, language: String? = nil) -> (file: String, alt: String) {
        if let own = pages[path] { return own }
        if let language, let picture = languages[language] { return picture }
        if let section = sections.first(where: { path.hasPrefix($0.path) }) { return (section.file, section.alt) }
        return (Self.name, homeAlt)
    }
}

/// The ways stories are grouped, each with its URL segment under the stories section.
public enum StoryFacet: String, Sendable, CaseIterable {
    case tool = "cong-cu", sector = "linh-vuc", district = "dia-ban"
}

/// Which taxonomy a term page belongs to.
public enum Taxonomy: String, Sendable {
    case tags, categories
}

/// One file of the output and what produces it.
public struct Route: Sendable {
    /// What to render.
    public enum Kind: Sendable {
        /// The home page, the newest `articles` (home_articles) listed.
        case home(articles: [Int])
        /// A page of a list of articles or stories, with what it shows.
        case list(ListPage)
        case article(Int)
        /// An article in another language of the site (`en/tin-tuc/a/`).
        case translatedArticle(Int)
        case page(Int)
        case terms(Taxonomy)
        /// The 404 page, offering the newest `articles`.
        case notFound(articles: [Int])
        /// The archive of the news: all years (nil) or one year.
        case archive(year: Int?)
        /// One month of a year too large for one page (see `Archive.yearLimit`).
        case archiveMonth(year: Int, month: Int)
        /// The press kit, with the newest `articles`.
        case pressKit(articles: [Int])
        case plan
        case documentList
        case legal(Int)
        /// The calendar of events (`su-kien/`), one event's page, the iCalendar file of every event
        /// or of one category, and one event's file to add to a calendar.
        case events
        case event(Int)
        /// The open data catalogue (`du-lieu/`) and its files: a dataset's CSV, the data package,
        /// the DCAT catalogue, the ZIP of every CSV.
        case openData
        /// The glossary (`thuat-ngu/`) and one term's page.
        case glossary
        case glossaryTerm(Int)
        /// Radio and television reports (`phat-thanh-truyen-hinh/`), one report's page, and the
        /// podcast feed of those with a file.
        case broadcasts
        case broadcast(Int)
        case podcast
        /// The honour rolls (`ton-vinh/`), one year's, and one enterprise's honours.
        case honours
        case honourYear(Int)
        case honoured(Int)
        /// The newsletters (`ban-tin/`), one month's page, and its e-mail as HTML, text and a message.
        case newsletters
        case newsletter(Int)
        case newsletterMail(Int, MailPart)
        case openDataFile(OpenDataFile)
        case calendar(category: Int?)
        case eventCalendar(Int)
        /// Documents of one form (`authority: false`) or one issuing authority.
        case documentFacet(authority: Bool, Int)
        case task(Int)
        case agency(Int)
        case story(Int)
        case dashboard
        /// The search page, and one file of its index (`Site.search.files`).
        case search
        /// The search page in another language of the site: its words, the same index.
        case translatedSearch(language: String)
        case searchFile(Int)
        case indicator(Int)
        case embed(Int)
        /// A data download or chart file of an indicator.
        case indicatorFile(Int, IndicatorFile)
        /// The picture a page shows when shared (PNG).
        case shareImage(ShareImage)
        case redirect(to: String)
        case feed(Int, FeedFormat)
        /// `sitemap.xml`: every page, or the index of the parts when there are more than one file holds.
        case sitemap
        /// One part of a large site's sitemap (`sitemap-1.xml` is part 0).
        case sitemapPart(Int)
        case robots
        /// `.htaccess`: the site's server rules for Apache hosts (see `ServerConfig`).
        case htaccess
        /// A project file copied as it is.
        case copy(source: String)
    }

    /// Output path relative to the output folder: `tin-tuc/a/index.html`.
    public var file: String
    public var kind: Kind

    /// The articles this page lists, as indexes into the site's `articles`, in the order shown:
    /// recorded when the site is assembled, read by the renderer and by the preview, which
    /// re-renders the page when one of them changes.
    public var articles: [Int] {
        switch kind {
        case .home(let articles), .notFound(let articles), .pressKit(let articles): articles
        case .list(let list) where list.listsArticles: list.items
        default: []
        }
    }

    /// The site path a reader sees: `tin-tuc/a/` for `tin-tuc/a/index.html`.
    public var sitePath: String {
        file.hasSuffix("index.html") ? String(file.dropLast("index.html".count)) : file
    }
}

extension Interface {
    /// The label of a story facet ("Địa bàn").
    public func facet(_ facet: StoryFacet) -> String {
        switch facet {
        case .tool: self(.facetTool)
        case .sector: self(.facetSector)
        case .district: self(.facetDistrict)
        }
    }
}

/// A part of a newsletter's e-mail.
public enum MailPart: String, Sendable, Equatable, CaseIterable {
    case html = "thu.html", text = "thu.txt", message = "thu.eml"
}

/// A file of the open data catalogue.
public enum OpenDataFile: Sendable, Equatable {
    case csv(Int), package, catalogue, zip
}

/// A source file dated after the build and left out until then (`Document.waitsUntil`), with
/// its date as written (`VietnameseFormat.written`).
public struct WaitingFile: Sendable, Codable, Equatable {
    public var path: String
    public var date: String
}
