/// A citation a journalist or researcher can paste: author (year). "Title". Site. URL.
enum Citation {
    static func text(author: String?, year: Int?, title: String, config: SiteConfig, path: String) -> String {
        let who = author ?? (config.organisation.name.isEmpty ? config.title : config.organisation.name)
        let when = year.map { " (\($0))" } ?? ""
        return "\(who)\(when). “\(inner(title))”. \(config.title). \(config.baseURL.absolute(path))"
    }

    /// Quotation marks inside the quoted title become single ones: “Hội thảo ‘5S’ tại Pleiku”,
    /// not “Hội thảo “5S” tại Pleiku”.
    static func inner(_ title: String) -> String {
        guard title.contains(where: { $0 == "“" || $0 == "”" || $0 == "\"" }) else { return title }
        var out = "", open = true
        for c in title {
            switch c {
            case "“": out.append("‘")
            case "”": out.append("’")
            case "\"": out.append(open ? "‘" : "’"); open.toggle()
            default: out.append(c)
            }
        }
        return out
    }

    /// Who made the chart: the organisation, else the site.
    static func chartMaker(_ config: SiteConfig) -> String {
        config.organisation.name.isEmpty ? config.title : config.organisation.name
    }

    /// The credit of a chart of someone else's data: "Nguồn số liệu: Tổng cục Thống kê; biểu đồ: Sở KH&CN".
    static func dataCredit(_ indicator: Indicator, config: SiteConfig, words t: Interface) -> String {
        t(.creditChart, ["source": ChartText.sourceLine(indicator, words: t), "maker": chartMaker(config)])
    }

    /// The same credit as HTML, the source's address linked after its name: an embed's one line
    /// of attribution (its chart then states no source line of its own).
    static func dataCreditHTML(_ indicator: Indicator, config: SiteConfig, words t: Interface) -> String {
        // A private-use character no word holds stands for the source while the rest is escaped.
        let mark = "\u{E000}"
        var source = XML.escape(ChartText.sourceLine(indicator, words: t))
        if !indicator.sourceURL.isEmpty {
            let url = XML.escape(indicator.sourceURL)
            source += "&nbsp;· <a href=\"\(url)\">\(url)</a>"
        }
        return XML.escape(t(.creditChart, ["source": mark, "maker": chartMaker(config)])).replacingOccurrences(of: mark, with: source)
    }

    /// An indicator's citation names the data's source first, the chart's maker after.
    static func data(_ indicator: Indicator, year: Int?, config: SiteConfig, path: String, words t: Interface) -> String {
        let name = indicator.sourceName.isEmpty ? chartMaker(config) : indicator.sourceName
        // The year in brackets; after a comma when the source ends with its own: "Tổng cục
        // Thống kê (nay là Cục Thống kê), 2026", not "(nay là Cục Thống kê, 2026)".
        let source = year.map { name.hasSuffix(")") ? "\(name), \($0)" : "\(name) (\($0))" } ?? name
        return t(indicator.illustrative ? .citationDataIllustrative : .citationData,
                 ["source": source, "name": inner(indicator.name), "maker": chartMaker(config), "site": config.title, "url": config.baseURL.absolute(path)])
    }
}
