/// What each share picture says: the page's title and the figures it leads with.
struct ShareCards {
    let site: Site

    func card(_ image: ShareImage) -> ShareCard {
        let config = site.config
        var address = String((config.baseURL.origin + config.baseURL.path).split(separator: "://").last ?? "")
        if address.hasSuffix("/") { address.removeLast() }
        let t = site.interface
        var card = ShareCard(site: config.title, title: config.title, address: address, flag: t(.chartIllustrativeLabel))
        let names = config.urlNames
        func count(_ n: Int) -> String { t.number(Double(n)) }
        switch image {
        case .home:
            card.subtitle = config.description
            card.figures = homeFigures()
        case .section(let path) where path == names.articlesPath:
            card.title = site.interface(.news)
            // Every article shares this picture: it says what the section is, never one article's title.
            card.subtitle = site.interface(.newsDescription, ["site": config.title])
            card.figures = [.init(value: count(site.articles.count), label: t(.countArticles))]
        case .section(let path) where path == names.storiesPath:
            card.title = site.interface(.stories)
            card.subtitle = site.interface(.storiesDescription)
            let illustrative = site.stories.contains { $0.illustrative }
            card.figures = [.init(value: count(site.stories.count), label: t(.countStories), illustrative: illustrative)]
        case .section(let path) where path == names.indicatorsPath:
            card.title = site.interface(.dashboard)
            card.figures = homeFigures()
        case .section(let path) where path == names.planPath:
            card.title = site.interface(.plan)
            if let plan = site.plan {
                card.subtitle = plan.title
                card.figures = [.init(value: count(plan.tasks.count), label: t(.countTasks)), .init(value: count(plan.agencies.count), label: t(.countAgencies))]
            }
        case .section(let path) where path == names.documentsPath:
            card.title = site.interface(.documents)
            card.subtitle = site.interface(.documentsDescription)
            card.figures = [.init(value: count(site.documents.count), label: t(.countDocuments))]
        case .section:
            break
        case .language(let code):
            // The site's title and description in that language, and the figures of the
            // indicators that have words in it.
            let local = config.inLanguage(code)
            let words = site.interfaces[code] ?? t
            card = ShareCard(site: local.title, title: local.title, address: address, flag: words(.chartIllustrativeLabel))
            card.subtitle = local.description
            card.figures = homeFigures(language: code)
        case .story(let i):
            let d = site.stories[i]
            card.title = d.labelledTitle(site.interface)
            if let s = d.story {
                card.subtitle = [s.enterprise, s.district].filter { !$0.isEmpty }.joined(separator: " – ")
                card.figures = s.results.prefix(2).map { r in
                    .init(value: StoryContext.changeFigure(r, words: t), label: r.metric, illustrative: d.illustrative)
                }
            }
        }
        return card
    }

    /// The first figure of each indicator, as the home page's cards show it; in another
    /// `language`, of the indicators that have words in it (`translations:`), in its words.
    func homeFigures(language: String? = nil) -> [ShareCard.Figure] {
        let words = language.flatMap { site.interfaces[$0] } ?? site.interface
        return site.indicators.compactMap { stats -> ShareCard.Figure? in
            var stats = stats
            if let language {
                guard stats.indicator.translations[language] != nil else { return nil }
                stats = IndicatorStatistics(stats.indicator, words: words, language: language)
            }
            let i = stats.indicator
            guard let latest = stats.latest else { return nil }
            // A preliminary or estimated figure says so on the picture, as the chart's hollow marker does on the page.
            let status = i.observations.last { $0.year == latest.year && $0.dimensions.isEmpty }?.status ?? ""
            // The status words are the data's own (the CSV's status column), in the picture's language.
            let provisional = Observation.isProvisional(status) ? " (\(words.dataStatus(status)))" : ""
            let label = words(.figureOfYear, ["name": i.shortName, "year": String(latest.year)]) + provisional
            return .init(value: i.format(latest.value, decimals: i.decimals), label: label, illustrative: i.illustrative)
        }.prefix(3).map { $0 }
    }
}
