import Foundation
import Testing
import LantoaTesting

/// The folders of `Sources/Lantoa` depend on each other in layers, never in a loop (the README's
/// map of the sources draws them). Swift imports nothing inside a module, so the graph is read
/// from the sources: a folder depends on another when it names a type declared there at the top
/// level of a file. A loop fails the test with the names that make it.
@Suite("Folder graph")
struct FolderGraphTests {
    static let root = TestSite.repositoryRoot.appendingPathComponent("Sources/Lantoa")

    /// Folder → the folders it names types of, with the names.
    static func graph() throws -> [String: [String: Set<String>]] {
        let declaration = try NSRegularExpression(pattern: #"^(?:(?:public|private|fileprivate|internal|final|indirect|@\w+) )*(?:struct|enum|class|protocol|typealias|actor) ([A-Z]\w*)"#,
                                                  options: [.anchorsMatchLines])
        let name = try NSRegularExpression(pattern: #"\b[A-Z]\w*\b"#)
        var owner: [String: String] = [:]
        var texts: [(folder: String, text: String)] = []
        let manager = FileManager.default
        for folder in try manager.contentsOfDirectory(atPath: root.path).sorted() {
            guard let files = manager.enumerator(atPath: root.appendingPathComponent(folder).path) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                let text = try String(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(file), encoding: .utf8)
                texts.append((folder, text))
                for match in declaration.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    owner[String(text[Range(match.range(at: 1), in: text)!]), default: folder] = folder
                }
            }
        }
        var graph: [String: [String: Set<String>]] = [:]
        for (folder, text) in texts {
            let code = Self.code(text)
            graph[folder, default: [:]] = graph[folder] ?? [:]
            for match in name.matches(in: code, range: NSRange(code.startIndex..., in: code)) {
                let word = String(code[Range(match.range, in: code)!])
                if let other = owner[word], other != folder { graph[folder]![other, default: []].insert(word) }
            }
        }
        return graph
    }

    /// The code of a Swift file without its comments and the text of its string literals, but with
    /// the code inside their interpolations (`"\\(Other.name)"` names `Other`).
    static func code(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        // Reads a literal whose opening quote(s) end before `i`; appends its interpolations' code.
        func literal(multiline: Bool) {
            while i < s.count {
                if multiline ? (i + 2 < s.count && s[i] == "\"" && s[i + 1] == "\"" && s[i + 2] == "\"") : s[i] == "\"" {
                    i += multiline ? 3 : 1
                    return
                }
                if !multiline && s[i] == "\n" { return }
                if s[i] == "\\", i + 1 < s.count {
                    if s[i + 1] == "(" {
                        i += 2
                        var depth = 1
                        while i < s.count && depth > 0 {
                            if s[i] == "\"" { i += 1; literal(multiline: false); continue }
                            if s[i] == "(" { depth += 1 } else if s[i] == ")" { depth -= 1; if depth == 0 { i += 1; break } }
                            out.append(s[i])
                            i += 1
                        }
                        out.append(" ")
                        continue
                    }
                    i += 2
                    continue
                }
                i += 1
            }
        }
        while i < s.count {
            if s[i] == "/", i + 1 < s.count, s[i + 1] == "/" {
                while i < s.count && s[i] != "\n" { i += 1 }
                continue
            }
            if s[i] == "#", i + 1 < s.count, s[i + 1] == "\"" {
                // A raw string has no interpolation of this kind: skipped to its closing `"#`.
                i += 2
                while i + 1 < s.count && !(s[i] == "\"" && s[i + 1] == "#") { i += 1 }
                i += 2
                continue
            }
            if s[i] == "\"" {
                let multiline = i + 2 < s.count && s[i + 1] == "\"" && s[i + 2] == "\""
                i += multiline ? 3 : 1
                literal(multiline: multiline)
                out.append(" ")
                continue
            }
            out.append(s[i])
            i += 1
        }
        return String(out)
    }

    @Test("the code read for names keeps interpolations and drops literal text and comments")
    func codeReading() {
        let code = Self.code("let a = \"Render \\(Broadcast.x) text\" // Site")
        #expect(code.contains("Broadcast.x") && !code.contains("Render") && !code.contains("Site") && !code.contains("text"))
        let nested = Self.code("f(\"\\(g(\"Site\"))\")")
        #expect(nested.contains("g(") && !nested.contains("Site"))
    }

    @Test("the folders of Sources/Lantoa depend on each other without a loop")
    func noLoop() throws {
        let graph = try Self.graph()
        #expect(graph.count >= 15, "the folders were not found under \(Self.root.path)")
        // A depth-first walk: meeting a folder still on the path closes a loop.
        var done: Set<String> = []
        var loops: [String] = []
        func visit(_ folder: String, _ path: [String]) {
            if let start = path.firstIndex(of: folder) {
                let loop = Array(path[start...]) + [folder]
                loops.append(zip(loop, loop.dropFirst()).map { "\($0) → \($1) \(graph[$0]![$1]!.sorted().prefix(3))" }.joined(separator: ", "))
                return
            }
            guard !done.contains(folder) else { return }
            for next in (graph[folder] ?? [:]).keys.sorted() { visit(next, path + [folder]) }
            done.insert(folder)
        }
        for folder in graph.keys.sorted() { visit(folder, []) }
        #expect(loops.isEmpty, "loops between folders:\n\(loops.prefix(5).joined(separator: "\n"))")
    }

    @Test("the check sees dependencies: the pipeline depends on rendering, which depends on the site")
    func notBlind() throws {
        let graph = try Self.graph()
        #expect(graph["Pipeline"]?["Render"] != nil)
        #expect(graph["Render"]?["Site"] != nil)
        #expect(graph["Support"]?.isEmpty == true)
    }
}
