import Foundation

/// Warns about Markdown links and images that point at nothing this build produces,
/// and about links to a heading (`#ket-qua`) that the page does not have.
struct LinkChecker {
    let site: Site
    /// The content folder's files, for a picture of front matter (`image:`) named alike but for capitals.
    var content: ContentIndex?

    func check(diagnostics: inout [Diagnostic]) {
        let files = Set(site.routes.map(\.file))
        // A site path is published as a file or as a folder's index.
        func published(_ target: String) -> Bool { files.contains(target) || files.contains(target + "index.html") || files.contains(target + "/index.html") }
        let lists = [site.articles, site.translatedArticles, site.pages, site.stories]
        // Headings are looked up only for the pages that links with a #fragment point at.
        var byPath: [String: Document]?
        func anchors(_ path: String) -> Set<String>? {
            if byPath == nil { byPath = Dictionary(lists.joined().map { (site.path(of: $0), $0) }, uniquingKeysWith: { a, _ in a }) }
            return byPath?[path].map { Set($0.body.headings.map(\.id)) }
        }
        for document in lists.joined() {
            let here = site.path(of: document)
            for reference in document.body.references {
                // Searched as bytes: as characters (and `contains` of a string, Foundation's) the
                // search was most of the check at 10,000 articles.
                if let hash = reference.url.utf8.firstIndex(of: UInt8(ascii: "#")), !reference.isImage, !reference.url.utf8.contains(UInt8(ascii: ":")) {
                    let fragment = String(reference.url[reference.url.index(after: hash)...])
                    let page = reference.url[..<hash].isEmpty ? here : resolve(String(reference.url[..<hash]), from: here).map { $0.hasSuffix("/") || $0.isEmpty ? $0 : $0 + "/" }
                    if let page, !fragment.isEmpty, let ids = anchors(page), !ids.contains(fragment.removingPercentEncoding ?? fragment) {
                        // A link to a page's file is named by that file, as it is written.
                        diagnostics.append(.warning(reference.location, .linkPointsHeadingPageDoes(reference.page.map { "\($0)#\(fragment)" } ?? reference.url),
                                                    hint: ids.isEmpty ? .pageHasNoHeadings : .itsHeadingsAre("#" + ids.sorted().prefix(8).joined(separator: ", #")),
                                                    stage: .assemble))
                    }
                }
                guard let target = resolve(reference.url, from: here) else { continue }
                if published(target) { continue }
                if let page = reference.page {
                    diagnostics.append(.warning(reference.location, .linkedPageNotPublished(page), hint: .publishLinkedPage, stage: .assemble))
                    continue
                }
                diagnostics.append(.warning(reference.location, reference.isImage ? .imageDoesNotExist(reference.url) : .pointsNothingSite(.theLink, reference.url),
                                            hint: reference.near.map { .fileNamedInOtherCase($0) } ?? (reference.isImage
                                                ? Self.missingImageHint(reference.url, document)
                                                : Self.pageFile(reference.url, document).map { .noPageFileThere($0) }
                                                    ?? Self.otherFile(reference.url, document).map { .putFileBesidePage($0) }
                                                    ?? .checkAddressPagesLookLike("/\(site.config.urlNames.articles)/ten-bai-viet/")),
                                            stage: .assemble))
            }
            if let image = document.image, let target = resolve(image, from: here), !files.contains(target) {
                let folder = Self.folder(of: document)
                diagnostics.append(.warning(document.imageLocation ?? document.urlLocation, .imageDoesNotExist(image),
                                            hint: content.flatMap { MarkdownTreeWalk.nearMiss(image, files: $0, sourceFolder: folder) }.map { .fileNamedInOtherCase($0) }
                                                ?? Self.missingImageHint(image, document), stage: .assemble))
            }
        }
        // The menus of site.yml, the site's and each language's: every page shows one, so an item
        // that leads nowhere (a language's news list with no article left) is a dead link everywhere.
        let config = site.config
        for item in config.menu + config.versions.keys.sorted().flatMap({ config.versions[$0]?.menu ?? [] }) {
            guard let location = item.location, let target = resolve(item.url, from: "") else { continue }
            if published(target) { continue }
            diagnostics.append(.warning(location, .pointsNothingSite(.theMenuItem(item.title), item.url), hint: .menuItemLeadsToPage, stage: .assemble))
        }
    }

    /// Where a missing picture goes: a relative one (`anh.jpg`) where the link looks for it,
    /// beside its page (the link then publishes it); any other in `content/media/`.
    static func missingImageHint(_ url: String, _ document: Document) -> Message {
        relativeFile(url, document).map { .putImageBesidePage($0) } ?? .putImageInMedia
    }

    /// The Markdown file a relative link names (`bai-kia.md`, `../pages/a.markdown#muc`), project-relative.
    static func pageFile(_ url: String, _ document: Document) -> String? {
        guard let file = relativeFile(url, document), case let lowered = file.lowercased(), lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") else { return nil }
        return file
    }

    /// The file, not a page's, a relative link names by a name with an extension (`chuong-trinh.pdf`), project-relative.
    static func otherFile(_ url: String, _ document: Document) -> String? {
        guard let file = relativeFile(url, document), let name = file.split(separator: "/").last, name.dropFirst().contains(".") else { return nil }
        return file
    }

    /// The project file a relative link of `document` names (`anh.jpg` → `content/articles/goi/anh.jpg`);
    /// nil for a site path, another site's address, or one that climbs out of `content/`.
    static func relativeFile(_ url: String, _ document: Document) -> String? {
        guard !url.hasPrefix("/"), URLPolicy.scheme(of: url) == nil else { return nil }
        return MarkdownTreeWalk.normalized(folder(of: document) + MarkdownTreeWalk.filePath(of: url))
    }

    /// The folder of the document's file, with its slash: `content/articles/goi/`.
    static func folder(of document: Document) -> String {
        let path = document.sourcePath
        return path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[...$0]) } ?? ""
    }

    /// The output file a site-internal URL names, or nil for external, mail and fragment-only links.
    func resolve(_ url: String, from here: String) -> String? {
        // The usual case, a plain site path such as /ke-hoach/, needs no segment work.
        if url.utf8.first == UInt8(ascii: "/"), url.utf8.dropFirst().first != UInt8(ascii: "/"),
           !url.utf8.contains(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") }),
           !zip(url.utf8, url.utf8.dropFirst()).contains(where: { $0 == UInt8(ascii: "/") && $1 == UInt8(ascii: "/") }) {
            return String(url.dropFirst())
        }
        var path = url
        if let cut = path.utf8.firstIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) { path = String(path[..<cut]) }
        if path.isEmpty || path.utf8.contains(UInt8(ascii: ":")) || path.hasPrefix("//") { return nil }
        let joined = path.hasPrefix("/") ? String(path.dropFirst()) : here + path
        var segments: [Substring] = []
        for segment in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == ".." { if !segments.isEmpty { segments.removeLast() } } else if segment != "." { segments.append(segment) }
        }
        let result = segments.joined(separator: "/")
        return (path.hasSuffix("/") && !result.isEmpty) ? result + "/" : result
    }
}
