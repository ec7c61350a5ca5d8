import Foundation
import Testing
import LantoaTesting

/// The `lantoa` executable as a user runs it: help text, exit codes, what goes to stdout and stderr.
@Suite("lantoa command line")
struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The built `lantoa` binary sits beside the test bundle.
    static let executable: URL = {
        let products = Bundle.main.bundleURL.pathExtension == "xctest"
            ? Bundle.main.bundleURL.deletingLastPathComponent() : Bundle.main.bundleURL
        return products.appendingPathComponent("lantoa")
    }()

    static func run(_ arguments: [String], in folder: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test("--help names the tool and its build subcommand")
    func help() throws {
        let r = try Self.run(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE: lantoa <subcommand>"))
        #expect(r.stdout.contains("build"))
        #expect(r.stdout.contains("Build the site into the output folder"))
    }

    @Test("build --help lists every option with its meaning")
    func buildHelp() throws {
        let r = try Self.run(["build", "--help"])
        #expect(r.status == 0)
        for option in ["--site <dir>", "--output <dir>", "--base-url <url>", "--drafts", "--future"] {
            #expect(r.stdout.contains(option), "missing \(option)")
        }
        #expect(r.stdout.contains("previous output folder is left exactly as it"))
    }

    @Test("a good site builds with exit 0 and a one-line summary")
    func success() throws {
        let site = try TestSite(BuildOutputTestsSpec.one)
        defer { site.remove() }
        let r = try Self.run(["build"], in: site.root)
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(r.stdout.hasPrefix("wrote public/: "))
        #expect(r.stdout.contains(" 1 articles in "))
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/tin-tuc/a/index.html").path))
    }

    @Test("a broken site prints every error like a compiler with a hint, exits 1 and writes nothing")
    func failure() throws {
        let site = try TestSite("""
        -- content/articles/a.md --
        ---
        title: Tin
        date: 2024-13-45
        ---
        -- content/articles/b.md --
        ---
        date: 2024-01-01
        ---
        """)
        defer { site.remove() }
        let r = try Self.run(["build", "--site", site.root.path])
        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("content/articles/a.md:3:7: error: 'date' is not a valid date (got \"2024-13-45\")"))
        #expect(lines.contains("content/articles/b.md:1:1: error: the article has no 'title'"))
        #expect(lines.contains { $0.hasPrefix("    hint: ") })
        #expect(lines.last == "build failed: 2 errors, 0 warnings; nothing was written")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public").path))
    }

    @Test("an unknown option is rejected with usage and exit 64")
    func badOption() throws {
        let r = try Self.run(["build", "--colour"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("Unknown option '--colour'"))
    }
}

enum BuildOutputTestsSpec {
    static let one = """
    -- content/articles/a.md --
    ---
    title: Tin
    date: 2026-01-01
    ---
    Nội dung.
    """
}
