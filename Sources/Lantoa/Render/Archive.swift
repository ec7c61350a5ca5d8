/// The news archive: years with their counts, and a year's articles grouped by month. A year
/// with more than `yearLimit` articles lists its months with their counts, each linking to a page
/// of its own: one page of every article of a busy year weighed megabytes.
struct Archive {
    static let yearLimit = 300
    let site: Site


    /// Every year with its count; on the archive's index (`months: true`) each year also lists its
    /// months with their counts, linked to the month on the year's page (or to the month's own page).
    func years(current: Int?, months: Bool = false) -> [[String: Any]] {
        let names = site.config.urlNames
        var counts: [Int: Int] = [:], monthCounts: [Int: [Int: Int]] = [:]
        // By index: a `for a in` loop copies every document (and retains each of its strings).
        for i in site.articles.indices {
            guard let date = site.articles[i].date else { continue }
            counts[date.year, default: 0] += 1
            monthCounts[date.year, default: [:]][date.month, default: 0] += 1
        }
        return counts.keys.sorted(by: >).map { year in
            let yearURL = site.config.baseURL.link(names.archivePath(year: year))
            var entry: [String: Any] = ["year": year, "count": counts[year]!, "current": year == current, "url": yearURL]
            if months {
                let split = site.archiveMonthYears.contains(year)
                entry["hasMonths"] = true
                entry["months"] = monthCounts[year]!.keys.sorted(by: >).map { month -> [String: Any] in
                    ["name": site.interface(.month, ["month": String(month)]), "count": monthCounts[year]![month]!,
                     "url": split ? yearURL + SiteConfig.URLNames.monthSegment(month) + "/" : yearURL + "#" + SiteConfig.URLNames.monthSegment(month)]
                }
            }
            return entry
        }
    }

    /// Months of `year`, newest first, each with its articles newest first — or, for a year split
    /// by month, with the link to its page instead (`monthURL`). `only` keeps one month.
    func months(of year: Int, only: Int? = nil, context: PageContext) -> [[String: Any]] {
        var byMonth: [Int: [Int]] = [:]
        for i in site.articles.indices {
            if let date = site.articles[i].date, date.year == year, only == nil || only == date.month {
                byMonth[date.month, default: []].append(i)
            }
        }
        let split = only == nil && site.archiveMonthYears.contains(year)
        let names = site.config.urlNames
        return byMonth.keys.sorted(by: >).map { month in
            let when = ["month": String(month), "year": String(year)]
            var entry: [String: Any] = ["name": site.interface(.monthOfYear, when), "id": SiteConfig.URLNames.monthSegment(month), "count": byMonth[month]!.count]
            if split {
                entry["monthURL"] = site.config.baseURL.link(names.archivePath(year: year) + SiteConfig.URLNames.monthSegment(month) + "/")
                entry["monthLabel"] = site.interface(.monthOfYear, when).lowercased()
            } else {
                entry["articles"] = byMonth[month]!.map { context.article($0) }
            }
            return entry
        }
    }
}
