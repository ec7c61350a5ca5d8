import Foundation

extension SiteImporter {
    /// Where the source generator published the document.
    func oldURL(_ path: String, base: String, isBundle: Bool, section: String, reader r: inout FieldReader, date: DateTime?) -> String {
        if let url = r.string("url") ?? r.string("permalink"), url.hasPrefix("/"), !url.contains(":") { return url }
        let slug = r.string("slug")
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        func urlize(_ s: String) -> String {
            s.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: "-")
        }
        switch site.generator {
        case .hugo:
            var dirs = (site.contentRelative(path) ?? path).split(separator: "/").map(String.init) // inside the content folder
            dirs.removeLast()
            let name = isBundle ? (dirs.popLast() ?? base) : base
            if base == "_index" { return "/" + dirs.joined(separator: "/") + (dirs.isEmpty ? "" : "/") }
            if let pattern = site.permalinks[section] ?? (section.isEmpty ? nil : site.permalinks[section + "s"]) {
                var url = pattern
                let title = urlize(r.string("title") ?? name)
                for (token, value) in [(":year", date.map { String($0.year) } ?? ""), (":month", date.map { pad($0.month) } ?? ""),
                                       (":day", date.map { pad($0.day) } ?? ""), (":slug", slug ?? title), (":title", title),
                                       (":filename", name), (":contentbasename", name), (":sections", dirs.joined(separator: "/")), (":section", section)] {
                    url = url.replacingOccurrences(of: token, with: value)
                }
                return (url.hasPrefix("/") ? "" : "/") + url.lowercased()
            }
            return ("/" + (dirs + [slug ?? name]).joined(separator: "/") + "/").lowercased()
        case .jekyll:
            let title = slug ?? (DocumentParser.dateInFileName(path) != nil ? String(base.dropFirst(11)) : base)
            if section == "_posts" || section == "_drafts" {
                var pattern = site.permalinks["posts"] ?? "date"
                let categories = (r.peekList("categories") + r.peekList("category")).map { urlize($0) }.joined(separator: "/")
                switch pattern {
                case "date": pattern = "/:categories/:year/:month/:day/:title:output_ext"
                case "pretty": pattern = "/:categories/:year/:month/:day/:title/"
                case "none": pattern = "/:categories/:title:output_ext"
                case "ordinal": pattern = "/:categories/:year/:y_day/:title:output_ext"
                default: break
                }
                var url = pattern
                for (token, value) in [(":categories", categories), (":year", date.map { String($0.year) } ?? ""), (":month", date.map { pad($0.month) } ?? ""),
                                       (":i_month", date.map { String($0.month) } ?? ""), (":day", date.map { pad($0.day) } ?? ""),
                                       (":i_day", date.map { String($0.day) } ?? ""), (":title", title), (":slug", title), (":output_ext", ".html")] {
                    url = url.replacingOccurrences(of: token, with: value)
                }
                while url.contains("//") { url = url.replacingOccurrences(of: "//", with: "/") }
                return url
            }
            var dirs = path.split(separator: "/").map(String.init)
            dirs.removeLast()
            if section.hasPrefix("_"), let pattern = site.collections[String(section.dropFirst())] {
                let inner = path.split(separator: "/").dropFirst().joined(separator: "/")
                let withoutExt = (inner as NSString).deletingPathExtension
                return pattern.replacingOccurrences(of: ":collection", with: String(section.dropFirst()))
                    .replacingOccurrences(of: ":path", with: withoutExt).replacingOccurrences(of: ":name", with: base)
                    .replacingOccurrences(of: ":title", with: title).replacingOccurrences(of: ":output_ext", with: ".html")
            }
            if base == "index" { return "/" + dirs.joined(separator: "/") + (dirs.isEmpty ? "" : "/") }
            return "/" + (dirs + [base]).joined(separator: "/") + (site.permalinks["posts"] == "pretty" ? "/" : ".html")
        }
    }
}
