import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// Every message and hint the library writes has its Vietnamese in `Translation`: read from the
/// sources themselves (each `hint: "…"` and the text of each `.error(…)` and `.warning(…)`, with
/// every interpolation `\(…)` standing for a value), so a new message without Vietnamese fails here.
@Suite("Every message in Vietnamese")
struct EveryMessageTranslatedTests {
    /// The string literal starting at `i` (after its opening quote), with interpolations as `x`,
    /// and the index after its closing quote.
    static func literal(_ s: [Character], from start: Int) -> (String, Int)? {
        var out = "", i = start
        while i < s.count {
            let c = s[i]
            if c == "\"" { return (out, i + 1) }
            if c == "\\", i + 1 < s.count {
                if s[i + 1] == "(" {
                    // Skip the interpolation: balanced parentheses, strings inside it skipped whole.
                    var depth = 1, j = i + 2
                    while j < s.count && depth > 0 {
                        if s[j] == "\"" , let (_, end) = literal(s, from: j + 1) { j = end; continue }
                        if s[j] == "(" { depth += 1 } else if s[j] == ")" { depth -= 1 }
                        j += 1
                    }
                    out += "x"
                    i = j
                    continue
                }
                let escaped = s[i + 1]
                out.append(escaped == "n" ? "\n" : escaped == "t" ? "\t" : escaped)
                i += 2
                continue
            }
            out.append(c)
            i += 1
        }
        return nil
    }

    /// Every hint and message written in `Sources/Lantoa` and the command line.
    static func texts() -> [(file: String, text: String)] {
        var found: [(String, String)] = []
        let root = TestSite.repositoryRoot.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        for file in files where file.hasPrefix("Lantoa/") || file.hasPrefix("lantoa/") {
            guard let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8) else { continue }
            let s = Array(text)
            var i = 0
            while i < s.count {
                // hint: "…"
                if s[i] == "h", i + 7 < s.count, String(s[i..<i + 7]) == "hint: \"", let (hint, end) = literal(s, from: i + 7) {
                    found.append((file, hint))
                    i = end
                    continue
                }
                // What the command line prints itself: printError("…"), say("…").
                for opener in ["printError(\"", "say(\""] where i + opener.count < s.count && String(s[i..<i + opener.count]) == opener {
                    if let (text, _) = literal(s, from: i + opener.count) { found.append((file, text)) }
                }
                // .error(LOCATION, "…" / .warning(LOCATION, "…"
                for opener in [".error(", ".warning("] where s[i] == "." && i + opener.count < s.count && String(s[i..<i + opener.count]) == opener {
                    var j = i + opener.count, depth = 0
                    // The message is the first literal outside the location's own parentheses.
                    while j < s.count {
                        if s[j] == "(" || s[j] == "[" { depth += 1 } else if s[j] == ")" || s[j] == "]" { if depth == 0 { break }; depth -= 1 }
                        else if s[j] == "\"" {
                            if depth == 0 { break }
                            j = literal(s, from: j + 1)?.1 ?? s.count
                            continue
                        }
                        j += 1
                    }
                    if j < s.count, s[j] == "\"", let (message, _) = literal(s, from: j + 1), message.count > 8 { found.append((file, message)) }
                }
                i += 1
            }
        }
        return found
    }

    /// Texts whose interpolation picks between two wordings, each with its own entry
    /// (checked in `alternatives`).
    static let composed: Set<String> = [
        "the file is not valid UTF-8 text (byte 0xx x)",
        "front matter key 'x' not convertedx",
        "check failed: x", "check passed: x", "error: x", "x: x pages, x charts, x files, x articles in x sx",
        // ServeCommand prints a listen error's hint on this line; each hint has its entry with the prefix.
        "    hint: x",
    ]

    @Test("every hint and message of the sources has a Vietnamese entry")
    func everyText() {
        let untranslated = Self.texts().filter { !Self.composed.contains($0.text) && Translation.vietnamese($0.text) == $0.text }
            .map { "\($0.file): \($0.text)" }
        #expect(Self.texts().count > 150)
        #expect(untranslated.isEmpty, "\(untranslated.count) without Vietnamese:\n\(untranslated.joined(separator: "\n"))")
    }

    @Test("the wordings of composed messages each have their entry", arguments: [
        "the file is not valid UTF-8 text (byte 0xC3 starts a character that is cut short)",
        "the file is not valid UTF-8 text (byte 0xFF cannot start or continue a character)",
        "front matter key 'layout' not converted", "front matter key 'layout' not converted (in 3 files)",
        "check failed: 1 error, 2 warnings", "check passed: 0 errors, 1 warning", "error: the destination /tmp/x is not empty",
        "wrote public/: 142 pages, 24 charts, 525 files, 14 articles in 0.89 s", "wrote public/: 142 pages, 24 charts, 525 files, 14 articles in 0.89 s, 2 warnings",
    ])
    func alternatives(text: String) {
        #expect(Translation.vietnamese(text) != text)
    }
}
