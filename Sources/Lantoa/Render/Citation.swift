/// A citation a journalist or researcher can paste: author (year). "Title". Site. URL.
enum Citation {
    static func text(author: String?, year: Int?, title: String, config: SiteConfig, path: String) -> String {
        let who = author ?? (config.organisation.name.isEmpty ? config.title : config.organisation.name)
        let when = year.map { " (\($0))" } ?? ""
        return "\(who)\(when). “\(title)”. \(config.title). \(config.baseURL.absolute(path))"
    }
}
