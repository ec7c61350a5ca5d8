import ArgumentParser
import Foundation
import Lantoa

/// Prints diagnostics to stderr like a compiler and the summary line to stdout, in Vietnamese
/// when LANG (or LC_ALL, LC_MESSAGES) asks for it: every line is a `Message`, which carries both.
enum Terminal {
    static let vietnamese = Message.prefersVietnamese(ProcessInfo.processInfo.environment)

    /// One problem; with `quiet` (--quiet), errors only.
    static func print(_ diagnostic: Diagnostic, quiet: Bool = false) {
        if quiet && diagnostic.severity == .warning { return }
        // Already in the reader's language: written as it is, not looked up in the table again.
        FileHandle.standardError.write(Data((visible(diagnostic.formatted(vietnamese: vietnamese)) + "\n").utf8))
    }

    /// Control characters quoted from a file are shown as `\u{1b}`, never sent to the terminal,
    /// where an escape sequence could recolour or rewrite the screen.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// More than this many problems would scroll the first ones away; the rest are counted.
    static let shownDiagnostics = 200

    /// Prints the problems and the summary; `folder` names the output of a build that may have
    /// found it already made (`BuildReport.unchanged`).
    static func finish(_ result: BuildResult, action: Message, folder: String? = nil, quiet: Bool) throws {
        for diagnostic in result.diagnostics.prefix(shownDiagnostics) { print(diagnostic, quiet: quiet) }
        if result.diagnostics.count > shownDiagnostics {
            printError(.moreProblemsNotShown(result.diagnostics.count - shownDiagnostics))
        }
        if let report = result.report {
            if !quiet, report.unchanged, let folder {
                say(.leftAsItIs(folder, report, seconds: result.seconds, warnings: result.warnings.count))
            } else if !quiet {
                say(.built(action, report, seconds: result.seconds, warnings: result.warnings.count))
            }
            if !quiet, let waiting = Message.waiting(report.waiting) { say(waiting) }
        } else {
            let count = result.errors.count
            printError(.buildFailed(count, result.warnings.count))
            throw ExitCode.failure
        }
    }

    /// A line on stdout, written at once (print is buffered when stdout is not a terminal).
    static func say(_ text: Message) {
        FileHandle.standardOutput.write(Data((text.text(vietnamese: vietnamese) + "\n").utf8))
    }

    /// Output for programs (JSON), the same in every language.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func printError(_ text: Message) {
        FileHandle.standardError.write(Data((text.text(vietnamese: vietnamese) + "\n").utf8))
    }

    /// The folder a user named, taken literally: a path starting with `~` that reached us was
    /// quoted past the shell, so it names a folder called `~` here, never the home folder
    /// (Foundation would expand it, and a build would then replace the home folder).
    static func folder(_ path: String) -> URL {
        let literal = path.hasPrefix("~") ? "./" + path : path
        return URL(fileURLWithPath: literal, isDirectory: true)
    }

    /// A path as the user would type it: relative to the current folder when inside it.
    static func display(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) + "/" : path
    }
}
