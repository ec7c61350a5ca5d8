import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the last build into an output folder was made from, kept beside it
/// (`.public.lantoa-record`), so that a build of the same sources by the same program leaves the
/// folder as it is instead of making every page again.
///
/// The record is trusted only when everything that decides the output is as it says: the
/// program's own bytes, the switches, the path and bytes of every file under `content/` and
/// `templates/` (and the built-in theme's), the clock between the moments around the build that
/// change what is published (a publish or expiry date, an event that ends), and the output folder
/// holding exactly the files the build left, each of its size and time (from the output's list). Anything else, or a record
/// that cannot be read, means a full build. The warnings of the recorded build are said again.
struct BuildRecord: Codable {
    /// Raised when what a record holds changes shape: an older record is then ignored.
    static let format = 1

    var format = Self.format
    var program: String
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
    /// The warnings the build said, to be said again.
    var warnings: [Diagnostic]

    /// What a build of `options` reads, as it is now.
    struct Inputs {
        var program: String
        var switches: String
        var sources: String

        /// Hashes the sources on every core. Taken before anything is loaded, so that a file saved
        /// during the build leaves a record that no longer matches it.
        init(_ options: BuildOptions) {
            program = Self.program
            switches = [options.siteRoot.path, options.output.path, options.baseURL ?? "-", "\(options.includeDrafts)", "\(options.includeFuture)",
                        "\(options.includeExpired)", "\(options.images)", "\(options.compress)", "\(options.sitemapLimit)", "\(options.archiveYearLimit)"]
                .joined(separator: "\n")
            let files = ProjectFiles(root: options.siteRoot)
            let paths = files.list("content") + files.list("templates")
            let root = files.root.path
            let hashes = Parallel.map(paths) { path -> ContentHash in
                if let bytes = ProjectFiles.bytes(atPath: root + "/" + path) ?? files.builtIn[path] {
                    return bytes.withUnsafeBytes { ContentHash($0) }
                }
                return ContentHash(high: 0, low: 0)
            }
            var summary = ""
            for (path, hash) in zip(paths, hashes) { summary += path + " " + hash.hex + "\n" }
            sources = ContentHash(summary).hex
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

    init(inputs: Inputs, moments: (before: Int?, after: Int?), report: BuildReport, warnings: [Diagnostic]) {
        program = inputs.program
        switches = inputs.switches
        sources = inputs.sources
        (changedAt, changesAt) = moments
        (files, pages, articles, charts) = (report.files, report.pages, report.articles, report.charts)
        self.warnings = warnings
    }

    /// `.public.lantoa-record` beside the output folder `public/`.
    static func path(for output: URL) -> String {
        let output = output.standardizedFileURL.resolvingSymlinksInPath()
        return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).lantoa-record").path
    }

    /// The record beside `output` when it describes `inputs` at `now` and the output folder still
    /// holds every file as the recorded build wrote it; nil otherwise.
    static func matching(_ inputs: Inputs, output: URL, now: DateTime) -> BuildRecord? {
        guard let data = FileManager.default.contents(atPath: path(for: output)),
              let record = try? JSONDecoder().decode(BuildRecord.self, from: data),
              record.format == Self.format, record.program == inputs.program, record.switches == inputs.switches,
              record.sources == inputs.sources, record.changesAt.map({ now.epochSeconds < $0 }) ?? true,
              record.changedAt.map({ $0 <= now.epochSeconds }) ?? true,
              DiskWriter.holdsAsListed(output: output) else { return nil }
        return record
    }

    /// Written beside and renamed over, so a stopped build never leaves half a record.
    func write(for output: URL) {
        let target = Self.path(for: output)
        guard let data = try? JSONEncoder().encode(self), (try? data.write(to: URL(fileURLWithPath: target + ".new"))) != nil else { return }
        rename(target + ".new", target)
    }

    /// Removed before a build changes the output folder: until the next record is written, the
    /// folder is not known to match anything.
    static func remove(for output: URL) { unlink(path(for: output)) }

    var report: BuildReport { BuildReport(files: files, pages: pages, articles: articles, charts: charts, unchanged: true) }

}

extension LoadedProject {
    /// The moments around `now` at which these sources build differently: a publish date or a
    /// dated post's date comes, an expiry date passes, an event ends or its sign-up closes. The
    /// last at or before `now` and the first after it (epoch seconds; nil when there is none).
    func moments(around now: DateTime) -> (before: Int?, after: Int?) {
        var moments: [Int] = []
        for document in articles + pages + stories + documents + events + glossary + broadcasts + honours {
            if let publishDate = document.publishDate { moments.append(publishDate.epochSeconds) }
            if let date = document.date { moments.append(date.epochSeconds) }
            if let expiryDate = document.expiryDate { moments.append(expiryDate.epochSeconds) }
            if let event = document.event {
                // `past` and `closed` compare with `<`: they turn one second after the moment.
                moments.append(event.end.epochSeconds + 1)
                if let deadline = event.registration?.deadline { moments.append(deadline.epochSeconds + 1) }
            }
        }
        return (moments.filter { $0 <= now.epochSeconds }.max(), moments.filter { $0 > now.epochSeconds }.min())
    }
}
