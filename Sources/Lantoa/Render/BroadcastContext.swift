/// Contexts for the radio and television reports: the list and each report's page, where the
/// browser's own `<video>` or `<audio>` plays the file and the transcript follows.
struct BroadcastContext {
    let site: Site

    var config: SiteConfig { site.config }
    var t: Interface { site.interface }

    func language(_ l: Broadcast.Language) -> String {
        switch l {
        case .vi: t(.languageVi)
        case .ede: t(.languageEde)
        case .mnong: t(.languageMnong)
        }
    }

    /// A report as the list shows it and as its page shows it (`content` set by the page).
    func report(_ i: Int) -> TemplateObject {
        let d = site.broadcasts[i]
        let b = d.broadcast!
        let file = b.file.map(config.baseURL.resolve)
        return [
            "title": .text(d.title), "url": .text(config.baseURL.link(site.path(of: d))), "summary": .text(d.effectiveSummary),
            "illustrative": .bool(d.illustrative), "badge": .text(d.illustrative ? t(.badgeIllustrative) : ""),
            "date": .text(d.date.map { t.date($0) } ?? ""), "dateISO": .text(d.date.map(VietnameseFormat.iso8601) ?? ""),
            "video": .bool(b.medium == .video && file != nil), "audio": .bool(b.medium == .audio && file != nil),
            "mediumLabel": .text(b.medium == .video ? t(.broadcastVideo) : t(.broadcastAudio)),
            "file": .text(orEmpty: file), "type": .text(orEmpty: b.mimeType),
            "poster": .text(orEmpty: d.image.map(config.baseURL.resolve)), "posterAlt": .text(d.imageAlt ?? ""),
            "captions": .text(orEmpty: b.captions.map(config.baseURL.resolve)), "captionsLang": .text(b.language.tag),
            "official": .text(orEmpty: b.url.map(config.baseURL.resolve)),
            "duration": .text(orEmpty: b.durationText), "durationISO": .text(orEmpty: b.durationISO),
            "programme": .text(b.programme), "station": .text(b.station),
            "language": .text(language(b.language)), "languageTag": .text(b.language.tag),
            "otherLanguage": .bool(b.language != .vi),
            "download": .text(orEmpty: file.map { _ in t(.broadcastDownload, ["size": t.fileSize(Double(b.fileSize))]) }),
            "transcriptAnchor": .text(Broadcast.transcriptAnchor),
            "tasks": .list(d.tasks.map { id in .texts(["id": id, "url": config.baseURL.link(config.urlNames.taskPath(id))]) }),
            "hasTasks": .bool(!d.tasks.isEmpty),
            "content": .empty, "glossaryTerms": .empty,
        ]
    }
}

/// Rendering the reports of the radio-TV station and the newspaper, and their podcast feed.
extension PageRenderer {
    var broadcasts: BroadcastContext { BroadcastContext(site: site) }

    func broadcastsPage(_ route: Route) -> OutputFile {
        var c = context.base(path: route.sitePath, title: t(.broadcasts), description: t(.broadcastsDescription))
        c["heading"] = .text(t(.broadcasts))
        c["reports"] = .list(site.broadcasts.indices.map { .object(broadcasts.report($0)) })
        let podcast = site.broadcasts.contains(where: Podcast.carries)
        c["podcast"] = .text(podcast ? config.baseURL.link(names.podcastFile) : "")
        // The whole address, to paste into a podcast app.
        c["podcastAddress"] = .text(podcast ? config.baseURL.absolute(names.podcastFile) : "")
        return html(route, "broadcasts", c)
    }

    func broadcastPage(_ route: Route, i: Int) -> OutputFile {
        let d = site.broadcasts[i]
        var meta = PageMeta(path: route.sitePath, title: d.title, description: d.labelledDescription(t))
        meta.modified = d.lastmod
        meta.image = d.image.map { ($0, d.imageAlt ?? "", d.imageSize) }
        meta.structuredData = StructuredData.broadcast(d, path: route.sitePath, config: config, words: t)
        var c = context.base(meta)
        var report = broadcasts.report(i)
        (report["content"], report["glossaryTerms"]) = withTerms(d.body.html, for: route)
        c["report"] = .object(report)
        c["indexURL"] = .text(config.baseURL.link(names.broadcastsPath))
        return html(route, "broadcast", c)
    }

    func podcastFeed(_ route: Route) -> OutputFile {
        OutputFile(path: route.file, text: Podcast(site: site).rss())
    }
}
