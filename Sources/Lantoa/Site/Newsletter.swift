/// One month's newsletter (`ban-tin/2026-11/`): what the portal published that month, and the
/// courses coming, for the department to send by e-mail ("hằng năm … xây dựng các chương trình
/// truyền thông", IV). It is a page of the site and an e-mail staff send with their own mail
/// system: `thu.html` (tables and inline styles mail programs render), `thu.txt` (the plain-text
/// part) and `thu.eml` (both in one message a mail program opens).
public struct Newsletter: Sendable {
    public var year: Int
    public var month: Int
    /// Indices into the site's articles, stories and reports published that month, newest first.
    public var articles: [Int]
    public var stories: [Int]
    public var broadcasts: [Int]
    /// Events that start in the month or the two after it: the coming courses a reader can still join.
    public var events: [Int]

    /// `2026-11`.
    public var slug: String { "\(year)-\(VietnameseFormat.pad(month))" }

    /// The months with something published, newest first, at most `limit` of them.
    static func months(articles: [Document], stories: [Document], broadcasts: [Document], events: [Document], limit: Int) -> [Newsletter] {
        var months: [Int: Newsletter] = [:]
        func key(_ d: DateTime) -> Int { d.year * 12 + d.month - 1 }
        func add(_ date: DateTime?, _ update: (inout Newsletter) -> Void) {
            guard let date else { return }
            var n = months[key(date)] ?? Newsletter(year: date.year, month: date.month, articles: [], stories: [], broadcasts: [], events: [])
            update(&n)
            months[key(date)] = n
        }
        for (i, d) in articles.enumerated() { add(d.date) { $0.articles.append(i) } }
        for (i, d) in stories.enumerated() { add(d.date) { $0.stories.append(i) } }
        for (i, d) in broadcasts.enumerated() { add(d.date) { $0.broadcasts.append(i) } }
        let chosen = months.keys.sorted(by: >).prefix(limit)
        return chosen.map { k in
            var n = months[k]!
            n.events = events.indices.filter { i in
                let start = key(events[i].event!.start)
                return (k...k + 2).contains(start)
            }
            return n
        }
    }
}
