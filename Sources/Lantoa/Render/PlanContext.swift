/// Contexts for the plan at a glance, each task's page and each agency's page.
struct PlanContext {
    let site: Site
    let plan: Plan

    var config: SiteConfig { site.config }

    func taskURL(_ id: String) -> String { config.baseURL.link(config.urlNames.taskPath(id)) }
    func agencyURL(_ id: String) -> String { config.baseURL.link(config.urlNames.agencyPath(id)) }
    func agencyName(_ id: String) -> String { plan.agencies.first { $0.id == id }?.name ?? id }

    func overview() -> [String: Any] {
        let years = plan.years
        return PageContext.compact([
            "title": plan.title, "textURL": plan.textPath.isEmpty ? "" : config.baseURL.resolve(plan.textPath),
            "statusIllustrative": plan.statusIllustrative,
            "rolesInferred": plan.rolesInferred,
            "notice": plan.notice, "noticeURL": plan.noticeLink.isEmpty ? "" : config.baseURL.resolve(plan.noticeLink),
            "goals": plan.goals.map { ["id": $0.id, "text": $0.text] },
            "targets": plan.targets.map(target),
            "years": years.map(String.init),
            "columns": years.count + 2,
            "groups": plan.groups.map { g in
                ["id": g.id, "title": g.title, "tasks": g.tasks.map { t in
                    ["id": t.id, "text": t.text, "url": taskURL(t.id), "lead": agencyName(t.lead),
                     "recurring": t.kind == .recurring,
                     "cells": years.map { y in status(t.status.first { $0.year == y }?.status).merging(["year": String(y)]) { a, _ in a } }] as [String: Any]
                }] as [String: Any]
            },
            "budget": plan.budget.map { ["id": $0.id, "text": $0.text] },
            "agencies": plan.agencies.map { ["name": $0.name, "role": $0.role, "url": agencyURL($0.id)] },
        ])
    }

    /// A target with its indicator's current figure and status (Decree 42: results beside the plan).
    func target(_ t: Plan.PlanTarget) -> [String: Any] {
        guard let stats = site.indicators.first(where: { $0.indicator.id == t.indicator }) else { return ["id": t.id, "text": t.text] }
        let i = stats.indicator
        let evaluation = stats.evaluations.first { $0.target.year == t.year }
        let figure = evaluation?.figure.map { i.format($0, decimals: evaluation!.target.kind == .average ? max(i.decimals, 2) : i.decimals) }
        return PageContext.compact([
            "id": t.id, "text": t.text, "year": t.year, "indicator": i.shortName,
            "url": config.baseURL.link(config.urlNames.indicatorPath(i.id)),
            "figure": figure.map { "\($0) (\(evaluation!.span))" } ?? "—",
            "status": site.interface.status(evaluation?.status ?? .noData), "statusClass": (evaluation?.status ?? .noData).className,
            "updated": i.observations.map(\.period).max() ?? "", "illustrative": i.illustrative,
            "scope": evaluation?.target.contributes == true ? site.interface(.scopeContributes) : "",
        ])
    }

    func status(_ value: String?) -> [String: Any] {
        let text = value ?? "—"
        return ["text": text, "class": value.map(VietnameseText.slug) ?? "khong-co"]
    }

    /// A year of a task in words: a recurring task's year "đã thực hiện trong năm", never "hoàn thành".
    /// The statuses themselves are the plan file's words (`Plan.recurringStatuses`).
    func words(_ status: String) -> String { status == Plan.recurringStatuses[0] ? site.interface(.doneInYear) : status }

    func task(_ k: Int) -> [String: Any] {
        let t = plan.tasks[k]
        let group = plan.groups.first { $0.tasks.contains { $0.id == t.id } }
        let documents = site.articles + site.stories
        return PageContext.compact([
            "id": t.id, "text": t.text, "group": group.map { "\($0.id). \($0.title)" } ?? "",
            "lead": ["name": agencyName(t.lead), "url": agencyURL(t.lead)],
            "partners": t.partners.map { ["name": agencyName($0), "url": agencyURL($0)] },
            "kind": t.kind == .recurring ? site.interface(.recurringTask) : "",
            "rolesInferred": plan.rolesInferred,
            "status": t.status.map { s in
                PageContext.compact(["year": s.year, "text": words(s.status), "class": VietnameseText.slug(s.status), "note": s.note,
                                     "evidenceURL": s.evidence.isEmpty ? "" : config.baseURL.resolve(s.evidence)])
            },
            "evidence": t.evidence.compactMap { path in documents.first { $0.sourcePath == path } }.map { d in
                ["title": d.title, "url": config.baseURL.link(site.path(of: d)), "date": d.date.map { site.interface.date($0) } ?? "",
                 "dateISO": d.date.map(VietnameseFormat.iso8601) ?? "", "kind": site.interface(d.kind == .story ? .stories : .news),
                 "illustrative": d.illustrative] as [String: Any]
            },
            "statusIllustrative": plan.statusIllustrative,
        ])
    }

    func agency(_ k: Int) -> [String: Any] {
        let a = plan.agencies[k]
        let leads = plan.tasks.filter { $0.lead == a.id }.map { ["id": $0.id, "text": $0.text, "url": taskURL($0.id)] }
        let supports = plan.tasks.filter { $0.partners.contains(a.id) }.map { ["id": $0.id, "text": $0.text, "url": taskURL($0.id)] }
        // Every key present, empty or not: a missing one would be looked up in the page around it.
        return [
            "name": a.name, "role": a.role, "duties": a.duties, "hasDuties": !a.duties.isEmpty, "external": a.external,
            "changes": a.changes.map { ["date": site.interface.date($0.date), "dateISO": VietnameseFormat.iso8601($0.date), "text": $0.text] },
            "rolesInferred": plan.rolesInferred,
            "leads": leads, "hasLeads": !leads.isEmpty, "supports": supports, "hasSupports": !supports.isEmpty,
        ]
    }
}
