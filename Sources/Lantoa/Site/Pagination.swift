/// Splits a list into pages: page 1 at the list's own path, page n at `<list>/trang/n/`.
public struct Pagination: Sendable {
    public var itemCount: Int
    public var pageSize: Int

    public var pageCount: Int { max(1, (itemCount + pageSize - 1) / pageSize) }

    /// The index range of items on 1-based `page`.
    public func range(page: Int) -> Range<Int> {
        let start = (page - 1) * pageSize
        return start..<min(itemCount, start + pageSize)
    }

    /// Site path of `page` of a list living at `base` (`tin-tuc/`).
    public static func path(base: String, page: Int, segment: String) -> String {
        page == 1 ? base : "\(base)\(segment)/\(page)/"
    }
}

/// One page of a paginated list — the news, a tag or category, the news in another language,
/// the stories, the stories of a tool, sector or district — with the items it shows, decided
/// once when the site is assembled: the renderer shows these, and the preview re-renders the
/// page when one of them changes.
public struct ListPage: Sendable {
    /// Which list.
    public enum Of: Sendable, Equatable {
        case news
        case term(Taxonomy, Int)
        case translated(language: String)
        case stories
        case storyFacet(StoryFacet, Int)
    }

    public var of: Of
    /// 1-based.
    public var page: Int
    public var pageCount: Int
    /// The site path of the list's first page (`tin-tuc/`, `the/nang-suat/`).
    public var base: String
    /// The items on this page, in the order shown: indexes into the site's `articles` (news,
    /// terms), `translatedArticles` or `stories`.
    public var items: [Int]

    /// The pages of a list of `items` at `base`, `size` to a page (one page when there is nothing).
    public static func pages(of list: Of, items: [Int], base: String, size: Int) -> [ListPage] {
        let pagination = Pagination(itemCount: items.count, pageSize: size)
        return (1...pagination.pageCount).map { page in
            ListPage(of: list, page: page, pageCount: pagination.pageCount, base: base, items: Array(items[pagination.range(page: page)]))
        }
    }

    /// Whether the items are indexes into the site's `articles`.
    public var listsArticles: Bool {
        switch of {
        case .news, .term: true
        case .translated, .stories, .storyFacet: false
        }
    }
}
