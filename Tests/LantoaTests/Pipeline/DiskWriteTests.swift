import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

@Suite("Writing to disk")
struct DiskWriteTests {
    @Test("the list of output files reads back as written: the lines kept, replaced and left out, any number, any name")
    func fileListRoundTrip() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lantoa-list-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func record(_ size: Int, _ seconds: Int, _ nanoseconds: Int, _ text: String) -> FileRecord {
            var info = stat()
            (info.st_size, info.st_mtim.tv_sec, info.st_mtim.tv_nsec) = (off_t(size), seconds, nanoseconds)
            return FileRecord(info, hash: ContentHash(text))
        }
        let kept = record(0, 0, 0, ""), long = record(Int.max, -1_700_000_000, 999_999_999, "a")
        let listed = ["index.html": kept, "tin-tuc/đắk-lắk/index.html": long, "gone.xml": record(5, 10, 1, "b"), "x y.txt": record(12, 1, 10, "c")]
        let written = ["x y.txt": record(13, 2, 20, "d"), "mới.json": record(100, 3, 30, "e")]
        let path = folder.appendingPathComponent("list").path
        FileRecord.write(listed, then: written, leaving: ["gone.xml", "not listed"], to: path)
        #expect(FileRecord.read(path) == ["index.html": kept, "tin-tuc/đắk-lắk/index.html": long, "x y.txt": written["x y.txt"]!, "mới.json": written["mới.json"]!])
        let line = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").first { $0.hasSuffix(" index.html") }
        #expect(line == "0 0 0 \(ContentHash("").hex) index.html")
        FileRecord.write([:], to: path)
        #expect(FileRecord.read(path).isEmpty)
    }

    @Test("the list kept as bytes (FileList) finds each file as the dictionary does, and writes the same list: lines left out and replaced, a bad line skipped, a name listed twice once, a last line without its line break")
    func fileListAsBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lantoa-list-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("list").path
        let (h1, h2, h3) = (ContentHash("a").hex, ContentHash("b").hex, ContentHash("c").hex)
        try """
        10 1700000000 5 \(h1) index.html
        not a line at all
        20 1700000001 6 \(h2) tin-tuc/đắk-lắk/index.html
        30 1700000002 7 \(h3) gone.xml
        21 1700000003 8 \(h2) tin-tuc/đắk-lắk/index.html
        40 -5 0 \(h1) x y.txt
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let dictionary = FileRecord.read(path), list = FileList(reading: path)
        #expect(dictionary.count == 4 && list.count == 4)
        for (name, record) in dictionary { #expect(list[name] == record, "\(name)") }
        #expect(list["tin-tuc/đắk-lắk/index.html"]?.size == 21)
        #expect(list["not a line at all"] == nil && list["index"] == nil && list["x y.tx"] == nil && list[""] == nil)
        // Written again from the bytes and from the dictionary: the same records.
        let more = ["x y.txt": try #require(dictionary["index.html"]), "mới.json": try #require(dictionary["gone.xml"])]
        let (fromBytes, fromDictionary) = (folder.appendingPathComponent("a").path, folder.appendingPathComponent("b").path)
        FileRecord.write(list, then: more, leaving: ["gone.xml", "not listed"], to: fromBytes)
        FileRecord.write(dictionary, then: more, leaving: ["gone.xml", "not listed"], to: fromDictionary)
        #expect(FileRecord.read(fromBytes) == FileRecord.read(fromDictionary))
        #expect(FileRecord.read(fromBytes).keys.sorted() == ["index.html", "mới.json", "tin-tuc/đắk-lắk/index.html", "x y.txt"])
        let text = try String(contentsOfFile: fromBytes, encoding: .utf8)
        #expect(text.hasSuffix("\n") && text.components(separatedBy: "đắk-lắk").count == 2 && !text.contains("not a line"))
        // The old lines are copied as they were, in their order.
        #expect(text.hasPrefix("10 1700000000 5 \(h1) index.html\n21 1700000003 8 \(h2) tin-tuc/đắk-lắk/index.html\n"))
        #expect(FileList(reading: folder.appendingPathComponent("none").path).isEmpty)
    }

    @Test("a path that would leave the output folder is refused: absolute, empty, or with a . or .. segment; other dots pass")
    func pathsInside() {
        for bad in ["/etc/passwd", "", "/", "//", ".", "..", "../x", "a/../../x", "a/./b", "a/..", "a/.", "./a", "a//../b"] {
            #expect(throws: DiskWriter.WriteError.self, "\(bad)") { try DiskWriter.checkInside(bad) }
        }
        for good in ["a", "a/b.html", "..a/b", "a/...", "a/.b", "a./b", "tin-tuc/đắk-lắk/index.html", "a//b", "đ/..́/x"] {
            #expect(throws: Never.self, "\(good)") { try DiskWriter.checkInside(good) }
        }
    }

    @Test("a file's last segment and the one before it, found by bytes")
    func pathSegments() {
        #expect("content/articles/2024/bai.md".lastSegment == "bai.md")
        #expect("content/articles/2024/bai.md".parentSegment == "2024")
        #expect("content/articles/2024/bai.md".beforeLastSegment == "content/articles/2024")
        #expect("bai.md".lastSegment == "bai.md" && "bai.md".parentSegment == nil && "bai.md".beforeLastSegment == nil)
        #expect("tin/bài.md".parentSegment == "tin" && "/bài.md".parentSegment == "")
        #expect("nội-dung/đắk lắk/index.md".parentSegment == "đắk lắk")
    }

    @Test("a failed build leaves the previous public/ byte-for-byte unchanged")
    func failedBuildKeepsOutput() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        #expect(site.buildToDisk().succeeded)
        let output = site.root.appendingPathComponent("public")
        let before = FileTree.read(output)
        #expect(before["tin-tuc/kaizen/index.html"] != nil)

        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Hỏng\ndate: 2025-99-99\n---\n")
        let failed = site.buildToDisk()
        #expect(!failed.succeeded)
        #expect(FileTree.read(output) == before)
        // A build that fails before writing leaves nothing beside public/ but the list of its
        // files, the record of the build that made it (still true of it) and that build's parse of its articles.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
        #expect(siblings == [".public.lantoa-documents", ".public.lantoa-files", ".public.lantoa-lock", ".public.lantoa-record", "content", "public", "templates"])

        // Failed once the articles are read (two claim one address), while this build's parse
        // was being written for the next: that file is not left behind.
        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Kaizen\ndate: 2025-03-01\n---\nBài.")
        try site.write("content/articles/2025/kaizen-2.md", "---\ntitle: Kaizen 2\ndate: 2025-03-02\nslug: kaizen\n---\nBài.")
        let clash = site.buildToDisk()
        #expect(!clash.succeeded && clash.errors.contains { $0.message.contains("/tin-tuc/kaizen/") })
        #expect(FileTree.read(output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted() == siblings)
    }

    @Test("a successful build replaces public/ whole: files of removed articles disappear")
    func swapReplaces() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        #expect(site.buildToDisk().succeeded)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/2025/kaizen.md"))
        #expect(site.buildToDisk().succeeded)
        let files = FileTree.read(site.root.appendingPathComponent("public"))
        #expect(files["tin-tuc/kaizen/index.html"] == nil)
        #expect(files["tin-tuc/tap-huan-5s/index.html"] != nil)
    }

    @Test("rebuilding into a reused staging folder gives exactly the new site: stale files and folders are pruned")
    func reusedStaging() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        #expect(site.buildToDisk().succeeded)
        #expect(site.buildToDisk().succeeded) // the first output is now the staging folder
        try site.write("content/articles/2026/tap-huan-5s.md", "---\ntitle: Đổi tên\ndate: 2026-03-05\nslug: doi-ten\n---\nMới.\n")
        #expect(site.buildToDisk().succeeded)
        let disk = FileTree.read(site.root.appendingPathComponent("public"))
        let memory = site.build().writer.files
        #expect(disk == memory)
        let staleFolder = site.root.appendingPathComponent("public/tin-tuc/tap-huan-5s")
        #expect(!FileManager.default.fileExists(atPath: staleFolder.path))
    }

    @Test("a page that comes out the same is not rewritten, or keeps the time of the output's copy, its compressed copies too; a changed one is, even when shorter",
          arguments: [false, true])
    func unchangedPagesKept(compress: Bool) throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        let public_ = site.root.appendingPathComponent("public")
        let kept = public_.appendingPathComponent("tin-tuc/kaizen/index.html").path
        let changed = public_.appendingPathComponent("tin-tuc/tap-huan-5s/index.html").path
        func modified(_ path: String) throws -> Date { try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as! Date }
        #expect(site.buildToDisk(compress: compress).succeeded)
        let first = (try modified(kept), try modified(changed))
        let (firstCopy, firstBrotli) = compress ? (try modified(kept + ".gz"), try modified(kept + ".br")) : (first.0, first.0)
        Thread.sleep(forTimeInterval: 0.05)
        // The same sources again would leave the folder as it is (BuildRecord): without the
        // record this build swaps, and the first output becomes the staging folder.
        BuildRecord.remove(for: public_)
        #expect(site.buildToDisk(compress: compress).succeeded)
        // Written anew into a new staging folder, with the time of the copy it replaced.
        #expect(try modified(kept) == first.0)
        #expect(try modified(changed) == first.1)
        Thread.sleep(forTimeInterval: 0.05)
        // A shorter body; the front matter (and so every list) stays the same.
        try site.write("content/articles/2026/tap-huan-5s.md", """
            ---
            title: Tập huấn 5S
            date: 2026-03-05 08:30
            summary: Tóm tắt bài tập huấn.
            tags: [5S, Năng suất]
            categories: [Đào tạo]
            author: Ban biên tập
            ---
            Mới.

            """)
        // Without the record, a full build (with it, only what the article changes is written: ArticleEditBuildTests).
        BuildRecord.remove(for: public_)
        #expect(site.buildToDisk(compress: compress).succeeded) // written into the first output again
        #expect(try modified(kept) == first.0)
        #expect(try modified(changed) != first.1)
        #expect(FileTree.read(public_).filter { !$0.key.hasSuffix(".gz") && !$0.key.hasSuffix(".br") } == site.build().writer.files)
        // Built again from nothing new: the changed page comes from the staging folder's older
        // copy, written again, and keeps the time it has in the output.
        let third = try modified(changed)
        Thread.sleep(forTimeInterval: 0.05)
        BuildRecord.remove(for: public_)
        #expect(site.buildToDisk(compress: compress).succeeded)
        #expect(try modified(changed) == third)
        #expect(try modified(kept) == first.0)
        if compress { #expect(try modified(kept + ".gz") == firstCopy && modified(kept + ".br") == firstBrotli) }
        // The lists of files sit beside the folders, never in what is published.
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".public.lantoa-files").path))
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent(".public.lantoa-staging-files").path))
    }

    @Test("a staging list left aside by a one-edit build that stopped is removed by the next build, full or one-edit")
    func listLeftAside() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        let list = site.root.appendingPathComponent(".public.lantoa-staging-files")
        let aside = site.root.appendingPathComponent(".public.lantoa-staging-files.old")
        #expect(site.buildToDisk().succeeded)
        #expect(site.buildToDisk(compress: true).succeeded) // a full build again, which leaves the staging folder a list
        #expect(FileManager.default.fileExists(atPath: list.path))
        // Stopped after the list was moved aside: the list is gone, the copy beside it stays.
        try FileManager.default.moveItem(at: list, to: aside)
        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Kaizen ở hợp tác xã\ndate: 2025-01-09\ntags: [Kaizen, năng suất]\n---\nĐã sửa.\n")
        let edited = site.buildToDisk(compress: true)
        #expect(edited.report?.patched != nil, "a one-edit build")
        #expect(!FileManager.default.fileExists(atPath: aside.path))
        // And a full build.
        try Data("leftover".utf8).write(to: aside)
        BuildRecord.remove(for: site.root.appendingPathComponent("public"))
        let full = site.buildToDisk()
        #expect(full.succeeded && full.report?.patched == nil)
        #expect(!FileManager.default.fileExists(atPath: aside.path))
    }

    @Test("a file changed by hand in the output folder is written again, even with the same size")
    func editedOutputRewritten() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        let page = site.root.appendingPathComponent("public/tin-tuc/kaizen/index.html")
        #expect(site.buildToDisk().succeeded)
        var bytes = try [UInt8](Data(contentsOf: page))
        let k = try #require(bytes.firstIndex(of: UInt8(ascii: "K")))
        bytes[k] = UInt8(ascii: "X")
        Thread.sleep(forTimeInterval: 0.05)
        try Data(bytes).write(to: page)
        #expect(site.buildToDisk().succeeded)
        #expect(site.buildToDisk().succeeded) // back into the folder that was edited
        #expect(FileTree.read(site.root.appendingPathComponent("public")) == site.build().writer.files)
    }

    @Test("an output folder that is or contains the project, content/ or templates/ is refused before anything is read",
          arguments: [".", "..", "content", "templates", "content/out", "/"])
    func unsafeOutput(relative: String) throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        let output = relative.hasPrefix("/") ? URL(fileURLWithPath: relative) : site.root.appendingPathComponent(relative)
        let before = FileTree.read(site.root)
        let result = site.buildToDisk(output: output)
        #expect(!result.succeeded)
        #expect(result.errors.count == 1)
        #expect(result.errors[0].message.hasPrefix("refusing to write the site into"))
        #expect(FileTree.read(site.root) == before)
    }

    @Test("folders made ahead of the pages hold them; one that no file went into is not left behind; a path that would leave the output makes nothing")
    func foldersMadeAhead() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        let output = site.root.appendingPathComponent("out")
        let fm = FileManager.default
        let paths = ["tin-tuc/a/index.html", "tin-tuc/trong/b/index.html", "../ngoai/x.html", "a/../../z/index.html", "/y/index.html"]
        // Looked at once the folders are made (a failed build waits for them too), before anything is pruned.
        let failed = try DiskWriter(output: output, projectRoot: site.root)
        failed.makeFolders(for: paths)
        failed.abandon()
        #expect(fm.fileExists(atPath: site.root.appendingPathComponent(".out.lantoa-staging/tin-tuc/trong/b").path))
        for stray in ["ngoai", "z", ".out.lantoa-staging/y"] {
            #expect(!fm.fileExists(atPath: site.root.appendingPathComponent(stray).path), "\(stray)")
        }
        let writer = try DiskWriter(output: output, projectRoot: site.root)
        writer.makeFolders(for: paths)
        try writer.write(OutputFile(path: "tin-tuc/a/index.html", text: "a"))
        try writer.commit()
        #expect(FileTree.read(output) == ["tin-tuc/a/index.html": Array("a".utf8)])
        #expect(try fm.contentsOfDirectory(atPath: output.path) == ["tin-tuc"])
        #expect(try fm.contentsOfDirectory(atPath: output.appendingPathComponent("tin-tuc").path) == ["a"])
    }

    @Test("an output folder elsewhere is fine, and only it is written")
    func outputElsewhere() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        let output = site.root.appendingPathComponent("build/site")
        #expect(site.buildToDisk(output: output).succeeded)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public").path))
    }

    @Test("a folder holding files no build wrote is refused, and left exactly as it was")
    func foreignFolderRefused() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        try site.write("mine/important.txt", "thư của tôi")
        try site.write("mine/Documents/a.txt", "a")
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("mine/Empty"), withIntermediateDirectories: true)
        let output = site.root.appendingPathComponent("mine")
        let before = FileTree.read(output)
        let result = site.buildToDisk(output: output)
        #expect(!result.succeeded)
        #expect(result.errors.map(\.message) == ["refusing to replace \(output.path): it holds files that Lan Tỏa did not write: 'Documents/', 'Empty/', 'important.txt'"])
        #expect(result.errors.first?.location.description == "--output:1:1")
        #expect(FileTree.read(output) == before)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("Empty").path))
        // Building again changes nothing either: nothing of theirs ever reaches the staging folder.
        #expect(!site.buildToDisk(output: output).succeeded)
        #expect(FileTree.read(output) == before)
        #expect(FileTree.read(site.root.appendingPathComponent(".mine.lantoa-staging"))["important.txt"] == nil)
    }

    @Test("an empty folder is taken; a file put by hand into a built folder stops the next build")
    func handPlacedFileRefused() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        let output = site.root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        #expect(site.buildToDisk(output: output).succeeded)
        #expect(site.buildToDisk(output: output).succeeded)
        try site.write("empty/tin-tuc/ghi-chu.txt", "ghi chú")
        let result = site.buildToDisk(output: output)
        #expect(result.errors.map(\.message) == ["refusing to replace \(output.path): it holds files that Lan Tỏa did not write: 'tin-tuc/ghi-chu.txt'"])
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("tin-tuc/ghi-chu.txt").path))
    }

    @Test("a build stopped at any step leaves nothing that blocks the next: stale staging, old folder and lists")
    func leftoversDoNotBlock() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        #expect(site.buildToDisk().succeeded)
        // As a build killed in the middle of its swap leaves things: a half-written staging folder
        // without its list, the previous output moved aside.
        try site.write(".public.lantoa-staging/tin-tuc/nua-chung/index.html", "<p>nửa")
        try FileManager.default.copyItem(at: site.root.appendingPathComponent("public"), to: site.root.appendingPathComponent(".public.lantoa-old"))
        try? FileManager.default.removeItem(at: site.root.appendingPathComponent(".public.lantoa-staging-files"))
        try site.write("content/articles/2025/moi.md", "---\ntitle: Bài mới\ndate: 2025-02-01\n---\nMới.\n")
        #expect(site.buildToDisk().succeeded)
        #expect(FileTree.read(site.root.appendingPathComponent("public")) == site.build().writer.files)
    }

    @Test("a second build into the same folder waits for the first, then publishes what was saved meanwhile")
    func concurrentBuildsWait() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        #expect(site.buildToDisk().succeeded)
        let output = site.root.appendingPathComponent("public")
        let waited = Flag()
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: BuildResult?
        var held: OutputLock? = try OutputLock(output: output) {}
        let options = site.options()
        Thread.detachNewThread {
            result = Build.run(options, to: .disk) { if $0.waiting { waited.set() } }
            done.signal()
        }
        while !waited.isSet { Thread.sleep(forTimeInterval: 0.01) }
        // Saved while the other build holds the folder: the waiting build must read it.
        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Kaizen mới nhất\ndate: 2025-01-09\n---\nMới.\n")
        held = nil
        done.wait()
        #expect(held == nil && result?.succeeded == true)
        #expect(String(decoding: FileTree.read(output)["tin-tuc/kaizen/index.html"] ?? [], as: UTF8.self).contains("Kaizen mới nhất"))
    }
}

/// A flag set from one thread and read from another.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}

@Suite("Precompressed output")
struct PrecompressionTests {
    static func modified(_ path: String) throws -> Date { try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as! Date }

    @Test("text files over the threshold get .gz and .br copies that decompress to their bytes; small files and pictures none")
    func copies() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        #expect(site.buildToDisk(compress: true).succeeded)
        let files = FileTree.read(site.root.appendingPathComponent("public"))
        let page = try #require(files["tin-tuc/kaizen/index.html"])
        #expect(page.count >= Precompression.threshold)
        let gz = try #require(files["tin-tuc/kaizen/index.html.gz"]), br = try #require(files["tin-tuc/kaizen/index.html.br"])
        #expect(gz.count < page.count && br.count < page.count)
        // gzip's own reader gives the page back; gzip's header carries no time, so builds are byte-identical.
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        unzip.arguments = ["-c", "gzip -dc '\(site.root.path)/public/tin-tuc/kaizen/index.html.gz'"]
        let pipe = Pipe()
        unzip.standardOutput = pipe
        try unzip.run()
        let unzipped = pipe.fileHandleForReading.readDataToEndOfFile()
        unzip.waitUntilExit()
        #expect([UInt8](unzipped) == page)
        #expect(gz[4..<8] == [0, 0, 0, 0])
        for (name, bytes) in files where !name.hasSuffix(".gz") && !name.hasSuffix(".br") {
            let copied = files[name + ".gz"] != nil
            #expect(copied == Precompression.applies(to: name, size: bytes.count), "\(name)")
        }
        #expect(files.keys.contains { $0.hasSuffix("robots.txt") } && files["robots.txt.gz"] == nil)
        // Without compression, none.
        #expect(site.buildToDisk(compress: false).succeeded)
        #expect(!FileTree.read(site.root.appendingPathComponent("public")).keys.contains { $0.hasSuffix(".gz") || $0.hasSuffix(".br") })
    }

    @Test("an unchanged page keeps its copies untouched; a changed page gets new ones; a removed page takes its copies with it")
    func copiesFollowTheirPage() throws {
        let site = try TestSite(BuildOutputTests.twoArticles)
        defer { site.remove() }
        let public_ = site.root.appendingPathComponent("public").path
        let kept = public_ + "/tin-tuc/kaizen/index.html.br", changed = public_ + "/tin-tuc/tap-huan-5s/index.html.gz"
        #expect(site.buildToDisk(compress: true).succeeded)
        let before = (try Self.modified(kept), try Self.modified(changed))
        Thread.sleep(forTimeInterval: 0.05)
        BuildRecord.remove(for: site.root.appendingPathComponent("public")) // so that this build swaps (see BuildRecord)
        #expect(site.buildToDisk(compress: true).succeeded) // the first output is now the staging folder
        Thread.sleep(forTimeInterval: 0.05)
        try site.write("content/articles/2026/tap-huan-5s.md", """
            ---
            title: Tập huấn 5S
            date: 2026-03-05 08:30
            summary: Tóm tắt bài tập huấn.
            tags: [5S, Năng suất]
            categories: [Đào tạo]
            author: Ban biên tập
            ---
            Một nội dung mới, dài hơn một chút để trang thay đổi.

            """)
        BuildRecord.remove(for: site.root.appendingPathComponent("public")) // a full build (see ArticleEditBuildTests)
        #expect(site.buildToDisk(compress: true).succeeded) // written into the first output again
        #expect(try Self.modified(kept) == before.0)
        #expect(try Self.modified(changed) != before.1)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/2026/tap-huan-5s.md"))
        #expect(site.buildToDisk(compress: true).succeeded)
        #expect(!FileManager.default.fileExists(atPath: changed) && !FileManager.default.fileExists(atPath: public_ + "/tin-tuc/tap-huan-5s/index.html.br"))
        #expect(FileManager.default.fileExists(atPath: kept))
    }
}
