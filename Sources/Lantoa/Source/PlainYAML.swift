import Yams

/// The everyday front matter read without Yams: one `key: value` per line, each value a plain
/// word or sentence, a quoted text without escapes, or a one-line list `[a, "b c"]`. That is
/// nearly every content file, and Yams (libyaml events, then nodes) took a tenth of a build.
///
/// Anything else — nesting, block lists, escapes, anchors, block scalars, trailing comments, a
/// key set twice — gives nil and the caller asks Yams, so errors and odd cases read exactly as
/// before. The result is the nodes Yams would make (string, style, flow list) with the same
/// key and value locations; `FrontMatterTests` compares the two on a table of inputs.
enum PlainYAML {
    static func fields(_ yaml: String, file: String, firstLine: Int) -> [FrontMatter.Field]? {
        var yaml = yaml
        return yaml.withUTF8 { bytes in
            Reader(bytes: bytes, file: file, firstLine: firstLine).fields()
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let file: String
        let firstLine: Int
        /// Yams' tags under the basic resolver, one for the file's texts and one for its lists
        /// (a tag settles on its node's kind when first read; making one builds a Constructor
        /// with three dictionaries).
        private let textTag = Tag(.implicit, .basic, .default)
        private let listTag = Tag(.implicit, .basic, .default)

        init(bytes: UnsafeBufferPointer<UInt8>, file: String, firstLine: Int) {
            (self.bytes, self.file, self.firstLine) = (bytes, file, firstLine)
        }

        func fields() -> [FrontMatter.Field]? {
            var fields: [FrontMatter.Field] = []
            var keys: Set<String> = []
            var start = 0, line = firstLine
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 10 { end += 1 }
                defer { start = end + 1; line += 1 }
                if start == end || bytes[start] == UInt8(ascii: "#") { continue }
                guard let field = field(start, end, line: line), keys.insert(field.key).inserted else { return nil }
                fields.append(field)
            }
            return fields
        }

        /// `key: value` on the line `start..<end`.
        private func field(_ start: Int, _ end: Int, line: Int) -> FrontMatter.Field? {
            guard isKeyStart(bytes[start]) else { return nil }
            var colon = start + 1
            while colon < end, isKeyByte(bytes[colon]) { colon += 1 }
            guard colon + 1 < end, bytes[colon] == UInt8(ascii: ":"), bytes[colon + 1] == 32 else { return nil }
            var value = colon + 2
            while value < end, bytes[value] == 32 { value += 1 }
            var last = end
            while last > value, bytes[last - 1] == 32 { last -= 1 }
            guard value < last, !bytes[value..<last].contains(where: { $0 < 32 || $0 == 127 }),
                  let node = node(value, last) else { return nil }
            // The key is ASCII, so its bytes are its columns (libyaml counts scalars, from 1).
            return FrontMatter.Field(key: text(start, colon), value: node,
                                     keyLocation: SourceLocation(file: file, line: line, column: 1),
                                     valueLocation: SourceLocation(file: file, line: line, column: value - start + 1))
        }

        private func node(_ start: Int, _ end: Int) -> Node? {
            switch bytes[start] {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                guard let string = quoted(start, end) else { return nil }
                return scalar(string, bytes[start] == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted)
            case UInt8(ascii: "["):
                guard bytes[end - 1] == UInt8(ascii: "]") else { return nil }
                return list(start + 1, end - 1)
            default:
                guard let string = plain(start, end, flow: false) else { return nil }
                return scalar(string, .plain)
            }
        }

        /// `"text"` or `'text'` spanning exactly `start..<end`, with no escape and no inner quote.
        private func quoted(_ start: Int, _ end: Int) -> String? {
            let quote = bytes[start]
            guard end - start >= 2, bytes[end - 1] == quote else { return nil }
            for b in bytes[start + 1..<end - 1] where b == quote || b == UInt8(ascii: "\\") { return nil }
            return text(start + 1, end - 1)
        }

        /// A plain scalar: no indicator first, no `: ` or ` #` inside, nothing that ends a flow item.
        private func plain(_ start: Int, _ end: Int, flow: Bool) -> String? {
            guard start < end, !Self.indicators.contains(bytes[start]), bytes[end - 1] != UInt8(ascii: ":") else { return nil }
            for k in start..<end {
                let b = bytes[k]
                if b == UInt8(ascii: ":") && (k + 1 == end || bytes[k + 1] == 32) { return nil }
                if b == UInt8(ascii: "#") && bytes[k - 1] == 32 { return nil }
                if b == 9 || (flow && Self.flowIndicators.contains(b)) { return nil }
            }
            return text(start, end)
        }

        /// The items of `[a, "b"]` between the brackets.
        private func list(_ start: Int, _ end: Int) -> Node? {
            var items: [Node] = []
            var itemStart = start
            while true {
                var itemEnd = itemStart
                var quote: UInt8? = nil
                while itemEnd < end {
                    let b = bytes[itemEnd]
                    if let q = quote { if b == q { quote = nil } }
                    else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { quote = b }
                    else if b == UInt8(ascii: ",") { break }
                    itemEnd += 1
                }
                var a = itemStart, b = itemEnd
                while a < b, bytes[a] == 32 { a += 1 }
                while b > a, bytes[b - 1] == 32 { b -= 1 }
                if a == b {
                    // `[]` (or `[  ]`) is an empty list; an empty item anywhere else goes to Yams.
                    guard items.isEmpty, itemEnd == end else { return nil }
                    break
                }
                if bytes[a] == UInt8(ascii: "\"") || bytes[a] == UInt8(ascii: "'") {
                    guard let string = quoted(a, b) else { return nil }
                    items.append(scalar(string, bytes[a] == UInt8(ascii: "'") ? .singleQuoted : .doubleQuoted))
                } else {
                    guard let string = plain(a, b, flow: true) else { return nil }
                    items.append(scalar(string, .plain))
                }
                if itemEnd == end { break }
                itemStart = itemEnd + 1
            }
            return .sequence(Node.Sequence(items, listTag))
        }

        private func scalar(_ string: String, _ style: Node.Scalar.Style) -> Node {
            .scalar(Node.Scalar(string, textTag, style))
        }

        private func text(_ start: Int, _ end: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }

        private func isKeyStart(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == UInt8(ascii: "_")
        }

        private func isKeyByte(_ b: UInt8) -> Bool {
            isKeyStart(b) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-")
        }

        /// What may not start a plain scalar, and what may not appear in one inside `[…]`.
        private static let indicators = Set("-?:,[]{}#&*!|>'\"%@`".utf8)
        private static let flowIndicators = Set(",[]{}\"'".utf8)
    }
}
