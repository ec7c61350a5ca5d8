import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a deploy moves, in the order that keeps the remote a whole site at every moment: files
/// that pages use (stylesheets, scripts, pictures, downloads) first, then the pages, then what
/// points at pages (feeds, sitemaps, the search index), and deletions last, when every upload
/// has succeeded. A file goes up when it is new or its bytes changed since the last deploy to
/// the same remote (the build's list of files holds a hash of each); the first deploy to a
/// remote sends everything and deletes what the remote holds that the site no longer has.
public struct DeployPlan: Sendable, Equatable {
    public var assets: [String] = []
    public var pages: [String] = []
    public var indexes: [String] = []
    public var deletions: [String] = []
    public var unchanged = 0
    /// The bytes the uploads move.
    public var bytes = 0
    /// How many files the remote held before (what a share of deletions is measured against).
    public var remoteFiles = 0

    public var uploads: [String] { assets + pages + indexes }

    /// The topmost folders that held deleted files and hold none of the site's now.
    func emptiedFolders(keeping built: Set<String>) -> [String] {
        var kept: Set<Substring> = []
        for path in built {
            var folder = Substring(path)
            while let cut = folder.lastIndex(of: "/") { folder = folder[..<cut]; kept.insert(folder) }
        }
        var emptied: Set<String> = []
        for path in deletions {
            var folder = Substring(path), top: Substring?
            while let cut = folder.lastIndex(of: "/") {
                folder = folder[..<cut]
                if kept.contains(folder) { break }
                top = folder
            }
            if let top { emptied.insert(String(top)) }
        }
        return emptied.sorted()
    }

    /// A page, or a compressed copy of one.
    static func isPage(_ path: String) -> Bool { uncompressed(path).hasSuffix(".html") }

    /// The file a compressed copy stands for (`index.html.br` → `index.html`).
    static func uncompressed(_ path: String) -> String {
        Precompression.suffixes.first { path.hasSuffix($0) }.map { String(path.dropLast($0.count)) } ?? path
    }

    /// Files that point at pages: feeds, sitemaps, robots.txt and the search index.
    static func isIndex(_ path: String) -> Bool {
        let plain = uncompressed(path)
        let name = plain.split(separator: "/").last.map(String.init) ?? plain
        return ["rss.xml", "atom.xml", "feed.json", "robots.txt"].contains(name) || name.hasPrefix("sitemap") && name.hasSuffix(".xml")
            || plain.contains("/" + SearchIndex.folder)
    }

    /// `built`: the build's files and the hash of each. `deployed`: what the last deploy to this
    /// remote left there, or nil when there was none; `remote` then lists what the remote holds.
    public static func make(built: [String: (hash: ContentHash, size: Int)], deployed: [String: ContentHash]?, remote: Set<String>) -> DeployPlan {
        var plan = DeployPlan()
        for (path, file) in built.sorted(by: { $0.key < $1.key }) {
            if let deployed, deployed[path] == file.hash {
                plan.unchanged += 1
                continue
            }
            plan.bytes += file.size
            if isPage(path) { plan.pages.append(path) } else if isIndex(path) { plan.indexes.append(path) } else { plan.assets.append(path) }
        }
        let before = deployed.map { Set($0.keys) } ?? remote
        plan.deletions = before.subtracting(built.keys).sorted()
        plan.remoteFiles = before.count
        return plan
    }
}

/// The record of the last deploy, beside the output folder (`.public.lantoa-deployed`): the
/// remote it went to, then one line per file, `hash path`. Written only when a deploy finished.
public struct DeployRecord: Sendable {
    public var remote: String
    public var files: [String: ContentHash]

    public static func path(output: URL) -> String {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).lantoa-deployed").path
    }

    public static func read(output: URL) -> DeployRecord? {
        guard let text = try? String(contentsOfFile: path(output: output), encoding: .utf8) else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard !lines.isEmpty else { return nil }
        let remote = String(lines.removeFirst())
        var files: [String: ContentHash] = [:]
        for line in lines where !line.isEmpty {
            let parts = line.split(separator: " ", maxSplits: 1)
            if parts.count == 2, let hash = ContentHash(hex: parts[0]) { files[String(parts[1])] = hash }
        }
        return DeployRecord(remote: remote, files: files)
    }

    public func write(output: URL) throws {
        var text = remote + "\n"
        for (path, hash) in files.sorted(by: { $0.key < $1.key }) { text += "\(hash.hex) \(path)\n" }
        let target = Self.path(output: output)
        try text.write(toFile: target + ".new", atomically: false, encoding: .utf8)
        guard rename(target + ".new", target) == 0 else { throw DeployError.cannotRecord(target) }
    }
}

public enum DeployError: Error, CustomStringConvertible {
    case notBuilt(String)
    case rcloneMissing
    case rcloneFailed(String, Int32)
    case cannotRecord(String)

    public var description: String {
        switch self {
        case .notBuilt(let folder): "\(folder) has no list of the files a build wrote there"
        case .rcloneMissing: "rclone is not installed"
        case .rcloneFailed(let step, let status): "rclone stopped while \(step) (exit status \(status))"
        case .cannotRecord(let path): "cannot write \(path)"
        }
    }
}

/// Runs a plan with rclone (`rclone copy --files-from`, `rclone delete --files-from`). rclone
/// reaches SFTP, FTP, WebDAV, S3 and most CDNs' origins; its own configuration (`rclone config`,
/// or `RCLONE_CONFIG_<NAME>_…` variables) holds the credentials, never site.yml or this log.
public struct Deployer {
    public let output: URL
    public let remote: String

    public init(output: URL, remote: String) {
        self.output = output.standardizedFileURL
        self.remote = remote
    }

    /// The build's files with their hashes, from the list beside the output folder.
    public func built() throws -> [String: (hash: ContentHash, size: Int)] {
        let list = DiskWriter.siblings(of: output).outputList
        let records = FileRecord.read(list)
        guard !records.isEmpty else { throw DeployError.notBuilt(output.path) }
        return records.mapValues { ($0.hash, $0.size) }
    }

    /// What the remote holds, for a first deploy: every file's path.
    public func listRemote() throws -> Set<String> {
        // A folder that does not exist yet (rclone's exit status 3) holds nothing.
        let listing = try rclone(["lsf", "--recursive", "--files-only", remote], step: "listing the remote", capture: true, missingIsEmpty: true)
        return Set(listing.split(separator: "\n").map(String.init))
    }

    /// Whether the remote's top folder holds the files the record puts there.
    func remoteHoldsTopLevel(of record: DeployRecord) throws -> Bool {
        let top = Set(record.files.keys.filter { !$0.contains("/") })
        let listing = try rclone(["lsf", "--files-only", "--max-depth", "1", remote], step: "listing the remote", capture: true, missingIsEmpty: true)
        return top.isSubset(of: Set(listing.split(separator: "\n").map(String.init)))
    }

    /// The plan against the last deploy to this remote, or against the remote's listing.
    public func plan() throws -> DeployPlan {
        let files = try built()
        // The record holds when the remote still has the site's top level (a wiped or replaced
        // folder is noticed with one short listing, not a walk of every file).
        if let record = DeployRecord.read(output: output), record.remote == remote, try remoteHoldsTopLevel(of: record) {
            return DeployPlan.make(built: files, deployed: record.files, remote: [])
        }
        return DeployPlan.make(built: files, deployed: nil, remote: try listRemote())
    }

    /// Uploads and deletes as planned, then records what the remote now holds. `step` is told each phase.
    public enum Phase: Sendable { case assets, pages, indexes, deletions }

    public func run(_ plan: DeployPlan, step: (Phase, Int) -> Void) throws {
        let files = try built()
        for (phase, name, paths) in [(Phase.assets, "files pages use", plan.assets), (.pages, "pages", plan.pages),
                                     (.indexes, "feeds, sitemaps and the search index", plan.indexes)] where !paths.isEmpty {
            step(phase, paths.count)
            try withList(paths) { list in
                // --ignore-times: these files changed, whatever their size and time say (FTP keeps no
                // time of ours, and a page edited to the same length would be skipped).
                // --sftp-disable-hashcheck: over SFTP rclone otherwise runs `md5sum` on the server
                // through SSH after each file, about 85 ms a file even on loopback (100 files:
                // 8.9 s against 0.5 s; a site of 1,600 files took minutes). SSH's own integrity
                // check covers the bytes on the way and rclone still compares each file's size.
                // Other kinds of remote ignore the flag.
                _ = try rclone(["copy", output.path, remote, "--files-from-raw", list, "--no-traverse", "--ignore-times", "--sftp-disable-hashcheck"],
                               step: "uploading \(name)")
            }
        }
        if !plan.deletions.isEmpty {
            step(.deletions, plan.deletions.count)
            try withList(plan.deletions) { list in
                _ = try rclone(["delete", remote, "--files-from-raw", list], step: "deleting")
            }
            // The folders only deleted files were in go too (a removed article's folder).
            // Cleaning only: a folder already gone is no failure.
            for folder in plan.emptiedFolders(keeping: Set(files.keys)) {
                _ = try? rclone(["rmdirs", remote.hasSuffix("/") || remote.hasSuffix(":") ? remote + folder : remote + "/" + folder],
                                step: "removing empty folders", quietErrors: true)
            }
        }
        try DeployRecord(remote: remote, files: files.mapValues(\.hash)).write(output: output)
    }

    private func withList(_ paths: [String], _ body: (String) throws -> Void) throws {
        let list = FileManager.default.temporaryDirectory.appendingPathComponent("lantoa-deploy-\(UUID().uuidString).txt").path
        try paths.joined(separator: "\n").appending("\n").write(toFile: list, atomically: false, encoding: .utf8)
        defer { unlink(list) }
        try body(list)
    }

    @discardableResult
    private func rclone(_ arguments: [String], step: String, capture: Bool = false, missingIsEmpty: Bool = false, quietErrors: Bool = false) throws -> String {
        guard let program = Self.program() else { throw DeployError.rcloneMissing }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments + ["--quiet"]
        let pipe = Pipe()
        if capture { process.standardOutput = pipe }
        // A first deploy to a folder that does not exist yet is no error to show.
        if missingIsEmpty || quietErrors { process.standardError = FileHandle.nullDevice }
        try process.run()
        let data = capture ? pipe.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        if missingIsEmpty && process.terminationStatus == 3 { return "" }
        guard process.terminationStatus == 0 else { throw DeployError.rcloneFailed(step, process.terminationStatus) }
        return String(decoding: data, as: UTF8.self)
    }

    /// `rclone` on PATH.
    static func program() -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/rclone"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
