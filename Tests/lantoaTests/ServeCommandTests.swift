import Foundation
import Testing
import LantoaTesting
#if canImport(Glibc)
import Glibc
#endif

/// `lantoa serve` as a user runs it: the address it prints, the errors it gives before serving,
/// and (issue 14, item 5) a flood of connections that must not end it. Every wait is bounded.
@Suite("lantoa serve on the command line")
struct ServeCommandTests {
    /// A running `lantoa serve` whose output is collected as it comes.
    final class Serve: @unchecked Sendable {
        let process = Process()
        private let pipes = (out: Pipe(), err: Pipe())
        private let lock = NSLock()
        private var out = "", err = ""

        /// `limitFiles` runs it with that soft limit on open files (`ulimit -n`).
        init(_ arguments: [String], environment: [String: String] = ["LANG": "C.UTF-8"], limitFiles: Int? = nil) throws {
            if let limitFiles {
                process.executableURL = URL(fileURLWithPath: "/bin/sh")
                process.arguments = ["-c", "ulimit -n \(limitFiles) && exec \"$0\" \"$@\"", CommandLineTests.executable.path] + arguments
            } else {
                process.executableURL = CommandLineTests.executable
                process.arguments = arguments
            }
            process.environment = environment
            process.standardOutput = pipes.out
            process.standardError = pipes.err
            pipes.out.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.add(handle.availableData, error: false) }
            pipes.err.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.add(handle.availableData, error: true) }
            try process.run()
        }

        deinit {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }

        private func add(_ data: Data, error: Bool) {
            let text = String(decoding: data, as: UTF8.self)
            lock.withLock { if error { err += text } else { out += text } }
        }

        var stdout: String { lock.withLock { out } }
        var stderr: String { lock.withLock { err } }

        /// Waits up to `seconds` for stdout to contain `text` (false if it never does).
        func waitFor(_ text: String, seconds: Double = 20) async throws -> Bool {
            let end = Date().addingTimeInterval(seconds)
            while !stdout.contains(text), process.isRunning, Date() < end { try await Task.sleep(for: .milliseconds(50)) }
            return stdout.contains(text)
        }

        /// Waits up to `seconds` for the process to end by itself (false if it had to be killed),
        /// then collects the rest of its output.
        func waitForExit(seconds: Double = 20) async throws -> Bool {
            let end = Date().addingTimeInterval(seconds)
            while process.isRunning, Date() < end { try await Task.sleep(for: .milliseconds(50)) }
            let ended = !process.isRunning
            if !ended { kill(process.processIdentifier, SIGKILL) }
            try await Loopback.onThread { [self] in
                process.waitUntilExit()
                for (pipe, error) in [(pipes.out, false), (pipes.err, true)] {
                    pipe.fileHandleForReading.readabilityHandler = nil
                    add(pipe.fileHandleForReading.readDataToEndOfFile(), error: error)
                }
            }
            return ended
        }

        /// Stops it as Ctrl-C does and returns its exit status.
        func interrupt() async throws -> Int32 {
            kill(process.processIdentifier, SIGINT)
            _ = try await waitForExit()
            return process.isRunning ? -1 : process.terminationStatus
        }

        /// The port in the "serving http://…:PORT/" line.
        var port: UInt16? {
            stdout.split(separator: "\n").first { $0.hasPrefix("serving ") }
                .flatMap { $0.split(separator: ":").last?.split(separator: "/").first }.flatMap { UInt16($0) }
        }
    }

    @Test("serve --host localhost --port 0 prints the port the system chose, that port answers, and an edit says how many files it rendered")
    func localhostPortZero() async throws {
        let site = try TestSite(BuildOutputTestsSpec.one)
        defer { site.remove() }
        let serve = try Serve(["serve", "--site", site.root.path, "--host", "localhost", "--port", "0"])
        #expect(try await serve.waitFor("built:"))
        let port = try #require(serve.port)
        #expect(port != 0)
        #expect(serve.stdout.hasPrefix("serving http://localhost:\(port)/ — press Ctrl-C to stop\n"))
        // Where the preview writes, said once; the folder holds what is served, and goes when it stops.
        let said = serve.stdout.split(separator: "\n").first { $0.hasPrefix("the preview's files are written to ") }.map(String.init) ?? ""
        let folder = String(said.dropFirst("the preview's files are written to ".count).prefix { $0 != "," })
        #expect(folder.contains("lantoa-preview-") && FileManager.default.fileExists(atPath: folder + "/tin-tuc/a/index.html"), "\(said)")
        #expect(try await Loopback.get("/tin-tuc/a/", port: port).status == 200)
        // A warm rebuild says how many of the site's files it rendered, not the whole site's pages.
        try site.write("content/articles/a.md", "---\ntitle: Tin\ndate: 2026-01-01\n---\nNội dung đã sửa.\n")
        #expect(try await serve.waitFor("rebuilt after content/articles/a.md: "))
        #expect(try await serve.waitFor(" files rendered in "))
        let line = serve.stdout.split(separator: "\n").first { $0.hasPrefix("rebuilt after") }.map(String.init) ?? ""
        let counts = line.split(separator: " ").compactMap { Int($0) }
        #expect(counts.count == 2 && counts[0] > 0 && counts[0] < counts[1], "\(line)")
        // The first build's line gives the same total of files as the rebuild's.
        let built = serve.stdout.split(separator: "\n").first { $0.hasPrefix("built:") }.map(String.init) ?? ""
        #expect(counts.count == 2 && built.contains(" pages (\(counts[1]) files) in "), "\(built)")
        // A file deleted is said to be.
        try site.write("content/articles/b.md", "---\ntitle: Tin B\ndate: 2026-01-02\n---\nB.\n")
        #expect(try await serve.waitFor("rebuilt after content/articles/b.md: "))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/articles/b.md"))
        #expect(try await serve.waitFor("rebuilt after content/articles/b.md (deleted): "), "\(serve.stdout)")
        #expect(try await serve.interrupt() == 0)
        #expect(serve.stderr == "")
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test("serve on a port in use exits 1 with one error naming the port and a hint, and never says serving")
    func portInUse() async throws {
        let site = try TestSite(BuildOutputTestsSpec.one)
        defer { site.remove() }
        let (taken, port) = try Loopback.occupyPort()
        defer { close(taken) }
        for (language, expected) in [
            ("C.UTF-8", "error: port \(port) is already in use on 127.0.0.1\n"
                + "    hint: stop the program using it (perhaps another lantoa serve), or choose another port: --port \(port + 1), or --port 0 for any free port\n"),
            ("vi_VN.UTF-8", "lỗi: cổng \(port) trên 127.0.0.1 đang được một chương trình khác dùng\n"
                + "    gợi ý: dừng chương trình đang dùng cổng đó (có thể là một lantoa serve khác), hoặc chọn cổng khác: --port \(port + 1), hoặc --port 0 để lấy một cổng trống bất kỳ\n"),
        ] {
            let serve = try Serve(["serve", "--site", site.root.path, "--port", String(port)], environment: ["LANG": language])
            #expect(try await serve.waitForExit(), "serve kept running on a port in use")
            #expect(serve.process.terminationStatus == 1)
            #expect(serve.stderr == expected)
            #expect(serve.stdout == "")
        }
    }

    // Issue 14: ~20,000 connections used up the file handles, accept failed with EMFILE and the
    // server exited, after printing build errors for files that were all there. Here the server
    // may open 64 files, and 300 connections come at once.
    @Test("a flood of connections with few file handles leaves the server answering, and prints no build error")
    func flood() async throws {
        let site = try TestSite(BuildOutputTestsSpec.one)
        defer { site.remove() }
        let serve = try Serve(["serve", "--site", site.root.path, "--port", "0"], limitFiles: 64)
        #expect(try await serve.waitFor("built:"))
        // The first build itself must hold within the limit (it once failed under a full test run).
        #expect(!serve.stdout.contains("failed"), "\(serve.stdout)\n\(serve.stderr)")
        let port = try #require(serve.port)

        let opened = try await Loopback.onThread {
            (0..<300).compactMap { _ in try? Loopback.connect(port: port, timeout: 1) }
        }
        try await Task.sleep(for: .milliseconds(500))
        opened.forEach { close($0) }

        // The server may be pausing before it listens again: it has a few seconds to come back.
        var status = 0
        for _ in 0..<60 where status != 200 {
            status = (try? await Loopback.get("/tin-tuc/a/", port: port).status) ?? 0
            if status != 200 { try await Task.sleep(for: .milliseconds(250)) }
        }
        #expect(status == 200)
        #expect(serve.process.isRunning)
        #expect(try await serve.interrupt() == 0)
        // The one line allowed: the server dropped its connections and listened again.
        let lines = serve.stderr.split(separator: "\n")
        #expect(lines.allSatisfy { $0.hasPrefix("the preview stopped accepting connections (accept: ") }, "\(serve.stderr)")
        #expect(!serve.stdout.contains("rebuilt") && !serve.stdout.contains("failed"), "\(serve.stdout)")
    }
}
