/// One text file of the project, decoded: UTF-8 checked, BOM removed, CRLF made LF, NFC applied.
public struct SourceFile: Sendable {
    /// Path relative to the project root, with `/` separators (`content/articles/a.md`).
    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Decodes raw bytes, or explains where the first byte that is not UTF-8 sits.
    public static func decode(path: String, bytes: [UInt8]) -> Result<SourceFile, Diagnostic> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // Validating while decoding is the quick path; the byte-by-byte walk only finds where it broke.
        guard var text = body.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) else {
            let problem = firstInvalidByte(body) ?? (1, 1, 0, false)
            return .failure(.error(
                SourceLocation(file: path, line: problem.line, column: problem.column),
                .notValidUTF8(byte: "0x\(String(problem.byte, radix: 16, uppercase: true))", cutShort: problem.cut),
                hint: .saveAgainUtf8Notepad
            ))
        }
        if body.contains(13) {
            text = text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
        }
        return .success(SourceFile(path: path, text: VietnameseText.normalized(text)))
    }

    /// Line, column and value of the first byte that breaks UTF-8, if any.
    /// `cut` when the byte starts a character whose next bytes are missing.
    static func firstInvalidByte(_ bytes: ArraySlice<UInt8>) -> (line: Int, column: Int, byte: UInt8, cut: Bool)? {
        var line = 1, column = 1
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, column, b, false)
            }
            guard i + length <= bytes.endIndex else { return (line, column, b, true) }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return (line, column, b, true) }
            if length == 3 {
                let b1 = bytes[i + 1]
                if (b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 > 0x9F) { return (line, column, b, false) }
            } else if length == 4 {
                let b1 = bytes[i + 1]
                if (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 > 0x8F) { return (line, column, b, false) }
            }
            if b == 10 { line += 1; column = 1 } else { column += 1 }
            i += length
        }
        return nil
    }
}
