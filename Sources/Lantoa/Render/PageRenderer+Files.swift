import Foundation

/// Rendering pages, redirects, feeds, the sitemap, robots.txt, the 404 page and copied files.
extension PageRenderer {
    func contentPage(_ route: Route, i: Int) -> OutputFile {
        let path = route.sitePath
        let d = site.pages[i]
        var meta = PageMeta(path: path, title: d.title, description: d.metaDescription)
        meta.lang = d.lang
        meta.alternates = site.translations[d.sourcePath] ?? []
        var c = context.base(meta)
        c["translations"] = translationLinks(meta.alternates)
        (c["content"], c["glossaryTerms"]) = withTerms(d.body.html, lang: d.lang, for: route)
        c["pageTitle"] = .text(d.title)
        let toc = d.toc ? d.body.headings.filter { $0.level <= 3 } : []
        c["hasToc"] = .bool(!toc.isEmpty)
        c["toc"] = .list(toc.map { ["text": .text($0.text), "id": .text($0.id), "sub": .bool($0.level == 3)] })
        c["updated"] = .text(orEmpty: (d.lastmod ?? d.date).map { (d.lang.flatMap { site.interfaces[$0] } ?? site.interface).date($0) })
        return html(route, "page", c)
    }

    /// The links to a page's other versions, each labelled in its own language ("Read in English").
    func translationLinks(_ alternates: [(lang: String, path: String)]) -> TemplateValue {
        .list(alternates.map { version in
            .texts(["lang": version.lang, "url": config.baseURL.link(version.path),
                    "label": site.interfaces[version.lang].map { $0(.readIn) } ?? version.lang])
        })
    }

    func notFoundPage(_ route: Route, articles: [Int]) -> OutputFile {
        let path = route.sitePath
        var c = context.base(path: path, title: t(.notFound), description: t(.notFoundDescription, ["site": config.title]))
        c["articles"] = context.articles(articles)
        // One 404 page serves every address: a reader of another language of the site is told in it.
        c["otherLanguages"] = .list(config.versions.keys.sorted().compactMap { language in
            guard let words = site.interfaces[language] else { return nil }
            return .texts(["lang": language, "notFound": words(.notFound), "goHome": words(.goHome),
                           "url": config.baseURL.link(config.languageHome(language) ?? "")])
        })
        return html(route, "404", c)
    }

    /// A page that moved, or a language's folder sending the reader to its home: in the language
    /// of the folder it is in (`en/…`), else the site's.
    func redirectPage(_ route: Route, target: String) -> OutputFile {
        let folder = String(route.file.prefix { $0 != "/" })
        let language = config.versions[folder] != nil ? folder : config.language
        return OutputFile(path: route.file, text: Redirect.page(to: config.baseURL.link(target), absolute: config.baseURL.absolute(target),
                                                                language: language, words: site.interfaces[language] ?? t))
    }

    func feedFile(_ route: Route, k: Int, format: FeedFormat) -> OutputFile {
        return OutputFile(path: route.file, text: FeedWriter(site: site, feed: site.feeds[k]).render(format))
    }

    func sitemapFile(_ route: Route) -> OutputFile {
        return OutputFile(path: route.file, text: Sitemap(site: site).xml())
    }

    func sitemapPartFile(_ route: Route, k: Int) -> OutputFile {
        return OutputFile(path: route.file, text: Sitemap(site: site).part(k))
    }

    func robotsFile(_ route: Route) -> OutputFile {
        return OutputFile(path: route.file, text: "User-agent: *\nAllow: /\n\nSitemap: \(config.baseURL.absolute("sitemap.xml"))\n")
    }

    func copied(_ route: Route, source: String) -> OutputFile {
        // A theme file the site does not override comes from the built-in theme.
        let file = root.appendingPathComponent(source)
        if let bytes = BuiltInTheme.files[source], !FileManager.default.fileExists(atPath: file.path) {
            return OutputFile(path: route.file, bytes: bytes)
        }
        return OutputFile(path: route.file, copying: file)
    }
}
