import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// PNG pictures as a television producer and a social-media editor take them: drawn by librsvg
/// from the charts' SVG, at the sizes they need, the same bytes every build, drawn again only
/// when their SVG changed; and the share picture each page names in its Open Graph tags.
@Suite("PNG pictures and share pictures")
struct PictureTests {
    static let site = IndicatorBuildTests.definition + """

    -- content/indicators/nang-suat.csv --
    nam,gia_tri
    2021,4.71
    2022,4.8
    2023,3.65
    2024,5.88
    -- content/articles/a.md --
    ---
    title: Hội thảo năng suất
    date: 2025-03-05
    tags: [5S]
    ---
    Nội dung.
    -- content/stories/s.md --
    ---
    title: Xưởng cơ khí áp dụng Kaizen
    date: 2025-04-01
    enterprise: Công ty TNHH Cơ khí A
    legal_form: công ty TNHH
    sector: Công nghiệp
    district: Buôn Ma Thuột
    size: nhỏ
    tools: [Kaizen]
    illustrative: true
    results:
      - metric: Thời gian chuyển đổi khuôn
        before: 40
        after: 25
        unit: phút
        measured: 6 tháng sau
    ---
    Kết quả.
    """

    /// Width and height from a PNG's header chunk.
    static func size(_ png: [UInt8]) -> (Int, Int)? {
        guard PNG.isPNG(png) else { return nil }
        func be(_ at: Int) -> Int { png[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (be(16), be(20))
    }

    @Test("every chart has its television, social and print PNG at their sizes, and every section, story and indicator page names its share picture")
    func picturesAndShareImages() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        let build = site.build(site.options(images: true))
        #expect(build.messages == [])
        let files = build.writer.files
        #expect(Self.size(try #require(files["chi-so/nang-suat-16x9.png"])).map { [$0.0, $0.1] } == [1920, 1080])
        #expect(Self.size(try #require(files["chi-so/nang-suat-1200x630.png"])).map { [$0.0, $0.1] } == [1200, 630])
        // Print: twice the size the SVG file declares, which is twice its drawing.
        let svg = try #require(build.file("chi-so/nang-suat.svg"))
        let declared = try #require(ChartRenderer.declaredSize(svg))
        #expect(declared.width == 800)
        #expect(Self.size(try #require(files["chi-so/nang-suat-in.png"])).map { [$0.0, $0.1] } == [declared.width * 2, declared.height * 2])
        for card in ["anh-chia-se.png", "tin-tuc/anh-chia-se.png", "chi-so/anh-chia-se.png", "dien-hinh/anh-chia-se.png", "dien-hinh/s/anh-chia-se.png"] {
            #expect(Self.size(try #require(files[card], "\(card)")).map { [$0.0, $0.1] } == [1200, 630], "\(card)")
        }
        // Pages name their own picture, else their section's; tags belong to the news.
        let expected = [
            "index.html": "anh-chia-se.png",
            "tin-tuc/a/index.html": "tin-tuc/anh-chia-se.png",
            "the/5s/index.html": "tin-tuc/anh-chia-se.png",
            "chi-so/nang-suat/index.html": "chi-so/nang-suat-1200x630.png",
            "dien-hinh/s/index.html": "dien-hinh/s/anh-chia-se.png",
            "bao-chi/index.html": "anh-chia-se.png",
        ]
        for (page, picture) in expected {
            #expect(build.file(page)?.contains("<meta property=\"og:image\" content=\"https://example.org/\(picture)\">") == true, "\(page)")
            #expect(build.file(page)?.contains("<meta property=\"og:image:width\" content=\"1200\">\n<meta property=\"og:image:height\" content=\"630\">") == true, "\(page)")
        }
        // The downloads list offers the pictures.
        #expect(build.file("chi-so/nang-suat/index.html")?.contains("nang-suat-16x9.png") == true)
        // The illustrative story says so on its picture.
        let assembled = try #require(Build.execute(site.options(images: true), to: .none, progress: { _ in }).site)
        let story = ShareCards(site: assembled).card(.story(0)).svg()
        #expect(story.contains("[Minh họa] Xưởng cơ khí") && story.contains("Số liệu minh họa"))
        #expect(story.contains("−37,5\u{00A0}%"))
        // The news picture, which every article shares, says what the section is, not one article's title.
        #expect(ShareCards(site: assembled).card(.section("tin-tuc/")).subtitle == "Tin tức về hoạt động nâng cao năng suất của " + assembled.config.title)
    }

    @Test("the home picture says when its latest figure is preliminary")
    func provisionalOnHome() throws {
        let site = try TestSite(IndicatorBuildTests.definition + "\n-- content/indicators/nang-suat.csv --\nnam,gia_tri,trang_thai\n2023,3.65,chính thức\n2024,5.88,sơ bộ\n")
        defer { site.remove() }
        let assembled = try #require(Build.execute(site.options(images: true), to: .none, progress: { _ in }).site)
        let home = ShareCards(site: assembled).card(.home)
        #expect(home.figures.map(\.label) == ["Tăng năng suất, năm 2024 (sơ bộ)"])
    }

    @Test("a picture is the same bytes every build, and is drawn again only when its SVG changed")
    func stampedAndReused() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        let output = site.root.appendingPathComponent("public")
        var options = site.options(output: output, images: true)
        #expect(Build.run(options, to: .disk).diagnostics.map(\.message) == [])
        let tv = output.appendingPathComponent("chi-so/nang-suat-16x9.png").path
        let first = try #require(ProjectFiles.bytes(atPath: tv))
        #expect(PNG.stamp(first, key: Rasteriser.stampKey)?.hasSuffix("-1920x1080-" + Rasteriser.version) == true)
        // A second build into another folder draws the same bytes.
        let other = site.root.appendingPathComponent("other")
        options.output = other
        #expect(Build.run(options, to: .disk).succeeded)
        #expect(ProjectFiles.bytes(atPath: other.appendingPathComponent("chi-so/nang-suat-16x9.png").path) == first)

        // Unchanged: the rasteriser takes the previous file instead of drawing.
        let previous = Rasteriser(previous: output)
        let chart = ChartRenderer(try #require(Build.execute(options, to: .none, progress: { _ in }).site).indicators[0]).television()
        #expect(previous.png(chart, width: 1920, height: 1080, path: "chi-so/nang-suat-16x9.png") == first)
        #expect((previous.drawn, previous.reused) == (0, 1))
        // A new figure changes the SVG: drawn again, and different.
        try site.write("content/indicators/nang-suat.csv", "nam,gia_tri\n2021,4.71\n2022,4.8\n2023,3.65\n2024,6.5\n")
        options.output = output
        #expect(Build.run(options, to: .disk).succeeded)
        let redrawn = try #require(ProjectFiles.bytes(atPath: tv))
        #expect(redrawn != first && Self.size(redrawn).map { [$0.0, $0.1] } == [1920, 1080])
    }

    @Test("--no-images publishes no PNG and links none; the site's own share picture is used instead")
    func withoutImages() throws {
        let site = try TestSite(Self.site + """

        -- content/site.yml --
        title: Năng suất
        base_url: https://example.org/
        share_image: /media/chia-se.png
        """)
        defer { site.remove() }
        try site.writeBytes("content/media/chia-se.png", PNG.signature + [UInt8](repeating: 0, count: 40))
        let build = site.build()
        #expect(build.messages == [])
        #expect(!build.paths.contains { $0.hasSuffix(".png") && !$0.hasPrefix("media/") })
        #expect(build.file("chi-so/nang-suat/index.html")?.contains("-16x9.png") == false)
        #expect(build.file("index.html")?.contains("content=\"https://example.org/media/chia-se.png\"") == true)
    }

    @Test("the PNG stamp is a tEXt chunk with a valid checksum right after the header")
    func stampChunk() throws {
        // The 1×1 PNG from the specification's examples: signature, IHDR, IDAT, IEND.
        let tiny: [UInt8] = PNG.signature + [0, 0, 0, 13] + Array("IHDR".utf8) + [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89]
            + [0, 0, 0, 0] + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82]
        #expect(PNG.crc32(Array("IEND".utf8)) == 0xAE42_6082)
        let stamped = PNG.stamped(tiny, key: "lantoa-svg", value: "abc")
        #expect(PNG.stamp(stamped, key: "lantoa-svg") == "abc")
        #expect(PNG.stamp(stamped, key: "other") == nil)
        #expect(PNG.stamp(tiny, key: "lantoa-svg") == nil)
        let chunk = Array(stamped[33..<(33 + 4 + 4 + 14 + 4)])
        #expect(Array(chunk[8..<22]) == Array("lantoa-svg\u{0}abc".utf8))
        #expect(PNG.be32(PNG.crc32(Array(chunk[4..<22]))) == Array(chunk[22..<26]))
    }
}
