/// A course, workshop or meeting of the plan (`content/events/`): when and where, for whom, its
/// materials and how to sign up. The plan asks for training ("tổ chức các khóa tập huấn, bồi
/// dưỡng", II.1); the calendar is published as pages and as iCalendar files.
public struct Event: Sendable {
    public var start: DateTime
    public var end: DateTime
    /// Written as dates only (`start: 2027-03-15`): the event takes whole days.
    public var allDay: Bool
    public var place: String
    /// The address of an online meeting.
    public var online: String?
    public var organiser: String
    public var audience: String
    /// "Tập huấn", "Hội thảo"…: each category has its own calendar file.
    public var category: String
    public var materials: [Material]
    public var registration: Registration?

    public struct Material: Sendable {
        public var title: String
        /// A site path (`/media/tai-lieu-5s.pdf`) or an address.
        public var link: String
    }

    public struct Registration: Sendable {
        /// A form's address, or nil when people sign up by e-mail.
        public var url: String?
        public var email: String?
        /// The last moment to sign up: the end of that day when written as a date.
        public var deadline: DateTime?

        /// Whether sign-up is closed at `now`.
        public func closed(at now: DateTime) -> Bool { deadline.map { $0.epochSeconds < now.epochSeconds } ?? false }
    }

    /// Whether the event has ended at `now`.
    public func past(at now: DateTime) -> Bool { end.epochSeconds < now.epochSeconds }
}

enum EventParser {
    static let keys = ["title", "summary", "description", "start", "end", "place", "online", "organiser", "organizer", "audience",
                       "category", "materials", "registration", "tasks", "image", "image_alt", "draft", "slug", "aliases", "illustrative", "lastmod"]

    static func parse(_ r: inout FieldReader, frontMatter: FrontMatter, files: ProjectFiles?) -> Event? {
        let start = required(&r, "start", frontMatter: frontMatter)
        // Required: a finish nobody wrote would be made up on the page and in every calendar.
        var end = required(&r, "end", frontMatter: frontMatter, endOfDay: true)
        let allDay = isDateOnly(frontMatter["start"])
        if let start, let written = end, written.epochSeconds < start.epochSeconds, let field = frontMatter["end"] {
            r.report(.error(field.valueLocation, .eventEndsBeforeStart(Self.shown(start), Self.shown(written)),
                            hint: .checkEventEndsAfterStart))
            end = nil
        }
        let place = r.string("place") ?? ""
        let online = r.link("online")
        if place.isEmpty && online == nil {
            r.report(.error(frontMatter.location, .eventHasNeitherPlaceNor,
                            hint: .sayWhereEventHappens))
        }
        var materials: [Event.Material] = []
        for group in r.groups("materials") {
            var g = FieldReader(group)
            g.warnUnknownKeys(known: ["title", "file", "url"], what: .aMaterial)
            let title = g.requiredString("title", what: .theMaterial, example: "title: Tài liệu tập huấn 5S") ?? ""
            if group["file"] != nil {
                if let file = g.mediaFile("file", files: files, missing: .putMaterialInMediaOrURL) { materials.append(.init(title: title, link: file)) }
            } else if let url = g.link("url") {
                materials.append(.init(title: title, link: url))
            } else {
                g.report(.error(group.location, .materialHasNeitherFileNor(title),
                                hint: .addMaterialFileOrURL))
            }
            r.absorb(g)
        }
        var registration: Event.Registration?
        if let group = r.group("registration") {
            var g = FieldReader(group)
            g.warnUnknownKeys(known: ["url", "email", "deadline"], what: .theRegistration)
            let deadline = group["deadline"] == nil ? nil : moment(&g, "deadline", endOfDay: true)
            registration = Event.Registration(url: g.link("url"), email: g.string("email"), deadline: deadline)
            if let email = registration?.email, let field = group["email"], !Self.isEmail(email) {
                g.report(.error(field.valueLocation, .emailNotMailAddressGot(email),
                                hint: .writeOneEmailAddress))
            }
            if registration?.url == nil && registration?.email == nil {
                g.report(.error(group.location, .registrationHasNeitherUrlNor,
                                hint: .giveRegistrationFormOrEmail))
            }
            // A deadline written as a date may be the event's own day: sign-up closes that day.
            let late = isDateOnly(group["deadline"]) ? deadline.map { Self.day($0) > Self.day(start ?? $0) } ?? false
                : (deadline?.epochSeconds ?? 0) > (start?.epochSeconds ?? .max)
            if late, let deadline, let start, let field = group["deadline"] {
                g.report(.error(field.valueLocation, .registrationDeadlineAfterEventStarts(Self.shown(deadline), Self.shown(start)),
                                hint: .setDeadlineNoLaterThan))
            }
            r.absorb(g)
        }
        guard let start, let end else { return nil }
        return Event(start: start, end: end, allDay: allDay, place: place, online: online,
                     organiser: r.string("organiser") ?? r.string("organizer") ?? "", audience: r.string("audience") ?? "",
                     category: r.string("category") ?? "", materials: materials, registration: registration)
    }

    private static func required(_ r: inout FieldReader, _ key: String, frontMatter: FrontMatter, endOfDay: Bool = false) -> DateTime? {
        guard frontMatter[key] != nil else {
            r.report(.error(frontMatter.location, .hasNo(.theEvent, key), hint: .addEventDateLine(key)))
            return nil
        }
        return moment(&r, key, endOfDay: endOfDay)
    }

    /// `2027-03-16 08:00`, as an author writes it.
    static func shown(_ d: DateTime) -> String {
        "\(VietnameseFormat.isoDay(d)) \(VietnameseFormat.pad(d.hour)):\(VietnameseFormat.pad(d.minute))"
    }

    private static func day(_ d: DateTime) -> Int { d.year * 10_000 + d.month * 100 + d.day }

    /// One address: something before and after a single `@`, a dot in the domain, no spaces.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".") && !text.contains { $0.isWhitespace }
    }

    /// A date and time; a date alone is the start of that day, or its end for an end or a deadline.
    private static func moment(_ r: inout FieldReader, _ key: String, endOfDay: Bool) -> DateTime? {
        guard let date = r.date(key) else { return nil }
        return endOfDay && isDateOnly(r.frontMatter[key]) ? Self.endOfDay(date) : date
    }

    private static func endOfDay(_ d: DateTime) -> DateTime {
        DateTime(year: d.year, month: d.month, day: d.day, hour: 23, minute: 59, second: 59, offsetMinutes: d.offsetMinutes)
    }

    private static func isDateOnly(_ field: FrontMatter.Field?) -> Bool {
        guard let text = field?.value.scalar?.string.trimmed else { return false }
        return text.count == 10
    }
}
