import Foundation

/// Rendering the dashboard, indicator pages, their embeds, downloads and pictures, and the search page and index.
extension PageRenderer {
    func dashboardPage(_ route: Route) -> OutputFile {
        let path = route.sitePath
        let base = context.base(path: path, title: t(.dashboard), description: t(.dashboardDescription))
        return html(route, "dashboard", IndicatorContext(site: site).dashboard(base))
    }

    func indicatorPage(_ route: Route, k: Int) -> OutputFile {
        let path = route.sitePath
        let stats = site.indicators[k]
        // An illustrative series says so in the title that link previews and dataset search show.
        var meta = PageMeta(path: path, title: stats.indicator.illustrative ? t(.illustrativeFigures, ["name": stats.indicator.name]) : stats.indicator.name,
                            description: ChartRenderer(stats).title)
        meta.structuredData = StructuredData.dataset(stats, config: config, words: t)
        var c = IndicatorContext(site: site).indicator(k, base: context.base(meta))
        // An illustrative series has no source to credit: the reuse block says it must not be reused as data.
        let illustrative = stats.indicator.illustrative
        c["reuse"] = [
            "citation": .text(Citation.data(stats.indicator, year: stats.latest?.year, config: config, path: path, words: t)),
            "illustrative": .bool(illustrative),
            "dataSource": illustrative ? .empty : .text(stats.indicator.sourceName.isEmpty ? t(.chartNoSource) : stats.indicator.sourceName),
            "credit": illustrative ? .empty : .text(Citation.dataCredit(stats.indicator, config: config, words: t)),
        ]
        return html(route, "indicator", c)
    }

    func embedPage(_ route: Route, k: Int) -> OutputFile {
        let path = route.sitePath
        let stats = site.indicators[k]
        let base = context.base(path: path, title: stats.indicator.name, description: ChartRenderer(stats).title)
        return html(route, "embed", IndicatorContext(site: site).embed(k, base: base))
    }

    func indicatorDownload(_ route: Route, k: Int, file: IndicatorFile) -> OutputFile {
        return IndicatorExport(stats: site.indicators[k], config: config).file(file, path: route.file, rasteriser: rasteriser)
    }

    func sharePicture(_ route: Route, image: ShareImage) -> OutputFile {
        return OutputFile(path: route.file, bytes: rasteriser.png(ShareCards(site: site).card(image).svg(), width: 1200, height: 630, path: route.file))
    }

    func openDataPage(_ route: Route) -> OutputFile {
        var c = context.base(path: route.sitePath, title: t(.data), description: t(.dataDescription))
        c["heading"] = .text(t(.data))
        c["data"] = .object(OpenData(site: site).context())
        return html(route, "data", c)
    }

    func openDataFile(_ route: Route, _ file: OpenDataFile) -> OutputFile {
        let data = OpenData(site: site)
        return switch file {
        case .csv(let k): OutputFile(path: route.file, text: data.datasets[k].csv())
        case .package: OutputFile(path: route.file, text: data.package())
        case .catalogue: OutputFile(path: route.file, text: data.catalogue())
        case .zip: OutputFile(path: route.file, bytes: data.zip())
        }
    }

    /// The search page, in the site's language or (`language`) another of its languages: each
    /// searches the one index of the whole site.
    func searchPage(_ route: Route, language: String?) -> OutputFile {
        let path = route.sitePath
        let words = language.flatMap { site.interfaces[$0] } ?? t
        var meta = PageMeta(path: path, title: words(.search),
                            description: words(.searchDescription, ["site": language.map { config.inLanguage($0).title } ?? config.title]))
        meta.lang = language
        var c = context.base(meta)
        c["heading"] = .text(words(.search))
        c["search"] = .texts(["action": config.baseURL.link(path), "index": config.baseURL.link(names.searchPath + SearchIndex.folder),
                              "script": config.baseURL.link(site.assets["search"] ?? "assets/search.js"),
                              // The language of the results the index does not mark (see SearchIndex.chunk).
                              "lang": config.language])
        return html(route, "search", c)
    }

    func searchIndexFile(_ route: Route, k: Int) -> OutputFile {
        return OutputFile(path: route.file, bytes: site.search!.file(k))
    }
}
