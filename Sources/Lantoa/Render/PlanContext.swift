/// Contexts for the plan at a glance, each task's page and each agency's page.
struct PlanContext {
    let site: Site
    let plan: Plan

    var config: SiteConfig { site.config }

    func taskURL(_ id: String) -> String { config.baseURL.link(config.urlNames.taskPath(id)) }
    func agencyURL(_ id: String) -> String { config.baseURL.link(config.urlNames.agencyPath(id)) }
    func agencyName(_ id: String) -> String { plan.agencies.first { $0.id == id }?.name ?? id }

    func overview() -> TemplateValue {
        let years = plan.years
        return [
            "title": .text(plan.title), "textURL": .text(plan.textPath.isEmpty ? "" : config.baseURL.resolve(plan.textPath)),
            "statusIllustrative": .bool(plan.statusIllustrative),
            "rolesInferred": .bool(plan.rolesInferred),
            "notice": .text(plan.notice), "noticeURL": .text(plan.noticeLink.isEmpty ? "" : config.baseURL.resolve(plan.noticeLink)),
            "goals": .list(plan.goals.map { .texts(["id": $0.id, "text": $0.text]) }),
            "targets": .list(plan.targets.map(target)),
            "years": .texts(years.map(String.init)),
            "columns": .int(years.count + 2),
            "groups": .list(plan.groups.map { g in
                ["id": .text(g.id), "title": .text(g.title), "tasks": .list(g.tasks.map { t in
                    ["id": .text(t.id), "text": .text(t.text), "url": .text(taskURL(t.id)), "lead": .text(agencyName(t.lead)),
                     "recurring": .bool(t.kind == .recurring),
                     "cells": .list(years.map { y in status(t.status.first { $0.year == y }?.status, year: y) })]
                })]
            }),
            "budget": .list(plan.budget.map { .texts(["id": $0.id, "text": $0.text]) }), "hasBudget": .bool(!plan.budget.isEmpty),
            "agencies": .list(plan.agencies.map { .texts(["name": $0.name, "role": $0.role, "url": agencyURL($0.id)]) }),
        ]
    }

    /// A target with its indicator's current figure and status (Decree 42: results beside the plan).
    func target(_ t: Plan.PlanTarget) -> TemplateValue {
        let stats = site.indicators.first { $0.indicator.id == t.indicator }
        let i = stats?.indicator
        let evaluation = stats?.evaluations.first { $0.target.year == t.year }
        let figure = evaluation.flatMap { e in e.figure.map { i!.format($0, decimals: e.target.kind == .average ? max(i!.decimals, 2) : i!.decimals) } }
        // A target without an indicator states its other names empty.
        return [
            "id": .text(t.id), "text": .text(t.text), "year": i == nil ? .empty : .int(t.year), "indicator": .text(orEmpty: i?.shortName),
            "url": .text(orEmpty: i.map { config.baseURL.link(config.urlNames.indicatorPath($0.id)) }),
            "figure": i == nil ? .empty : .text(figure.map { "\($0) (\(evaluation!.span))" } ?? "—"),
            "status": i == nil ? .empty : .text(evaluation.map(site.interface.status(of:)) ?? site.interface.status(.noData)),
            "statusClass": i == nil ? .empty : .text((evaluation?.status ?? .noData).className),
            "statusNote": .text(orEmpty: evaluation?.reason),
            "updated": .text(orEmpty: i?.observations.map(\.period).max()), "illustrative": .bool(i?.illustrative ?? false),
            "scope": .text(evaluation?.target.contributes == true ? site.interface(.scopeContributes) : ""),
        ]
    }

    func status(_ value: String?, year: Int) -> TemplateValue {
        // A year some task has and this one does not: said in words, not a dash a screen reader skips.
        .texts(["text": value ?? site.interface(.planNotUpdated), "class": value.map(VietnameseText.slug) ?? "khong-co", "year": String(year)])
    }

    /// A year of a task in words: a recurring task's year "đã thực hiện trong năm", never "hoàn thành".
    /// The statuses themselves are the plan file's words (`Plan.recurringStatuses`).
    func words(_ status: String) -> String { status == Plan.recurringStatuses[0] ? site.interface(.doneInYear) : status }

    func task(_ k: Int) -> TemplateValue {
        let t = plan.tasks[k]
        let group = plan.groups.first { $0.tasks.contains { $0.id == t.id } }
        let documents = site.articles + site.stories + site.broadcasts
        return [
            "id": .text(t.id), "text": .text(t.text), "group": .text(group.map { "\($0.id). \($0.title)" } ?? ""),
            "lead": .texts(["name": agencyName(t.lead), "url": agencyURL(t.lead)]),
            "partners": .list(t.partners.map { .texts(["name": agencyName($0), "url": agencyURL($0)]) }),
            "kind": .text(t.kind == .recurring ? site.interface(.recurringTask) : ""),
            "rolesInferred": .bool(plan.rolesInferred),
            "status": .list(t.status.map { s in
                ["year": .int(s.year), "text": .text(words(s.status)), "class": .text(VietnameseText.slug(s.status)), "note": .text(s.note),
                 "evidenceURL": .text(s.evidence.isEmpty ? "" : config.baseURL.resolve(s.evidence))]
            }),
            "evidence": .list(t.evidence.compactMap { path in documents.first { $0.sourcePath == path } }.map { d in
                ["title": .text(d.title), "url": .text(config.baseURL.link(site.path(of: d))), "date": .text(d.date.map { site.interface.date($0) } ?? ""),
                 "dateISO": .text(d.date.map(VietnameseFormat.iso8601) ?? ""), "kind": .text(site.interface(d.kind == .story ? .stories : d.kind == .broadcast ? .broadcasts : .news)),
                 "illustrative": .bool(d.illustrative)]
            }),
            "statusIllustrative": .bool(plan.statusIllustrative),
        ]
    }

    func agency(_ k: Int) -> TemplateValue {
        let a = plan.agencies[k]
        let leads = plan.tasks.filter { $0.lead == a.id }.map { TemplateValue.texts(["id": $0.id, "text": $0.text, "url": taskURL($0.id)]) }
        let supports = plan.tasks.filter { $0.partners.contains(a.id) }.map { TemplateValue.texts(["id": $0.id, "text": $0.text, "url": taskURL($0.id)]) }
        return [
            "name": .text(a.name), "role": .text(a.role), "duties": .texts(a.duties), "hasDuties": .bool(!a.duties.isEmpty), "external": .bool(a.external),
            "changes": .list(a.changes.map { .texts(["date": site.interface.date($0.date), "dateISO": VietnameseFormat.iso8601($0.date), "text": $0.text]) }),
            "rolesInferred": .bool(plan.rolesInferred),
            "leads": .list(leads), "hasLeads": .bool(!leads.isEmpty), "supports": .list(supports), "hasSupports": .bool(!supports.isEmpty),
        ]
    }
}
