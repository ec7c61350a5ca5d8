import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// The record beside the output (`BuildRecord`): a build of the same sources leaves the folder as
/// it is, and any change to what decides the output makes a full build whose output equals one
/// made from nothing.
@Suite("Build record")
struct BuildRecordTests {
    static let site = BuildOutputTests.twoArticles + "\n" + """
    -- content/articles/2027/sap-dang.md --
    ---
    title: Bài sắp đăng
    date: 2026-12-01 08:00
    ---
    Bài hẹn giờ.
    -- content/pages/lien-he.md --
    ---
    title: Liên hệ
    ---
    Xem [bài cũ](/khong-co/).
    """

    /// Builds `site` into public/ at `now`, then checks the folder holds what a build into memory
    /// of the same sources makes (no stale page from the build before).
    private func build(_ site: TestSite, now: DateTime = TestSite.now, drafts: Bool = false) -> BuildResult {
        var options = site.options(drafts: drafts)
        options.now = now
        let result = Build.run(options, to: .disk)
        let writer = MemoryWriter()
        _ = Build.run(options, to: .memory(writer))
        #expect(FileTree.read(site.root.appendingPathComponent("public")) == writer.files)
        return result
    }

    private func unchanged(_ result: BuildResult) -> Bool { result.report?.unchanged ?? false }

    @Test("the same sources again: nothing is written, the summary and warnings are the same")
    func sameSourcesLeaveOutput() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        let first = build(site)
        #expect(first.succeeded && !unchanged(first))
        #expect(first.warnings.contains { $0.message.contains("/khong-co/") })
        let page = site.root.appendingPathComponent("public/tin-tuc/kaizen/index.html").path
        let written = try FileManager.default.attributesOfItem(atPath: page)[.modificationDate] as! Date
        let second = build(site)
        #expect(unchanged(second))
        #expect(second.diagnostics == first.diagnostics)
        #expect(second.report?.files == first.report?.files && second.report?.pages == first.report?.pages)
        #expect(try FileManager.default.attributesOfItem(atPath: page)[.modificationDate] as! Date == written)
    }

    @Test("the text files hashed for the record are handed to the loader, each once: the build reads the very bytes it hashed")
    func filesReadOnce() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        try site.writeBytes("content/media/anh.png", [0x89, 0x50, 0x4E, 0x47])
        let options = site.options()
        let readBefore = ProjectFiles.ReadBefore()
        let inputs = BuildRecord.Inputs(options, keeping: readBefore)
        // Saved after it was hashed: the build goes on with what was hashed, and the record says so.
        let article = "content/articles/2025/kaizen.md"
        let hashed = try #require(inputs.hashes[article])
        try site.write(article, "---\ntitle: Sửa sau\n---\nMới.")
        let files = ProjectFiles(root: site.root, readBefore: readBefore)
        let first = try #require(files.bytes(article))
        #expect(first.withUnsafeBytes { ContentHash($0) } == hashed)
        #expect(String(decoding: try #require(files.bytes(article)), as: UTF8.self).contains("Sửa sau"))
        #expect(readBefore.take("content/site.yml") != nil)
        #expect(readBefore.take("content/media/anh.png") == nil && inputs.hashes["content/media/anh.png"] != nil)
        #expect(ProjectFiles.ReadBefore.keeps("templates/base.mustache") && ProjectFiles.ReadBefore.keeps("content/indicators/x.CSV"))
        #expect(!ProjectFiles.ReadBefore.keeps("content/media/bia.jpg") && !ProjectFiles.ReadBefore.keeps("content/articles/README"))
    }

    @Test("a changed article, template, media file or site.yml, or a new or deleted file, makes a full build")
    func everySourceCounts() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        #expect(build(site).succeeded)
        let edits: [(String, () throws -> Void)] = [
            ("article body", { try site.write("content/articles/2025/kaizen.md", "---\ntitle: Kaizen\ndate: 2025-06-01\n---\nĐã sửa.\n") }),
            ("template", { try site.write("templates/partials/footer.html", "<footer>Chân trang mới</footer>\n") }),
            ("media file", { try site.writeBytes("content/media/tep.txt", Array("một tệp".utf8)) }),
            ("same media file, one byte changed", { try site.writeBytes("content/media/tep.txt", Array("hai tệp".utf8)) }),
            ("site.yml", { try site.write("content/site.yml", "title: Năng suất Đắk Lắk mới\nbase_url: https://nangsuat.example.vn/\n") }),
            ("deleted file", { try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/media/tep.txt")) }),
        ]
        for (what, edit) in edits {
            try edit()
            let result = build(site)
            #expect(result.succeeded && !unchanged(result), "\(what)")
            #expect(unchanged(build(site)), "\(what), built again")
        }
    }

    @Test("a file settled before the last build is taken by its recorded hash; one written since is read, even with its size and time put back")
    func stamps() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        let kaizen = "content/articles/2025/kaizen.md", path = site.root.appendingPathComponent(kaizen).path
        // Written just now: no stamp, since two writes in one tick of the clock could leave the same.
        #expect(build(site).succeeded)
        let output = site.root.appendingPathComponent("public")
        func line(_ record: BuildRecord?) -> Substring? { record?.sourceList.split(separator: "\n").first { $0.hasSuffix(" \(kaizen)") } }
        #expect(line(BuildRecord.load(for: output))?.hasPrefix("- ") == true)
        Thread.sleep(forTimeInterval: 3)
        try FileManager.default.removeItem(at: output)
        #expect(build(site).succeeded)
        var record = try #require(BuildRecord.load(for: output))
        #expect(line(record)?.hasPrefix("- ") == false)
        // The stamp holds: the recorded hash is taken, not the file's (a hash made up here shows it).
        let madeUp = ContentHash(high: 1, low: 2)
        record.sourceList = record.sourceList.split(separator: "\n").map { line in
            guard line.hasSuffix(" \(kaizen)") else { return String(line) }
            let parts = line.split(separator: " ", maxSplits: 2)
            return "\(parts[0]) \(madeUp.hex) \(parts[2])"
        }.joined(separator: "\n") + "\n"
        #expect(BuildRecord.Inputs(site.options(), previous: record).hashes[kaizen] == madeUp)
        // Written again in place (the same inode), with as many bytes and its modification time put
        // back to the nanosecond: only the change time tells.
        var info = stat()
        #expect(stat(path, &info) == 0)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(text.replacingOccurrences(of: "Đoạn thứ hai.", with: "Đoạn thứ ba. ").utf8))
        try handle.close()
        let times = [info.st_atim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, path, times, 0) == 0)
        var after = stat()
        #expect(stat(path, &after) == 0)
        let same = after.st_ino == info.st_ino && after.st_size == info.st_size && after.st_mtim.tv_sec == info.st_mtim.tv_sec && after.st_mtim.tv_nsec == info.st_mtim.tv_nsec
        #expect(same)
        let result = build(site)
        #expect(result.succeeded && !unchanged(result))
        let page = try String(contentsOf: output.appendingPathComponent("tin-tuc/kaizen/index.html"), encoding: .utf8)
        #expect(page.contains("Đoạn thứ ba."))
    }

    @Test("other switches, a touched or missing output file, or a corrupt record make a full build")
    func outputAndSwitches() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        #expect(build(site).succeeded)
        #expect(!unchanged(build(site, drafts: true)))
        #expect(unchanged(build(site, drafts: true)))
        #expect(!unchanged(build(site)))

        let page = site.root.appendingPathComponent("public/tin-tuc/kaizen/index.html")
        try Data("sửa tay".utf8).write(to: page)
        #expect(!unchanged(build(site)))
        try FileManager.default.removeItem(at: page)
        #expect(!unchanged(build(site)))
        #expect(unchanged(build(site)))

        let record = BuildRecord.path(for: site.root.appendingPathComponent("public"))
        for corrupt in ["", "{", "{\"format\": 1}", String(repeating: "x", count: 100)] {
            try Data(corrupt.utf8).write(to: URL(fileURLWithPath: record))
            #expect(!unchanged(build(site)), "record: \(corrupt)")
        }
    }

    @Test("the clock passing a publish date makes a full build, which publishes the article")
    func clockCounts() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        let page = site.root.appendingPathComponent("public/tin-tuc/sap-dang/index.html").path
        #expect(build(site).succeeded)
        #expect(!FileManager.default.fileExists(atPath: page))
        #expect(unchanged(build(site, now: DateTime(year: 2026, month: 11, day: 30, hour: 23))))
        let passed = build(site, now: DateTime(year: 2026, month: 12, day: 1, hour: 9))
        #expect(!unchanged(passed))
        #expect(passed.report?.fullBecause == .moment)
        #expect(FileManager.default.fileExists(atPath: page))
    }

    @Test("a series counted from the stories counts again when a year ends: a target due in it turns from forecast to decided")
    func newYearCounts() throws {
        let site = try TestSite(StoryTests.pilots + StoryTests.story("a", enterprise: "Cơ sở A", started: 2022))
        defer { site.remove() }
        let json = site.root.appendingPathComponent("public/chi-so/du-an-diem.json")
        // In 2025 the 2025 target (2 to 3 by 2025) is open: 1 enterprise so far, 2023–2025 not yet counted.
        #expect(build(site, now: DateTime(year: 2025, month: 12, day: 31, hour: 12)).succeeded)
        let open = try String(contentsOf: json, encoding: .utf8)
        #expect(open.contains("\"span\" : \"2022–2024\"") && !open.contains("\"status\" : \"không đạt\""))
        #expect(unchanged(build(site, now: DateTime(year: 2025, month: 12, day: 31, hour: 23))))
        // Once 2025 is over it has its 0, and the target is decided: a full build, not "nothing new".
        let passed = build(site, now: DateTime(year: 2026, month: 1, day: 1, hour: 0, minute: 1))
        #expect(passed.report?.fullBecause == .moment)
        let decided = try String(contentsOf: json, encoding: .utf8)
        #expect(decided.contains("\"span\" : \"2022–2025\"") && decided.contains("\"status\" : \"không đạt\""))
    }

    @Test("a clock set back before the last build's moment makes a full build, which takes the article away")
    func clockSetBack() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        let page = site.root.appendingPathComponent("public/tin-tuc/sap-dang/index.html").path
        #expect(build(site, now: DateTime(year: 2026, month: 12, day: 2)).succeeded)
        #expect(FileManager.default.fileExists(atPath: page))
        #expect(unchanged(build(site, now: DateTime(year: 2026, month: 12, day: 3))))
        #expect(!unchanged(build(site)))
        #expect(!FileManager.default.fileExists(atPath: page))
    }

    @Test("an indicator's data and a document's file are read only from inside content/, where the record sees them")
    func sourcesStayInContent() throws {
        let site = try TestSite("""
        -- content/indicators/indicators.yml --
        - id: grdp
          name: Tăng trưởng GRDP
          unit: "%"
          data: so-lieu/grdp.csv
        -- so-lieu/grdp.csv --
        nam,gia_tri
        2024,5.1
        -- content/documents/ke-hoach.md --
        ---
        title: Kế hoạch
        form: Kế hoạch
        file: /media/../../ngoai.txt
        ---
        -- ngoai.txt --
        ngoài
        """)
        defer { site.remove() }
        let messages = site.build().messages
        #expect(messages.contains { $0.hasPrefix("content/indicators/indicators.yml:4:9: error: the data file of the indicator 'grdp' must be a file inside content/ (got 'data: so-lieu/grdp.csv')") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("content/documents/ke-hoach.md:4:7: error:") && $0.contains("/media/../../ngoai.txt") }, "\(messages)")
    }

    @Test("a picture damaged in the output is drawn again, not taken as it is")
    func damagedPicture() throws {
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            PNG.be32(UInt32(data.count)) + Array(type.utf8) + data + PNG.be32(PNG.crc32(Array(type.utf8) + data))
        }
        let header: [UInt8] = PNG.be32(1) + PNG.be32(1) + [8, 0, 0, 0, 0]
        let whole = [137, 80, 78, 71, 13, 10, 26, 10] + chunk("IHDR", header) + chunk("IDAT", [1, 2, 3]) + chunk("IEND", [])
        #expect(PNG.isWhole(whole))
        #expect(!PNG.isWhole(Array(whole.dropLast(5))))
        var damaged = whole
        damaged[40] ^= 0xFF
        #expect(!PNG.isWhole(damaged))
        #expect(!PNG.isWhole(whole + [0]))
    }

    @Test("a failed build and a preview's folder keep no record that could be trusted")
    func noStaleRecord() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        let output = site.root.appendingPathComponent("public")
        #expect(build(site).succeeded)
        #expect(FileManager.default.fileExists(atPath: BuildRecord.path(for: output)))
        let session = BuildSession(options: site.options())
        #expect(session.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: BuildRecord.path(for: output)))
        // The preview edits pages in place; the next build makes them again.
        try site.write("content/articles/2025/kaizen.md", "---\ntitle: Kaizen\ndate: 2025-06-01\n---\nSửa trong lúc xem trước.\n")
        #expect(session.rebuild(changed: ["content/articles/2025/kaizen.md"]).succeeded)
        #expect(!unchanged(build(site)))
    }
}
