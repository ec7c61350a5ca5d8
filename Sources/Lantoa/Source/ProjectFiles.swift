import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads the project folder: lists files under a folder and decodes them.
public struct ProjectFiles: Sendable {
    /// The project root (the folder holding `content/` and `templates/`).
    public let root: URL
    /// Files the tool carries under project paths (the built-in theme): a file on disk of the
    /// same path wins, so a site overrides the theme file by file.
    public let builtIn: [String: [UInt8]]

    /// Files read once already in this build (to hash them), each handed out once in place of
    /// reading it again.
    let readBefore: ReadBefore?

    public init(root: URL, builtIn: [String: [UInt8]] = BuiltInTheme.files) {
        self.init(root: root, builtIn: builtIn, readBefore: nil)
    }

    init(root: URL, builtIn: [String: [UInt8]] = BuiltInTheme.files, readBefore: ReadBefore?) {
        self.root = root.standardizedFileURL
        self.builtIn = builtIn
        self.readBefore = readBefore
    }

    /// Text files read to hash them before a build (`BuildRecord.Inputs`), kept for the loader,
    /// which reads them next: reading ten thousand files a second time cost a tenth of a second
    /// of a clean build. Each is taken once, so they are let go as they are loaded; what the
    /// loader reads are the very bytes the build's record hashed.
    final class ReadBefore: @unchecked Sendable {
        private let lock = NSLock()
        private var files: [String: [UInt8]] = [:]

        /// Whether a file is worth keeping: text the loader reads, not pictures, sounds or PDFs.
        static func keeps(_ path: String) -> Bool {
            guard let dot = path.utf8.lastIndex(of: 0x2E) else { return false }
            return ["md", "markdown", "txt", "yml", "yaml", "csv", "mustache", "json"].contains(path[path.utf8.index(after: dot)...].lowercased())
        }

        func keep(_ bytes: [UInt8], for path: String) {
            lock.lock()
            files[path] = bytes
            lock.unlock()
        }

        func take(_ path: String) -> [UInt8]? {
            lock.lock()
            defer { lock.unlock() }
            return files.removeValue(forKey: path)
        }
    }

    /// Project-relative paths of the regular files under `folder`, sorted, hidden files skipped.
    ///
    /// Symbolic links are followed only while they stay inside the folder listed: a link out of
    /// it (`media/passwd.txt → /etc/passwd`, or `media/x → ../articles`, which would publish
    /// drafts) would publish what was never meant to be, and a link to a folder that holds it
    /// (`media/x → .`) would be walked forever. Both are skipped, each with a warning
    /// (`takeProblems()`), and the build goes on.
    public func list(_ folder: String, extension ext: String? = nil) -> [String] {
        var paths = listOnDisk(folder, extension: ext)
        let onDisk = Set(paths)
        paths += builtIn.keys.filter { path in
            path.hasPrefix(folder + "/") && !onDisk.contains(path) && ext.map { path.lowercased().hasSuffix("." + $0) } ?? true
        }
        return paths.sorted()
    }

    private func listOnDisk(_ folder: String, extension ext: String?) -> [String] {
        var paths: [String] = []
        guard let boundary = Self.realPath(root.path + "/" + folder) else { return [] }
        // Every folder from the boundary up is an ancestor: a link to any of them is a loop.
        var ancestors: Set<FolderID> = []
        var up = boundary
        while true {
            var info = stat()
            if stat(up, &info) == 0 { ancestors.insert(FolderID(info)) }
            guard let cut = up.lastIndex(of: "/"), up != "/" else { break }
            up = cut == up.startIndex ? "/" : String(up[..<cut])
        }
        walk(folder, listed: folder, boundary: boundary, suffix: ext.map { "." + $0 }, ancestors: ancestors, into: &paths)
        return paths.sorted()
    }

    /// The warnings of the listings since the last call (symbolic links skipped), in order of path.
    public func takeProblems() -> [Diagnostic] { found.take().sorted { $0.location < $1.location } }

    private let found = Found()

    /// A folder as the system knows it, to notice one met again inside itself.
    private struct FolderID: Hashable {
        var device: UInt64, inode: UInt64
        init(_ info: stat) { (device, inode) = (UInt64(info.st_dev), UInt64(info.st_ino)) }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// readdir with the entry types it already reports: FileManager's enumerator asks the
    /// file system about every entry again, which took seconds on 10,000 articles.
    private func walk(_ folder: String, listed: String, boundary: String, suffix: String?, ancestors: Set<FolderID>, into paths: inout [String]) {
        guard let dir = opendir(root.path + "/" + folder) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            // Hidden files (.DS_Store, .git) and editor backups are never content.
            if name.hasPrefix(".") || name.hasSuffix("~") || name.hasPrefix("#") { continue }
            let path = folder + "/" + name
            var type = entry.pointee.d_type
            var info = stat()
            if type == UInt8(DT_LNK) {
                // A file this listing would not take anyway (templates/static/x when listing templates) is not its concern.
                if let suffix, !name.lowercased().hasSuffix(suffix), stat(root.path + "/" + path, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR { continue }
                let target = Self.realPath(root.path + "/" + path)
                if let target, target == boundary || boundary.hasPrefix(target == "/" ? "/" : target + "/") {
                    found.add(.warning(SourceLocation(file: path), .symbolicLinkLeadsBackInto,
                                       hint: .removeLinkFolderCannotContain))
                    continue
                }
                guard let target, target.hasPrefix(boundary + "/") else {
                    found.add(.warning(SourceLocation(file: path), .symbolicLinkLeadsOutside("\(listed)/", target),
                                       hint: .copyFileIntoInsteadLinking(listed)))
                    continue
                }
            }
            if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) || type == UInt8(DT_DIR) {
                guard stat(root.path + "/" + path, &info) == 0 else { continue }
                type = (info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? UInt8(DT_REG) : 0
            }
            if type == UInt8(DT_DIR) {
                let id = FolderID(info)
                guard !ancestors.contains(id) else {
                    found.add(.warning(SourceLocation(file: path), .symbolicLinkLeadsBackInto,
                                       hint: .removeLinkFolderCannotContain))
                    continue
                }
                walk(path, listed: listed, boundary: boundary, suffix: suffix, ancestors: ancestors.union([id]), into: &paths)
            } else if type == UInt8(DT_REG), suffix.map({ name.lowercased().hasSuffix($0) }) ?? true {
                paths.append(path)
            }
        }
    }

    /// Warnings gathered while listing, from any thread.
    private final class Found: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [Diagnostic] = []
        func add(_ d: Diagnostic) { lock.lock(); list.append(d); lock.unlock() }
        /// Each warning once: a folder listed twice (templates/ and templates/static/) finds its links twice.
        func take() -> [Diagnostic] {
            lock.lock()
            defer { list = []; lock.unlock() }
            var seen: Set<String> = []
            return list.filter { seen.insert("\($0.location) \($0.message)").inserted }
        }
    }

    public func exists(_ path: String) -> Bool {
        builtIn[path] != nil || existsOnDisk(path)
    }

    /// Whether the site itself has the file (not only the built-in theme).
    public func existsOnDisk(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    public func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// The size in bytes of a file of the site, or nil when it is not there.
    public func size(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(path).path)[.size] as? Int) ?? nil
    }

    /// Reads and decodes a text file.
    public func read(_ path: String) -> Result<SourceFile, Diagnostic> {
        guard let bytes = bytes(path) else {
            return .failure(.error(SourceLocation(file: path), .fileCannotRead, hint: .checkExistsYouMayRead))
        }
        return SourceFile.decode(path: path, bytes: bytes)
    }

    /// A file of the site as it is, undecoded: on disk, or the built-in theme's; nil when neither.
    func bytes(_ path: String) -> [UInt8]? {
        readBefore?.take(path) ?? Self.bytes(atPath: root.path + "/" + path) ?? builtIn[path]
    }

    /// The whole file, read straight into one array (FileManager builds a URL and a Data first:
    /// a visible cost on 10,000 small files).
    static func bytes(atPath path: String) -> [UInt8]? {
        var info = stat()
        return bytes(atPath: path, info: &info)
    }

    /// The whole file, and what `fstat` says of it in `info`.
    static func bytes(atPath path: String, info: inout stat) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, count))) }
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return nil }
            if n == 0 { break }
            count += n
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}
