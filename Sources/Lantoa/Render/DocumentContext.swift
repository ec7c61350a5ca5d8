import Foundation

/// Contexts for the list of legal documents, its filtered pages and each document's page.
struct DocumentContext {
    let site: Site
    let root: URL

    var config: SiteConfig { site.config }

    func row(_ i: Int) -> [String: Any] {
        let d = site.documents[i]
        let l = d.legal!
        return PageContext.compact([
            "title": d.title, "url": config.baseURL.link(site.path(of: d)), "form": l.form, "authority": l.authority,
            "number": l.number, "issued": l.issuedText, "summary": d.summary ?? "",
        ])
    }

    func facets() -> [[String: Any]] {
        [(site.interface(.byForm), site.documentForms, false), (site.interface(.byAuthority), site.documentAuthorities, true)].map { label, terms, authority in
            ["label": label, "terms": terms.map { ["name": $0.name, "count": $0.articles.count,
                                                   "url": config.baseURL.link(config.urlNames.documentFacetPath(authority: authority, $0.slug))] as [String: Any] }]
        }
    }

    func page(_ i: Int) -> [String: Any] {
        let d = site.documents[i]
        let l = d.legal!
        var c = row(i)
        c["effective"] = l.effective
        c["content"] = d.body.html
        if let file = l.file {
            let local = root.appendingPathComponent("content").appendingPathComponent(String(file.drop { $0 == "/" }))
            let size = (try? FileManager.default.attributesOfItem(atPath: local.path)[.size] as? NSNumber)?.doubleValue ?? 0
            let kilobytes = size / 1024
            c["download"] = ["url": config.baseURL.resolve(file), "type": local.pathExtension.uppercased(),
                             "size": kilobytes >= 1024 ? "\(site.interface.number(kilobytes / 1024, decimals: 1)) MB" : "\(site.interface.number(max(1, kilobytes), decimals: 0)) KB"]
        }
        if let url = l.url { c["official"] = url }
        if let text = l.fullText { c["fullText"] = config.baseURL.resolve(text) }
        c["tasks"] = d.tasks.map { ["id": $0, "url": config.baseURL.link(config.urlNames.taskPath($0))] }
        c["hasTasks"] = !d.tasks.isEmpty
        return PageContext.compact(c)
    }
}
