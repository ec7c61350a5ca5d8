import Foundation

/// One pass over the parsed tree: places links (the mount path, files beside the page, picture
/// sizes), collects headings, links and problems (raw HTML, shortcodes, pictures without a
/// description), and hands fenced blocks to the site.
struct MarkdownTreeWalk {
    let start: SourceLocation
    let options: MarkdownOptions
    let page: MarkdownPage?
    let lineMap: (Int) -> Int
    let attributes: [MarkdownNode: (id: String?, ignored: String?)]
    /// Where the table cells' texts are in the source (their links' lines and columns).
    let cells: [MarkdownNode: GFMTables.CellPlace]
    var diagnostics: [Diagnostic] = []
    var headings: [RenderedMarkdown.Heading] = []
    var headingNodes: [MarkdownNode] = []
    var references: [RenderedMarkdown.Reference] = []
    var resources: [RenderedMarkdown.Resource] = []
    var pageLinks: [String] = []
    var blockReplacements: [(MarkdownNode, String)] = []
    /// Whether the site's handler took any fenced block, drawn or failed.
    var drewBlocks = false
    private var blockCount = 0
    var firstParagraph: String?
    var wordCount = 0
    private var usedIDs: [String: Int] = [:]
    private var blockLine = 1
    private var warnedRawHTML = false
    private var imageReplacements: [(MarkdownNode, String)] = []
    private var figures: [MarkdownNode] = []
    /// `<span lang="…">` and `</span>` written in a body whose site keeps no raw HTML, with where
    /// each is: kept when they pair up in their paragraph (`keepLanguageTags`).
    private var languageTags: [(node: MarkdownNode, tag: LanguageTag, at: SourceLocation)] = []

    /// The text cmark parsed, for the column of a link (`location(of:)`), and where its lines
    /// end, found only as far down as a link asks (every body of a large site has links).
    private let source: String
    private var lineEnds: [String.Index] = []

    init(start: SourceLocation, options: MarkdownOptions, page: MarkdownPage?, source: String, lineMap: @escaping (Int) -> Int,
         attributes: [MarkdownNode: (id: String?, ignored: String?)], cells: [MarkdownNode: GFMTables.CellPlace] = [:]) {
        self.start = start
        self.options = options
        self.page = page
        self.source = source
        self.lineMap = lineMap
        self.attributes = attributes
        self.cells = cells
    }

    private var site: Bool { options.markup == .site }

    /// Keeps an id the page uses besides its headings' (the notes' heading).
    mutating func reserve(_ id: String) { usedIDs[id, default: 0] += 1 }

    /// Whether to look for shortcodes and Liquid (only when the text has `{{` or `{%`).
    var findsShortcodes = false

    mutating func visit(_ document: MarkdownNode) {
        // The walk only reads the tree; what it changes waits for the end.
        document.walk { node, entering in
            guard entering else { return }
            let kind = node.kind
            if let line = node.sourceLine {
                blockLine = line
            } else if kind == .paragraph {
                // Reference definitions at a paragraph's start are in its range, not its text.
                let contentLines = max(0, (node.lastChild?.endLine ?? node.startLine) - node.startLine)
                blockLine = lineMap(max(node.startLine, node.endLine - contentLines))
            } else if node.isBlock && node.startLine > 0 {
                blockLine = lineMap(node.startLine)
            }
            switch kind {
            case .softBreak, .lineBreak:
                blockLine += 1
            case .link, .image:
                visitLink(node)
            case .heading:
                visitHeading(node)
                if findsShortcodes { findShortcodes(node) }
            case .paragraph:
                if firstParagraph == nil && node.parent?.kind == .document { firstParagraph = plainText(node) }
                if findsShortcodes { findShortcodes(node) }
                if site { findLinksWithSpaces(node) }
                if site, let only = node.firstChild, only.next == nil, only.kind == .image, !only.title.isEmpty { figures.append(node) }
            case .text:
                wordCount += node.literalWordCount
            case .codeBlock:
                visitCodeBlock(node)
            case .htmlBlock, .htmlInline:
                // A phrase in another language ("Năng suất Đắk Lắk" on an English page) is marked
                // so a screen reader says it in that language's voice: the one tag kept in safe mode.
                if kind == .htmlInline, !options.allowRawHTML, let tag = LanguageTag(node.literal ?? "") {
                    languageTags.append((node, tag, location()))
                    break
                }
                guard !options.allowRawHTML, !warnedRawHTML else { break }
                warnedRawHTML = true
                diagnostics.append(.warning(location(), .rawHtmlMarkdownLeftOut,
                                            hint: .writeMarkdownInsteadSetAllow))
            default:
                break
            }
        }
        // A picture alone in its paragraph, with a title, is a figure with that title as its caption.
        for paragraph in figures {
            guard let image = paragraph.firstChild else { continue }
            let figure = MarkdownNode.custom(block: true, enter: "<figure class=\"figure\">", exit: "<figcaption>\(XML.escape(image.title))</figcaption></figure>")
            paragraph.moveChildren(to: figure)
            paragraph.insertBefore(figure)
            paragraph.free()
        }
        keepLanguageTags()
        for (node, html) in imageReplacements {
            node.insertBefore(.custom(block: false, enter: html))
            node.free()
        }
    }

    /// `<span lang="vi">` (quotes optional; a language code such as `en`, `vi`, `ede`, `en-GB`) or `</span>`.
    enum LanguageTag: Equatable {
        case open(String), close

        init?(_ literal: String) {
            if literal == "</span>" { self = .close; return }
            guard literal.hasPrefix("<span"),
                  let m = literal.wholeMatch(of: /<span\s+lang\s*=\s*(?:"(?<a>[^"]*)"|'(?<b>[^']*)'|(?<c>[^\s>]+))\s*>/),
                  let lang = m.a ?? m.b ?? m.c, lang.wholeMatch(of: /[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*/) != nil else { return nil }
            self = .open(String(lang))
        }

        var html: String {
            switch self {
            case .open(let lang): "<span lang=\"\(lang)\">"
            case .close: "</span>"
            }
        }
    }

    /// The language tags of each paragraph (or cell, or heading) become HTML when every opening
    /// one is closed after it; otherwise they are raw HTML, left out with the warning.
    private mutating func keepLanguageTags() {
        var byParent: [(parent: MarkdownNode?, tags: [(node: MarkdownNode, tag: LanguageTag, at: SourceLocation)])] = []
        for tag in languageTags {
            let parent = tag.node.parent
            if let k = byParent.firstIndex(where: { $0.parent == parent }) { byParent[k].tags.append(tag) } else { byParent.append((parent, [tag])) }
        }
        for (_, tags) in byParent {
            var depth = 0
            let balanced = tags.allSatisfy { tag in
                depth += tag.tag == .close ? -1 : 1
                return depth >= 0
            } && depth == 0
            guard balanced else {
                if !warnedRawHTML {
                    warnedRawHTML = true
                    diagnostics.append(.warning(tags[0].at, .rawHtmlMarkdownLeftOut, hint: .writeMarkdownInsteadSetAllow))
                }
                continue
            }
            for tag in tags {
                tag.node.insertBefore(.custom(block: false, enter: tag.tag.html))
                tag.node.free()
            }
        }
    }

    private mutating func visitHeading(_ node: MarkdownNode) {
        let text = plainText(node)
        let wanted = attributes[node]
        if let ignored = wanted?.ignored {
            diagnostics.append(.warning(location(), .headingAttributesIgnoredOnlyId(ignored),
                                        hint: .keepOnlyHeadingId))
        }
        var id = wanted?.id ?? VietnameseText.slug(text)
        if id.isEmpty { id = "muc" }
        let seen = usedIDs[id, default: 0]
        usedIDs[id] = seen + 1
        if seen > 0 { id += "-\(seen + 1)" }
        headings.append(.init(level: node.headingLevel, text: text, id: id))
        headingNodes.append(node)
    }

    private mutating func visitCodeBlock(_ node: MarkdownNode) {
        let info = node.fenceInfo
        guard site, let handler = options.fencedBlock, !info.isEmpty else { return }
        let trimmed = info.trimmed
        let kind = String(trimmed.prefix { !$0.isWhitespace })
        blockCount += 1
        let block = FencedBlock(kind: kind, argument: String(trimmed.dropFirst(kind.count)).trimmed,
                                literal: node.literal ?? "", location: location(), index: blockCount, language: options.language)
        let drawn = handler(block)
        if drawn != nil { drewBlocks = true }
        switch drawn {
        case .success(let html)?: blockReplacements.append((node, html))
        case .failure(let diagnostic)?: diagnostics.append(diagnostic)
        case nil: break
        }
    }

    private mutating func visitLink(_ node: MarkdownNode) {
        let isImage = node.kind == .image
        let written = node.url
        var url = written
        guard site else { return }
        var file: String?
        if let (target, published) = resolve(written) {
            url = published
            file = target
        }
        let at = location(of: node)
        references.append(.init(url: url, location: at, isImage: isImage, page: file.flatMap { pageLinks.contains($0) ? $0 : nil },
                                near: file == nil ? nearMiss(written) : nil))
        let alt = plainText(node)
        if isImage && alt.trimmed.isEmpty {
            diagnostics.append(.warning(at, .imageHasNoAltText(written),
                                        hint: .describeImageBetweenBrackets("![Học viên thực hành 5S tại xưởng](\(written))")))
        }
        // Root-relative links name site paths; the site may be mounted below a sub-path.
        if url.hasPrefix("/") && !url.hasPrefix("//") && options.basePath != "/" {
            url = options.basePath + url.dropFirst()
        }
        if url != written { node.url = url }
        guard isImage, let file, let size = options.files?.imageSize(file) else { return }
        let caption = node.parent.flatMap { $0.kind == .paragraph && $0.firstChild == node && node.next == nil ? node.title : nil } ?? ""
        var tag = "<img loading=\"lazy\" src=\"\(Self.escapeHref(url))\" alt=\"\(XML.escape(alt))\" width=\"\(size.width)\" height=\"\(size.height)\""
        if caption.isEmpty && !node.title.isEmpty { tag += " title=\"\(XML.escape(node.title))\"" }
        imageReplacements.append((node, tag + " />"))
    }

    /// The content file a link names and the site path it is published at: files beside the page
    /// (`anh.png`, `./images/x.jpeg`, `../anh.png`) and `/media/…`; for another page's Markdown
    /// file (`bai-khac.md`, `../pages/gioi-thieu.md#lien-he`), that page. Nil for anything else.
    private mutating func resolve(_ url: String) -> (file: String, published: String)? {
        guard let files = options.files, !url.isEmpty, !url.hasPrefix("#"), !url.hasPrefix("//"), URLPolicy.scheme(of: url) == nil else { return nil }
        let path = Self.filePath(of: url), suffix = String(url.drop { $0 != "#" && $0 != "?" })
        if path.hasPrefix("/") {
            guard path.hasPrefix("/media/"), let file = files.spelling(of: "content" + path) else { return nil }
            // Linked as the file is named on disk, letter for letter (see `ContentIndex.spelling`).
            return (file, file.utf8.elementsEqual(("content" + path).utf8) ? url : "/" + file.dropFirst("content/".count) + suffix)
        }
        guard let page, let named = Self.normalized(page.sourceFolder + path), let file = files.spelling(of: named) else { return nil }
        if let address = options.pageAddress?(file) {
            if !pageLinks.contains(file) { pageLinks.append(file) }
            return (file, "/" + address + suffix)
        }
        let published: String
        if file.hasPrefix(page.sourceFolder) {
            published = page.sitePath + file.dropFirst(page.sourceFolder.count)
        } else if file.hasPrefix("content/media/") {
            published = "media/" + file.dropFirst("content/media/".count)
        } else {
            // A file beside another page: published once, under media/, at its place in content/.
            published = "media/" + file.dropFirst("content/".count)
        }
        if !file.hasPrefix("content/media/") && !resources.contains(where: { $0.source == file }) {
            resources.append(.init(source: file, output: published))
        }
        return (file, "/" + published + suffix)
    }

    /// What a link that names no file probably meant to write: the address of a file named alike
    /// but for capitals, written the way the link was (beside the page, `../` up, or `/media/`).
    private func nearMiss(_ url: String) -> String? {
        options.files.flatMap { Self.nearMiss(url, files: $0, sourceFolder: page?.sourceFolder) }
    }

    /// `nearMiss` for a link written in a file of `sourceFolder` (`content/articles/goi/`), or
    /// for a site path only when there is none; also for the `image:` of front matter.
    static func nearMiss(_ url: String, files: ContentIndex, sourceFolder: String?) -> String? {
        guard !url.isEmpty, !url.hasPrefix("#"), !url.hasPrefix("//"), URLPolicy.scheme(of: url) == nil else { return nil }
        let path = Self.filePath(of: url)
        if path.hasPrefix("/") {
            guard path.lowercased().hasPrefix("/media/"),
                  let file = files.differingInCase("content" + path) ?? files.otherPictureKind("content" + path) else { return nil }
            return "/" + file.dropFirst("content/".count)
        }
        guard let sourceFolder, let named = Self.normalized(sourceFolder + path),
              let file = files.differingInCase(named) ?? files.otherPictureKind(named) else { return nil }
        // The folder the written path climbs to, and the file from there.
        var (rest, ups, base) = (Substring(path), 0, sourceFolder.split(separator: "/").map(String.init))
        while rest.hasPrefix("./") { rest = rest.dropFirst(2) }
        while rest.hasPrefix("../"), !base.isEmpty { rest = rest.dropFirst(3); ups += 1; base.removeLast() }
        let folder = base.joined(separator: "/") + "/"
        return file.hasPrefix(folder) ? String(repeating: "../", count: ups) + file.dropFirst(folder.count) : file
    }

    /// The file path a link names: its address before any `#` or `?`, percent-decoded
    /// (`anh%20lop.png#x` → `anh lop.png`).
    static func filePath(of url: String) -> String {
        let path = String(url.prefix { $0 != "#" && $0 != "?" })
        return path.contains("%") ? path.removingPercentEncoding ?? path : path
    }

    /// `a/b/../c` → `a/c`; nil when the path climbs out of `content/`.
    static func normalized(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                guard parts.count > 1 else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        guard parts.first == "content", parts.count > 1 else { return nil }
        return parts.joined(separator: "/")
    }

    /// An address as cmark writes it in `href` and `src`: unsafe bytes percent-encoded.
    static func escapeHref(_ url: String) -> String {
        let safe = Set("-_.+!*(),%#@?=;:/$~".utf8).union(Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8))
        var out = ""
        for byte in url.utf8 {
            if byte == UInt8(ascii: "&") { out += "&amp;" } else if byte == UInt8(ascii: "'") { out += "&#x27;" }
            else if safe.contains(byte) { out.unicodeScalars.append(Unicode.Scalar(byte)) }
            else { out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2) }
        }
        return out
    }

    private func location() -> SourceLocation { start.shifted(lines: blockLine - 1, column: 1) }

    /// Where a link or picture starts: its `[` or `!`, the column counted in characters. cmark
    /// places a link at the column of its `[` but on the line of its `]`: its text's first node
    /// has the `[`'s line. A link in a table cell is placed from the cell's place in the source
    /// (its parse has a no-break space, two bytes, before the cell's text). The line's first
    /// column when the place found is not a `[` or `!`: a link made by an extension (a bare
    /// address), or one after a `\|` in its cell.
    private mutating func location(of node: MarkdownNode) -> SourceLocation {
        var line = node.startLine, byte = node.startColumn
        if let first = node.firstChild, first.startLine > 0 { line = first.startLine }
        if let cell = cell(holding: node) {
            (line, byte) = (cell.line, cell.byte + byte - 2)
        } else if node.sourceLine != nil || lineMap(line) != blockLine {
            return location()
        }
        guard line > 0, byte > 0, let text = sourceLine(line),
              text.utf8.count >= byte, case let at = text.utf8.index(text.utf8.startIndex, offsetBy: byte - 1),
              text.utf8[at] == (node.kind == .image ? UInt8(ascii: "!") : UInt8(ascii: "[")) else { return location() }
        // An ASCII byte starts a character: the index is one of the scalars' too.
        return start.shifted(lines: lineMap(line) - 1, column: text.unicodeScalars.distance(from: text.startIndex, to: at) + 1)
    }

    /// The place of the table cell `node` is in, if any.
    private func cell(holding node: MarkdownNode) -> GFMTables.CellPlace? {
        guard !cells.isEmpty else { return nil }
        var parent = node.parent
        while let p = parent {
            if let place = cells[p] { return place }
            parent = p.parent
        }
        return nil
    }

    /// Where `written` first appears in the source's lines `lines` (cmark's count), the column
    /// counted in characters; nil when it is not there as written.
    private mutating func location(of written: Substring, in lines: ClosedRange<Int>) -> SourceLocation? {
        for line in lines {
            guard let text = sourceLine(line) else { return nil }
            if let found = text.range(of: written) {
                return start.shifted(lines: lineMap(line) - 1, column: text.unicodeScalars.distance(from: text.startIndex, to: found.lowerBound) + 1)
            }
        }
        return nil
    }

    /// Line `n` of the text cmark parsed (from 1).
    private mutating func sourceLine(_ n: Int) -> Substring? {
        let utf8 = source.utf8
        while lineEnds.count < n, lineEnds.last != utf8.endIndex {
            let from = lineEnds.last.map { utf8.index(after: $0) } ?? utf8.startIndex
            // By `memchr`: the generic search steps a `String.Index` byte by byte.
            let start = utf8.distance(from: utf8.startIndex, to: from)
            let found = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
                guard start < bytes.count, let base = bytes.baseAddress else { return nil }
                guard let hit = memchr(base + start, 10, bytes.count - start) else { return nil }
                return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            }
            if let found {
                lineEnds.append(found.map { utf8.index(utf8.startIndex, offsetBy: $0) } ?? utf8.endIndex)
            } else {
                lineEnds.append(utf8[from...].firstIndex(of: 10) ?? utf8.endIndex)
            }
        }
        guard n >= 1, n <= lineEnds.count else { return nil }
        return source[(n == 1 ? utf8.startIndex : utf8.index(after: lineEnds[n - 2]))..<lineEnds[n - 1]]
    }

    /// A link or picture whose address holds a space (`![Ảnh](Anh Hoi Thao.JPG)`) is no link in
    /// Markdown: it is shown as written, as text. Each is a warning at its paragraph.
    private mutating func findLinksWithSpaces(_ paragraph: MarkdownNode) {
        // Most paragraphs have no `]` in their text: looked for without making a list of children.
        var child = paragraph.firstChild, bracket = false
        while let c = child, !bracket { bracket = c.kind == .text && c.literalContains(anyOf: [93]); child = c.next }
        guard bracket else { return }
        var text = ""
        for child in paragraph.children {
            switch child.kind {
            case .text: text += child.literal ?? ""
            case .softBreak, .lineBreak: text += "\n"
            default: text += "\u{1}"
            }
        }
        for match in text.matches(of: /!?\[[^\]\n\u{1}]*\]\(([^()\n\u{1}<>]*[ \t][^()\n\u{1}<>]*)\)/) {
            let written = String(match.output.0), address = String(match.output.1).trimmed
            guard address.contains(" ") || address.contains("\t") else { continue }
            // A title after the address stays after it (the text shows its quotes curled).
            let titled = address.firstMatch(of: /^(.+?)\s+["“](.*)["”]$/)
            let example = written.prefix { $0 != "(" } + (titled.map { "(<\($0.output.1)> \"\($0.output.2)\")" } ?? "(<\(address)>)")
            // Found in the source up to its address (typography may have curled a title's quotes).
            let asWritten = written[..<(written.range(of: titled.map { String($0.output.1) } ?? address)?.upperBound ?? written.endIndex)]
            let at = paragraph.startLine > 0 ? location(of: asWritten, in: paragraph.startLine...max(paragraph.startLine, paragraph.endLine)) : nil
            // The file's name as an address would have it: `Anh Hoi Thao.JPG` → `anh-hoi-thao.jpg`.
            let file = String(titled.map { String($0.output.1) } ?? address), name = file.split(separator: "/").last.map(String.init) ?? file
            let dot = name.lastIndex(of: ".").flatMap { $0 == name.startIndex ? nil : $0 }
            let renamed = VietnameseText.slug(String(name[..<(dot ?? name.endIndex)])) + (dot.map { name[$0...].lowercased() } ?? "")
            diagnostics.append(.warning(at ?? location(), .linkWithSpaceShownAsText(written), hint: .writeAddressInAngleBrackets(String(example), renamed: renamed)))
        }
    }

    // MARK: - Shortcodes and Liquid

    /// Hugo shortcodes and Liquid tags are printed as text here: each is a warning at its line.
    private mutating func findShortcodes(_ block: MarkdownNode) {
        var text = ""
        var braces = false
        func collect(_ node: MarkdownNode) {
            for child in node.children {
                switch child.kind {
                case .text, .htmlInline:
                    if child.literalContains(anyOf: [123]) { braces = true }
                    text += child.literal ?? ""
                case .softBreak, .lineBreak: text += "\n"
                case .code: text += "\u{1}"
                default: collect(child)
                }
            }
        }
        collect(block)
        guard braces else { return }
        for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for found in Shortcode.find(in: String(line)) {
                diagnostics.append(.warning(start.shifted(lines: blockLine - 1 + k, column: 1), found.message, hint: found.hint))
            }
        }
    }

    /// The text inside a node, without markup.
    func plainText(_ node: MarkdownNode) -> String {
        var out = ""
        for child in node.children {
            switch child.kind {
            case .text, .code: out += child.literal ?? ""
            case .softBreak, .lineBreak: out += " "
            default: out += plainText(child)
            }
        }
        return out
    }
}

extension String {
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
