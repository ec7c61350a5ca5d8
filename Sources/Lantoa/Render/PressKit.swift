import Foundation

/// `/bao-chi/`: everything a newsroom takes, with the licence and credit line.
struct PressKit {
    let site: Site

    func context(articles context: PageContext) -> [String: Any] {
        let config = site.config
        let folder = config.urlNames.indicators
        let charts: [[String: Any]] = site.indicators.map { stats in
            let i = stats.indicator
            let renderer = ChartRenderer(stats)
            return PageContext.compact([
                "title": renderer.title, "name": i.name, "illustrative": i.illustrative,
                "page": config.baseURL.link("\(folder)/\(i.id)/"),
                "files": IndicatorFile.published(pictures: site.shareImages != nil).map { file in
                    ["label": IndicatorContext.label(file, words: site.interface), "url": config.baseURL.link("\(folder)/\(i.id)\(file.rawValue)"), "file": "\(i.id)\(file.rawValue)"]
                },
                "embed": IndicatorContext(site: site).embedSnippet(stats),
            ])
        }
        let feeds: [[String: Any]] = site.feeds.filter { $0.page.isEmpty || $0.page == config.urlNames.articlesPath || $0.stories }.flatMap { feed in
            FeedFormat.allCases.map { format in
                ["label": "\(feed.title) – \(format.label)", "url": config.baseURL.link(feed.folder + format.rawValue)]
            }
        }
        return [
            "charts": charts,
            "articles": site.articlesListed(by: .pressKit).map(context.article),
            "feeds": feeds,
        ]
    }
}
