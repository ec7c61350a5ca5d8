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
