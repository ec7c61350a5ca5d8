import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the last build into an output folder was made from, kept beside it
/// (`.public.lantoa-record`), so that a build of the same sources by the same program leaves the
/// folder as it is instead of making every page again.
///
/// The record is trusted only when everything that decides the output is as it says: the
/// program's own bytes, the font files pictures are drawn with (`ChartFonts`), the switches, the
/// path and bytes of every file under `content/` and `templates/` (and the built-in theme's), the
/// clock between the moments around the build that change what is published (a publish or expiry
/// date, an event that ends), and the output folder holding exactly the files the build left,
/// each of its size and time (from the output's list). Anything else, or a record that cannot be
/// read, means a full build. The warnings of the recorded build are said again.
struct BuildRecord: Codable {
    /// Raised when what a record holds changes shape: an older record is then ignored.
    static let format = 8

    var format = Self.format
    var program: String
    /// `ChartFonts.fingerprint`, the font files pictures are drawn with; empty with `--no-images`.
    var drawing: String
    var switches: String
    var sources: String
    /// Epoch seconds of the moments around the build between which the same sources build the
    /// same site: the last one at or before it (nil when none) and the first after it (nil when
    /// none is coming). A clock set back before the first also means a full build.
    var changedAt: Int?
    var changesAt: Int?
    var files: Int
    var pages: Int
    var articles: Int
    var charts: Int
    /// `BuildReport.waiting`, to be said again.
    var waiting: [WaitingFile]
    /// The warnings the build said, to be said again.
    var warnings: [Diagnostic]
    /// One line per source file: `stamp hash path`, the stamp being its inode, size and times of
    /// change, or `-` for a file changed just before the build (see `Inputs`).
    var sourceList = ""
    /// One line per output file: the hex of its `Reads.fingerprint`, or `*` for one rendered at
    /// every build, then its path.
    var routeList = ""
    /// Articles counted as pilots, files published beside pages, the pages others link to by
    /// their files with the address each had (`LoadedProject.linkedPages`), and
    /// `ArticleChanges.frame`: what an article edit must leave alone for the next build to reuse this one.
    var pilots: [String]
    var resources: [String]
    var linked: [String: String]
    var frame: [String]
    /// `ContentChanges.untouched`: what an edit of pages, stories, events, reports, honour rolls
    /// or legal documents must leave alone.
    var othersFrame: [String]
    /// A hash of the lists above: a record edited or cut short is not trusted.
    var check: String

    /// The file is this JSON, then the two long lists as they are, each after a NUL byte (which
    /// JSON never holds raw, nor does a path): as JSON strings they took a tenth of a second to
    /// read and write at 10,000 articles.
    private enum CodingKeys: String, CodingKey {
        case format, program, drawing, switches, sources, changedAt, changesAt, files, pages, articles, charts, waiting, warnings, pilots, resources, linked, frame, othersFrame, check
    }

    /// What a build of `options` reads, as it is now.
    struct Inputs {
        var program: String
        var drawing: String
        var switches: String
        var sources: String
        /// Each source file's hash, by its project-relative path; `sources` is the hash of
        /// every path and hash, in order.
        var hashes: [String: ContentHash]
        /// The files as the record lists them (`BuildRecord.sourceList`).
        var sourceList: String
        /// The hashes the record given as `previous` lists, by path, and its `sources`.
        var recorded: (hashes: [String: ContentHash], sources: String)?

        /// Hashes the sources on every core. Taken before anything is loaded, so that a file saved
        /// during the build leaves a record that no longer matches it. A file whose stamp is the
        /// one `previous` recorded is not read: its recorded hash is taken.
        ///
        /// A stamp is the file's inode, size, and times of last change (`st_mtim`, `st_ctim`,
        /// which no program can set back): writing a file changes it. Two writes within one tick
        /// of the clock could leave the same times, so a file changed within two seconds of the
        /// build's start gets no stamp, and the next build reads it again. Lists are read and
        /// written as bytes: ten thousand lines as Swift strings took a tenth of a second.
        ///
        /// The text files read are kept in `readBefore`, when given, for the loader.
        init(_ options: BuildOptions, previous: BuildRecord? = nil, keeping readBefore: ProjectFiles.ReadBefore? = nil) {
            // The program is hashed on another core while the folders are listed, and fontconfig
            // asked which font files pictures would be drawn with.
            let images = options.images
            DispatchQueue.global().async {
                _ = Self.program
                if images { _ = ChartFonts.fingerprint }
            }
            switches = [options.siteRoot.path, options.output.path, options.baseURL ?? "-", "\(options.includeDrafts)", "\(options.includeFuture)",
                        "\(options.includeExpired)", "\(options.images)", "\(options.compress)", "\(options.sitemapLimit)", "\(options.archiveYearLimit)",
                        "\(options.searchSegment)", "\(options.publishing)"]
                .joined(separator: "\n")
            let files = ProjectFiles(root: options.siteRoot)
            let paths = files.list("content") + files.list("templates")
            let root = files.root.path
            let known = previous.map { Self.stamped($0.sourceList) } ?? [:]
            recorded = previous.map { (known.mapValues(\.hash), $0.sources) }
            // Two seconds before now, to the nanosecond (whole seconds would leave up to three).
            let settled = Date().timeIntervalSince1970 - 2
            @Sendable func before(_ time: timespec) -> Bool { Double(time.tv_sec) + Double(time.tv_nsec) / 1e9 < settled }
            let found = Parallel.map(paths) { path -> (ContentHash, stamp: [UInt8]?) in
                var info = stat()
                if let (was, hash) = known[path], stat(root + "/" + path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
                    let stamp = Self.stamp(info)
                    if was == stamp { return (hash, stamp) }
                }
                // Read with the stamp of the file read (`fstat`), not looked up a second time by its path.
                if let bytes = ProjectFiles.bytes(atPath: root + "/" + path, info: &info) {
                    if let readBefore, ProjectFiles.ReadBefore.keeps(path) { readBefore.keep(bytes, for: path) }
                    let settledStamp = before(info.st_ctim) && before(info.st_mtim) ? Self.stamp(info) : nil
                    return (bytes.withUnsafeBytes { ContentHash($0) }, settledStamp)
                }
                if let bytes = files.builtIn[path] { return (bytes.withUnsafeBytes { ContentHash($0) }, nil) }
                return (ContentHash(high: 0, low: 0), nil)
            }
            var list: [UInt8] = [], identity: [UInt8] = []
            list.reserveCapacity(paths.count * 120)
            identity.reserveCapacity(paths.count * 80)
            for (path, (hash, stamp)) in zip(paths, found) {
                list.append(contentsOf: stamp ?? [UInt8(ascii: "-")])
                list.append(0x20)
                hash.appendHex(to: &list)
                hash.appendHex(to: &identity)
                list.append(0x20)
                list.append(contentsOf: path.utf8)
                list.append(0x0A)
                identity.append(0x20)
                identity.append(contentsOf: path.utf8)
                identity.append(0x0A)
            }
            sourceList = String(decoding: list, as: UTF8.self)
            sources = identity.withUnsafeBytes { ContentHash($0) }.hex
            hashes = Dictionary(zip(paths, found.map { $0.0 }), uniquingKeysWith: { first, _ in first })
            program = Self.program
            drawing = options.images ? ChartFonts.fingerprint ?? "none" : ""
        }

        /// `inode-size-mtime-ctime`, each time as `seconds.nanoseconds`, as bytes.
        private static func stamp(_ info: stat) -> [UInt8] {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(64)
            for (k, number) in [Int(info.st_ino), Int(info.st_size), info.st_mtim.tv_sec, info.st_mtim.tv_nsec, info.st_ctim.tv_sec, info.st_ctim.tv_nsec].enumerated() {
                if k > 0 { bytes.append(k == 3 || k == 5 ? UInt8(ascii: ".") : UInt8(ascii: "-")) }
                bytes.appendDecimal(number)
            }
            return bytes
        }

        /// The lines `stamp hash path` by path; a line not so is left out (its file is read).
        static func stamped(_ list: String) -> [String: (stamp: [UInt8], hash: ContentHash)] {
            var found: [String: (stamp: [UInt8], hash: ContentHash)] = [:]
            var list = list
            list.withUTF8 { bytes in
                var start = 0
                while start < bytes.count {
                    var end = start
                    while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                    defer { start = end + 1 }
                    func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
                    guard let first = bytes[start..<end].firstIndex(of: 0x20), let second = bytes[(first + 1)..<end].firstIndex(of: 0x20),
                          let hash = ContentHash(hex: text((first + 1)..<second)) else { continue }
                    found[text((second + 1)..<end)] = (Array(bytes[start..<first]), hash)
                }
            }
            return found
        }

        /// The running program's bytes (hashed once a process): a new build of the tool, even of
        /// the same version, may write other pages.
        private static let program: String = {
            (chunkedHash("/proc/self/exe") ?? CommandLine.arguments.first.flatMap(chunkedHash))?.hex ?? "unknown-\(UUID())"
        }()

        /// A file's hash, read a megabyte at a time (the program is tens of megabytes, not worth
        /// holding whole): the hash of its pieces' hashes.
        private static func chunkedHash(_ path: String) -> ContentHash? {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
            defer { buffer.deallocate() }
            var pieces = ""
            while true {
                let n = read(fd, buffer.baseAddress!, buffer.count)
                if n < 0 && errno == EINTR { continue }
                guard n >= 0 else { return nil }
                if n == 0 { break }
                pieces += ContentHash(UnsafeRawBufferPointer(rebasing: buffer[..<n])).hex
            }
            return ContentHash(pieces)
        }
    }

    init(inputs: Inputs, moments: (before: Int?, after: Int?), report: BuildReport, warnings: [Diagnostic],
         reads: Reads) {
        program = inputs.program
        drawing = inputs.drawing
        switches = inputs.switches
        sources = inputs.sources
        (changedAt, changesAt) = moments
        (files, pages, articles, charts) = (report.files, report.pages, report.articles, report.charts)
        waiting = report.waiting
        self.warnings = warnings
        sourceList = inputs.sourceList
        routeList = reads.routes.map { "\($0.fingerprint.map { String($0, radix: 16) } ?? "*") \($0.file)\n" }.joined()
        (pilots, resources, linked, frame, othersFrame) = (reads.pilots.sorted(), reads.resources.sorted(), reads.linked, reads.frame, reads.othersFrame)
        check = ""
        check = checksum
    }

    /// What the routes of a build read of its articles, and what an article edit must leave alone
    /// for the next build to reuse it (see `Reuse`).
    struct Reads {
        var routes: [(file: String, fingerprint: UInt64?)]
        var pilots: Set<String>
        var resources: Set<String>
        var linked: [String: String]
        var frame: [String]
        var othersFrame: [String]
    }

    private var checksum: String {
        ContentHash([sourceList, routeList, pilots.joined(separator: "\n"), resources.joined(separator: "\n"),
                     linked.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: "\n"), frame.joined(separator: "\n"), othersFrame.joined(separator: "\n")]
            .joined(separator: "\u{0}")).hex
    }

    /// The record beside `output`, when it can be read whole and is of this format.
    static func load(for output: URL) -> BuildRecord? {
        guard let data = FileManager.default.contents(atPath: path(for: output)) else { return nil }
        // Cut at the NULs over the raw bytes (`Data.split` took longer than the JSON).
        return data.withUnsafeBytes { raw -> BuildRecord? in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let first = bytes.firstIndex(of: 0), let second = bytes[(first + 1)...].firstIndex(of: 0),
                  var record = try? JSONDecoder().decode(BuildRecord.self, from: Data(bytes[..<first])) else { return nil }
            record.sourceList = String(decoding: UnsafeBufferPointer(rebasing: bytes[(first + 1)..<second]), as: UTF8.self)
            record.routeList = String(decoding: UnsafeBufferPointer(rebasing: bytes[(second + 1)...]), as: UTF8.self)
            guard record.format == Self.format, record.check == record.checksum else { return nil }
            return record
        }
    }

    /// `.public.lantoa-record` beside the output folder `public/`.
    static func path(for output: URL) -> String {
        let output = output.standardizedFileURL.resolvingSymlinksInPath()
        return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).lantoa-record").path
    }

    /// Whether the record describes `inputs` at `now` and the output folder still holds every
    /// file as the recorded build wrote it.
    func matches(_ inputs: Inputs, listed: Later<FileList?>, now: DateTime) -> Bool {
        settingsDiffer(inputs, now: now) == nil && sources == inputs.sources && listed.value != nil
    }

    /// What differs from the recorded build besides the sources: another program, other
    /// switches, or a time at which the recorded sources no longer build what they built. Nil
    /// when none does.
    private func settingsDiffer(_ inputs: Inputs, now: DateTime) -> FullBuildCause? {
        if program != inputs.program { return .program }
        if drawing != inputs.drawing { return .drawing }
        if switches != inputs.switches { return .switches }
        if let changesAt, now.epochSeconds >= changesAt { return .moment }
        if let changedAt, now.epochSeconds < changedAt { return .moment }
        return nil
    }

    /// What a build may take from the recorded one when the only files that changed are
    /// articles' (`changed`: written, added or deleted), each a Markdown file of its own, their
    /// pictures and files, and other documents that no article shows (`documents`): each output
    /// file's recorded reading, to render again only those whose reading changed. The rest of
    /// the output is the recorded build's, left where it is.
    struct Reuse {
        /// The documents' files written, added or deleted: the articles' and `documents`.
        let changed: Set<String>
        /// Pages, stories, events, radio-TV reports, honour rolls and legal documents written,
        /// added or deleted (not glossary terms, which may link in any text): every file that
        /// reads more than the articles is rendered too (`ContentChanges.readsOthers`), when
        /// what such an edit must leave alone is as recorded (`othersFrame`, checked by `Build`).
        let documents: Set<String>
        /// Files of `content/media/`, and files beside articles (pictures, documents: not
        /// Markdown), written, added or deleted: the articles that name one, or own its folder
        /// (a bundle publishes all of it), are parsed again (a picture's size is in the page) and
        /// their pages rendered.
        let files: Set<String>
        /// Whether an article file came or went (not only changed).
        let addedOrDeleted: Bool
        /// Those of `changed` and `files` that are new since the record (the summary says so, and
        /// a Markdown file beside articles that is new is a file added).
        let added: Set<String>
        let routes: [String: UInt64?]
        let record: BuildRecord
        /// The output folder's list of files, checked against the folder on another thread
        /// (`DiskWriter.holdsAsListed`: 45,000 calls to `stat` for a large site) while the
        /// sources load; nil when the folder is not as listed (then no reuse).
        var listed: FileList? { check.value }
        let check: Later<FileList?>

        /// The routes to render, and the files to delete: those whose reading changed, those
        /// that read too much of the articles to say (rendered at every build, and written only
        /// when their bytes changed), and the search index's that changed (`searchFiles`; all of
        /// them when nil, to be compared by their bytes).
        func plan(_ site: Site, reads: [(file: String, fingerprint: UInt64?)], searchFiles: Set<String>?) -> (render: [Route], removed: [String]) {
            let routes = site.routes
            let letters = documents.contains { ContentChanges.kind(of: $0).map(Self.newsletterKinds.contains) ?? false }
            let render = zip(routes, reads).filter { route, read in
                if case .searchFile = route.kind { return searchFiles?.contains(route.file) ?? true }
                if !documents.isEmpty, Self.readsOthers(route, site, letters: letters) { return true }
                guard let fingerprint = read.fingerprint, let old = self.routes[route.file], let old else { return true }
                return old != fingerprint
            }.map(\.0)
            let kept = Set(routes.map(\.file))
            return (render, self.routes.keys.filter { !kept.contains($0) }.sorted())
        }

        /// Why `documents` reach further than the files that read more than the articles, with
        /// what they must leave alone as it is now (`ContentChanges.untouched`); nil when they do not.
        func reachesFurther(_ untouched: [String]) -> FullBuildCause? {
            guard let first = documents.sorted().first, untouched != record.othersFrame else { return nil }
            func pilots(_ lines: [String]) -> [String] { lines.filter { $0.hasPrefix(ContentChanges.pilotLine) } }
            if pilots(untouched) != pilots(record.othersFrame) {
                return .pilot(documents.sorted().first { ContentChanges.kind(of: $0) == .story } ?? first)
            }
            return .everyPage(first)
        }

        /// Whether `route` reads documents other than articles: as `ContentChanges` says, and
        /// every newsletter when a story, a radio-TV report or an event changed (`letters`): a
        /// month shows those as they are now, and its articles, which its fingerprint follows.
        private static func readsOthers(_ route: Route, _ site: Site, letters: Bool) -> Bool {
            if let reads = ContentChanges.readsOthers(route, in: site, data: false) { return reads }
            switch route.kind {
            case .newsletter, .newsletterMail: return letters
            default: return false
            }
        }

        /// What a newsletter shows besides articles (`Newsletter`).
        private static let newsletterKinds: Set<Document.Kind> = [.story, .broadcast, .event]

        /// Whether what was loaded leaves this reuse safe: no changed file is a pilot counted in
        /// an indicator or a file another page publishes beside itself, now or in the record, and
        /// no page that a document other than an article links to by its file (`linkedByOthers`)
        /// moved (`linked`, with its address now). Articles linking a moved page are parsed again
        /// (`ParsedBefore`), and what they read hashes the addresses they link
        /// (`ArticleChanges.Side`); the other documents' pages are rendered only in full builds.
        func holds(pilots: Set<String>, resources: Set<String>, linked: [String: String], linkedByOthers: Set<String>) -> FullBuildCause? {
            if let pilot = changed.sorted().first(where: { pilots.contains($0) || record.pilots.contains($0) }) { return .pilot(pilot) }
            if let resource = changed.sorted().first(where: { resources.contains($0) || record.resources.contains($0) }) { return .resource(resource) }
            // Linked then or now: a file that came, went, or moved (nil for a file no page links).
            if let moved = changed.sorted().first(where: { record.linked[$0] != linked[$0] && linkedByOthers.contains($0) }) { return .linkedPageMoved(moved) }
            return nil
        }
    }

    /// The reuse the record beside `output` allows for `inputs` at `now`; nil when anything but
    /// articles, files of `content/media/` and files beside articles, and the Markdown files of
    /// `Reuse.documents`' sections changed (or such a file
    /// that another source than an article names, `files` to read them), nothing changed, or
    /// the output folder is not as the record left it.
    func reuse(_ inputs: Inputs, listed: Later<FileList?>, now: DateTime, files: ProjectFiles) -> Result<Reuse, FullBuildCause> {
        if let cause = settingsDiffer(inputs, now: now) { return .failure(cause) }
        // The record's hashes as the inputs read them from it, or read here.
        let before = inputs.recorded.flatMap { $0.sources == sources ? $0.hashes : nil } ?? Inputs.stamped(sourceList).mapValues(\.hash)
        guard !before.isEmpty else { return .failure(.record) }
        var changed = Set<String>()
        for (path, hash) in inputs.hashes where before[path] != hash { changed.insert(path) }
        for path in before.keys where inputs.hashes[path] == nil { changed.insert(path) }
        // The same sources, yet no match: the output folder is not as the record left it.
        guard !changed.isEmpty else { return .failure(.output) }
        let others = changed.filter { !($0.hasPrefix("content/articles/") && $0.hasSuffix(".md")) }.sorted()
        // (A file of an extension the site reads as Markdown is an article: `Build` checks that
        // against the site's settings once they are read.)
        let beside = Set(others.filter { ($0.hasPrefix("content/media/") || $0.hasPrefix("content/articles/"))
                                          && !ContentInventory.isMarkdown($0, extensions: SiteConfig().markdownExtensions) })
        let documents = Set(others.filter { ContentChanges.kind(of: $0).map(Self.documentKinds.contains) ?? false })
        if let first = others.first(where: { !beside.contains($0) && !documents.contains($0) }) ?? (beside.isEmpty ? nil : Self.namedByOthers(beside, inputs, files)) {
            let more = others.count - 1
            return .failure(inputs.hashes[first] == nil ? .deleted(first, more) : before[first] == nil ? .added(first, more) : .changed(first, more))
        }
        changed.subtract(beside)
        // An article that comes or goes in a folder with other files may change which page
        // owns them (a bundle: the folder's only page, or its `index`), and so what other pages
        // publish. An article edited in place publishes what its text links (new and dropped
        // copies are routes like any other) and, owning the folder, all of it, as before. So
        // does a bundle made or removed whole: the folder's only article, and every other file
        // in it came (or went) with it, so no file that was there changes hands. The same holds
        // for the other documents (their files beside them are not among `beside`).
        for path in changed.sorted() where inputs.hashes[path] == nil || before[path] == nil {
            let folder = ContentInventory.folder(of: path)
            guard folder != "content/articles/" && ContentChanges.sections[folder] == nil else { continue }
            let there = Set(inputs.hashes.keys.filter { $0.hasPrefix(folder) }).union(before.keys.filter { $0.hasPrefix(folder) })
            let others = there.filter { !$0.hasSuffix(".md") }
            if others.isEmpty { continue }
            let came = inputs.hashes[path] != nil
            let whole = there.allSatisfy { $0 == path || (beside.contains($0) && (inputs.hashes[$0] != nil) == came && (before[$0] != nil) != came) }
            if !whole { return .failure(.bundle(path)) }
        }
        guard let marks = Self.pairs(routeList) else { return .failure(.record) }
        var routes: [String: UInt64?] = [:]
        routes.reserveCapacity(marks.count)
        for (file, mark) in marks {
            if mark == "*" { routes[file] = .some(nil); continue }
            guard let fingerprint = UInt64(mark, radix: 16) else { return .failure(.record) }
            routes[file] = fingerprint
        }
        let addedOrDeleted = changed.contains { inputs.hashes[$0] == nil || before[$0] == nil }
        return .success(Reuse(changed: changed, documents: documents, files: beside, addedOrDeleted: addedOrDeleted,
                              added: changed.union(beside).filter { before[$0] == nil }, routes: routes, record: self, check: listed))
    }

    /// The kinds of `Reuse.documents`.
    private static let documentKinds: Set<Document.Kind> = [.page, .story, .event, .broadcast, .honours, .document]

    /// The first of the changed files (of `content/media/` or beside articles) whose name is in
    /// a source other than an article's Markdown or such a file (a page, a story, a report's
    /// recording, a legal document's file, `site.yml`, a template…): those show it in ways only
    /// a full build follows. The name is looked for in the bytes, as written and
    /// percent-encoded, in any case: a name found where it means something else only costs a
    /// full build.
    private static func namedByOthers(_ changed: Set<String>, _ inputs: Inputs, _ files: ProjectFiles) -> String? {
        let sources = inputs.hashes.keys.filter { !$0.hasPrefix("content/media/") && !$0.hasPrefix("content/articles/") }
        let names = changed.sorted().map { path -> (String, [[UInt8]]) in
            let name = String(path.split(separator: "/").last ?? "")
            let forms = Set([name, name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name].map { Array($0.lowercased().utf8) })
            return (path, forms.filter { !$0.isEmpty }.sorted { $0.count < $1.count })
        }
        let found = Parallel.map(sources) { source -> Set<String> in
            guard let bytes = files.bytes(source) else { return [] }
            let lowered = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            return lowered.withUnsafeBufferPointer { hay in
                Set(names.filter { _, forms in forms.contains { form in form.withUnsafeBufferPointer { Bytes.find($0, in: hay, from: 0) != nil } } }.map(\.0))
            }
        }
        return found.reduce(into: Set<String>()) { $0.formUnion($1) }.min()
    }

    /// The lines `mark path` of one of the lists, by path; nil when a line is not so.
    private static func pairs(_ list: String) -> [String: Substring]? {
        var pairs: [String: Substring] = [:]
        var list = list
        return list.withUTF8 { bytes -> [String: Substring]? in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                var cut = start
                while cut < end && bytes[cut] != 0x20 { cut += 1 }
                guard cut < end else { return nil }
                let mark = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<cut]), as: UTF8.self)
                pairs[String(decoding: UnsafeBufferPointer(rebasing: bytes[(cut + 1)..<end]), as: UTF8.self)] = mark[...]
                start = end + 1
            }
            return pairs
        }
    }

    /// Written beside and renamed over, so a stopped build never leaves half a record.
    func write(for output: URL) {
        let target = Self.path(for: output)
        guard var data = try? JSONEncoder().encode(self) else { return }
        for list in [sourceList, routeList] {
            data.append(0)
            data.append(contentsOf: list.utf8)
        }
        guard (try? data.write(to: URL(fileURLWithPath: target + ".new"))) != nil else { return }
        rename(target + ".new", target)
    }

    /// Removed before a build changes the output folder: until the next record is written, the
    /// folder is not known to match anything.
    static func remove(for output: URL) { unlink(path(for: output)) }

    var report: BuildReport {
        var report = BuildReport(files: files, pages: pages, articles: articles, charts: charts, unchanged: true)
        report.waiting = waiting
        return report
    }

}

/// Why a build with a record beside its output rendered every file (`BuildReport.fullBecause`).
public enum FullBuildCause: Error, Sendable, Equatable {
    /// Another build of the program.
    case program
    /// Other font files for the charts' font (Noto Sans installed, upgraded or gone): the
    /// pictures would be drawn otherwise.
    case drawing
    /// Other switches (`--drafts`, `--base-url`, another output folder…).
    case switches
    /// The clock past a moment that changes what is published (a publish, expiry or event
    /// moment), or set back before the last build's.
    case moment
    /// A file other than an article changed, came or went (the first by path, and how many more
    /// files of any of the three kinds).
    case changed(String, Int)
    case added(String, Int)
    case deleted(String, Int)
    /// An article added to or deleted from a folder with other files (which page owns them may change).
    case bundle(String)
    /// An article counted as a pilot in an indicator.
    case pilot(String)
    /// An article another page publishes beside itself.
    case resource(String)
    /// An article that another page links to by its file (`bai.md`), at another address now,
    /// or that came or went.
    case linkedPageMoved(String)
    /// A page, story, event, report, honour roll or legal document that changes what every page
    /// shows: a section's first document or its last, a version of an article in another language.
    case everyPage(String)
    /// A feed of another language or a share picture came or went.
    case frame
    /// The output folder is not as the last build left it.
    case output
    /// The record cannot be read whole.
    case record
}

extension LoadedProject {
    /// The files pages publish beside themselves (`body.resources`), by source path: an edit of
    /// one changes another page.
    var resourceSources: Set<String> {
        var sources = Set<String>()
        for list in allDocuments {
            for k in list.indices {
                for resource in list[k].body.resources { sources.insert(resource.source) }
            }
        }
        return sources
    }

    /// Those of `files` that a document other than an article links to by its file, or names
    /// by a relative path (a page linking an article that is gone names it still).
    func linkedByOthers(of files: Set<String>) -> Set<String> {
        guard !files.isEmpty else { return [] }
        var found = Set<String>()
        for list in allDocuments.dropFirst() {
            for d in list {
                found.formUnion(d.body.pageLinks.filter(files.contains))
                if d.names(anyOf: files) { found.formUnion(files.filter { d.names(anyOf: [$0]) }) }
            }
        }
        return found
    }

    /// The pages' files that documents link to (`body.pageLinks`), each with the address its
    /// file gives it now (`MarkdownOptions.pageAddress`; empty when it gives none: no such
    /// file, or front matter that cannot be read). Those links went there: an edit of such a
    /// file that keeps its address changes no other page. Reads only the linked files that
    /// `known` does not already hold.
    func linkedPages(besides known: [String: String] = [:]) -> [String: String] {
        var linked = known
        for list in allDocuments {
            for k in list.indices {
                for path in list[k].body.pageLinks where linked[path] == nil { linked[path] = markdown.pageAddress?(path) ?? "" }
            }
        }
        return linked
    }

    /// The moments around `now` at which these sources build differently: a publish date or a
    /// dated post's date comes, an expiry date passes, an event ends or its sign-up closes, a new
    /// year begins for a series counted from the stories (a year without a pilot counts 0 once it
    /// is over). The last at or before `now` and the first after it (epoch seconds; nil when there is none).
    func moments(around now: DateTime) -> (before: Int?, after: Int?) {
        var moments: [Int] = []
        if indicators.contains(where: { $0.indicator.computed == "stories" }) {
            moments += [now.year, now.year + 1].map { DateTime(year: $0, month: 1, day: 1).epochSeconds }
        }
        for list in allDocuments {
            for k in list.indices {
                if let publishDate = list[k].publishDate { moments.append(publishDate.epochSeconds) }
                if let date = list[k].date { moments.append(date.epochSeconds) }
                if let expiryDate = list[k].expiryDate { moments.append(expiryDate.epochSeconds) }
                if let event = list[k].event {
                    // `past` and `closed` compare with `<`: they turn one second after the moment.
                    moments.append(event.end.epochSeconds + 1)
                    if let deadline = event.registration?.deadline { moments.append(deadline.epochSeconds + 1) }
                }
            }
        }
        return (moments.filter { $0 <= now.epochSeconds }.max(), moments.filter { $0 > now.epochSeconds }.min())
    }
}
