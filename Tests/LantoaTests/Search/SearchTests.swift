import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

@Suite("Search words")
struct SearchWordsTests {
    @Test("a word folds to its letters and keeps its marks with the tone as a digit", arguments: [
        ("Đắk", "dak", "đăk2"), ("Lắk", "lak", "lăk2"), ("năng", "nang", "năng"), ("suất", "suat", "suât2"),
        ("nghiệp", "nghiep", "nghiêp5"), ("đổi", "doi", "đôi3"), ("mỗi", "moi", "môi4"), ("hòa", "hoa", "hoa1"),
        ("NĂNG", "nang", "năng"), ("9001", "9001", "9001"), ("Ưu", "uu", "ưu"),
    ])
    func keys(word: String, folded: String, exact: String) {
        #expect(SearchWords.words(word) == [.init(folded: folded, exact: exact)])
    }

    @Test("old and new tone placement, and decomposed input, give one key")
    func tonePlacement() {
        let keys = ["hoà", "hòa", "ho\u{0300}a", "hoa\u{0300}", "HOÀ"].map { SearchWords.words($0).first?.exact }
        #expect(Set(keys) == ["hoa1"])
        #expect(SearchWords.words("thuỷ") == SearchWords.words("thủy"))
        // An apostrophe inside a word keeps it whole: Cư M'gar is found as "cu mgar" however it is typed.
        for written in ["Cư M'gar", "Cư M’gar", "Cư Mʼgar", "cu mgar"] {
            #expect(SearchWords.words(written).map(\.folded) == ["cu", "mgar"], "\(written)")
        }
        #expect(SearchWords.words("'trích dẫn' và 'x'").map(\.folded) == ["trich", "dan", "va", "x"])
        #expect(SearchWords.words("hoà") != SearchWords.words("hóa"))
    }

    @Test("a consonant and a lone y is the same word as with i; other y's stay")
    func yForI() {
        for (a, b) in [("quản lý", "quản lí"), ("kỹ thuật", "kĩ thuật"), ("Hy vọng", "hi vọng"), ("quý", "quí"), ("Mỹ", "Mĩ"), ("bác sỹ", "bác sĩ"), ("tỷ", "tỉ")] {
            #expect(SearchWords.words(a) == SearchWords.words(b), "\(a) / \(b)")
        }
        #expect(SearchWords.words("lý") == [.init(folded: "li", exact: "li2")])
        #expect(SearchWords.words("quy hoạch").map(\.folded) == ["qui", "hoach"])
        // "uy", "ay" and a lone "y" are other sounds: "tuy" is not "tui", "tay" is not "tai".
        #expect(SearchWords.words("tuy tay y tế thuỷ nguyên").map(\.folded) == ["tuy", "tay", "y", "te", "thuy", "nguyen"])
        #expect(SearchWords.words("lỵ") != SearchWords.words("lý"))
    }

    @Test("punctuation, dashes and quotes split words; an apostrophe inside a word does not; letters and digits stay")
    func splitting() {
        let text = "Năng suất (TFP) tăng 7%/năm – “đổi mới” ở Cư M'gar, ISO 9001:2015."
        #expect(SearchWords.words(text).map(\.folded) == ["nang", "suat", "tfp", "tang", "7", "nam", "doi", "moi", "o", "cu", "mgar", "iso", "9001", "2015"])
    }
}

@Suite("Search index")
struct SearchIndexTests {
    static let site = """
        -- content/articles/cu.md --
        ---
        title: Hòa nhập cộng đồng doanh nghiệp
        date: 2024-01-05
        tags: [năng suất]
        ---
        Doanh nghiệp ở Đắk Lắk đổi mới quy trình.
        -- content/articles/moi.md --
        ---
        title: Tin mới về đổi mới
        date: 2026-02-01
        ---
        Năng suất lao động của tỉnh Đắk Lắk tăng. Hoà nhập và hội nhập.
        -- content/pages/gioi-thieu.md --
        ---
        title: Giới thiệu
        ---
        Cổng thông tin về năng suất.
        """

    func index() throws -> TestBuild {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        let build = site.build()
        #expect(build.result.errors.isEmpty)
        let files = Dictionary(uniqueKeysWithValues: build.writer.files.keys.filter { $0.hasPrefix("tim-kiem/chi-muc/") }.map { ($0, build.file($0)!) })
        let entries = try #require(files["tim-kiem/chi-muc/manifest.json"])
        #expect(entries.contains("\"entries\":3"))
        return build
    }

    func json(_ text: String?) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data((text ?? "").utf8))
        return try #require(object as? [String: Any])
    }

    func rows(_ text: String?) throws -> [[String]] {
        let object = try JSONSerialization.jsonObject(with: Data((text ?? "").utf8))
        return try #require(object as? [[String]])
    }

    @Test("entries are numbered oldest first, after the undated pages: a new article takes the next number")
    func order() throws {
        let build = try index()
        let rows = try rows(build.file("tim-kiem/chi-muc/d/0.json"))
        #expect(rows.map { $0[1] } == ["Giới thiệu", "Hòa nhập cộng đồng doanh nghiệp", "Tin mới về đổi mới"])
    }

    @Test("a shard holds each folded word with its exact forms; postings carry the gap, the title bit and the count")
    func shard() throws {
        let build = try index()
        let ho = try json(build.file("tim-kiem/chi-muc/s/ho.json"))
        let words = try #require(ho["w"] as? [String: [String: [Int]]])
        // "Hòa" (title of entry 1) and "Hoà" (text of entry 2) are one exact key.
        #expect(words["hoa"] == ["hoa1": [1 << 4 | 8 | 1, 1 << 4 | 1]])
        let da = try json(build.file("tim-kiem/chi-muc/s/da.json"))
        let dak = try #require((da["w"] as? [String: [String: [Int]]])?["dak"])
        #expect(dak == ["đăk2": [1 << 4 | 1, 1 << 4 | 1]])
        let phrases = try #require(da["p"] as? [String: [Int]])
        #expect(phrases["dak lak"] == [1 << 4 | 1, 1 << 4 | 1])
        // Tags count as text of the entry.
        let na = try json(build.file("tim-kiem/chi-muc/s/na.json"))
        #expect((na["p"] as? [String: [Int]])?["nang suat"] == [0 << 4 | 1, 1 << 4 | 1, 1 << 4 | 1])
    }

    @Test("an illustrative page's label leads its snippet, and its words are not searched")
    func illustrativeLabel() throws {
        let site = try TestSite("""
            -- content/articles/vi-du.md --
            ---
            title: Tin thử
            date: 2024-01-05
            illustrative: true
            ---
            Doanh nghiệp đổi mới quy trình.
            """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.result.errors.isEmpty)
        let row = try #require(try rows(build.file("tim-kiem/chi-muc/d/0.json")).first { $0[1] == "Tin thử" })
        #expect(row[5].hasPrefix("Minh họa · Doanh nghiệp"), "\(row[5])")
        let words = try allPostings(build).map { $0.split(separator: " ")[0] }
        #expect(words.contains("doanh/doanh") && !words.contains { $0.hasPrefix("minh/") || $0.hasPrefix("hoa/") }, "\(words)")
    }

    @Test("an entry in another language of the site carries it, wherever its page is: its results are marked with it")
    func entryLanguage() throws {
        let site = try TestSite("""
            -- content/site.yml --
            title: Năng suất
            base_url: https://example.org/
            languages:
              en:
                title: Productivity
            -- content/articles/tap-huan.md --
            ---
            title: Tập huấn 5S
            date: 2026-03-05
            ---
            Bài tiếng Việt.
            -- content/articles/tap-huan.en.md --
            ---
            title: 5S training
            date: 2026-03-05
            ---
            English text.
            -- content/pages/note.md --
            ---
            title: A note in English
            lang: en
            ---
            Outside the English folder.
            """)
        defer { site.remove() }
        let build = site.build()
        #expect(build.result.errors.isEmpty)
        let rows = try rows(build.file("tim-kiem/chi-muc/d/0.json"))
        let byTitle = Dictionary(rows.map { ($0[1], $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byTitle["5S training"]?.count == 7 && byTitle["5S training"]?[6] == "en")
        #expect(byTitle["A note in English"]?.count == 7 && byTitle["A note in English"]?[6] == "en")
        #expect(byTitle["A note in English"]?[0].hasPrefix("/en/") == false)
        #expect(byTitle["Tập huấn 5S"]?.count == 6)
    }

    /// Every posting of every shard file the manifest lists, as `key entry weight`, sorted.
    func allPostings(_ build: TestBuild) throws -> [String] {
        let manifest = try json(build.file("tim-kiem/chi-muc/manifest.json"))
        let segments = try #require(manifest["segments"] as? [[String]])
        var out: [String] = []
        for (k, names) in segments.enumerated() {
            for name in names {
                let shard = try json(build.file("tim-kiem/chi-muc/s/\(name)\(k == 0 ? "" : ".\(k)").json"))
                let words = try #require(shard["w"] as? [String: [String: [Int]]]), phrases = try #require(shard["p"] as? [String: [Int]])
                func add(_ key: String, _ list: [Int]) {
                    #expect(!list.isEmpty, "\(name) segment \(k): \(key)")
                    var entry = 0
                    for n in list {
                        entry += n >> 4
                        #expect(entry / (manifest["segment"] as? Int ?? 0) == k, "\(key) \(entry) in segment \(k)")
                        out.append("\(key) \(entry) \(n & 15)")
                    }
                }
                for (folded, exacts) in words { for (exact, list) in exacts { add("\(folded)/\(exact)", list) } }
                for (phrase, list) in phrases { add("«\(phrase)»", list) }
            }
        }
        return out.sorted()
    }

    @Test("in segments of 2 entries, each segment's shard file holds the postings of its entries, the first counted from entry 0: together, exactly the postings of one segment")
    func segments() throws {
        let site = try TestSite(Self.site)
        defer { site.remove() }
        var options = site.options()
        options.searchSegment = 2
        let build = site.build(options)
        let manifest = try json(build.file("tim-kiem/chi-muc/manifest.json"))
        let segments = try #require(manifest["segments"] as? [[String]])
        #expect(manifest["segment"] as? Int == 2 && segments.count == 2)
        let files = segments.enumerated().flatMap { k, names in names.map { "tim-kiem/chi-muc/s/\($0)\(k == 0 ? "" : ".\(k)").json" } }
        #expect(Set(files) == Set(build.paths.filter { $0.hasPrefix("tim-kiem/chi-muc/s/") }))
        // "Hòa" is in entries 1 (title) and 2 (text): one in each segment.
        #expect((try json(build.file("tim-kiem/chi-muc/s/ho.json"))["w"] as? [String: [String: [Int]]])?["hoa"] == ["hoa1": [1 << 4 | 8 | 1]])
        #expect((try json(build.file("tim-kiem/chi-muc/s/ho.1.json"))["w"] as? [String: [String: [Int]]])?["hoa"] == ["hoa1": [2 << 4 | 1]])
        #expect((try json(build.file("tim-kiem/chi-muc/s/na.json"))["p"] as? [String: [Int]])?["nang suat"] == [0 << 4 | 1, 1 << 4 | 1])
        #expect((try json(build.file("tim-kiem/chi-muc/s/na.1.json"))["p"] as? [String: [Int]])?["nang suat"] == [2 << 4 | 1])
        let whole = try allPostings(try index())
        #expect(whole.count > 50)
        #expect(try allPostings(build) == whole)
    }

    @Test("text chunks carry URL, title, section, date and text; the manifest lists every shard")
    func chunks() throws {
        let build = try index()
        let rows = try rows(build.file("tim-kiem/chi-muc/d/0.json"))
        #expect(rows[2] == ["/tin-tuc/moi/", "Tin mới về đổi mới", "Tin tức", "01/02/2026", "2026-02-01",
                            "Năng suất lao động của tỉnh Đắk Lắk tăng. Hoà nhập và hội nhập."])
        #expect(rows[0][0] == "/gioi-thieu/" && rows[0][2] == "Trang" && rows[0][3] == "")
        let manifest = try json(build.file("tim-kiem/chi-muc/manifest.json"))
        #expect(manifest["segment"] as? Int == SearchIndex.standardSegment)
        let segments = try #require(manifest["segments"] as? [[String]])
        #expect(segments.count == 1)
        let shards = segments[0]
        #expect(shards.count == build.paths.filter { $0.hasPrefix("tim-kiem/chi-muc/s/") }.count)
        for shard in shards { #expect(build.file("tim-kiem/chi-muc/s/\(shard).json") != nil) }
    }

    @Test("numbers are written in decimal, each after the bytes before it")
    func numbers() {
        var out = JSONBytes()
        for n: UInt32 in [0, 7, 10, 99, 100, 1_234_567, .max] { out.number(n); out.raw(",") }
        #expect(String(decoding: out.bytes, as: UTF8.self) == "0,7,10,99,100,1234567,4294967295,")
    }

    @Test("strings written into the search files' bytes are JSON.string's, for every ASCII byte and for text with marks")
    func strings() throws {
        let texts = (0..<128).map { String(UnicodeScalar(UInt8($0))) } + ["", "Đắk Lắk <b>\"5S\"</b>\\\n\t\r\u{1F}x", "a\u{0}b", "Kaizen"]
        for text in texts {
            var out = JSONBytes()
            out.string(text)
            var expected = ""
            JSON.string(text, into: &expected)
            #expect(out.bytes == Array(expected.utf8), "\(Array(text.utf8))")
            #expect(try JSONSerialization.jsonObject(with: Data(out.bytes), options: .fragmentsAllowed) as? String == text)
        }
    }

    @Test("a posting set, changed or taken out in a list's bytes gives the list built afresh")
    func postingEdits() {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            // A model: entry → weight; gaps up to 300 so that numbers take one to three bytes.
            var model: [UInt32: UInt8] = [:]
            var entry: UInt32 = 0
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                entry += UInt32.random(in: 0...300, using: &random)
                model[entry] = UInt8.random(in: 1...15, using: &random)
                entry += 1
            }
            func list(_ m: [UInt32: UInt8]) -> PostingList {
                var l = PostingList()
                for e in m.keys.sorted() { l.append(entry: e, weight: m[e]!) }
                return l
            }
            var current = list(model)
            for _ in 0..<6 {
                let n = model.keys.randomElement(using: &random).flatMap { Bool.random(using: &random) ? $0 : nil } ?? UInt32.random(in: 0...entry + 300, using: &random)
                let weight: UInt8? = Bool.random(using: &random) ? nil : UInt8.random(in: 1...15, using: &random)
                var next = model
                next[n] = weight
                let changed = current.setting(entry: n, weight: weight)
                let expected = list(next)
                let same = (changed ?? current).bytes == expected.bytes && (changed ?? current).last == expected.last
                #expect(same, "\(model) set \(n) to \(String(describing: weight))")
                #expect((changed == nil) == (next == model))
                (model, current) = (next, changed ?? current)
            }
        }
    }

    @Test("shard file names keep a-z and 0-9 and write anything else as hex")
    func shardNames() {
        #expect(SearchIndex.fileName(ofShard: "ng") == "ng")
        #expect(SearchIndex.fileName(ofShard: "中文") == "_4e2d__6587_")
    }

    @Test("search: false leaves out the page, the index and the header box")
    func off() throws {
        let site = try TestSite(Self.site + "\n-- content/site.yml --\n" + TestSite.minimalConfig + "\nsearch: false\n")
        defer { site.remove() }
        let build = site.build()
        #expect(build.result.errors.isEmpty)
        #expect(!build.writer.files.keys.contains { $0.hasPrefix("tim-kiem/") })
        #expect(build.file("index.html")?.contains("role=\"search\"") == false)
        let on = try TestSite(Self.site)
        defer { on.remove() }
        #expect(on.build().file("index.html")?.contains("<form class=\"header-search\" role=\"search\" aria-label=\"Tìm nhanh\" action=\"/tim-kiem/\"") == true)
    }

    @Test("the indexed text of a body is its words, a line per block, without code blocks")
    func bodyText() {
        let markdown = """
            Đoạn *một* có `mã` & "ngoặc" và 5 > 3,
            xuống dòng mềm.\\
            Ngắt cứng.

            ## Tiêu đề *nghiêng*

            > Trích dẫn
            > hai dòng

            - mục một
            - mục **hai**
              - lồng nhau

            ![Ảnh "cây" & hoa](/a.jpg) sau ảnh [liên kết](/b/)

            ```
            code block <x>
            ```

            ---

            Cuối &copy; &#233; é.
            """
        var diagnostics: [Diagnostic] = []
        let html = MarkdownRenderer.render(markdown, start: SourceLocation(file: "a.md"), options: MarkdownOptions(), diagnostics: &diagnostics).html
        #expect(SearchIndex.plainText(ofHTML: StoredText(html)) == """
            Đoạn một có mã & “ngoặc” và 5 > 3, xuống dòng mềm. Ngắt cứng.
            Tiêu đề nghiêng
            Trích dẫn hai dòng
            mục một
            mục hai
            lồng nhau
            Ảnh “cây” & hoa sau ảnh liên kết
            Cuối © é é.
            """)
        // Figures (charts, tables) are left out, nested ones included.
        #expect(SearchIndex.plainText(ofHTML: StoredText("<p>a</p><figure><figure><svg><text>1</text></svg></figure><p>x</p></figure><p>b &amp; c</p>")) == "a\nb & c")
    }

}
