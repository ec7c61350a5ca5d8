import Foundation
import LantoaSystem
#if canImport(Glibc)
import Glibc
#endif

/// Changes an output folder that holds the last build (checked against its list of files) into
/// the next, when only a few of its files differ: what `Build` uses when the build record says
/// which files an article edit can change (`BuildRecord.Reuse`).
///
/// A file whose bytes are those the list records for it is left as it is. Each other file is
/// written into the staging folder first; only when every file is written are they moved into
/// the output folder, one rename each (trading places with the file they replace, which stays
/// in the staging folder), and the files the site no longer has deleted. A build
/// that fails while writing (a full disk) leaves the output folder as it was. The list beside the
/// output names, at every step, every file the folder holds, so a build stopped at any point
/// leaves nothing that the next one takes for someone else's file.
final class PatchWriter: OutputWriter, @unchecked Sendable {
    private let output: String
    private let staging: String
    private let outputList: String
    private let stagingList: String
    /// What the output folder holds (its list), and the staging folder.
    private let listed: FileList
    /// Read on another thread while the pages render (a large site's list is megabytes).
    private let stagingKnown: Later<FileList>
    /// The output files to delete, with their compressed copies; and the copies of files
    /// written again that no longer get one (a page turned into a short redirect).
    private let removed: [String]
    private var stale: [String] = []
    private let precompress: Bool
    private var written: [String: FileRecord] = [:]
    private var madeFolders: Set<String> = []
    private let lock = NSLock()

    /// How many files the build changed: written, then deleted.
    var changes: (written: Int, removed: Int) {
        let copy = { (path: String) in Precompression.suffixes.contains { path.hasSuffix($0) } }
        return (written.keys.filter { !copy($0) }.count, removed.filter { !copy($0) }.count)
    }

    /// `listed`: the output folder's list of files, checked against the folder (`DiskWriter.holdsAsListed`).
    init(output: URL, listed: FileList, removing: [String], precompress: Bool) throws {
        let output = output.standardizedFileURL.resolvingSymlinksInPath()
        self.output = output.path
        (staging, outputList, stagingList) = DiskWriter.siblings(of: output)
        self.listed = listed
        self.precompress = precompress
        for path in removing { try DiskWriter.checkInside(path) }
        removed = removing.filter { listed[$0] != nil }.flatMap { path in
            [path] + Precompression.suffixes.map { path + $0 }.filter { listed[$0] != nil }
        }
        // The staging folder is about to change: as in `DiskWriter`, its list is taken away until
        // the end, at once (moved aside, then read).
        let aside = DiskWriter.aside(stagingList)
        let taken = rename(stagingList, aside) == 0
        // No list to take: one left aside by a build stopped before reading it says nothing true
        // of the staging folder now.
        if !taken { unlink(aside) }
        stagingKnown = Later {
            guard taken else { return FileList() }
            defer { unlink(aside) }
            return FileList(reading: aside)
        }
        guard mkdir(staging, 0o755) == 0 || errno == EEXIST else { throw DiskWriter.WriteError.cannotWrite(staging, errno) }
    }

    func write(_ file: OutputFile) throws {
        try DiskWriter.checkInside(file.path)
        try file.bytes().withUnsafeBytes { raw in
            let hash = ContentHash(raw)
            // The same bytes as the file the output holds (its list was checked against the folder).
            if listed[file.path]?.hash == hash { return }
            var made = [(file.path, try place(file.path, raw, hash: hash))]
            var gone: [String] = []
            for suffix in Precompression.suffixes {
                if precompress && Precompression.applies(to: file.path, size: raw.count),
                   let packed = Precompression.compress(raw, suffix: suffix) {
                    let record = try packed.withUnsafeBytes { try place(file.path + suffix, $0, hash: ContentHash($0)) }
                    made.append((file.path + suffix, record))
                } else if listed[file.path + suffix] != nil {
                    gone.append(file.path + suffix)
                }
            }
            lock.lock()
            for (path, record) in made { written[path] = record }
            stale += gone
            lock.unlock()
        }
    }

    /// Writes `bytes` at `path` in the staging folder, over whatever file was there (no build's
    /// file: the staging folder's list no longer names it).
    private func place(_ path: String, _ bytes: UnsafeRawBufferPointer, hash: ContentHash) throws -> FileRecord {
        if let cut = path.lastIndex(of: "/") { try makeFolder(String(path[..<cut])) }
        let target = staging + "/" + path
        do {
            return FileRecord(try DiskWriter.put(target, bytes, compare: false), hash: hash)
        } catch DiskWriter.WriteError.cannotWrite(_, let code) {
            throw DiskWriter.WriteError.cannotWrite(path, code)
        }
    }

    private func makeFolder(_ relative: String) throws {
        lock.lock()
        defer { lock.unlock() }
        if madeFolders.contains(relative) { return }
        try FileManager.default.createDirectory(atPath: staging + "/" + relative, withIntermediateDirectories: true)
        madeFolders.insert(relative)
    }

    /// Moves the written files into the output folder and deletes the removed ones.
    func commit() throws {
        // The staging folder's list names none of the written files, moved or not: it is
        // written while they move.
        let listing = Later { self.writeStagingList() }
        defer { _ = listing.value }
        let removed = removed + stale
        guard !written.isEmpty || !removed.isEmpty else { return }
        // The files the site no longer has go first, while the list still names them; the
        // folders they leave empty (a page's own folder) go too, and rmdir refuses any other.
        for path in removed {
            guard unlink(output + "/" + path) == 0 || errno == ENOENT else { throw DiskWriter.WriteError.cannotWrite(path, errno) }
            var folder = path[...]
            while let cut = folder.lastIndex(of: "/") {
                folder = folder[..<cut]
                if rmdir(output + "/" + folder) != 0 { break }
            }
        }
        // Then the list of what the folder is about to hold, before the new files come into it.
        // Stopped in between, the folder holds less than its list or other bytes: the next
        // build sees that and builds every file (`DiskWriter.holdsAsListed`).
        FileRecord.write(listed, then: written, leaving: removed, to: outputList)
        // Each file trades places with the one it replaces, which stays in the staging folder
        // (unlisted there, and written over when that file is next staged): a file replaced is
        // not freed, which on a disk that frees blocks as files go (`discard`) waited for the
        // disk at every file. A new file is moved; its folder is made only when the move finds
        // none (a new page's). (One thread: the system moves one file between folders at a time.)
        for path in written.keys.sorted() {
            let (from, to) = (staging + "/" + path, output + "/" + path)
            if lantoa_exchange(from, to) == 0 || rename(from, to) == 0 { continue }
            guard errno == ENOENT, let cut = path.lastIndex(of: "/") else { throw DiskWriter.WriteError.cannotWrite(path, errno) }
            try FileManager.default.createDirectory(atPath: output + "/" + path[..<cut], withIntermediateDirectories: true)
            guard rename(from, to) == 0 else { throw DiskWriter.WriteError.cannotWrite(path, errno) }
        }
    }

    /// The output folder is untouched; the files written in the staging folder are pruned by the next full build.
    func abandon(diskFull: Bool) {
        writeStagingList()
    }

    /// What the staging folder still holds of what it held: the files written here were moved
    /// into the output folder, or will be pruned.
    private func writeStagingList() {
        FileRecord.write(stagingKnown.value, leaving: written.keys, to: stagingList)
    }
}
