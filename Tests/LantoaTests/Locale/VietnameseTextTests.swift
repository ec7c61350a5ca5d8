import Foundation
import Testing
@testable import Lantoa

@Suite("Vietnamese text")
struct VietnameseTextTests {
    @Test("slugs strip tone and vowel marks and map đ to d", arguments: [
        ("Đắk Lắk", "dak-lak"),
        ("Năng suất lao động", "nang-suat-lao-dong"),
        ("  Hội thảo: chuyển đổi số!  ", "hoi-thao-chuyen-doi-so"),
        ("ISO 9001:2015", "iso-9001-2015"),
        ("Đào tạo – tập huấn", "dao-tao-tap-huan"),
        ("Ưu đãi Ơn", "uu-dai-on"),
        ("Cư M'gar", "cu-mgar"), ("M’Drắk", "mdrak"),
    ])
    func slug(input: String, expected: String) {
        #expect(VietnameseText.slug(input) == expected)
    }

    @Test("a file's slug and date: Jekyll's date in front is taken out and read; a name that only looks dated keeps it", arguments: [
        ("content/articles/2024-03-05-tap-huan.md", "tap-huan", "2024-03-05"),
        ("content/articles/2024-03-05-tap-huan/index.md", "tap-huan", "2024-03-05"),
        ("content/articles/2024-03-05-a.md", "a", "2024-03-05"),
        ("content/articles/2024-03-05-.md", "2024-03-05", "2024-03-05"),
        ("content/articles/2024-13-05-bai.md", "2024-13-05-bai", nil),
        ("content/articles/20240305-bai.md", "20240305-bai", nil),
        ("content/articles/00001-ap-dung.md", "00001-ap-dung", nil),
        ("content/articles/Đắk-Lắk-2024.md", "dak-lak-2024", nil),
        ("content/articles/tập-huấn/index.md", "tap-huan", nil),
        ("content/articles/tập-huấn/_index.md", "tap-huan", nil),
        ("index.md", "index", nil),
        ("2024-03-05-bai/index.md", "bai", "2024-03-05"),
    ] as [(String, String, String?)])
    func fileSlugAndDate(path: String, slug: String, date: String?) {
        #expect(DocumentParser.fileSlug(path) == slug)
        #expect(DocumentParser.dateInFileName(path).map(VietnameseFormat.iso8601)?.prefix(10) == date.map { $0[...] })
    }

    @Test("byte-wise search and replace: every occurrence, none overlapping, at either end, in text with marks")
    func byteSearch() {
        #expect("aaaa".replacingAll("aa", with: "b") == "bb")
        #expect("<img src=x><img src=y>".replacingAll("<img src=", with: "<img loading=\"lazy\" src=") == "<img loading=\"lazy\" src=x><img loading=\"lazy\" src=y>")
        #expect("Đắk Lắk".replacingAll("Lắk", with: "Nông") == "Đắk Nông")
        #expect("abc".replacingAll("abcd", with: "x") == "abc")
        #expect("abc".replacingAll("", with: "x") == "abc")
        #expect("".replacingAll("a", with: "x") == "")
        #expect("ab".replacingAll("ab", with: "") == "")
        #expect("xaxab".containsText("ab") && "ab".containsText("ab") && "abc".containsText(""))
        #expect(!"aab".containsText("abb") && !"".containsText("a") && !"Lắk".containsText("Lak"))
    }

    @Test("a title typed in decomposed form normalises to the composed one and gives the same slug")
    func decomposed() {
        let composed = "Đắk Lắk năng suất"
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(Array(decomposed.unicodeScalars) != Array(composed.unicodeScalars))
        #expect(Array(VietnameseText.normalized(decomposed).unicodeScalars) == Array(composed.unicodeScalars))
        #expect(VietnameseText.slug(decomposed) == VietnameseText.slug(composed))
    }

    @Test("folding removes every mark")
    func folding() {
        #expect(VietnameseText.folded("Hòa HOÀ hoà") == "hoa hoa hoa")
    }
}

@Suite("Vietnamese collation")
struct VietnameseCollationTests {
    @Test("letters follow the Vietnamese alphabet, not code points")
    func alphabet() {
        let words = ["đường", "dân", "ê-kíp", "em", "ăn", "an", "ân", "bò", "ơn", "ôm", "om", "ưu", "uy"]
        let sorted = VietnameseCollation.sorted(words) { $0 }
        #expect(sorted == ["an", "ăn", "ân", "bò", "dân", "đường", "em", "ê-kíp", "om", "ôm", "ơn", "uy", "ưu"])
    }

    @Test("tones come after letters, in the order ngang, huyền, hỏi, ngã, sắc, nặng")
    func tones() {
        let sorted = VietnameseCollation.sorted(["mạ", "má", "mã", "mả", "mà", "ma"]) { $0 }
        #expect(sorted == ["ma", "mà", "mả", "mã", "má", "mạ"])
        // Letters decide before tones do: "mà" comes before "mai".
        #expect(VietnameseCollation.sorted(["mai", "mà"]) { $0 } == ["mà", "mai"])
    }

    @Test("case does not change the order")
    func caseInsensitive() {
        #expect(VietnameseCollation.sorted(["Đắk Lắk", "cà phê", "Buôn Ma Thuột"]) { $0 } == ["Buôn Ma Thuột", "cà phê", "Đắk Lắk"])
    }
}
