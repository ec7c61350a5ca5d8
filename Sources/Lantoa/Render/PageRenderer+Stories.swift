import Foundation

/// Rendering the success stories, their lists and facets.
extension PageRenderer {
    func storyListPage(_ route: Route, _ list: ListPage) -> OutputFile {
        let path = route.sitePath
        let title = list.number.map { t(.storiesPage, ["page": String($0)]) } ?? t(.stories)
        var meta = PageMeta(path: path, title: title, description: t(.storiesDescription))
        meta.feedFolder = names.storiesPath
        var c = context.base(meta)
        let stories = StoryContext(site: site)
        c["heading"] = .text(t(.stories))
        c["stories"] = .list(list.items.map { .object(stories.card($0)) })
        c["facets"] = list.isFirst ? stories.facets() : .list([])
        c["pagination"] = context.pagination(list)
        c["hasIllustrative"] = .bool(site.stories.contains { $0.story?.illustrative == true })
        return html(route, "stories", c)
    }

    func storyPage(_ route: Route, i: Int) -> OutputFile {
        let path = route.sitePath
        let d = site.stories[i]
        var meta = PageMeta(path: path, title: d.title, description: d.labelledDescription(t), type: "article")
        (meta.published, meta.modified) = (d.date, d.lastmod)
        meta.image = d.image.map { ($0, d.imageAlt ?? "", d.imageSize) }
        meta.subjects = (d.story?.tools ?? []) + d.tags
        meta.structuredData = StructuredData.newsArticle(d, path: path, config: config, words: t, type: "Article")
        var c = context.base(meta)
        var story = StoryContext(site: site).story(i)
        (story["content"], story["glossaryTerms"]) = withTerms(d.body.html, for: route)
        c["story"] = .object(story)
        c["reuse"] = ["citation": .text(Citation.text(author: nil, year: d.date?.year, title: d.illustrative ? t(.illustrativeCitation, ["title": d.title]) : d.title,
                                                      config: config, path: path)),
                      "illustrative": .bool(d.illustrative)]
        return html(route, "story", c)
    }

    func storyFacetPage(_ route: Route, _ list: ListPage, facet: StoryFacet, k: Int) -> OutputFile {
        let path = route.sitePath
        let term = site.storyFacets[facet]![k]
        let heading = "\(t.facet(facet)): \(term.name)"
        var c = context.base(path: path, title: list.number.map { t(.page, ["title": heading, "page": String($0)]) } ?? heading,
                             description: t(.storiesAbout, ["name": term.name]))
        let stories = StoryContext(site: site)
        c["heading"] = .text(heading)
        c["stories"] = .list(list.items.map { .object(stories.card($0)) })
        c["pagination"] = context.pagination(list)
        c["indexURL"] = .text(config.baseURL.link(names.storiesPath))
        return html(route, "stories", c)
    }
}
