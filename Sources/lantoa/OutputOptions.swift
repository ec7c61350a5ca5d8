import ArgumentParser
import Foundation
import Lantoa

/// --quiet and --verbose, and the progress they show.
struct OutputOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print each stage of the build with the time it started and the memory in use.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }

    /// Stage lines with --verbose; on a terminal, a count of rendered files that updates in place.
    func reporter() -> @Sendable (BuildProgress) -> Void {
        let started = Date()
        let verbose = self.verbose, quiet = self.quiet
        let interactive = isatty(STDERR_FILENO) == 1
        let names: [BuildStage: (String, String)] = [.load: ("load", "đọc nội dung"), .assemble: ("assemble", "tổng hợp"), .index: ("index", "lập chỉ mục tìm kiếm"),
                                                     .render: ("render", "kết xuất"), .write: ("write", "ghi")]
        return { progress in
            if progress.waiting {
                if !quiet { Terminal.printError(.waitingAnotherBuildIntoSame) }
                return
            }
            let name = Terminal.vietnamese ? names[progress.stage]!.1 : names[progress.stage]!.0
            if progress.done == 0 {
                if verbose { Terminal.printError(.verbatim(String(format: "[%6.3f s %4d MiB] ", Date().timeIntervalSince(started), Self.residentMiB()) + name)) }
            } else if interactive && !quiet && progress.total >= 500 {
                let end = progress.done == progress.total ? "\n" : ""
                FileHandle.standardError.write(Data("\r\(name) \(progress.done)/\(progress.total)\(end)".utf8))
            }
        }
    }

    /// The memory the process holds now (resident set), from Linux's /proc; 0 elsewhere.
    static func residentMiB() -> Int {
        #if os(Linux)
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / (1 << 20)
        #else
        return 0
        #endif
    }
}
