import Foundation

/// Every file under `content/`, each accounted for: read (site.yml, Markdown, data), copied
/// (media, files beside a page), or said once in a summary of what was not read, so nothing a
/// user put there disappears without a word.
struct ContentInventory {
    /// The folders whose Markdown files are documents, with their kind.
    static let sections: [(String, Document.Kind)] = [("articles", .article), ("pages", .page), ("stories", .story), ("documents", .document), ("events", .event), ("glossary", .glossary), ("broadcasts", .broadcast), ("ton-vinh", .honours)]

    let extensions: [String]
    /// Every file listed, project-relative, sorted.
    let all: [String]
    /// The Markdown files of `all` (by the site's extensions), each told apart once.
    private let markdown: Set<String>

    init(files: ProjectFiles, extensions: [String]) {
        var all: [String] = []
        let known = Set(Self.sections.map(\.0) + ["media", "indicators"])
        for name in known.sorted() { all += files.list("content/" + name) }
        // Anything else at the top of content/: its own files and folders, listed to be reported.
        let top = (try? FileManager.default.contentsOfDirectory(atPath: files.root.path + "/content")) ?? []
        for name in top.sorted() where !name.hasPrefix(".") && !known.contains(name) {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: files.root.path + "/content/" + name, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue { all += files.list("content/" + name) } else { all.append("content/" + name) }
        }
        self.init(listed: all, extensions: extensions)
    }

    /// The content folder as `all` lists it (project-relative paths): what a warm rebuild knows
    /// of it after files came or went, without listing the folder again.
    init(listed all: [String], extensions: [String]) {
        self.extensions = extensions.map { $0.lowercased() }
        self.all = all.sorted()
        let lowered = self.extensions
        markdown = Set(self.all.filter { Self.isMarkdown($0, extensions: lowered) })
    }

    func isMarkdown(_ path: String) -> Bool { markdown.contains(path) }

    static func isMarkdown(_ path: String, extensions: [String]) -> Bool {
        let bytes = path.utf8
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), !bytes[dot...].contains(UInt8(ascii: "/")) else { return false }
        return extensions.contains(path[path.utf8.index(after: dot)...].lowercased())
    }

    /// The Markdown files of each section folder, with the kind their folder gives them.
    func documents(in section: String) -> [(String, Document.Kind)] {
        guard let kind = Self.sections.first(where: { $0.0 == section })?.1 else { return [] }
        let prefix = "content/\(section)/"
        // `all` is sorted: the folder's files are one run of it.
        var (start, end) = (0, all.count)
        while start < end {
            let mid = (start + end) / 2
            if all[mid] < prefix { start = mid + 1 } else { end = mid }
        }
        var found: [(String, Document.Kind)] = []
        for path in all[start...] {
            guard path.hasPrefix(prefix) else { break }
            if markdown.contains(path) { found.append((path, kind)) }
        }
        return found
    }

    /// The kind of page a Markdown file of a section folder publishes (`content/pages/a.md`: a
    /// page); nil for any other file.
    static func kind(ofPage path: String, extensions: [String]) -> Document.Kind? {
        guard isMarkdown(path, extensions: extensions) else { return nil }
        return sections.first { path.hasPrefix("content/\($0.0)/") }?.1
    }

    /// The files that travel with each page bundle: a page whose file is `index.md`, or the only
    /// page in a folder of its own, takes every other file under its folder (but not those under
    /// a sub-folder holding pages of its own). Keyed by the page's source path; values are
    /// source paths.
    func bundles() -> [String: [String]] {
        var markdownByFolder: [String: [String]] = [:]
        for path in all where isMarkdown(path) { markdownByFolder[Self.folder(of: path), default: []].append(path) }
        let roots = Set(Self.sections.map { "content/\($0.0)/" })
        var owner: [String: String] = [:] // folder → page
        for (folder, pages) in markdownByFolder where !roots.contains(folder) && Self.sections.contains(where: { folder.hasPrefix("content/\($0.0)/") }) {
            if let index = pages.first(where: Self.isIndex) { owner[folder] = index } else if pages.count == 1 { owner[folder] = pages[0] }
        }
        var bundles: [String: [String]] = [:]
        for path in all where !isMarkdown(path) {
            // The nearest folder up from the file that holds pages decides: a bundle's, or none.
            var folder = Self.folder(of: path)
            while !roots.contains(folder) && folder.hasPrefix("content/") && folder.count > "content/".count {
                if markdownByFolder[folder] != nil {
                    if let page = owner[folder] { bundles[page, default: []].append(path) }
                    break
                }
                folder = Self.folder(of: String(folder.dropLast()))
            }
        }
        return bundles
    }

    static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[...slash])
    }

    /// Whether the file is a folder's `index.*` page (by bytes: asked of every page of a folder).
    static func isIndex(_ path: String) -> Bool { path.lastSegment.utf8.starts(with: "index.".utf8) }

    /// One warning per kind of file nobody reads: `used` holds every file read or published.
    func unread(used: Set<String>) -> [Diagnostic] {
        var groups: [String: [String]] = [:]
        var order: [String] = []
        for path in all where !used.contains(path) {
            let parts = path.split(separator: "/").map(String.init)
            let key: String
            if parts.count == 2 {
                key = "top"
            } else if Self.sections.contains(where: { $0.0 == parts[1] }) {
                let ext = path.contains(".") ? String(path[path.index(after: path.lastIndex(of: ".")!)...]).lowercased() : ""
                key = Self.textExtensions.contains(ext) ? "ext:" + ext : "loose:" + parts[1]
            } else {
                key = "folder:" + parts[1]
            }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(path)
        }
        return order.map { key in
            let paths = groups[key]!
            let n = paths.count
            let list = paths.prefix(3).joined(separator: ", ") + (n > 3 ? ", …" : "")
            let place = SourceLocation(file: paths[0])
            switch key {
            case "top":
                return .warning(place, .fileTopContentNotRead(n, list),
                                hint: .contentHoldsSiteYmlPlan)
            case let k where k.hasPrefix("ext:"):
                let ext = String(k.dropFirst(4))
                return .warning(place, .fileNotRead(n, ext, list),
                                hint: .renameThemMdIfThey(ext))
            case let k where k.hasPrefix("loose:"):
                return .warning(place, .fileBesidePagesContentNot(n, k.dropFirst(6), list),
                                hint: .linkThemPageSameFolder)
            default:
                let folder = String(key.dropFirst(7))
                return .warning(place, .fileContentNotRead(n, folder, list),
                                hint: folder == "indicators" ? .indicatorsAreRead(VietnameseText.slug(((paths[0] as NSString).lastPathComponent as NSString).deletingPathExtension))
                                    : .contentFoldersRead)
            }
        }
    }

    /// Extensions of text formats that look like pages someone meant to be read.
    static let textExtensions: Set<String> = ["md", "markdown", "mdown", "mkd", "mkdn", "mdwn", "mdtxt", "txt", "html", "htm", "rst", "adoc", "asciidoc", "org", "textile", "pandoc", "rmd"]
}
