import Foundation

/// Contexts for the list of legal documents, its filtered pages and each document's page.
struct DocumentContext {
    let site: Site
    let root: URL

    var config: SiteConfig { site.config }

    func row(_ i: Int) -> TemplateObject {
        let d = site.documents[i]
        let l = d.legal!
        return [
            "title": .text(d.title), "url": .text(config.baseURL.link(site.path(of: d))), "form": .text(l.form), "authority": .text(l.authority),
            "number": .text(l.number), "issued": .text(l.issuedText), "summary": .text(d.summary ?? ""),
        ]
    }

    func facets() -> TemplateValue {
        .list([(site.interface(.byForm), site.documentForms, false), (site.interface(.byAuthority), site.documentAuthorities, true)].map { label, terms, authority in
            ["label": .text(label), "terms": .list(terms.map { ["name": .text($0.name), "count": .int($0.articles.count),
                                                               "url": .text(config.baseURL.link(config.urlNames.documentFacetPath(authority: authority, $0.slug)))] })]
        })
    }

    func page(_ i: Int) -> TemplateObject {
        let d = site.documents[i]
        let l = d.legal!
        var c = row(i)
        c["effective"] = .text(orEmpty: l.effective)
        c["content"] = .text(d.body.html)
        c["download"] = .empty
        if let file = l.file {
            let local = root.appendingPathComponent("content").appendingPathComponent(String(file.drop { $0 == "/" }))
            let size = (try? FileManager.default.attributesOfItem(atPath: local.path)[.size] as? NSNumber)?.doubleValue ?? 0
            c["download"] = .texts(["url": config.baseURL.resolve(file), "type": local.pathExtension.uppercased(),
                                    "size": site.interface.fileSize(size)])
        }
        c["official"] = .text(orEmpty: l.url)
        c["fullText"] = .text(orEmpty: l.fullText.map(config.baseURL.resolve))
        c["tasks"] = .list(d.tasks.map { .texts(["id": $0, "url": config.baseURL.link(config.urlNames.taskPath($0))]) })
        c["hasTasks"] = .bool(!d.tasks.isEmpty)
        return c
    }
}
