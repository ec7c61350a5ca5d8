/// The news archive: years with their counts, and a year's articles grouped by month. A year
/// with more than `yearLimit` articles lists its months with their counts, each linking to a page
/// of its own: one page of every article of a busy year weighed megabytes.
struct Archive: Sendable {
    static let yearLimit = BuildOptions.standardArchiveYearLimit
    let site: Site
    /// The articles by year and month, grouped once for every page of the archive: a large site
    /// has a hundred such pages.
    let dated: Dated

    /// Each dated article's index by year and month, in the site's order (newest first).
    final class Dated: Sendable {
        let byMonth: [Int: [Int: [Int]]]

        init(_ site: Site) {
            var byMonth: [Int: [Int: [Int]]] = [:]
            // By index: a `for a in` loop copies every document (and retains each of its strings).
            for i in site.articles.indices {
                guard let date = site.articles[i].date else { continue }
                byMonth[date.year, default: [:]][date.month, default: []].append(i)
            }
            self.byMonth = byMonth
        }
    }

    init(site: Site) { (self.site, dated) = (site, Dated(site)) }

    /// Every year; on the archive's index (`months: true`) each year also has its count and lists
    /// its months with their counts, linked to the month on the year's page (or to the month's own
    /// page). A year's and a month's pages give no counts: with them, a new article re-rendered
    /// every page of the archive (`ArticleChanges`).
    func years(current: Int?, months: Bool = false) -> TemplateValue {
        let names = site.config.urlNames
        return .list(dated.byMonth.keys.sorted(by: >).map { year in
            let monthCounts = dated.byMonth[year]!.mapValues(\.count)
            let yearURL = site.config.baseURL.link(names.archivePath(year: year))
            let split = site.archiveMonthYears.contains(year)
            return ["year": .int(year), "count": months ? .int(monthCounts.values.reduce(0, +)) : .empty, "current": .bool(year == current), "url": .text(yearURL),
                    "hasMonths": .bool(months),
                    "months": .list(!months ? [] : monthCounts.keys.sorted(by: >).map { month in
                        ["name": .text(site.interface(.month, ["month": String(month)])), "count": .int(monthCounts[month]!),
                         "url": .text(split ? yearURL + SiteConfig.URLNames.monthSegment(month) + "/" : yearURL + "#" + SiteConfig.URLNames.monthSegment(month))]
                    })]
        })
    }

    /// Months of `year`, newest first, each with its articles newest first — or, for a year split
    /// by month, with the link to its page instead (`monthURL`). `only` keeps one month.
    func months(of year: Int, only: Int? = nil, context: PageContext) -> TemplateValue {
        let byMonth = (dated.byMonth[year] ?? [:]).filter { only == nil || $0.key == only }
        let split = only == nil && site.archiveMonthYears.contains(year)
        let names = site.config.urlNames
        return .list(byMonth.keys.sorted(by: >).map { month in
            let when = ["month": String(month), "year": String(year)]
            return ["name": .text(site.interface(.monthOfYear, when)), "id": .text(SiteConfig.URLNames.monthSegment(month)), "count": .int(byMonth[month]!.count),
                    "monthURL": split ? .text(site.config.baseURL.link(names.archivePath(year: year) + SiteConfig.URLNames.monthSegment(month) + "/")) : .empty,
                    "monthLabel": split ? .text(site.interface(.monthOfYear, when).lowercased()) : .empty,
                    "articles": .list(split ? [] : byMonth[month]!.map { .lazy(context.article($0)) })]
        })
    }
}
