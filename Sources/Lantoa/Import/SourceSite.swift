import Foundation
import TOMLKit
import Yams

/// What `lantoa import` reads of a Hugo or Jekyll site: its settings, and what each file is.
struct SourceSite {
    enum Generator: String { case hugo, jekyll }

    let generator: Generator
    let root: URL
    /// Every file, relative to the root, sorted.
    let files: [String]
    var title = ""
    var baseURL = ""
    var description = ""
    /// Hugo `[permalinks]` by section, or Jekyll's `permalink:`.
    var permalinks: [String: String] = [:]
    /// Hugo's main sections (the news), from `params.mainSections`.
    var mainSections: [String] = []
    /// Jekyll collections that are written out, by name.
    var collections: [String: String] = [:]
    /// The settings' texts by dotted key (`repository`, `params.author`), for `{{ site.x }}` and `param`.
    var variables: [String: String] = [:]
    /// Hugo's content folders (`content/`, or `content/en/` mounted as the content of a language).
    var contentRoots = ["content/"]

    init(generator: Generator, root: URL) {
        self.generator = generator
        self.root = root
        var files: [String] = []
        if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey], options: []) {
            let base = root.standardizedFileURL.path
            for case let url as URL in walker {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
                let path = url.standardizedFileURL.path
                if path.hasPrefix(base + "/") { files.append(String(path.dropFirst(base.count + 1))) }
            }
        }
        self.files = files.sorted()
        readSettings()
    }

    /// The settings file's values as a dictionary of plain values.
    private mutating func readSettings() {
        let names = generator == .hugo
            ? ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json",
               "config/_default/hugo.toml", "config/_default/config.toml", "config/_default/hugo.yaml", "config/_default/config.yaml"]
            : ["_config.yml", "_config.yaml"]
        guard let name = names.first(where: files.contains), let text = try? String(contentsOf: root.appendingPathComponent(name), encoding: .utf8) else { return }
        let settings: [String: Any]
        if name.hasSuffix(".toml") {
            settings = (try? TOMLTable(string: text)).map { Self.plain($0) as? [String: Any] ?? [:] } ?? [:]
        } else {
            settings = ((try? Yams.load(yaml: text)) as? [String: Any]) ?? [:]
        }
        func flatten(_ value: Any, _ prefix: String) {
            if let text = value as? String { variables[prefix] = text }
            else if let number = value as? Int { variables[prefix] = String(number) }
            else if let group = value as? [String: Any] { for (k, v) in group { flatten(v, prefix.isEmpty ? k : prefix + "." + k) } }
        }
        flatten(settings, "")
        title = (settings["title"] ?? settings["name"]) as? String ?? ""
        baseURL = (settings["baseURL"] ?? settings["baseurl"] ?? settings["url"]) as? String ?? ""
        if generator == .jekyll, let url = settings["url"] as? String { baseURL = url + ((settings["baseurl"] as? String) ?? "") }
        description = (settings["description"] as? String) ?? ((settings["params"] as? [String: Any])?["description"] as? String) ?? ""
        if let links = settings["permalinks"] as? [String: Any] {
            for (k, v) in links { if let v = v as? String { permalinks[k] = v } }
        }
        if let link = settings["permalink"] as? String { permalinks["posts"] = link }
        let params = settings["params"] as? [String: Any]
        mainSections = (params?["mainSections"] ?? params?["mainsections"] ?? settings["mainSections"]) as? [String] ?? []
        // Hugo mounts a language's folder as the content (`source = 'content/en'`, or `contentDir`).
        var roots: [String] = []
        if let module = settings["module"] as? [String: Any], let mounts = module["mounts"] as? [[String: Any]] {
            for mount in mounts where mount["target"] as? String == "content" { if let source = mount["source"] as? String { roots.append(source) } }
        }
        if let languages = settings["languages"] as? [String: Any] {
            for case let language as [String: Any] in languages.values { if let dir = language["contentDir"] as? String { roots.append(dir) } }
        }
        if !roots.isEmpty { contentRoots = roots.map { $0.hasSuffix("/") ? $0 : $0 + "/" }.sorted { $0.count > $1.count } }
        if let c = settings["collections"] as? [String: Any] {
            for (name, value) in c {
                let options = value as? [String: Any]
                if options?["output"] as? Bool == true { collections[name] = options?["permalink"] as? String ?? "/:collection/:path:output_ext" }
            }
            // Posts are a collection too; its permalink wins over the site's.
            if let posts = (c["posts"] as? [String: Any])?["permalink"] as? String { permalinks["posts"] = posts }
        }
    }

    private static func plain(_ value: TOMLValueConvertible) -> Any {
        switch value.type {
        case .string: return value.string ?? ""
        case .int: return value.int ?? 0
        case .bool: return value.bool ?? false
        case .double: return value.double ?? 0
        case .array: return (value.array.map { Array($0) } ?? []).map(plain)
        case .table:
            var out: [String: Any] = [:]
            for (k, v) in value.table! { out[k] = plain(v) }
            return out
        default: return String(describing: value)
        }
    }

    // MARK: - What each file is

    enum Role: Equatable {
        /// A Markdown document; `section` is its first folder under content/ (Hugo) or its collection.
        case document(section: String)
        /// A file of a page bundle (Hugo leaf bundle), owned by the page at the path given.
        case bundled(owner: String)
        /// A file the site publishes as it is, at the old address given.
        case asset(oldPath: String)
        case skipped(String)
        case notConverted(String)
    }

    static let markdown = ["md", "markdown", "mdown", "mkd", "mkdn"]
    static let publishable: Set<String> = ["png", "jpg", "jpeg", "gif", "webp", "svg", "avif", "ico", "pdf", "doc", "docx", "xls", "xlsx",
                                            "ppt", "pptx", "odt", "ods", "zip", "mp3", "mp4", "webm", "ogg", "csv", "txt", "json", "xml", "kml", "gpx"]

    static func ext(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
        return path[path.index(after: dot)...].lowercased()
    }

    /// The path of a Hugo content file inside its content folder (`posts/a.md`), or nil.
    func contentRelative(_ path: String) -> String? {
        contentRoots.first { path.hasPrefix($0) }.map { String(path.dropFirst($0.count)) }
    }

    func roles() -> [String: Role] {
        var roles: [String: Role] = [:]
        let bundles = generator == .hugo ? Set(files.filter { $0.hasPrefix("content/") && ["index.md", "index.markdown"].contains(($0 as NSString).lastPathComponent) }
            .map { ($0 as NSString).deletingLastPathComponent + "/" }) : []
        for path in files {
            let parts = path.split(separator: "/").map(String.init)
            let ext = Self.ext(path)
            if parts.contains(where: { [".git", ".github", "node_modules", ".hugo_build.lock"].contains($0) }) { roles[path] = .skipped("version control and tooling"); continue }
            switch generator {
            case .hugo:
                if let rel = contentRelative(path) {
                    let inner = rel.split(separator: "/").map(String.init)
                    if let bundle = bundles.first(where: { path.hasPrefix($0) }) {
                        let owner = files.first { $0.hasPrefix(bundle) && ["index.md", "index.markdown"].contains(($0 as NSString).lastPathComponent) && $0.split(separator: "/").count == bundle.split(separator: "/").count + 1 }!
                        roles[path] = path == owner ? .document(section: inner.count > 2 ? inner[0] : "") : .bundled(owner: owner)
                    } else if Self.markdown.contains(ext) {
                        roles[path] = .document(section: inner.count > 1 ? inner[0] : "")
                    } else if ext == "gotmpl" {
                        roles[path] = .notConverted("a content adapter (a Go template that makes pages): Lan Tỏa runs no templates; write its pages in Markdown")
                    } else if ext == "html" || ext == "htm" || ext == "adoc" || ext == "org" || ext == "rst" {
                        roles[path] = .notConverted("content in \(ext.uppercased()), not Markdown: convert it to Markdown by hand")
                    } else {
                        roles[path] = .asset(oldPath: "/" + rel)
                    }
                } else if parts[0] == "content" {
                    roles[path] = .skipped("content of another language (not mounted as this site's content)")
                } else if parts[0] == "static" {
                    roles[path] = .asset(oldPath: "/" + parts.dropFirst().joined(separator: "/"))
                } else if ["layouts", "themes", "archetypes", "i18n", "data", "assets", "resources", "public"].contains(parts[0]) {
                    roles[path] = .skipped(parts[0] == "public" || parts[0] == "resources" ? "generated output" : "theme, layouts and data (\(parts[0])/)")
                } else {
                    roles[path] = .skipped("configuration and project files")
                }
            case .jekyll:
                let top = parts[0]
                if top == "_posts" || top == "_drafts" {
                    roles[path] = Self.markdown.contains(ext) ? .document(section: top) : ext == "html" ? .notConverted("a post in HTML, not Markdown: convert it to Markdown by hand") : .asset(oldPath: "/" + path)
                } else if top.hasPrefix("_") && collections[String(top.dropFirst())] != nil && parts.count > 1 {
                    roles[path] = Self.markdown.contains(ext) ? .document(section: top) : .asset(oldPath: "/" + path)
                } else if top.hasPrefix("_") || top.hasPrefix(".") || ["Gemfile", "Gemfile.lock", "vendor"].contains(top) {
                    roles[path] = .skipped(top == "_site" ? "generated output" : "theme, layouts, data and configuration (\(top))")
                } else if Self.markdown.contains(ext) {
                    roles[path] = ["README.md", "LICENSE.md", "CHANGELOG.md", "CONTRIBUTING.md"].contains(path) ? .skipped("repository documents") : .document(section: "")
                } else if Self.publishable.contains(ext) {
                    roles[path] = .asset(oldPath: "/" + path)
                } else if ext == "html" {
                    roles[path] = .notConverted("a page in HTML: Lan Tỏa builds its pages from Markdown and its own templates")
                } else {
                    roles[path] = .skipped("theme files (styles, scripts) and configuration")
                }
            }
        }
        return roles
    }
}
