/// Contexts for the calendar of events and each event's page.
struct EventContext {
    let site: Site
    /// The moment of the build: what is upcoming, and whether sign-up has closed.
    let now: DateTime

    var config: SiteConfig { site.config }
    var t: Interface { site.interface }

    /// "08:00–17:00 ngày 15/12/2027", "Từ ngày 15/12/2027 đến ngày 16/12/2027".
    func when(_ e: Event) -> String {
        func time(_ d: DateTime) -> String { VietnameseFormat.pad(d.hour) + ":" + VietnameseFormat.pad(d.minute) }
        let sameDay = (e.start.year, e.start.month, e.start.day) == (e.end.year, e.end.month, e.end.day)
        if e.allDay {
            return sameDay ? t(.eventDay, ["date": t.date(e.start)]) : t(.eventDays, ["start": t.date(e.start), "end": t.date(e.end)])
        }
        return sameDay ? t(.eventTimeSameDay, ["from": time(e.start), "to": time(e.end), "date": t.date(e.start)])
            : t(.eventTimeSpan, ["from": time(e.start), "start": t.date(e.start), "to": time(e.end), "end": t.date(e.end)])
    }

    /// An event as the calendar lists it and as its page shows it (with `content` on its page).
    func event(_ i: Int) -> TemplateObject {
        let d = site.events[i]
        let e = d.event!
        let registration: TemplateValue = e.registration.map { r in
            let deadline = r.deadline.map { t.date($0) } ?? ""
            let closed = r.closed(at: now) || e.past(at: now)
            return [
                "url": .text(orEmpty: r.url.map(config.baseURL.resolve)), "email": .text(orEmpty: r.email),
                "emailText": .text(orEmpty: r.email.map { t(.eventRegisterEmail, ["email": $0]) }),
                "deadline": .text(orEmpty: r.deadline.map { _ in t(.eventDeadline, ["date": deadline]) }),
                "closed": .bool(closed), "closedText": .text(closed ? t(.eventRegistrationClosed, ["date": deadline.isEmpty ? t.date(e.start) : deadline]) : ""),
            ]
        } ?? .empty
        return [
            "title": .text(d.title), "url": .text(config.baseURL.link(site.path(of: d))), "summary": .text(d.effectiveSummary),
            "illustrative": .bool(d.illustrative), "badge": .text(d.illustrative ? t(.badgeIllustrative) : ""),
            "when": .text(when(e)), "startISO": .text(VietnameseFormat.iso8601(e.start)), "endISO": .text(VietnameseFormat.iso8601(e.end)),
            "past": .bool(e.past(at: now)),
            "place": .text(e.place), "online": .text(orEmpty: e.online.map(config.baseURL.resolve)),
            "organiser": .text(e.organiser), "audience": .text(e.audience), "category": .text(e.category),
            "materials": .list(e.materials.map { .texts(["title": $0.title, "url": config.baseURL.resolve($0.link)]) }),
            "hasMaterials": .bool(!e.materials.isEmpty), "hasReports": .bool(!(site.eventReports[i] ?? []).isEmpty),
            "registration": registration,
            "calendar": .text(config.baseURL.link(config.urlNames.eventCalendarFile(d.slug))),
            "reports": .list((site.eventReports[i] ?? []).map { k in
                let a = site.articles[k]
                return .texts(["title": a.title, "url": config.baseURL.link(site.path(of: a)), "date": a.date.map { t.date($0) } ?? ""])
            }),
            "tasks": .list(d.tasks.map { id in .texts(["id": id, "url": config.baseURL.link(config.urlNames.taskPath(id))]) }),
            "hasTasks": .bool(!d.tasks.isEmpty),
            "content": .empty,
        ]
    }

    /// The calendar: what is coming, soonest first; what has been, newest first, by year; the calendar files.
    func calendar() -> TemplateObject {
        let upcoming = site.events.indices.filter { !site.events[$0].event!.past(at: now) }
        let past = site.events.indices.filter { site.events[$0].event!.past(at: now) }.reversed()
        var years: [(Int, [Int])] = []
        for i in past {
            let year = site.events[i].event!.start.year
            if years.last?.0 == year { years[years.count - 1].1.append(i) } else { years.append((year, [i])) }
        }
        let files = [(t(.eventsCalendarAll), config.urlNames.calendarFile())]
            + site.eventCategories.map { (t(.eventsCategoryCalendar, ["category": $0.name]), config.urlNames.calendarFile(category: $0.name)) }
        return [
            "upcoming": .list(upcoming.map { .object(event($0)) }), "hasUpcoming": .bool(!upcoming.isEmpty),
            "past": .list(years.map { year, events in ["year": .int(year), "events": .list(events.map { .object(event($0)) })] }),
            "calendars": .list(files.map { .texts(["label": $0.0, "url": config.baseURL.link($0.1)]) }),
        ]
    }
}
