import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The articles of the last build as it parsed them, and its search index, kept beside the
/// output (`.public.lantoa-documents`) so that a build after an article edit parses only the
/// files that changed: reading and rendering 10,000 Markdown files and reading their words into
/// the index were most of such a build's time. (The index is taken by `Site.index(reusing:)`,
/// only when the site's entries are the same, in the same order.)
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
    static let format = 6
    private static let magic: [UInt8] = Array("LTDC".utf8)

    private struct WriteFailed: Error {}

    /// Where an article's document lies in the file, read only when it is taken.
    struct Entry: Sendable {
        var hash: ContentHash
        /// Links or pictures by a relative path, or files published beside it: the document may
        /// read differently when the set of files does.
        var readsOtherFiles: Bool
        var range: Range<Int>
    }

    /// The file, open: a document is read and decoded when a build takes it, on the thread that
    /// parses, so 10,000 bodies are never in memory at once (and the file is never mapped, which
    /// would count its pages as the build's memory).
    private let file: CacheFile
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

    /// The file: `LTDC`, the format, the program and sources hash; each document's bytes; the
    /// search index's; the directory (each document's path, file hash, flag and place; the
    /// index's place); the directory's length in 8 bytes; the XXH3 of all that in 16.
    ///
    /// The cache beside `output` when the build of `program` from `sources` wrote it (the
    /// record's) and it reads whole.
    static func load(for output: URL, program: String, sources: String) -> DocumentCache? {
        guard let file = CacheFile(path: path(for: output)), file.size > 64 else { return nil }
        do {
            let head = try file.read(0..<min(file.size, 4096))
            let sameBuild = try head.withUnsafeBytes { raw -> Bool in
                var reader = ByteReader(raw)
                guard Array(raw.prefix(magic.count)) == magic else { return false }
                try reader.skip(magic.count)
                return try reader.int() == format && reader.string() == program && reader.string() == sources
            }
            guard sameBuild, try file.hashMatches() else { return nil }
            let tail = try file.read((file.size - 24)..<(file.size - 16))
            let length = Int(tail.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) })
            guard length > 0, length <= file.size - 24 else { return nil }
            let directory = try file.read((file.size - 24 - length)..<(file.size - 24))
            return try directory.withUnsafeBytes { raw -> DocumentCache? in
                var reader = ByteReader(raw)
                var entries: [String: Entry] = [:]
                let count = try reader.int()
                entries.reserveCapacity(count)
                func range() throws -> Range<Int> {
                    let (start, count) = (try reader.int(), try reader.int())
                    guard start >= 0, count >= 0, start + count <= file.size - 24 - length else { throw ByteReader.Malformed() }
                    return start..<(start + count)
                }
                for _ in 0..<count {
                    let path = try reader.string(), hash = try reader.hash(), readsOtherFiles = try reader.bool()
                    entries[path] = Entry(hash: hash, readsOtherFiles: readsOtherFiles, range: try range())
                }
                let search = try reader.bool() ? try range() : nil
                guard reader.isAtEnd else { return nil }
                return DocumentCache(file: file, entries: entries, searchRange: search)
            }
        } catch {
            return nil
        }
    }

    /// The cache written on a thread of its own while the pages render (beside it, `.new`), and
    /// put in place by `finish` only when the build succeeds: a large site's takes a few tenths
    /// of a second to write, which the rendering hides.
    final class Writing: @unchecked Sendable {
        private let target: String
        private var written = false
        private let done = DispatchSemaphore(value: 0)
        /// The search index, handed over once the site is indexed (`index(_:)`): the articles are
        /// written meanwhile, while the site is assembled on one core and the other is free.
        private var search: SearchIndex?
        private var handedOver = false
        private let indexed = DispatchSemaphore(value: 0)
        private var finished = false

        /// Starts writing the articles of a build whose parse said nothing (`quiet`); the search
        /// index follows them when `index(_:)` hands it over.
        /// `reused`: the articles taken from `previous` (the cache this build read), whose bytes
        /// there are copied, not made again.
        init(_ articles: [Document], quiet: Set<String>, inputs: BuildRecord.Inputs, for output: URL,
             previous: DocumentCache? = nil, reused: Set<String> = []) {
            target = DocumentCache.path(for: output)
            Thread.detachNewThread { [self] in
                written = DocumentCache.write(articles, quiet: { !quiet.contains($0) }, search: { [self] in indexed.wait(); return search },
                                              inputs: inputs, previous: previous.map { ($0, reused) }, to: target + ".new")
                done.signal()
            }
        }

        /// Hands over the site's search index (nil when it has none), once.
        func index(_ search: SearchIndex?) {
            guard !handedOver else { return }
            (self.search, handedOver) = (search, true)
            indexed.signal()
        }

        /// Waits for the file, then puts it in place (`keep`) or removes it. A cache whose build
        /// stopped before the index was handed over is removed.
        func finish(keep: Bool) {
            guard !finished else { return }
            finished = true
            let complete = handedOver
            index(nil)
            done.wait()
            if keep && complete && written { rename(target + ".new", target) } else { unlink(target + ".new") }
        }
    }

    /// Writes the cache at `path` a mebibyte at a time (tens of megabytes for a large site);
    /// false when it could not (then what was written is removed).
    private static func write(_ articles: [Document], quiet: (String) -> Bool, search waitForSearch: () -> SearchIndex?, inputs: BuildRecord.Inputs,
                              previous: (cache: DocumentCache, reused: Set<String>)?, to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let check = StreamingContentHash()
        var writer = ByteWriter(capacity: 1 << 21)
        var written = 0
        func flush(_ writer: inout ByteWriter) throws {
            try writer.bytes.withUnsafeBytes { bytes in
                check.add(bytes)
                var done = 0
                while done < bytes.count {
                    let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
                    if n < 0 && errno == EINTR { continue }
                    guard n > 0 else { throw WriteFailed() }
                    done += n
                }
            }
            written += writer.bytes.count
            writer.removeAll()
        }
        do {
            writer.append(magic)
            writer.write(format)
            writer.write(inputs.program)
            writer.write(inputs.sources)
            var directory = ByteWriter(capacity: 1 << 20)
            let kept = articles.filter { $0.kind == .article && $0.isPlain && quiet($0.sourcePath) && inputs.hashes[$0.sourcePath] != nil }
            directory.write(kept.count)
            for document in kept {
                let start = written + writer.bytes.count
                // An article taken from the last cache is there as these bytes would be.
                if let previous, previous.reused.contains(document.sourcePath), let entry = previous.cache.entries[document.sourcePath],
                   let bytes = try? previous.cache.bytes(entry.range) {
                    writer.append(bytes)
                } else {
                    write(document, to: &writer)
                }
                directory.write(document.sourcePath)
                directory.write(inputs.hashes[document.sourcePath]!)
                directory.write(document.readsOtherFiles)
                directory.write(start); directory.write(written + writer.bytes.count - start)
                if writer.bytes.count >= 1 << 20 { try flush(&writer) }
            }
            let search = waitForSearch()
            directory.write(search != nil)
            if let search {
                let start = written + writer.bytes.count
                try search.write(to: &writer, flush: flush)
                directory.write(start); directory.write(written + writer.bytes.count - start)
            }
            try flush(&writer)
            let length = directory.bytes.count
            try flush(&directory)
            withUnsafeBytes(of: UInt64(length).littleEndian) { writer.append(Array($0)) }
            try flush(&writer)
            writer.write(check.value)
            try flush(&writer)
            return true
        } catch {
            unlink(path)
            return false
        }
    }

    /// The recorded document of `path` when its bytes still hash to `hash`, its body put in `store`.
    func document(_ path: String, hash: ContentHash?, articlesAddedOrDeleted: Bool, store: TextStore?) -> Document? {
        guard let entry = entries[path], entry.hash == hash, !(articlesAddedOrDeleted && entry.readsOtherFiles),
              let bytes = try? file.read(entry.range) else { return nil }
        return bytes.withUnsafeBytes { raw in
            var reader = ByteReader(raw)
            guard let document = try? Self.document(&reader, store: store), reader.isAtEnd else { return nil }
            return document
        }
    }

    /// The bytes of `range` in the file, as written.
    func bytes(_ range: Range<Int>) throws -> [UInt8] { try file.read(range) }

    /// The search index of the build that wrote the cache, its snippets put in `store`.
    func searchIndex(store: TextStore?) -> SearchIndex? {
        guard let searchRange, let bytes = try? file.read(searchRange) else { return nil }
        return bytes.withUnsafeBytes { raw in
            var reader = ByteReader(raw)
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
        if let size = d.imageSize { w.write(size.width); w.write(size.height) }
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
        w.write(body.htmlText)
        w.write(body.firstParagraph)
        w.write(body.headings.count)
        for h in body.headings { w.write(h.level); w.write(h.text); w.write(h.id) }
        w.write(body.references.count)
        for r in body.references { w.write(r.url); w.write(r.location); w.write(r.isImage); w.write(r.page); w.write(r.near) }
        w.write(body.wordCount)
        w.write(body.resources.count)
        for r in body.resources { w.write(r.source); w.write(r.output) }
        w.write(body.drawsBlocks)
        w.write(body.readsWords)
        w.write(body.pageLinks)
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
        let references = try r.list { r in RenderedMarkdown.Reference(url: try r.string(), location: try r.location(), isImage: try r.bool(), page: try r.optionalString(),
                                                                      near: try r.optionalString()) }
        let wordCount = try r.int()
        let resources = try r.list { r in RenderedMarkdown.Resource(source: try r.string(), output: try r.string()) }
        d.body = RenderedMarkdown(htmlText: html, firstParagraph: firstParagraph, headings: headings, references: references,
                                  wordCount: wordCount, resources: resources, drawsBlocks: try r.bool())
        d.body.readsWords = try r.bool()
        d.body.pageLinks = try r.strings()
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

    /// Whether a relative link or picture of the document names one of `files` (project-relative):
    /// when one of them is new, the link now reaches it, and the document reads differently.
    func names(anyOf files: Set<String>) -> Bool {
        let folder = ContentInventory.folder(of: sourcePath)
        func named(_ url: String) -> Bool {
            guard !url.isEmpty, !url.hasPrefix("/"), !url.hasPrefix("#"), URLPolicy.scheme(of: url) == nil else { return false }
            return MarkdownTreeWalk.normalized(folder + MarkdownTreeWalk.filePath(of: url)).map(files.contains) ?? false
        }
        return body.references.contains { named($0.url) } || image.map(named) ?? false
    }
}

extension Document {
    /// Whether the document reads one of `files` (project-relative): publishes it beside itself,
    /// or links or shows it by a relative path (one that names no file yet included) or as
    /// `/media/…`. A picture's size is written in the page that shows it.
    func reads(anyOf files: Set<String>) -> Bool { filesNamed.contains(where: files.contains) }

    /// The files of the content folder the document links or shows (as `/media/…` or by a
    /// relative path) or publishes beside itself, whether they exist or not, each once, in order.
    var filesNamed: [String] {
        let folder = ContentInventory.folder(of: sourcePath)
        func named(_ url: String) -> String? {
            guard !url.isEmpty, !url.hasPrefix("#"), URLPolicy.scheme(of: url) == nil else { return nil }
            let path = MarkdownTreeWalk.filePath(of: url)
            return path.hasPrefix("/") ? (path.hasPrefix("/media/") ? "content" + path : nil) : MarkdownTreeWalk.normalized(folder + path)
        }
        var found: [String] = []
        for file in body.references.compactMap({ named($0.url) }) + (image.flatMap(named).map { [$0] } ?? [])
            + body.resources.map(\.source) where !found.contains(file) {
            found.append(file)
        }
        return found
    }
}

/// What a load may take from the last build (see `DocumentCache`): its parsed articles, the
/// files that changed since, and the articles it counted as pilots.
struct ParsedBefore: Sendable {
    let cache: DocumentCache
    let hashes: [String: ContentHash]
    let changed: Set<String>
    let pilots: Set<String>
    /// The enterprises counted as pilots in the last build (`ContentChanges.pilots`).
    let counted: [String]
    let articlesAddedOrDeleted: Bool
    /// Files of `content/media/` and files beside articles written, added or deleted since.
    let files: Set<String>

    /// The recorded document of an article that did not change, when it can stand for parsing it
    /// again; its body moves to `store`, as a parsed one's would.
    func document(_ path: String, store: TextStore?) -> Document? {
        guard !changed.contains(path),
              let document = cache.document(path, hash: hashes[path], articlesAddedOrDeleted: articlesAddedOrDeleted, store: store),
              // A page it links to changed, came or went: its address may have.
              !document.body.pageLinks.contains(where: changed.contains),
              // A picture it shows was replaced, came or went (its size is in the page), or a
              // file in its folder (a bundle publishes all of it).
              files.isEmpty || !(document.reads(anyOf: files) || Self.inFolder(of: path, files)) else { return nil }
        return document
    }

    /// Whether one of `files` is in the folder of the article at `path`, or below it (not the
    /// articles' own folder, which is no article's bundle).
    private static func inFolder(of path: String, _ files: Set<String>) -> Bool {
        let folder = ContentInventory.folder(of: path)
        return folder != "content/articles/" && files.contains { $0.hasPrefix(folder) }
    }

    /// Whether an article file must be read to learn if it declares a pilot: it changed, or it did before.
    func mayDeclarePilot(_ path: String) -> Bool { changed.contains(path) || pilots.contains(path) }
}

/// A file read with `pread` from any thread.
final class CacheFile: Sendable {
    private let descriptor: Int32
    let size: Int

    init?(path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            close(fd)
            return nil
        }
        (descriptor, size) = (fd, Int(info.st_size))
    }

    deinit { close(descriptor) }

    /// The bytes of `range`; throws when the file is shorter.
    func read(_ range: Range<Int>) throws -> [UInt8] {
        try [UInt8](unsafeUninitializedCapacity: range.count) { buffer, initialized in
            var done = 0
            while done < range.count {
                let n = pread(descriptor, buffer.baseAddress! + done, range.count - done, off_t(range.lowerBound + done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw ByteReader.Malformed() }
                done += n
            }
            initialized = range.count
        }
    }

    /// Whether the last 16 bytes are the XXH3 of the rest, read a mebibyte at a time.
    func hashMatches() throws -> Bool {
        let check = StreamingContentHash()
        var offset = 0
        while offset < size - 16 {
            let piece = try read(offset..<min(size - 16, offset + (1 << 20)))
            piece.withUnsafeBytes { check.add($0) }
            offset += piece.count
        }
        return try read((size - 16)..<size).withUnsafeBytes { raw in
            var tail = ByteReader(raw)
            return try tail.hash() == check.value
        }
    }
}
