extension SearchIndex {
    /// The words of a body's HTML, a line per block: tags dropped, the entities cmark writes
    /// decoded, an image's alt text kept, and code blocks and figures (charts, tables) left out.
    /// Read from the HTML when it is needed rather than kept as a plain copy beside it: the copies
    /// were about a fifth of the memory of a 10,000-article build.
    static func plainText(ofHTML html: StoredText) -> String {
        html.withUTF8 { bytes in
            // The text is never longer than the HTML: every tag, entity and line break it drops
            // or replaces is at least as long as what takes its place.
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var writer = TextWriter(out: out)
                writer.read(bytes)
                return writer.finish()
            }
        }
    }

    private struct TextWriter {
        let out: UnsafeMutableBufferPointer<UInt8>
        var count = 0

        init(out: UnsafeMutableBufferPointer<UInt8>) { self.out = out }

        mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
            var skipped: (start: Int, count: Int)? = nil   // the element whose content is left out
            var depth = 0
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b == UInt8(ascii: "<") {
                    var close = i + 1
                    while close < n, bytes[close] != UInt8(ascii: ">") { close += 1 }
                    if close == n { break }
                    let closing = bytes[i + 1] == UInt8(ascii: "/")
                    let nameStart = closing ? i + 2 : i + 1
                    var nameEnd = nameStart
                    while nameEnd < close, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
                    let name = UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd])
                    let selfClosing = bytes[close - 1] == UInt8(ascii: "/")
                    if let open = skipped {
                        if !selfClosing, name.count == open.count, name.elementsEqual(bytes[open.start..<open.start + open.count]) {
                            depth += closing ? -1 : 1
                            if depth == 0 { skipped = nil }
                        }
                    } else {
                        switch Tag(name) {
                        case .skipped where !closing && !selfClosing:
                            skipped = (nameStart, name.count)
                            depth = 1
                            newline()
                        case .block: newline()
                        case .lineBreak: space()
                        case .image: if let alt = Self.attribute("alt", in: bytes, i, close) { decode(bytes, alt) }
                        default: break
                        }
                    }
                    i = close + 1
                } else if skipped != nil {
                    i += 1
                } else if b == UInt8(ascii: "&") {
                    i = entity(bytes, at: i)
                } else if b == 10 || b == 9 || b == 13 {
                    space()
                    i += 1
                } else {
                    // A run of plain text, copied at once.
                    var end = i + 1
                    while end < n {
                        let c = bytes[end]
                        if c == UInt8(ascii: "<") || c == UInt8(ascii: "&") || c == 10 || c == 9 || c == 13 { break }
                        end += 1
                    }
                    (out.baseAddress! + count).update(from: bytes.baseAddress! + i, count: end - i)
                    count += end - i
                    i = end
                }
            }
        }

        mutating func finish() -> Int {
            while count > 0, out[count - 1] == 32 || out[count - 1] == 10 { count -= 1 }
            return count
        }

        private mutating func space() {
            if count > 0, out[count - 1] != 32, out[count - 1] != 10 { append(32) }
        }

        private mutating func newline() {
            while count > 0, out[count - 1] == 32 { count -= 1 }
            if count > 0, out[count - 1] != 10 { append(10) }
        }

        private mutating func append(_ b: UInt8) {
            out[count] = b
            count += 1
        }

        /// The text of an attribute value, its entities decoded.
        private mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            var i = range.lowerBound
            while i < range.upperBound {
                if bytes[i] == UInt8(ascii: "&") { i = entity(bytes, at: i, end: range.upperBound) } else { append(bytes[i]); i += 1 }
            }
        }

        /// Decodes the entity at `i` (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;`, `&#…;`);
        /// returns where reading goes on. Anything else is copied as written.
        private mutating func entity(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int? = nil) -> Int {
            let limit = min(end ?? bytes.count, i + 12)
            var semicolon = i + 1
            while semicolon < limit, bytes[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
            guard semicolon < limit else {
                append(bytes[i])
                return i + 1
            }
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[i + 1..<semicolon]), as: UTF8.self)
            let scalar: Unicode.Scalar? = switch name {
            case "amp": "&"
            case "lt": "<"
            case "gt": ">"
            case "quot": "\""
            case "apos": "'"
            case "nbsp": " "
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") { UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
                else if name.hasPrefix("#") { UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
                else { nil }
            }
            guard let scalar else {
                append(bytes[i])
                return i + 1
            }
            for b in String(scalar).utf8 { append(b) }
            return semicolon + 1
        }

        /// The value of `name="…"` inside the tag `bytes[start...close]`.
        private static func attribute(_ name: StaticString, in bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ close: Int) -> Range<Int>? {
            let needle = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
            var k = start
            while k + needle.count + 2 <= close {
                if bytes[k] == 32, bytes[k + 1 + needle.count] == UInt8(ascii: "="), bytes[k + 2 + needle.count] == UInt8(ascii: "\""),
                   bytes[k + 1..<k + 1 + needle.count].elementsEqual(needle) {
                    let valueStart = k + 3 + needle.count
                    var valueEnd = valueStart
                    while valueEnd < close, bytes[valueEnd] != UInt8(ascii: "\"") { valueEnd += 1 }
                    return valueStart..<valueEnd
                }
                k += 1
            }
            return nil
        }

        private func isNameByte(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
        }

        /// What a tag does to the text.
        private enum Tag {
            /// Code blocks and figures (charts, tables): their content is not the body's words.
            case skipped
            case block, lineBreak, image, other

            init(_ name: UnsafeBufferPointer<UInt8>) {
                guard name.count <= 8 else {
                    self = name.elementsEqual("blockquote".utf8) ? .block : .other
                    return
                }
                var word = 0 as UInt64
                for b in name { word = word << 8 | UInt64(b | 0x20) }
                self = Self.kinds[word] ?? .other
            }

            private static let kinds: [UInt64: Tag] = {
                var kinds: [UInt64: Tag] = [:]
                for name in ["pre", "figure", "svg", "script", "style", "table"] { kinds[word(name)] = .skipped }
                for name in ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "hr", "div", "section", "dl", "dt", "dd", "details", "summary"] {
                    kinds[word(name)] = .block
                }
                kinds[word("br")] = .lineBreak
                kinds[word("img")] = .image
                return kinds
            }()

            /// A tag name of up to eight letters as one number.
            private static func word(_ name: String) -> UInt64 {
                name.utf8.reduce(0) { $0 << 8 | UInt64($1) }
            }
        }
    }
}
