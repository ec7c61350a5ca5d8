import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes into a staging folder beside the output folder, then swaps it in whole.
///
/// A failed build never touches the previous output, and nothing is written or deleted outside
/// the output folder and its staging sibling (and the two lists of files beside them). After a
/// swap the previous output becomes the next staging folder: files are then rewritten in place
/// and stale ones pruned, which on ext4 is far cheaper than deleting one tree and creating
/// another of fresh inodes.
///
/// Beside each folder is a list of the files the build wrote there, with each one's size, time
/// and a hash of its bytes (`.public.lantoa-files`, `.public.lantoa-staging-files`). A page
/// that comes out the same as the file the staging folder holds, untouched since it was written
/// (same size and time), is then left as it is without reading it.
public final class DiskWriter: OutputWriter, @unchecked Sendable {
    public let output: URL
    public let staging: URL
    /// `staging.path`, read once (a URL works its path out at every call).
    private let stagingPath: String
    private let manager = FileManager()
    /// Folders already made in the staging tree, so each is created once.
    private var madeFolders: Set<String> = []
    private let lock = NSLock()

    /// What the staging folder held when it was last written (from its list), and what this build
    /// leaves there (whatever else is there is pruned).
    private let known: [String: FileRecord]
    private var records: [String: FileRecord] = [:]
    /// Whether text files get `.gz` and `.br` copies beside them (see `Precompression`).
    public let precompress: Bool
    /// The lists of files beside the output folder and beside the staging folder.
    private let outputList: String
    private let stagingList: String

    /// Refuses output folders that would overwrite the project, then opens the staging folder.
    /// `adoptsEveryFile` for a folder only Lan Tỏa writes (the preview's): no file in it is taken for someone else's.
    public init(output: URL, projectRoot: URL, adoptsEveryFile: Bool = false, precompress: Bool = false) throws {
        self.adoptsEveryFile = adoptsEveryFile
        self.precompress = precompress
        let output = output.standardizedFileURL.resolvingSymlinksInPath()
        let root = projectRoot.standardizedFileURL.resolvingSymlinksInPath()
        try Self.checkSafe(output: output, root: root)
        self.output = output
        let siblings = Self.siblings(of: output)
        self.staging = URL(fileURLWithPath: siblings.staging)
        stagingPath = siblings.staging
        (outputList, stagingList) = (siblings.outputList, siblings.stagingList)
        // The staging folder is about to change: its list is read, then removed, so that a build
        // that stops half-way leaves no list that could be wrong.
        known = FileRecord.read(stagingList)
        unlink(stagingList)
        // A one-edit build stopped between moving the list aside and reading it left it there.
        unlink(Self.aside(stagingList))
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: staging.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            try manager.removeItem(at: staging)
        }
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        previous = FileRecord.read(outputList)
        // What the staging and output folders hold from earlier builds is listed while the pages
        // render: on a large site the walk is mostly waiting for the disk.
        let (listing, folder, published, outputFolder) = (existing, staging.path, current, output.path)
        Thread.detachNewThread {
            listing.list(folder)
            published.list(outputFolder)
        }
    }

    /// The files and folders found in the staging folder when the build started.
    private let existing = TreeListing()
    /// The files found in the output folder, and the list of what the last build wrote there:
    /// a file in neither that list nor this build is someone else's, and the swap would take it.
    private let current = TreeListing()
    private let previous: [String: FileRecord]
    private let adoptsEveryFile: Bool

    /// Whether the output folder holds exactly the files its list names, each of the size and time
    /// the build that wrote it left: a file touched since, gone, or put there by someone else (which
    /// a build must refuse to take), or a folder without a list, says no.
    /// The list, when it holds.
    static func holdsAsListed(output: URL) -> FileList? {
        let output = output.standardizedFileURL.resolvingSymlinksInPath()
        let list = FileList(reading: siblings(of: output).outputList)
        guard !list.isEmpty else { return nil }
        let fd = open(output.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0, listedFiles(in: fd, [], list) == list.count else { return nil }
        return list
    }

    /// How many files the folder open as `fd` (closed here), whose path is `folder`, holds, when
    /// each is a file of `list` with its recorded size and time and no folder in it is empty;
    /// nil when not. Each file is looked up from its folder's descriptor (45,000 of them for a
    /// large site with its copies), and a folder of many folders is read on every core. Paths
    /// are bytes, not strings: 49,000 strings made, hashed and compared were most of the check's
    /// own time.
    private static func listedFiles(in fd: Int32, _ folder: [UInt8], _ list: FileList) -> Int? {
        defer { close(fd) }
        let parent = fd
        var count = 0
        var folders: [(name: [CChar], path: [UInt8])] = []
        var path = folder
        if !path.isEmpty { path.append(0x2F) }
        let base = path.count
        let readWhole = FolderEntries.forEach(in: fd) { name, length, type in
            path.removeSubrange(base...)
            path.append(contentsOf: UnsafeRawBufferPointer(start: name, count: length))
            if type == UInt8(DT_DIR) { folders.append((Array(UnsafeBufferPointer(start: name, count: length + 1)), path)); return true }
            var info = stat()
            guard type == UInt8(DT_REG) || type == UInt8(DT_UNKNOWN), fstatat(parent, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
            if (info.st_mode & S_IFMT) == S_IFDIR { folders.append((Array(UnsafeBufferPointer(start: name, count: length + 1)), path)); return true }
            guard (info.st_mode & S_IFMT) == S_IFREG,
                  let record = path.withUnsafeBytes({ list.record(named: $0) }), FileRecord(info, hash: record.hash) == record else { return false }
            count += 1
            return true
        }
        guard readWhole else { return nil }
        let subfolders = folders
        @Sendable func files(_ slice: ArraySlice<(name: [CChar], path: [UInt8])>) -> Int? {
            var count = 0
            for (name, path) in slice {
                let child = openat(parent, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                guard child >= 0, let found = listedFiles(in: child, path, list), found > 0 else { return nil }
                count += found
            }
            return count
        }
        let counts = subfolders.count < 256 ? [files(subfolders[...])]
            : Parallel.map(stride(from: 0, to: subfolders.count, by: 128).map { $0..<min($0 + 128, subfolders.count) }) { files(subfolders[$0]) }
        for found in counts {
            guard let found else { return nil }
            count += found
        }
        return count
    }

    /// Where a one-edit build moves the staging folder's list while it reads it (`PatchWriter`).
    static func aside(_ stagingList: String) -> String { stagingList + ".old" }

    /// What sits beside the output folder `public/` (resolved): the staging folder
    /// `.public.lantoa-staging` and the lists of files of both.
    static func siblings(of output: URL) -> (staging: String, outputList: String, stagingList: String) {
        let base = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).lantoa-").path
        return (base + "staging", base + "files", base + "staging-files")
    }

    static func checkSafe(output: URL, root: URL) throws {
        let out = output.path
        func isInside(_ path: String, _ folder: String) -> Bool { path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") }
        let guarded = [root.path, root.appendingPathComponent("content").path, root.appendingPathComponent("templates").path]
        if out == "/" || guarded.contains(where: { isInside($0, out) }) {
            throw WriteError.unsafeOutput(out, .outputIsOrContainsProject)
        }
        if guarded.dropFirst().contains(where: { isInside(out, $0) }) {
            throw WriteError.unsafeOutput(out, .outputInsideContent)
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw WriteError.unsafeOutput(out, .outputIsAFile)
        }
    }

    /// Refuses a path that would leave the output folder (absolute, empty, or with `.` or `..`).
    static func checkInside(_ path: String) throws {
        guard !path.hasPrefix("/"), path.utf8.contains(where: { $0 != 0x2F }), !path.hasDotSegment else {
            throw WriteError.pathEscapes(path)
        }
    }

    public func write(_ file: OutputFile) throws {
        try Self.checkInside(file.path)
        let target = stagingPath + "/" + file.path
        if let cut = file.path.lastIndex(of: "/") { try makeFolder(String(file.path[..<cut])) }
        switch file.content {
        case .text(var text):
            try text.withUTF8 { try store(file.path, at: target, UnsafeRawBufferPointer($0)) }
        case .bytes(let bytes):
            try bytes.withUnsafeBytes { try store(file.path, at: target, $0) }
        case .copy(let source):
            guard let bytes = ProjectFiles.bytes(atPath: source.path) else { throw WriteError.cannotRead(source.path, errno) }
            try bytes.withUnsafeBytes { try store(file.path, at: target, $0) }
        }
    }

    /// Writes `bytes` at `target` unless the staging folder's list shows the file there holds them.
    private func store(_ path: String, at target: String, _ bytes: UnsafeRawBufferPointer) throws {
        let hash = ContentHash(bytes)
        var record: FileRecord
        if let old = known[path], old.size == bytes.count, old.hash == hash,
           let now = FileRecord(path: target, hash: hash), now == old {
            record = old
        } else {
            do {
                record = try Self.writeFile(target, bytes, hash: hash, compare: known[path] == nil)
            } catch WriteError.cannotWrite(_, let code) {
                throw WriteError.cannotWrite(path, code)
            }
        }
        var siblings: [(String, FileRecord)] = []
        if precompress && Precompression.applies(to: path, size: bytes.count) {
            for suffix in Precompression.suffixes {
                let copy = path + suffix
                // An unchanged page keeps its copies as they are, when they are still as written.
                if record == known[path], let old = known[copy], FileRecord(path: target + suffix, hash: old.hash) == old {
                    siblings.append((copy, old))
                } else if let packed = Precompression.compress(bytes, suffix: suffix) {
                    let written = try packed.withUnsafeBytes { packed in
                        try Self.writeFile(target + suffix, packed, hash: ContentHash(packed), compare: known[copy] == nil)
                    }
                    siblings.append((copy, written))
                }
            }
            siblings = siblings.map { copy, written in (copy, Self.keepingTime(of: previous[copy], written, at: target + copy.dropFirst(path.count))) }
        }
        // (After the copies, which are kept as they are when the page is as the staging folder's list says.)
        record = Self.keepingTime(of: previous[path], record, at: target)
        lock.lock()
        records[path] = record
        for (copy, written) in siblings { records[copy] = written }
        lock.unlock()
    }

    /// `record`, the file written or kept at `target`, with the time of `published`, the output
    /// folder's file at the same path, when that holds the same bytes: after the swap the file
    /// looks untouched to a sync that goes by dates (`rsync -a`, FTP mirroring), whichever
    /// build's copy the staging folder held. The record is returned as it was when the time
    /// cannot be set.
    private static func keepingTime(of published: FileRecord?, _ record: FileRecord, at target: String) -> FileRecord {
        guard let published, published.hash == record.hash, published.size == record.size,
              published.seconds != record.seconds || published.nanoseconds != record.nanoseconds else { return record }
        let time = timespec(tv_sec: published.seconds, tv_nsec: published.nanoseconds)
        var times = [time, time] // access and modification
        guard utimensat(AT_FDCWD, target, &times, 0) == 0 else { return record }
        return published
    }

    /// Makes the folders of `files` on a thread of its own, in order, parents first. A clean
    /// build calls it before indexing the site, which leaves a core idle part of the time: making
    /// a folder costs the kernel a new block (about 35 µs on ext4), and every page has one.
    /// Paths that would leave the folder are skipped: `write` refuses them with the error.
    public func makeFolders(for files: [String]) {
        foldersMade.enter()
        Thread.detachNewThread { [self] in
            let folders = Self.folders(holding: files.filter { (try? Self.checkInside($0)) != nil }).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for folder in folders { try? makeFolder(String(folder)) }
            foldersMade.leave()
        }
    }

    /// Done when the folders `makeFolders` started are made: `commit` and `abandon` wait for it.
    private let foldersMade = DispatchGroup()

    /// Creates a folder of the staging tree (and its parents) once. The lock guards only the set:
    /// held over `mkdir` (a page's own folder each time), it kept the other threads waiting. A
    /// folder joins the set once it exists, so two threads may both create it (one gets EEXIST),
    /// and none goes on to a folder whose parent is not there yet.
    private func makeFolder(_ relative: String) throws {
        if lock.withLock({ madeFolders.contains(relative) }) { return }
        if let cut = relative.lastIndex(of: "/") { try makeFolder(String(relative[..<cut])) }
        guard mkdir(stagingPath + "/" + relative, 0o755) == 0 || errno == EEXIST else { throw WriteError.cannotWrite(relative, errno) }
        _ = lock.withLock { madeFolders.insert(relative) }
    }

    /// Writes `bytes` and returns the file's record. A plain write: the swap, not each file, is what makes the output appear at once,
    /// so Foundation's atomic write-and-sync per file would only cost time. The file is
    /// overwritten and then cut to length rather than opened with O_TRUNC: ext4 flushes a file
    /// truncated to zero when it is closed, which made rewriting a reused tree slow.
    ///
    /// `compare` when the file is not in the staging folder's list (a folder from an older
    /// version, or a list lost to a stopped build): it is then read first and left as it is when
    /// it already holds the bytes, so it keeps its time.
    private static func writeFile(_ path: String, _ bytes: UnsafeRawBufferPointer, hash: ContentHash, compare: Bool) throws -> FileRecord {
        FileRecord(try put(path, bytes, compare: compare), hash: hash)
    }

    /// Writes `bytes` at `path` as `writeFile` says, and returns what the file system then says of it.
    static func put(_ path: String, _ bytes: UnsafeRawBufferPointer, compare: Bool) throws -> stat {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError.cannotWrite(path, errno) }
        defer { close(fd) }
        var info = stat()
        // Cut to length only when the file may be longer: one call fewer for every new file.
        var mayBeLonger = true
        if compare, fstat(fd, &info) == 0 {
            if Int(info.st_size) == bytes.count, holds(fd, bytes) { return info }
            mayBeLonger = Int(info.st_size) > bytes.count
        }
        var offset = 0
        while offset < bytes.count {
            let written = pwrite(fd, bytes.baseAddress! + offset, bytes.count - offset, off_t(offset))
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteError.cannotWrite(path, errno)
            }
            offset += written
        }
        guard !mayBeLonger || ftruncate(fd, off_t(bytes.count)) == 0, fstat(fd, &info) == 0 else { throw WriteError.cannotWrite(path, errno) }
        return info
    }

    /// Whether the open file's bytes (already known to be as many) are `bytes`.
    private static func holds(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        if bytes.isEmpty { return true }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 16)
        defer { buffer.deallocate() }
        var offset = 0
        while offset < bytes.count {
            let n = pread(fd, buffer.baseAddress! + offset, bytes.count - offset, off_t(offset))
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            offset += n
        }
        return memcmp(bytes.baseAddress!, buffer.baseAddress!, bytes.count) == 0
    }

    /// Every folder above the files (`a/b` and `a` for `a/b/c.html`).
    private static func folders(holding files: some Sequence<String>) -> Set<Substring> {
        var folders = Set<Substring>()
        for file in files {
            var folder = file[...]
            // Found as a byte: as a Character, the search took most of the time.
            while let cut = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
                folder = folder[..<cut]
                if !folders.insert(folder).inserted { break }
            }
        }
        return folders
    }

    /// Prunes files this build did not write, then swaps the staging folder in place of the output folder.
    ///
    /// The output folder must be Lan Tỏa's: every file in it written by the last build (its list)
    /// or by this one. Anything else is someone's file, and the build stops before moving it.
    /// Each step leaves a list beside the output that covers what the folder holds, so a build
    /// stopped at any point leaves nothing that makes the next one refuse the folder.
    public func commit() throws {
        foldersMade.wait()
        let listed = current.result()
        let written = Self.folders(holding: records.keys)
        let ours = written.union(Self.folders(holding: previous.keys))
        // Named at their highest level: `Documents/`, not each file inside it.
        func parentIsOurs(_ path: String) -> Bool { path.lastIndex(of: "/").map { ours.contains(path[..<$0]) } ?? true }
        let foreign = listed.files.filter { previous[$0] == nil && records[$0] == nil && parentIsOurs($0) }
            + listed.folders.filter { !ours.contains($0[...]) && parentIsOurs($0) }.map { $0 + "/" }
        if !foreign.isEmpty && !adoptsEveryFile { throw WriteError.foreignFiles(output.path, foreign.sorted()) }
        try pruneStaging(keeping: written)
        let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).lantoa-old")
        if manager.fileExists(atPath: old.path) { try manager.removeItem(at: old) }
        FileRecord.write(previous, then: records, to: outputList)
        if manager.fileExists(atPath: output.path) {
            try manager.moveItem(at: output, to: old)
            do {
                try manager.moveItem(at: staging, to: output)
            } catch {
                try? manager.moveItem(at: old, to: output)
                throw error
            }
            // The previous output is kept as the next build's staging folder, with its list.
            try manager.moveItem(at: old, to: staging)
            FileRecord.write(previous, to: stagingList)
        } else {
            try manager.moveItem(at: staging, to: output)
        }
        FileRecord.write(records, to: outputList)
    }

    /// After a failed build the output folder is left as it was; the staging folder is pruned by the next build.
    /// A disk that filled up gets back the room the staging folder took, so that freeing space
    /// is all the next build needs.
    public func abandon(diskFull: Bool = false) {
        foldersMade.wait()
        guard diskFull else { return }
        unlink(stagingList)
        try? manager.removeItem(at: staging)
    }

    /// Deletes the files in the staging tree that this build did not produce, then the folders
    /// it wrote nothing in, deepest first (rmdir refuses any that still hold something): old
    /// ones, and any made ahead (`makeFolders`) for a file that was not written.
    /// `written`: the folders above this build's files.
    private func pruneStaging(keeping written: Set<Substring>) throws {
        let (files, folders) = existing.result()
        for file in files where records[file] == nil {
            guard unlink(stagingPath + "/" + file) == 0 || errno == ENOENT else { throw WriteError.cannotWrite(file, errno) }
        }
        for folder in madeFolders.union(folders).filter({ !written.contains($0[...]) }).sorted(by: >) {
            rmdir(stagingPath + "/" + folder)
        }
    }

    /// Why writing stopped.
    public enum WriteError: ErrorMessage, CustomStringConvertible {
        case unsafeOutput(String, Message)
        case pathEscapes(String)
        /// The path and the `errno` the system gave.
        case cannotWrite(String, Int32)
        /// The output folder and the files in it that no Lan Tỏa build wrote.
        case foreignFiles(String, [String])
        /// A file to copy that could not be read.
        case cannotRead(String, Int32)

        /// What went wrong, in both languages.
        public var message: Message {
            switch self {
            case let .unsafeOutput(path, why): .refusingToWriteSiteInto(path, why)
            case let .pathEscapes(path): .refusingToWritePathLeaves(path)
            case let .cannotWrite(path, code): .cannotWrite(path, SystemError.words(code))
            case let .cannotRead(path, code): .cannotRead(path, SystemError.words(code))
            case let .foreignFiles(folder, files): .refusingToReplaceForeign(folder, files)
            }
        }

        public var description: String { message.english }
    }
}

/// Lists a folder tree (`FolderEntries`: the entry's type comes with its name, no stat needed), on
/// another thread; `result()` waits for it. Folders come deepest first.
final class TreeListing: @unchecked Sendable {
    private var files: [String] = []
    private var folders: [String] = []
    private let done = DispatchSemaphore(value: 0)

    func list(_ root: String) {
        let fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 { walk(fd, "") }
        done.signal()
    }

    func result() -> (files: [String], folders: [String]) {
        done.wait()
        done.signal()
        return (files, folders)
    }

    /// Lists the folder open as `fd` (closed when done), whose path is `folder`. Each sub-folder
    /// is opened from its parent's descriptor: no path is looked up from the root again.
    private func walk(_ fd: Int32, _ folder: String) {
        defer { close(fd) }
        var entries: [(name: String, isFolder: Bool)] = []
        _ = FolderEntries.forEach(in: fd) { name, _, type in
            entries.append((String(cString: name), type == UInt8(DT_DIR)))
            return true
        }
        for (name, isFolder) in entries {
            let relative = folder.isEmpty ? name : folder + "/" + name
            if isFolder {
                let child = openat(fd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                if child >= 0 { walk(child, relative) }
                folders.append(relative)
            } else {
                files.append(relative)
            }
        }
    }
}
