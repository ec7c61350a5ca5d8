/// Events as iCalendar (RFC 5545), the file every calendar program reads: the whole calendar,
/// one category's, or one event's to add to a calendar. Times are written in UTC; lines end
/// with CRLF and are folded at 75 bytes, never inside a character; text is escaped as the RFC
/// asks. The output depends on the sources only, so an unchanged calendar is not rewritten.
struct ICalendar {
    let site: Site

    /// The calendar of `events` (indexes into `site.events`), named `name`.
    func calendar(_ events: [Int], name: String) -> String {
        let config = site.config
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lan Tỏa//\(LantoaVersion.number)//VI", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                     "X-WR-CALNAME:" + Self.text(name), "X-WR-TIMEZONE:Asia/Ho_Chi_Minh"]
        for i in events {
            let d = site.events[i]
            guard let e = d.event else { continue }
            let url = config.baseURL.absolute(site.path(of: d))
            var description = [d.effectiveSummary]
            if !e.organiser.isEmpty { description.append(site.interface(.eventOrganiser) + ": " + e.organiser) }
            if !e.audience.isEmpty { description.append(site.interface(.eventAudience) + ": " + e.audience) }
            if let online = e.online { description.append(site.interface(.eventOnline) + ": " + config.baseURL.absoluteURL(online)) }
            if d.illustrative { description.insert(site.interface(.illustrativeEvent), at: 0) }
            lines += [
                "BEGIN:VEVENT",
                "UID:\(d.slug)@\(config.baseURL.host)",
                // The last change of the event's file, else its start: the same sources give the same bytes.
                "DTSTAMP:" + Self.utc(d.lastmod ?? e.start),
            ]
            if e.allDay {
                lines.append("DTSTART;VALUE=DATE:" + Self.day(e.start))
                lines.append("DTEND;VALUE=DATE:" + Self.day(DateTime(epochSeconds: e.end.epochSeconds + 1, offsetMinutes: e.end.offsetMinutes)))
            } else {
                lines += ["DTSTART:" + Self.utc(e.start), "DTEND:" + Self.utc(e.end)]
            }
            lines.append("SUMMARY:" + Self.text(d.labelledTitle(site.interface)))
            lines.append("DESCRIPTION:" + Self.text(description.filter { !$0.isEmpty }.joined(separator: "\n")))
            let place = [e.place, e.online.map(config.baseURL.absoluteURL) ?? ""].filter { !$0.isEmpty }.joined(separator: " – ")
            if !place.isEmpty { lines.append("LOCATION:" + Self.text(place)) }
            if !e.category.isEmpty { lines.append("CATEGORIES:" + Self.text(e.category)) }
            lines += ["URL:" + url, "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `20271215T010000Z`.
    static func utc(_ d: DateTime) -> String {
        let u = DateTime(epochSeconds: d.epochSeconds, offsetMinutes: 0)
        let pad = VietnameseFormat.pad
        return day(u) + "T\(pad(u.hour))\(pad(u.minute))\(pad(u.second))Z"
    }

    /// `20271215`: the day as the author wrote it, for an event of whole days.
    static func day(_ d: DateTime) -> String { VietnameseFormat.isoDay(d).replacingAll("-", with: "") }

    /// TEXT as RFC 5545 §3.3.11 escapes it: backslash, semicolon, comma and new lines.
    static func text(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": break
            default: out.append(c)
            }
        }
        return out
    }

    /// A content line folded at 75 bytes (§3.1): each further line starts with a space, and a
    /// character's bytes are never split.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var out = "", count = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if count + size > 75 {
                out += "\r\n "
                count = 1
            }
            out.unicodeScalars.append(scalar)
            count += size
        }
        return out
    }
}
