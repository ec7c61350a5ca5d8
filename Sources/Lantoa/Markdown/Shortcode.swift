/// Hugo shortcodes (`{{< youtube … >}}`, `{{% … %}}`), Liquid tags (`{% include … %}`) and
/// template expressions (`{{ site.baseurl }}`) in a line of text: Lan Tỏa runs none of them, so
/// each is printed as it stands, and said so with what to write instead.
struct Shortcode: Equatable {
    enum Kind { case hugo, escapedHugo, liquid, expression }

    var kind: Kind
    /// `youtube`, `include`, or the expression itself.
    var name: String

    /// Every opening shortcode, tag or expression in `line` (closing ones such as
    /// `{{< /highlight >}}` and `{% endhighlight %}` belong to their opening one).
    static func find(in line: String) -> [Shortcode] {
        let s = Array(line.unicodeScalars)
        var found: [Shortcode] = []
        var i = 0
        func word(from start: Int) -> String {
            var j = start
            while j < s.count, s[j].properties.isAlphabetic || (48...57).contains(s[j].value) || "-_./".unicodeScalars.contains(s[j]) { j += 1 }
            return String(String.UnicodeScalarView(s[start..<j]))
        }
        func skipSpaces(_ k: Int) -> Int {
            var k = k
            while k < s.count, s[k] == " " || s[k] == "-" { k += 1 }
            return k
        }
        while i + 1 < s.count {
            guard s[i] == "{" else { i += 1; continue }
            if s[i + 1] == "{", i + 2 < s.count, s[i + 2] == "<" || s[i + 2] == "%" {
                var k = skipSpaces(i + 3)
                if k + 1 < s.count, s[k] == "/", s[k + 1] == "*" {
                    let name = word(from: skipSpaces(k + 2))
                    found.append(Shortcode(kind: .escapedHugo, name: name))
                } else if k < s.count, s[k] != "/" {
                    let name = word(from: k)
                    if !name.isEmpty { found.append(Shortcode(kind: .hugo, name: name)) }
                }
                k = i + 3
                i = k
                continue
            }
            if s[i + 1] == "%" {
                let name = word(from: skipSpaces(i + 2))
                if !name.isEmpty && !name.hasPrefix("end") { found.append(Shortcode(kind: .liquid, name: name)) }
                i += 2
                continue
            }
            if s[i + 1] == "{" {
                let start = skipSpaces(i + 2)
                let rest = String(String.UnicodeScalarView(s[start...]))
                if let first = rest.unicodeScalars.first, first.properties.isAlphabetic || first == "." || first == "$",
                   let close = rest.range(of: "}}") {
                    let expression = rest[..<close.lowerBound].trimmed
                    found.append(Shortcode(kind: .expression, name: expression))
                    i = start + rest.unicodeScalars.distance(from: rest.unicodeScalars.startIndex, to: close.upperBound)
                    continue
                }
            }
            i += 1
        }
        return found
    }

    var message: Message {
        switch kind {
        case .hugo: .hugoShortcodeNotRun(name)
        case .escapedHugo: .escapedShortcodePrintedWithMarks(name)
        case .liquid: .liquidTagNotRun(name)
        case .expression: .templateExpressionPrintedText("{{ \(name) }}")
        }
    }

    var hint: Message {
        switch (kind, name.lowercased()) {
        case (.escapedHugo, _):
            return .showShortcodeExampleWriteWithout
        case (.expression, _):
            return .writeValueItselfAddressMedia
        case (_, "youtube"), (_, "vimeo"):
            return .linkToVideoInstead
        case (_, "figure"):
            return .writePictureMarkdownCaptionTitle
        case (_, "ref"), (_, "relref"), (_, "link"), (_, "post_url"):
            return .writePageAddressInsteadOfRef
        case (_, "highlight"):
            return .writeFencedCodeBlockInstead
        case (_, "include"), (_, "include_relative"):
            return .pasteIncludedTextItselfMarkdown
        case (_, "raw"):
            return .deleteRawEndrawTagsText
        default:
            return .writeMarkdownInsteadLantoaImport
        }
    }
}
