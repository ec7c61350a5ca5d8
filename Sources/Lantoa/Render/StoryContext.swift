/// Contexts for the stories list, a story's page and the pages of a tool, sector or district.
struct StoryContext {
    let site: Site

    var config: SiteConfig { site.config }

    func card(_ i: Int) -> TemplateObject {
        let d = site.stories[i]
        let s = d.story!
        return [
            "title": .text(d.title), "url": .text(config.baseURL.link(site.path(of: d))), "summary": .text(d.effectiveSummary),
            "enterprise": .text(s.enterprise), "sector": .text(s.sector), "district": .text(s.district), "tools": .text(s.tools.joined(separator: ", ")),
            "date": .text(d.date.map { site.interface.date($0) } ?? ""), "dateISO": .text(d.date.map(VietnameseFormat.iso8601) ?? ""),
            "status": .text(s.status), "illustrative": .bool(s.illustrative),
        ]
    }

    /// The tool, sector and district indexes shown on the stories list.
    func facets() -> TemplateValue {
        .list(StoryFacet.allCases.compactMap { facet in
            guard let terms = site.storyFacets[facet], !terms.isEmpty else { return nil }
            let label = site.interface.facet(facet)
            // The label inside a sentence: "Theo địa bàn", not "Theo Địa bàn".
            return ["label": .text(label), "phrase": .text(label.prefix(1).lowercased() + label.dropFirst()), "id": .text(facet.rawValue),
                    "terms": .list(terms.map { term in
                        ["name": .text(term.name), "count": .int(term.articles.count), "url": .text(facetURL(facet, term))]
                    })]
        })
    }

    func facetURL(_ facet: StoryFacet, _ term: Term) -> String {
        config.baseURL.link(config.urlNames.storyFacetPath(facet.rawValue, term.slug))
    }

    func story(_ i: Int) -> TemplateObject {
        let d = site.stories[i]
        let s = d.story!
        var c = card(i)
        // The lead is only a written summary: the body shows its first paragraph already.
        c["summary"] = .text(d.lead ?? "")
        // Set by the page, with its glossary links: the body is read from the store once.
        c["content"] = .empty
        c["size"] = .text(s.size)
        c["started"] = .text(s.started.map(String.init) ?? "")
        c["support"] = .text(s.support)
        c["verifiedBy"] = .text(s.verifiedBy)
        c["quote"] = .text(s.quote)
        c["quoteBy"] = .text(s.quoteBy)
        c["toolLinks"] = .list(s.tools.compactMap { name in
            site.storyFacets[.tool]?.first { $0.name == name || $0.slug == VietnameseText.slug(name) }.map { .texts(["name": name, "url": facetURL(.tool, $0)]) }
        })
        c["results"] = .list(s.results.enumerated().map { k, r in result(r, id: "kq-\(k + 1)") })
        c["hasResults"] = .bool(!s.results.isEmpty)
        c["hasTasks"] = .bool(!d.tasks.isEmpty)
        c["tasks"] = .list(d.tasks.map { id in .texts(["id": id, "url": config.baseURL.link(config.urlNames.taskPath(id))]) })
        let others = related(i)
        c["related"] = .list(others.map { .object(card($0)) })
        c["hasRelated"] = .bool(!others.isEmpty)
        // The honour rolls that name the enterprise of this story, linked to its page of honours.
        let honours: [TemplateValue] = site.honoured.filter { $0.stories.contains(i) }.flatMap { e in
            e.honours.map { h in
                .texts(["year": String(site.honours[h.roll].honourRoll!.year), "award": site.honours[h.roll].honourRoll!.honours[h.honour].award,
                        "url": config.baseURL.link(config.urlNames.honouredPath(e.slug))])
            }
        }
        c["honours"] = .list(honours)
        c["hasHonours"] = .bool(!honours.isEmpty)
        c["image"] = d.image.map { PageContext.image(src: config.baseURL.resolve($0), alt: d.imageAlt ?? "", size: d.imageSize) } ?? .empty
        return c
    }

    /// A result's change in a few characters for a picture: "+25 %", "−2,4 điểm phần trăm" for a rate.
    static func changeFigure(_ r: StoryResult, words t: Interface) -> String {
        let sign = r.change > 0 ? "+" : r.change < 0 ? "−" : ""
        if r.unit.trimmingCharacters(in: .whitespaces) == "%" {
            let decimals = [r.before, r.after].contains { $0 != $0.rounded() } ? 1 : 0
            return sign + t(.chartPercentagePoints, ["number": t.number(abs(r.change), decimals: max(1, decimals))])
        }
        guard let percent = r.percent else { return sign + t.number(abs(r.change), decimals: 1) + (r.unit.isEmpty ? "" : "\u{00A0}\(r.unit)") }
        let rounded = (abs(percent) * 10).rounded() / 10
        return sign + t.number(rounded, decimals: rounded == rounded.rounded() ? 0 : 1) + "\u{00A0}%"
    }

    func result(_ r: StoryResult, id: String) -> TemplateValue {
        let decimals = [r.before, r.after].contains { $0 != $0.rounded() } ? 1 : 0
        let t = site.interface
        func value(_ v: Double) -> String { t.number(v, decimals: decimals) + (r.unit.isEmpty ? "" : "\u{00A0}\(r.unit)") }
        // A metric already in percent changes by percentage points ("giảm 2,4 điểm phần trăm"); a
        // relative change of a rate ("giảm 53,3 %") reads as a fall of the rate itself.
        let isRate = r.unit.trimmingCharacters(in: .whitespaces) == "%"
        let amount = isRate ? " " + t(.chartPercentagePoints, ["number": t.number(abs(r.change), decimals: max(1, decimals))])
            : r.percent.map { " \(t.number(abs($0), decimals: 1))\u{00A0}%" } ?? ""
        let blanks = ["metric": r.metric, "amount": amount, "before": value(r.before), "after": value(r.after)]
        let (sentence, change) = r.change == 0 ? (t(.resultSame, blanks), t(.resultUnchanged))
            : r.change > 0 ? (t(.resultRise, blanks), t(.resultUp, blanks)) : (t(.resultFall, blanks), t(.resultDown, blanks))
        return [
            "metric": .text(r.metric), "before": .text(value(r.before)), "after": .text(value(r.after)), "measured": .text(r.measured),
            "change": .text(change), "verdict": .text(t(r.improved ? .resultImproved : .resultNotImproved)), "improved": .bool(r.improved),
            "chart": .text(SmallCharts.beforeAfter(r, id: id, title: sentence, before: value(r.before), after: value(r.after),
                                                   labels: (t(.resultBefore), t(.resultAfter)))),
        ]
    }

    /// Up to four other stories sharing the most tools, then the sector; newer first at equal share.
    func related(_ i: Int) -> [Int] {
        let s = site.stories[i].story!
        let scored = site.stories.indices.filter { $0 != i }.map { j -> (Int, Int) in
            let other = site.stories[j].story!
            return (j, Set(other.tools).intersection(s.tools).count * 2 + (other.sector == s.sector && !s.sector.isEmpty ? 1 : 0))
        }
        return scored.filter { $0.1 > 0 }.sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }.prefix(4).map(\.0)
    }
}
