import Foundation
import Testing
import CZlib
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

    @Test("a page in another language shows a share picture in its words: the site's title and description in it, and the figures of the indicators translated into it")
    func shareImageInEnglish() throws {
        let site = try TestSite(IndicatorBuildTests.definition + """

          translations:
            en:
              short_name: Labour productivity growth

        -- content/indicators/nang-suat.csv --
        nam,gia_tri,trang_thai
        2023,3.65,chính thức
        2024,5.88,ước tính
        -- content/site.yml --
        title: Năng suất
        base_url: https://example.org/
        languages:
          en:
            title: Productivity
            description: The province's productivity plan, tracked in the open.
        -- content/pages/en/about.md --
        ---
        title: About
        url: /en/about/
        lang: en
        ---
        English page.
        -- content/pages/gioi-thieu.md --
        ---
        title: Giới thiệu
        ---
        Trang tiếng Việt.
        """)
        defer { site.remove() }
        let build = site.build(site.options(images: true))
        #expect(build.messages == [])
        #expect(Self.size(try #require(build.writer.files["en/anh-chia-se.png"])).map { [$0.0, $0.1] } == [1200, 630])
        let english = try #require(build.file("en/about/index.html"))
        #expect(english.contains("<meta property=\"og:image\" content=\"https://example.org/en/anh-chia-se.png\">"))
        #expect(english.contains("<meta property=\"og:image:alt\" content=\"Productivity\">"))
        let vietnamese = try #require(build.file("gioi-thieu/index.html"))
        #expect(vietnamese.contains("<meta property=\"og:image\" content=\"https://example.org/anh-chia-se.png\">"))
        let assembled = try #require(Build.execute(site.options(images: true), to: .none, progress: { _ in }).site)
        let card = ShareCards(site: assembled).card(.language("en"))
        #expect(card.title == "Productivity" && card.subtitle == "The province's productivity plan, tracked in the open.")
        #expect(card.figures.map(\.value) == ["5.88\u{00A0}%"])
        #expect(card.figures.map(\.label) == ["Labour productivity growth, 2024 (estimated)"])
    }

    @Test("pictures drawn in this process have rsvg-convert's pixels: an opaque chart, and a half-transparent drawing with text, scaled")
    func inProcessDrawing() throws {
        let library = try #require(LibRSVG.shared, "librsvg-2.so.2 (Debian librsvg2-2) is not on this machine")
        let executable = try #require(Rasteriser.executable)
        let site = try TestSite(Self.site)
        defer { site.remove() }
        let chart = ChartRenderer(try #require(Build.execute(site.options(images: true), to: .none, progress: { _ in }).site).indicators[0]).television()
        // The half-transparent drawing with text of `referenceDrawings`.
        let drawing = Self.referenceDrawings[1].0
        for (svg, width, height) in [(chart, 1920, 1080), (drawing, 80, 60)] {
            let here = try library.png(svg, width: width, height: height)
            let there = try Rasteriser.run(executable, ["--width", "\(width)", "--height", "\(height)", "--format", "png"], input: Array(svg.utf8))
            let (a, b) = (try #require(Self.pixels(here)), try #require(Self.pixels(there)))
            #expect(a.width == width && a.height == height && (a.width, a.height) == (b.width, b.height))
            #expect(a.rgba == b.rgba, "\(width) × \(height): \(zip(a.rgba, b.rgba).filter { $0 != $1 }.count) bytes differ")
            #expect(PNG.isWhole(here))
        }
        // The drawing has transparent and half-transparent pixels, written as RGBA.
        let drawn = try #require(Self.pixels(try library.png(drawing, width: 80, height: 60)))
        #expect(drawn.rgba[3] == 0 && Set(stride(from: 3, to: drawn.rgba.count, by: 4).map { drawn.rgba[$0] }).count > 3)
    }

    /// What this program draws, by librsvg version: the drawing version, and a hash of the bytes
    /// `LibRSVG.png` gives for `referenceDrawings`. Another librsvg draws other pixels, and its
    /// version is in the stamp already.
    static let recordedDrawings: [String: (drawing: String, hash: String)] = [
        "librsvg 2.54.7": ("4", "36ab1525fdcccaf17b461b10f32e87d8"),
    ]

    /// An opaque drawing (written as RGB) and a half-transparent one (RGBA), with lines, shapes and
    /// Vietnamese text, drawn scaled: fixed here, so only the drawing can change their bytes.
    static let referenceDrawings = [
        ("""
        <svg xmlns="http://www.w3.org/2000/svg" width="300" height="160" viewBox="0 0 300 160"><rect width="300" height="160" fill="#fff"/>\
        <polyline points="20,140 80,90 140,110 200,40 280,60" fill="none" stroke="#0b5394" stroke-width="3"/><rect x="30" y="100" width="30" height="40" fill="#e69138"/>\
        <text x="20" y="24" font-size="16" font-family="Noto Sans" font-weight="700" fill="#222">Năng suất lao động Đắk Lắk</text></svg>
        """, 600, 320),
        ("""
        <svg xmlns="http://www.w3.org/2000/svg" width="40" height="30" viewBox="0 0 40 30"><rect x="5" y="5" width="20" height="10" fill="#c00" fill-opacity="0.5"/>\
        <circle cx="30" cy="20" r="6" fill="#06c" opacity="0.3"/><text x="2" y="28" font-size="8" font-family="Noto Sans" fill="#000">Đắk Lắk</text></svg>
        """, 80, 60),
    ]

    @Test("pictures drawn otherwise than before carry another drawing version, so a build draws again those it would have kept",
          .enabled(if: LibRSVG.shared.map { recordedDrawings[$0.version] != nil } == true, "the drawing is recorded for librsvg 2.54.7 (Debian 12)"))
    func drawingRecorded() throws {
        let library = try #require(LibRSVG.shared)
        let recorded = try #require(Self.recordedDrawings[library.version])
        var bytes: [UInt8] = []
        for (svg, width, height) in Self.referenceDrawings { bytes += try library.png(svg, width: width, height: height) }
        let hash = bytes.withUnsafeBytes { ContentHash($0).hex }
        #expect(Rasteriser.version == library.version + " drawing " + Rasteriser.drawingVersion + (ChartFonts.fingerprint.map { " fonts " + $0 } ?? ""))
        #expect((Rasteriser.drawingVersion, hash) == recorded,
                "pictures are drawn as drawing \(Rasteriser.drawingVersion) with bytes \(hash): when the bytes changed, raise Rasteriser.drawingVersion; then record both here")
    }

    @Test("the pictures' text is drawn with Noto Sans from fonts-noto-core, regular and bold, and a hash of those files is in every picture's stamp",
          .enabled(if: FileManager.default.fileExists(atPath: "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"), "fonts-noto-core (scripts/setup installs it)"))
    func chartFonts() throws {
        let folder = "/usr/share/fonts/truetype/noto/"
        #expect(ChartFonts.files == [folder + "NotoSans-Regular.ttf", folder + "NotoSans-Bold.ttf"])
        let fingerprint = try #require(ChartFonts.fingerprint)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "NotoSans-Regular.ttf")))
        bytes += try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "NotoSans-Bold.ttf")))
        #expect(fingerprint == String(bytes.withUnsafeBytes { ContentHash($0).hex }.prefix(16)))
        #expect(Rasteriser.version.hasSuffix(" fonts " + fingerprint))
    }

    /// The straight RGBA pixels of an 8-bit RGB or RGBA PNG, unfiltered.
    static func pixels(_ png: [UInt8]) -> (width: Int, height: Int, rgba: [UInt8])? {
        func be32(_ at: Int) -> Int { Int(png[at]) << 24 | Int(png[at + 1]) << 16 | Int(png[at + 2]) << 8 | Int(png[at + 3]) }
        guard PNG.isPNG(png) else { return nil }
        let (width, height, type) = (be32(16), be32(20), png[25])
        guard png[24] == 8, type == 2 || type == 6 else { return nil }
        var idat: [UInt8] = [], at = 8
        while at + 12 <= png.count {
            let length = be32(at)
            if png[(at + 4)..<(at + 8)].elementsEqual("IDAT".utf8) { idat += png[(at + 8)..<(at + 8 + length)] }
            at += 12 + length
        }
        let bpp = type == 2 ? 3 : 4, rowLength = width * bpp
        var raw = [UInt8](repeating: 0, count: (rowLength + 1) * height)
        var size = uLong(raw.count)
        guard raw.withUnsafeMutableBufferPointer({ out in idat.withUnsafeBufferPointer { uncompress(out.baseAddress, &size, $0.baseAddress, uLong($0.count)) } }) == Z_OK,
              Int(size) == raw.count else { return nil }
        var rgba: [UInt8] = [], previous = [UInt8](repeating: 0, count: rowLength)
        for y in 0..<height {
            let start = y * (rowLength + 1), kind = raw[start]
            var row = Array(raw[(start + 1)...(start + rowLength)])
            for i in 0..<rowLength {
                let (a, b, c) = (i >= bpp ? Int(row[i - bpp]) : 0, Int(previous[i]), i >= bpp ? Int(previous[i - bpp]) : 0)
                let p = a + b - c
                let predicted = switch kind {
                case 1: a
                case 2: b
                case 3: (a + b) / 2
                case 4: abs(p - a) <= abs(p - b) && abs(p - a) <= abs(p - c) ? a : abs(p - b) <= abs(p - c) ? b : c
                default: 0
                }
                row[i] = row[i] &+ UInt8(predicted & 0xFF)
            }
            for x in 0..<width { rgba += row[(x * bpp)..<(x * bpp + 3)] + [bpp == 4 ? row[x * 4 + 3] : 255] }
            previous = row
        }
        return (width, height, rgba)
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
        let built = try #require(Build.execute(options, to: .none, progress: { _ in }).site)
        let chart = IndicatorExport(stats: built.indicators[0], config: built.config).chart.television()
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
