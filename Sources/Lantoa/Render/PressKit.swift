import Foundation

/// `/bao-chi/`: everything a newsroom takes, with the licence and credit line.
struct PressKit {
    let site: Site

    /// The press kit's charts, `articles` and feeds.
    func context(_ articles: [Int], context: PageContext) -> TemplateValue {
        let config = site.config
        let folder = config.urlNames.indicators
        let charts: [TemplateValue] = site.indicators.map { stats in
            let i = stats.indicator
            let renderer = ChartRenderer(stats)
            return [
                "title": .text(renderer.title), "name": .text(i.name), "illustrative": .bool(i.illustrative),
                "page": .text(config.baseURL.link("\(folder)/\(i.id)/")),
                "files": .list(IndicatorFile.published(pictures: site.shareImages != nil).map { file in
                    .texts(["label": IndicatorContext.label(file, words: site.interface), "url": config.baseURL.link("\(folder)/\(i.id)\(file.rawValue)"),
                            "file": "\(i.id)\(file.rawValue)"])
                }),
                "embed": .text(IndicatorContext(site: site).embedSnippet(stats)),
            ]
        }
        let feeds: [TemplateValue] = site.feeds.filter { $0.page.isEmpty || $0.page == config.urlNames.articlesPath || $0.stories }.flatMap { feed in
            FeedFormat.allCases.map { format in
                .texts(["label": "\(feed.title) – \(format.label)", "url": config.baseURL.link(feed.folder + format.rawValue)])
            }
        }
        return [
            "charts": .list(charts),
            "articles": context.articles(articles),
            "feeds": .list(feeds),
        ]
    }
}
