import Testing
@testable import Lantoa

@Suite("Decoding source files")
struct SourceFileTests {
    @Test("a UTF-8 BOM and CRLF line endings are accepted silently")
    func bomAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: Tin\r\n---\r\nThân bài\r\n".utf8)
        let file = try SourceFile.decode(path: "a.md", bytes: bytes).get()
        #expect(file.text == "---\ntitle: Tin\n---\nThân bài\n")
    }

    @Test("a file that is not UTF-8 is refused at the line and column of the first bad byte")
    func notUTF8() {
        // "Đắk" saved in Windows-1258 on line 2: 0xD0 starts a two-byte sequence that 0xE5 cannot continue.
        let bytes: [UInt8] = Array("title: x\nab ".utf8) + [0xD0, 0xE5, 0x6B]
        guard case .failure(let d) = SourceFile.decode(path: "content/articles/a.md", bytes: bytes) else {
            Issue.record("expected a failure")
            return
        }
        #expect("\(d.location)" == "content/articles/a.md:2:4")
        #expect(d.message.contains("not valid UTF-8"))
        #expect(d.hint?.contains("UTF-8") == true)
    }
}
