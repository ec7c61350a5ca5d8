import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The articles of the last build as it parsed them, kept beside the output
/// (`.public.lantoa-documents`) so that a build after an article edit parses only the files that
/// changed: reading and rendering 10,000 Markdown files is most of such a build's time.
///
/// A document is taken from here only when all of this holds, and is parsed again otherwise:
/// - the cache was written by the build the record beside it describes (the same program, the
///   same sources hash), and that record allows reuse: the same switches and clock, and only
///   articles' Markdown files changed since, none in a bundle folder (`BuildRecord.reuse`);
/// - the file's bytes hash as they did;
/// - its parse said nothing (a warning is said again only by parsing again);
/// - no article counted as a pilot changed (a chart in any article may count pilots);
/// - when articles were added or deleted, the document links to no file by a relative path
///   (such a link may now name another file).
/// A file cut short or damaged fails its checksum and is ignored whole.
struct DocumentCache: Sendable {
    /// Raised when what the file holds changes shape.
    static let format = 1
    private static let magic: [UInt8] = Array("LTDC".utf8)

    /// Where an article's document lies in the file, read only when it is taken.
    struct Entry: Sendable {
        var hash: ContentHash
        /// Links or pictures by a relative path, or files published beside it: the document may
        /// read differently when the set of files does.
        var readsOtherFiles: Bool
        var range: Range<Int>
    }

    /// The file, mapped: a document is decoded from it when a build takes it, on the thread that
    /// parses, and 10,000 bodies are never in memory at once.
    private let data: Data
    let entries: [String: Entry]
    /// Where the build's search index lies in the file, when it had one.
    private let searchRange: Range<Int>?

    /// `.public.lantoa-documents` beside the output folder `public/`.
    static func path(for output: URL) -> String {
        let output = output.standardizedFileURL.resolvingSymlinksInPath()
        return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).lantoa-documents").path
    }

    /// Removed whenever the record is: the two describe one build.
    static func remove(for output: URL) { unlink(path(for: output)) }

    /// The cache beside `output` when the build of `program` from `sources` wrote it (the
    /// record's) and it reads whole.
    static func load(for output: URL, program: String, sources: String) -> DocumentCache? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path(for: output)), options: .alwaysMapped) else { return nil }
        let found = data.withUnsafeBytes { raw -> (entries: [String: Entry], search: Range<Int>?)? in
            guard raw.count > magic.count + 16, Array(raw.prefix(magic.count)) == magic else { return nil }
            let body = UnsafeRawBufferPointer(rebasing: raw[..<(raw.count - 16)])
            var tail = ByteReader(UnsafeRawBufferPointer(rebasing: raw[(raw.count - 16)...]))
            guard let check = try? tail.hash(), check == ContentHash(body) else { return nil }
            var reader = ByteReader(body)
            do {
                try reader.skip(magic.count)
                guard try reader.int() == format, try reader.string() == program, try reader.string() == sources else { return nil }
                var entries: [String: Entry] = [:]
                let count = try reader.int()
                entries.reserveCapacity(count)
                for _ in 0..<count {
                    let path = try reader.string(), hash = try reader.hash(), readsOtherFiles = try reader.bool(), length = try reader.int()
                    let start = reader.offset
                    try reader.skip(length)
                    entries[path] = Entry(hash: hash, readsOtherFiles: readsOtherFiles, range: start..<reader.offset)
                }
                // The search index, when there is one, takes the rest.
                return (entries, try reader.bool() ? reader.offset..<body.count : nil)
            } catch {
                return nil
            }
        }
        return found.map { DocumentCache(data: data, entries: $0.entries, searchRange: $0.search) }
    }

    /// Writes the articles of a build whose parse said nothing (`quiet`) and its search index,
    /// beside and renamed over, a mebibyte at a time (tens of megabytes for a large site).
    static func write(_ articles: [Document], quiet: (String) -> Bool, search: SearchIndex?, inputs: BuildRecord.Inputs, for output: URL) {
        let target = path(for: output)
        guard FileManager.default.createFile(atPath: target + ".new", contents: nil),
              let file = FileHandle(forWritingAtPath: target + ".new") else { return }
        defer { try? file.close() }
        let check = StreamingContentHash()
        var writer = ByteWriter(capacity: 1 << 21)
        func flush() throws {
            writer.bytes.withUnsafeBytes { check.add($0) }
            try file.write(contentsOf: writer.bytes)
            writer.removeAll()
        }
        do {
            writer.append(magic)
            writer.write(format)
            writer.write(inputs.program)
            writer.write(inputs.sources)
            let kept = articles.filter { $0.kind == .article && $0.isPlain && quiet($0.sourcePath) && inputs.hashes[$0.sourcePath] != nil }
            writer.write(kept.count)
            var record = ByteWriter(capacity: 1 << 14)
            for document in kept {
                record.removeAll()
                write(document, to: &record)
                writer.write(document.sourcePath)
                writer.write(inputs.hashes[document.sourcePath]!)
                writer.write(document.readsOtherFiles)
                writer.write(record.bytes.count)
                writer.append(record.bytes)
                if writer.bytes.count >= 1 << 20 { try flush() }
            }
            writer.write(search != nil)
            search?.write(to: &writer)
            try flush()
            writer.write(check.value)
            try file.write(contentsOf: writer.bytes)
            rename(target + ".new", target)
        } catch {
            unlink(target + ".new")
        }
    }

    /// The recorded document of `path` when its bytes still hash to `hash`, its body put in `store`.
    func document(_ path: String, hash: ContentHash?, articlesAddedOrDeleted: Bool, store: TextStore?) -> Document? {
        guard let entry = entries[path], entry.hash == hash, !(articlesAddedOrDeleted && entry.readsOtherFiles) else { return nil }
        return data.withUnsafeBytes { raw in
            var reader = ByteReader(UnsafeRawBufferPointer(rebasing: raw[entry.range]))
            return try? Self.document(&reader, store: store)
        }
    }

    /// The search index of the build that wrote the cache, its snippets put in `store`.
    func searchIndex(store: TextStore?) -> SearchIndex? {
        guard let searchRange else { return nil }
        return data.withUnsafeBytes { raw in
            var reader = ByteReader(UnsafeRawBufferPointer(rebasing: raw[searchRange]))
            guard let index = try? SearchIndex(&reader, store: store), reader.isAtEnd else { return nil }
            return index
        }
    }

    // MARK: - A document as bytes

    private static func write(_ d: Document, to w: inout ByteWriter) {
        w.write(d.kind.rawValue)
        w.write(d.sourcePath)
        w.write(d.title)
        w.write(d.date)
        w.write(d.lastmod)
        w.write(d.summary)
        w.write(d.description)
        w.write(d.tags)
        w.write(d.categories)
        w.write(d.author)
        w.write(d.image)
        w.write(d.imageAlt)
        w.write(d.draft)
        w.write(d.illustrative)
        w.write(d.publishDate)
        w.write(d.expiryDate)
        w.write(d.imageLocation)
        w.write(d.imageSize != nil)
        if let size = d.imageSize { (w.write(size.width), w.write(size.height)) }
        w.write(d.slug)
        w.write(d.path)
        w.write(d.aliases)
        w.write(d.aliasesLocation)
        w.write(d.toc)
        w.write(d.lang)
        w.write(d.langLocation)
        w.write(d.translation)
        w.write(d.tasks)
        w.write(d.reportsOn)
        w.write(d.reportsOnLocation)
        w.write(d.urlLocation)
        let body = d.body
        w.write(body.html)
        w.write(body.firstParagraph)
        w.write(body.headings.count)
        for h in body.headings { (w.write(h.level), w.write(h.text), w.write(h.id)) }
        w.write(body.references.count)
        for r in body.references { (w.write(r.url), w.write(r.location), w.write(r.isImage)) }
        w.write(body.wordCount)
        w.write(body.resources.count)
        for r in body.resources { (w.write(r.source), w.write(r.output)) }
    }

    private static func document(_ r: inout ByteReader, store: TextStore?) throws -> Document {
        guard let kind = Document.Kind(rawValue: try r.string()) else { throw ByteReader.Malformed() }
        let sourcePath = try r.string(), title = try r.string()
        let date = try r.optional { try $0.dateTime() }, lastmod = try r.optional { try $0.dateTime() }
        let summary = try r.optionalString(), description = try r.optionalString()
        var d = Document(kind: kind, sourcePath: sourcePath, title: title, date: date, lastmod: lastmod, summary: summary,
                         description: description, slug: "", body: .empty, urlLocation: SourceLocation(file: sourcePath))
        d.tags = try r.strings()
        d.categories = try r.strings()
        d.author = try r.optionalString()
        d.image = try r.optionalString()
        d.imageAlt = try r.optionalString()
        d.draft = try r.bool()
        d.illustrative = try r.bool()
        d.publishDate = try r.optional { try $0.dateTime() }
        d.expiryDate = try r.optional { try $0.dateTime() }
        d.imageLocation = try r.optional { try $0.location() }
        d.imageSize = try r.optional { r in ImageSize(width: try r.int(), height: try r.int()) }
        d.slug = try r.string()
        d.path = try r.optionalString()
        d.aliases = try r.strings()
        d.aliasesLocation = try r.optional { try $0.location() }
        d.toc = try r.bool()
        d.lang = try r.optionalString()
        d.langLocation = try r.optional { try $0.location() }
        d.translation = try r.optionalString()
        d.tasks = try r.strings()
        d.reportsOn = try r.optionalString()
        d.reportsOnLocation = try r.optional { try $0.location() }
        d.urlLocation = try r.location()
        let html = try r.text(into: store)
        let firstParagraph = try r.string()
        let headings = try r.list { r in RenderedMarkdown.Heading(level: try r.int(), text: try r.string(), id: try r.string()) }
        let references = try r.list { r in RenderedMarkdown.Reference(url: try r.string(), location: try r.location(), isImage: try r.bool()) }
        let wordCount = try r.int()
        let resources = try r.list { r in RenderedMarkdown.Resource(source: try r.string(), output: try r.string()) }
        d.body = RenderedMarkdown(htmlText: html, firstParagraph: firstParagraph, headings: headings, references: references,
                                  wordCount: wordCount, resources: resources)
        return d
    }
}

extension Document {
    /// An article with none of the other kinds' facts (a story's, an event's…): all the cache keeps.
    var isPlain: Bool {
        legalStorage == nil && storyStorage == nil && eventStorage == nil && glossaryStorage == nil && broadcastStorage == nil && honourStorage == nil
    }

    /// Whether the document names files by a relative path (links, pictures) or publishes files
    /// beside itself: which file such a path names depends on the files there are.
    var readsOtherFiles: Bool {
        func relative(_ url: String) -> Bool { !url.isEmpty && !url.hasPrefix("/") && !url.hasPrefix("#") && URLPolicy.scheme(of: url) == nil }
        return !body.resources.isEmpty || body.references.contains { relative($0.url) } || image.map(relative) ?? false
    }
}

/// What a load may take from the last build (see `DocumentCache`): its parsed articles, the
/// files that changed since, and the articles it counted as pilots.
struct ParsedBefore: Sendable {
    let cache: DocumentCache
    let hashes: [String: ContentHash]
    let changed: Set<String>
    let pilots: Set<String>
    let articlesAddedOrDeleted: Bool

    /// The recorded document of an article that did not change, when it can stand for parsing it
    /// again; its body moves to `store`, as a parsed one's would.
    func document(_ path: String, store: TextStore?) -> Document? {
        guard !changed.contains(path),
              let document = cache.document(path, hash: hashes[path], articlesAddedOrDeleted: articlesAddedOrDeleted, store: store) else { return nil }
        return document
    }

    /// Whether an article file must be read to learn if it declares a pilot: it changed, or it did before.
    func mayDeclarePilot(_ path: String) -> Bool { changed.contains(path) || pilots.contains(path) }
}
