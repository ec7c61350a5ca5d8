import Foundation

/// Rendering the monthly newsletters: the list, each month's page, and its e-mail as HTML (tables
/// and inline styles), plain text and one MIME message (`thu.eml`) a mail program opens and sends.
extension PageRenderer {
    /// One item of a newsletter, and one section.
    struct LetterItem { var title, url, date, summary: String }
    struct LetterSection { var heading: String; var items: [LetterItem] }

    /// The title of month `k`'s newsletter.
    func newsletterTitle(_ k: Int) -> String {
        let n = site.newsletters[k]
        return t(.newsletterTitle, ["month": String(n.month), "year": String(n.year)])
    }

    /// One month's sections, with links absolute (`absolute: true`, for the e-mail) or site-relative.
    func newsletterSections(_ k: Int, absolute: Bool) -> [LetterSection] {
        let n = site.newsletters[k]
        func item(_ d: Document, date: DateTime?) -> LetterItem {
            LetterItem(title: d.labelledTitle(t), url: absolute ? config.baseURL.absolute(site.path(of: d)) : config.baseURL.link(site.path(of: d)),
                       date: date.map { t.date($0) } ?? "", summary: d.labelledSummary(t))
        }
        return [
            LetterSection(heading: t(.newsletterNews), items: n.articles.map { item(site.articles[$0], date: site.articles[$0].date) }),
            LetterSection(heading: t(.newsletterStories), items: n.stories.map { item(site.stories[$0], date: site.stories[$0].date) }),
            LetterSection(heading: t(.newsletterBroadcasts), items: n.broadcasts.map { item(site.broadcasts[$0], date: site.broadcasts[$0].date) }),
            LetterSection(heading: t(.newsletterEvents), items: n.events.map { item(site.events[$0], date: site.events[$0].event!.start) }),
        ].filter { !$0.items.isEmpty }
    }

    /// "What the site published in 11/2026."
    func newsletterIntro(_ k: Int) -> String {
        let n = site.newsletters[k]
        return t(.newsletterIntro, ["site": config.title, "month": String(n.month), "year": String(n.year)])
    }

    var newsletterFooter: String {
        t(.newsletterFooter, ["organisation": config.organisation.name.isEmpty ? config.title : config.organisation.name])
    }

    func newsletterContext(_ k: Int, absolute: Bool) -> TemplateObject {
        let n = site.newsletters[k]
        let page = names.newsletterPath(n.slug)
        return [
            "title": .text(newsletterTitle(k)),
            "intro": .text(newsletterIntro(k)),
            "sections": .list(newsletterSections(k, absolute: absolute).map { section in
                ["heading": .text(section.heading),
                 "items": .list(section.items.map { .texts(["title": $0.title, "url": $0.url, "date": $0.date, "summary": $0.summary]) })]
            }),
            "web": .text(config.baseURL.absolute(page)), "siteURL": .text(config.baseURL.absolute("")), "siteTitle": .text(config.title),
            "footer": .text(newsletterFooter),
            "html": .text(config.baseURL.link(page + MailPart.html.rawValue)), "text": .text(config.baseURL.link(page + MailPart.text.rawValue)),
            "message": .text(config.baseURL.link(page + MailPart.message.rawValue)),
            "lang": .text(config.language),
        ]
    }

    func newslettersPage(_ route: Route) -> OutputFile {
        var c = context.base(path: route.sitePath, title: t(.newsletters), description: t(.newslettersDescription))
        c["heading"] = .text(t(.newsletters))
        c["months"] = .list(site.newsletters.indices.map { k in
            let n = site.newsletters[k]
            return .texts(["title": t(.newsletterTitle, ["month": String(n.month), "year": String(n.year)]),
                           "url": config.baseURL.link(names.newsletterPath(n.slug)),
                           "count": t(.newsletterCount, ["count": String(n.articles.count + n.stories.count + n.broadcasts.count)])])
        })
        return html(route, "newsletters", c)
    }

    func newsletterPage(_ route: Route, k: Int) -> OutputFile {
        let letter = newsletterContext(k, absolute: false)
        var c = context.base(path: route.sitePath, title: newsletterTitle(k),
                             description: newsletterIntro(k))
        c["letter"] = .object(letter)
        c["indexURL"] = .text(config.baseURL.link(names.newslettersPath))
        return html(route, "newsletter", c)
    }

    func newsletterMail(_ route: Route, k: Int, part: MailPart) -> OutputFile {
        func html() -> String { render("newsletter-mail", for: route, newsletterContext(k, absolute: true)) }
        switch part {
        case .html: return OutputFile(path: route.file, text: html())
        case .text: return OutputFile(path: route.file, text: newsletterText(k))
        case .message: return OutputFile(path: route.file, text: newsletterMessage(k, subject: newsletterTitle(k), text: newsletterText(k), html: html()))
        }
    }

    /// The plain-text part: headings underlined, each item its title, date and address.
    func newsletterText(_ k: Int) -> String {
        let n = site.newsletters[k]
        let title = newsletterTitle(k)
        var out = "\(title)\n\(String(repeating: "=", count: title.count))\n\n"
        out += newsletterIntro(k) + "\n"
        for section in newsletterSections(k, absolute: true) {
            out += "\n\(section.heading)\n\(String(repeating: "-", count: section.heading.count))\n"
            for item in section.items {
                out += "\n* \(item.title)" + (item.date.isEmpty ? "" : " (\(item.date))") + "\n  \(item.url)\n"
            }
        }
        return out + "\n\(newsletterFooter)\n\(config.baseURL.absolute(names.newsletterPath(n.slug)))\n"
    }

    /// Text for a header as RFC 2047 encoded words, each at most 75 characters (UTF-8 in base64,
    /// cut between characters), folded onto lines of their own.
    static func encodedWords(_ text: String) -> String {
        var words: [String] = [], piece = ""
        for c in text {
            // 45 bytes make 60 characters of base64, plus the 12 of =?UTF-8?B? and ?=.
            if piece.utf8.count + String(c).utf8.count > 45 { words.append(piece); piece = "" }
            piece.append(c)
        }
        if !piece.isEmpty || words.isEmpty { words.append(piece) }
        return words.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    /// A MIME message (RFC 2045/2046/2047): the text and the HTML as alternatives, UTF-8 in
    /// base64; no recipient, which staff fill in. The same bytes at every build.
    func newsletterMessage(_ k: Int, subject: String, text: String, html: String) -> String {
        let n = site.newsletters[k]
        let boundary = "lantoa-ban-tin-\(n.slug)"
        // Lines of 76 characters ending in CRLF, as RFC 2045 asks.
        func base64(_ s: String) -> String {
            Data(s.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        }
        // X-Unsent: Outlook opens the file as a draft to address and send, not as a received message.
        // The date is the first day of the next month, when it goes out: the same at every build.
        let next = n.month == 12 ? (n.year + 1, 1) : (n.year, n.month + 1)
        let date = DateTime(year: next.0, month: next.1, day: 1, hour: 8)
        var headers = ["MIME-Version: 1.0", "X-Unsent: 1", "Date: \(VietnameseFormat.rfc822(date))", "Subject: \(Self.encodedWords(subject))"]
        let org = config.organisation
        if !org.email.isEmpty {
            headers.append("From: \(Self.encodedWords(org.name.isEmpty ? config.title : org.name)) <\(org.email)>")
        }
        headers.append("Content-Type: multipart/alternative; boundary=\"\(boundary)\"")
        var out = headers.joined(separator: "\r\n") + "\r\n\r\n"
        for (type, body) in [("text/plain", text), ("text/html", html)] {
            out += "--\(boundary)\r\nContent-Type: \(type); charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n\(base64(body))\r\n"
        }
        return out + "--\(boundary)--\r\n"
    }
}
