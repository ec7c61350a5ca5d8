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
