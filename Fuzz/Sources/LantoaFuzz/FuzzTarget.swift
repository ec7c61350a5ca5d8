import Foundation
import Lantoa

/// One reader under fuzzing: what it feeds the bytes to, and what it starts from.
struct FuzzTarget: Sendable {
    /// The name scripts/fuzz and LANTOA_FUZZ_TARGET use.
    let name: String
    /// One line for `LANTOA_FUZZ_TARGET=list`.
    let summary: String
    /// The dictionaries under Fuzz/dict/ (without `.dict`) joined into the target's `-dict` file.
    let dictionaries: [String]
    /// The starting corpus: files of the example site, and inputs written here for what it lacks.
    let seeds: @Sendable (ExampleSite) -> [Seed]
    /// Work done once per process before the first input (loading the example site, a scratch folder).
    let setUp: @Sendable () -> Void
    /// Inputs of a crash class already known and being fixed elsewhere; see FUZZ-FINDINGS.md.
    let skip: @Sendable ([UInt8]) -> Bool
    /// Feeds one input to the reader, the way a build would.
    let run: @Sendable ([UInt8]) -> Void

    init(name: String, summary: String, dictionaries: [String], seeds: @escaping @Sendable (ExampleSite) -> [Seed],
         setUp: @escaping @Sendable () -> Void = {}, skip: @escaping @Sendable ([UInt8]) -> Bool = { _ in false },
         run: @escaping @Sendable ([UInt8]) -> Void) {
        (self.name, self.summary, self.dictionaries, self.seeds) = (name, summary, dictionaries, seeds)
        (self.setUp, self.skip, self.run) = (setUp, skip, run)
    }

    /// Every target, in the order scripts/fuzz runs them.
    static let all: [FuzzTarget] = [
        DocumentTargets.frontMatter, DocumentTargets.markdown, DocumentTargets.stories, DocumentTargets.documents,
        DataTargets.csv, DataTargets.indicators, DataTargets.plan, TemplateTarget.templates, DocumentTargets.site,
    ]

    /// Writes `seeds/` and `dict` into `folder` for scripts/fuzz.
    func prepare(in folder: URL) throws {
        let example = ExampleSite.shared
        let seedFolder = folder.appendingPathComponent("seeds")
        try? FileManager.default.removeItem(at: seedFolder)
        try FileManager.default.createDirectory(at: seedFolder, withIntermediateDirectories: true)
        for seed in seeds(example) {
            try Data(seed.bytes).write(to: seedFolder.appendingPathComponent(seed.name))
        }
        var dictionary = ""
        for name in dictionaries {
            dictionary += try String(contentsOf: example.repository.appendingPathComponent("Fuzz/dict/\(name).dict"), encoding: .utf8)
        }
        try Data(dictionary.utf8).write(to: folder.appendingPathComponent("dict"))
    }
}

/// One starting input, named for the file of the example site it comes from.
struct Seed: Sendable {
    var name: String
    var bytes: [UInt8]

    init(_ name: String, _ bytes: [UInt8]) {
        // Seed files live in one flat folder: `content/articles/2024/a.md` → `content_articles_2024_a.md`.
        self.name = name.replacingOccurrences(of: "/", with: "_")
        self.bytes = bytes
    }

    init(_ name: String, _ text: String) { self.init(name, Array(text.utf8)) }
}

/// Formats the diagnostics as `lantoa build` prints them (at most 200), in both languages: the
/// messages quote the fuzzed values. (Each message carries its Vietnamese, so this is cheap; the
/// table that matched every English text against its templates, and took most of each run, is gone.)
/// LANTOA_FUZZ_VERBOSE=1 prints them, to see what the reader made of an input.
func printAsTheCommandDoes(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics.prefix(200) {
        let english = diagnostic.formatted(vietnamese: false)
        _ = diagnostic.formatted(vietnamese: true)
        if verbose { FileHandle.standardError.write(Data((english + "\n").utf8)) }
    }
}

private let verbose = ProcessInfo.processInfo.environment["LANTOA_FUZZ_VERBOSE"] != nil
