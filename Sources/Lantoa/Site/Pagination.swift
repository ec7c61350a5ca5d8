/// Splits a list, newest first, into pages that keep their items when new ones come: the
/// first page, at the list's own path, shows the newest; the others, at `<list>/trang/n/`, are
/// numbered from the oldest, `pageSize` to a page. A new article goes on the first page, which
/// holds from `pageSize` to twice that less one, and every numbered page stays as it was (a
/// page is added when the first would hold twice `pageSize`). So a link to page 37 shows the
/// same articles next year, a deploy sends a handful of pages for a new article rather than
/// every page of every list it is in, and `lantoa build` renders as few.
public struct Pagination: Sendable {
    public var itemCount: Int
    public var pageSize: Int

    /// How many numbered pages: every full page of `pageSize` but the one the first page takes.
    public var numbered: Int { max(0, itemCount / pageSize - 1) }

    /// The index range, in the list's newest-first order, of the items on page `number` (nil:
    /// the first page).
    public func range(number: Int?) -> Range<Int> {
        guard let number else { return 0..<(itemCount - numbered * pageSize) }
        return (itemCount - number * pageSize)..<(itemCount - (number - 1) * pageSize)
    }

    /// Site path of page `number` (nil: the first) of a list living at `base` (`tin-tuc/`).
    public static func path(base: String, number: Int?, segment: String) -> String {
        number.map { "\(base)\(segment)/\($0)/" } ?? base
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
    /// The page's number, counted from the oldest (`tin-tuc/trang/3/`); nil for the first page.
    public var number: Int?
    /// The numbered pages newer than this one, as far as it links them: on the first page all
    /// of them; on a numbered page up to 2 (its links to the next two). The rest of the count is
    /// not shown, so a page stays as it was when pages are added after it.
    public var newer: Int
    /// The site path of the list's first page (`tin-tuc/`, `the/nang-suat/`).
    public var base: String
    /// The items on this page, in the order shown: indexes into the site's `articles` (news,
    /// terms), `translatedArticles` or `stories`.
    public var items: [Int]

    /// The pages of a list of `items` (newest first) at `base`, `size` to a page (one page when
    /// there is nothing).
    public static func pages(of list: Of, items: [Int], base: String, size: Int) -> [ListPage] {
        let pagination = Pagination(itemCount: items.count, pageSize: size)
        let count = pagination.numbered
        let numbered = (0..<count).map { k in
            let number = count - k
            return ListPage(of: list, number: number, newer: min(count - number, 2), base: base, items: Array(items[pagination.range(number: number)]))
        }
        return [ListPage(of: list, number: nil, newer: count, base: base, items: Array(items[pagination.range(number: nil)]))] + numbered
    }

    /// Whether this is the first page, at the list's own path.
    public var isFirst: Bool { number == nil }

    /// Whether the items are indexes into the site's `articles`.
    public var listsArticles: Bool {
        switch of {
        case .news, .term: true
        case .translated, .stories, .storyFacet: false
        }
    }
}
