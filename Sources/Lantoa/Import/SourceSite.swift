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
        let settings: Setting
        if name.hasSuffix(".toml") {
            settings = (try? TOMLTable(string: text)).map(Setting.init(toml:)) ?? .other
        } else {
            settings = Setting(yaml: (try? Yams.load(yaml: text)) ?? nil)
        }
        func flatten(_ value: Setting, _ prefix: String) {
            switch value {
            case .text(let text): variables[prefix] = text
            case .number(let number) where number == number.rounded(): variables[prefix] = String(Int(number))
            case .table(let group): for (k, v) in group { flatten(v, prefix.isEmpty ? k : prefix + "." + k) }
            default: break
            }
        }
        flatten(settings, "")
        title = (settings["title"] ?? settings["name"])?.text ?? ""
        baseURL = (settings["baseURL"] ?? settings["baseurl"] ?? settings["url"])?.text ?? ""
        if generator == .jekyll, let url = settings["url"]?.text { baseURL = url + (settings["baseurl"]?.text ?? "") }
        description = settings["description"]?.text ?? settings["params"]?["description"]?.text ?? ""
        for (k, v) in settings["permalinks"]?.table ?? [:] { if let v = v.text { permalinks[k] = v } }
        if let link = settings["permalink"]?.text { permalinks["posts"] = link }
        let params = settings["params"]
        mainSections = (params?["mainSections"] ?? params?["mainsections"] ?? settings["mainSections"])?.list?.compactMap(\.text) ?? []
        // Hugo mounts a language's folder as the content (`source = 'content/en'`, or `contentDir`).
        var roots: [String] = []
        for mount in settings["module"]?["mounts"]?.list ?? [] where mount["target"]?.text == "content" {
            if let source = mount["source"]?.text { roots.append(source) }
        }
        for language in (settings["languages"]?.table ?? [:]).values { if let dir = language["contentDir"]?.text { roots.append(dir) } }
        if !roots.isEmpty { contentRoots = roots.map { $0.hasSuffix("/") ? $0 : $0 + "/" }.sorted { $0.count > $1.count } }
        if let c = settings["collections"]?.table {
            for (name, options) in c where options["output"]?.bool == true {
                collections[name] = options["permalink"]?.text ?? "/:collection/:path:output_ext"
            }
            // Posts are a collection too; its permalink wins over the site's.
            if let posts = c["posts"]?["permalink"]?.text { permalinks["posts"] = posts }
        }
    }

    /// A value of another tool's settings file, TOML or YAML.
    indirect enum Setting {
        case text(String), number(Double), bool(Bool), list([Setting]), table([String: Setting]), other

        subscript(key: String) -> Setting? { table?[key] }
        var text: String? { if case .text(let text) = self { text } else { nil } }
        var bool: Bool? { if case .bool(let flag) = self { flag } else { nil } }
        var list: [Setting]? { if case .list(let items) = self { items } else { nil } }
        var table: [String: Setting]? { if case .table(let fields) = self { fields } else { nil } }

        init(toml value: TOMLValueConvertible) {
            switch value.type {
            case .string: self = .text(value.string ?? "")
            case .int: self = .number(Double(value.int ?? 0))
            case .bool: self = .bool(value.bool ?? false)
            case .double: self = .number(value.double ?? 0)
            case .array: self = .list((value.array.map { Array($0) } ?? []).map(Setting.init(toml:)))
            case .table: self = .table(value.table!.reduce(into: [:]) { $0[$1.0] = Setting(toml: $1.1) })
            default: self = .text(String(describing: value))
            }
        }

        /// Yams gives what it read as `Any`: this is the one place it is looked at, and turned
        /// into a closed shape at once.
        init(yaml value: Any?) {
            switch value {
            case let text as String: self = .text(text)
            case let flag as Bool: self = .bool(flag)
            case let number as Int: self = .number(Double(number))
            case let number as Double: self = .number(number)
            case let items as [Any?]: self = .list(items.map(Setting.init(yaml:)))
            case let fields as [AnyHashable: Any?]:
                self = .table(fields.reduce(into: [:]) { table, pair in
                    if let key = pair.key.base as? String { table[key] = Setting(yaml: pair.value) }
                })
            default: self = .other
            }
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
