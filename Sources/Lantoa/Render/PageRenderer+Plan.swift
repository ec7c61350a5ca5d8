import Foundation

/// Rendering the plan, its tasks and agencies, and the documents.
extension PageRenderer {
    func planPage(_ route: Route) -> OutputFile {
        let path = route.sitePath
        var c = context.base(path: path, title: t(.plan), description: t(.planDescription))
        c["plan"] = PlanContext(site: site, plan: site.plan!).overview()
        return html(route, "plan", c)
    }

    func taskPage(_ route: Route, k: Int) -> OutputFile {
        let path = route.sitePath
        let plan = site.plan!
        let task = plan.tasks[k]
        var c = context.base(path: path, title: t(.task, ["id": task.id]), description: Document.shortened(task.text, limit: 200))
        c["task"] = PlanContext(site: site, plan: plan).task(k)
        c["planURL"] = .text(config.baseURL.link(names.planPath))
        return html(route, "task", c)
    }

    func agencyPage(_ route: Route, k: Int) -> OutputFile {
        let path = route.sitePath
        let plan = site.plan!
        var c = context.base(path: path, title: plan.agencies[k].name, description: t(.agencyDescription))
        c["agency"] = PlanContext(site: site, plan: plan).agency(k)
        c["planURL"] = .text(config.baseURL.link(names.planPath))
        return html(route, "agency", c)
    }

    func documentListPage(_ route: Route) -> OutputFile {
        let path = route.sitePath
        var c = context.base(path: path, title: t(.documents), description: t(.documentsDescription))
        let docs = DocumentContext(site: site, root: root)
        c["heading"] = .text(t(.documents))
        c["documents"] = .list(site.documents.indices.map { .object(docs.row($0)) })
        c["facets"] = docs.facets()
        return html(route, "documents", c)
    }

    func documentFacetPage(_ route: Route, authority: Bool, k: Int) -> OutputFile {
        let path = route.sitePath
        let term = (authority ? site.documentAuthorities : site.documentForms)[k]
        var c = context.base(path: path, title: t(.documentsOf, ["name": term.name]), description: t(authority ? .documentsByAuthority : .documentsOfForm, ["name": term.name]))
        let docs = DocumentContext(site: site, root: root)
        c["heading"] = .text(t(.documentsOf, ["name": term.name]))
        c["documents"] = .list(term.articles.map { .object(docs.row($0)) })
        c["indexURL"] = .text(config.baseURL.link(names.documentsPath))
        return html(route, "documents", c)
    }

    func legalPage(_ route: Route, i: Int) -> OutputFile {
        let path = route.sitePath
        let d = site.documents[i]
        var c = context.base(path: path, title: d.title, description: d.summary ?? d.title)
        c["document"] = .object(DocumentContext(site: site, root: root).page(i))
        c["indexURL"] = .text(config.baseURL.link(names.documentsPath))
        return html(route, "document", c)
    }
}
