/// Contexts for the honour rolls: the years, one year's roll, and one enterprise's honours.
struct HonourContext {
    let site: Site

    var config: SiteConfig { site.config }
    var t: Interface { site.interface }

    /// One honour as the year's page and the enterprise's page show it.
    func honour(roll i: Int, honour k: Int) -> TemplateObject {
        let d = site.honours[i]
        let roll = d.honourRoll!
        let h = roll.honours[k]
        let story = h.story.flatMap { slug in site.stories.firstIndex { $0.slug == slug } }
        return [
            "enterprise": .text(h.enterprise), "enterpriseURL": .text(config.baseURL.link(config.urlNames.honouredPath(h.enterpriseSlug))),
            "award": .text(h.award), "reason": .text(h.reason),
            "year": .int(roll.year), "yearURL": .text(config.baseURL.link(site.path(of: d))),
            "awardedBy": .text(roll.awardedBy),
            "story": .text(orEmpty: story.map { site.stories[$0].title }),
            "storyURL": .text(orEmpty: story.map { config.baseURL.link(site.path(of: site.stories[$0])) }),
            "evidence": .text(orEmpty: h.evidence.map(config.baseURL.resolve)),
            "illustrative": .bool(d.illustrative), "badge": .text(d.illustrative ? t(.badgeIllustrative) : ""),
        ]
    }

    /// One year's roll: who was honoured, by whom, by which decision.
    func roll(_ i: Int) -> TemplateObject {
        let d = site.honours[i]
        let roll = d.honourRoll!
        let decision = roll.decision.flatMap { slug in site.documents.first { $0.slug == slug } }
        return [
            "title": .text(d.title),
            "url": .text(config.baseURL.link(site.path(of: d))), "year": .int(roll.year),
            "summary": .text(d.effectiveSummary), "awardedBy": .text(roll.awardedBy),
            "date": .text(d.date.map { t.date($0) } ?? ""), "dateISO": .text(d.date.map(VietnameseFormat.iso8601) ?? ""),
            "decision": .text(orEmpty: decision?.title), "decisionURL": .text(orEmpty: decision.map { config.baseURL.link(site.path(of: $0)) }),
            "count": .text(t(.honoursCount, ["count": String(roll.honours.count)])),
            "honours": .list(roll.honours.indices.map { .object(honour(roll: i, honour: $0)) }),
            "illustrative": .bool(d.illustrative), "badge": .text(d.illustrative ? t(.badgeIllustrative) : ""),
            "content": .empty,
        ]
    }
}

/// Rendering the honour rolls.
extension PageRenderer {
    var honourRolls: HonourContext { HonourContext(site: site) }

    func honoursPage(_ route: Route) -> OutputFile {
        var c = context.base(path: route.sitePath, title: t(.honours), description: t(.honoursDescription))
        c["heading"] = .text(t(.honours))
        c["years"] = .list(site.honours.indices.map { .object(honourRolls.roll($0)) })
        c["enterprises"] = .list(site.honoured.map { e in
            .texts(["name": e.name, "url": config.baseURL.link(config.urlNames.honouredPath(e.slug)),
                    "years": e.honours.map { String(site.honours[$0.roll].honourRoll!.year) }.joined(separator: ", ")])
        })
        return html(route, "honours", c)
    }

    func honourYearPage(_ route: Route, i: Int) -> OutputFile {
        let d = site.honours[i]
        var meta = PageMeta(path: route.sitePath, title: d.title, description: d.labelledDescription(t))
        meta.modified = d.lastmod
        var c = context.base(meta)
        var roll = honourRolls.roll(i)
        roll["content"] = withTerms(d.body.html, for: route).0
        c["roll"] = .object(roll)
        c["indexURL"] = .text(config.baseURL.link(names.honoursPath))
        return html(route, "honour-year", c)
    }

    func honouredPage(_ route: Route, k: Int) -> OutputFile {
        let e = site.honoured[k]
        var c = context.base(path: route.sitePath, title: e.name, description: t(.honouredDescription, ["enterprise": e.name]))
        c["name"] = .text(e.name)
        c["honours"] = .list(e.honours.map { .object(honourRolls.honour(roll: $0.roll, honour: $0.honour)) })
        c["stories"] = .list(e.stories.map { s in .texts(["title": site.stories[s].title, "url": config.baseURL.link(site.path(of: site.stories[s]))]) })
        c["hasStories"] = .bool(!e.stories.isEmpty)
        c["indexURL"] = .text(config.baseURL.link(names.honoursPath))
        return html(route, "honoured", c)
    }
}
