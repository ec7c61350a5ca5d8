/// Rendering the calendar of events, each event's page and the iCalendar files.
extension PageRenderer {
    var events: EventContext { EventContext(site: site, now: site.now) }

    func eventsPage(_ route: Route) -> OutputFile {
        var c = context.base(path: route.sitePath, title: t(.events), description: t(.eventsDescription))
        c["heading"] = .text(t(.events))
        c["calendar"] = .object(events.calendar())
        return html(route, "events", c)
    }

    func eventPage(_ route: Route, i: Int) -> OutputFile {
        let d = site.events[i]
        var meta = PageMeta(path: route.sitePath, title: d.title, description: d.labelledDescription(t))
        meta.modified = d.lastmod
        meta.image = d.image.map { ($0, d.imageAlt ?? "", d.imageSize) }
        meta.structuredData = StructuredData.event(d, path: route.sitePath, config: config, words: t)
        var c = context.base(meta)
        var event = events.event(i)
        (event["content"], event["glossaryTerms"]) = withTerms(d.body.html, for: route)
        c["event"] = .object(event)
        c["indexURL"] = .text(config.baseURL.link(names.eventsPath))
        return html(route, "event", c)
    }

    /// Every event, one category's, or one event's, as iCalendar.
    func calendarFile(_ route: Route, category: Int?) -> OutputFile {
        let members = category.map { site.eventCategories[$0].articles } ?? Array(site.events.indices)
        let name = category.map { "\(config.title) – \(site.eventCategories[$0].name)" } ?? "\(config.title) – \(t(.events))"
        return OutputFile(path: route.file, text: ICalendar(site: site).calendar(members, name: name))
    }

    func eventCalendarFile(_ route: Route, i: Int) -> OutputFile {
        OutputFile(path: route.file, text: ICalendar(site: site).calendar([i], name: site.events[i].title))
    }
}

/// Rendering the glossary and each term's explainer.
extension PageRenderer {
    func glossaryPage(_ route: Route) -> OutputFile {
        var c = context.base(path: route.sitePath, title: t(.glossary), description: t(.glossaryDescription))
        c["heading"] = .text(t(.glossary))
        c["terms"] = .list(site.glossary.map { d in
            ["term": .text(d.title), "url": .text(config.baseURL.link(site.path(of: d))), "short": .text(d.glossary?.short ?? ""),
             "alsoCalled": .text(d.glossary?.alsoCalled.joined(separator: ", ") ?? "")]
        })
        return html(route, "glossary", c)
    }

    func glossaryTermPage(_ route: Route, i: Int) -> OutputFile {
        let d = site.glossary[i]
        let g = d.glossary
        var c = context.base(path: route.sitePath, title: d.title, description: g?.short ?? d.title)
        let (content, _) = withTerms(d.body.html, except: i, for: route)
        c["term"] = [
            "term": .text(d.title), "short": .text(g?.short ?? ""), "alsoCalled": .text(g?.alsoCalled.joined(separator: ", ") ?? ""),
            "content": content,
            "sources": .list((g?.sources ?? []).map { .texts(["title": $0.title, "url": $0.url.map(config.baseURL.resolve) ?? ""]) }),
            "hasSources": .bool(!(g?.sources.isEmpty ?? true)),
        ]
        c["indexURL"] = .text(config.baseURL.link(names.glossaryPath))
        return html(route, "glossary-term", c)
    }
}
