/// What `lantoa import` did with every file of the source site, and what it could not convert.
public struct ImportReport: Sendable {
    /// What became of one source file.
    public enum Outcome: String, Sendable, CaseIterable {
        case article = "articles", page = "pages", resource = "files beside their pages", media = "static files copied to content/media/"
        case skipped = "skipped (theme, layouts, configuration, generated output)", notConverted = "not converted"

        /// How the summary line names the outcome.
        public var name: Message {
            switch self {
            case .article: .importedArticles
            case .page: .importedPages
            case .resource: .importedResources
            case .media: .importedMedia
            case .skipped: .importSkipped
            case .notConverted: .importNotConverted
            }
        }
    }

    /// Each source file (relative to the source folder) and what became of it, with a reason for
    /// files skipped or not converted.
    public var files: [(path: String, outcome: Outcome, note: String)] = []
    /// What could not be converted inside converted files (a shortcode, a front matter key),
    /// each at its `file:line` in the source.
    public var problems: [Diagnostic] = []

    public init() {}

    public func count(_ outcome: Outcome) -> Int { files.count { $0.outcome == outcome } }

    /// The report as text: counts, then every skipped or unconverted file, then every problem.
    public func text(source: String, generator: String, destination: String) -> String {
        var out = "lantoa import \(generator) \(source) → \(destination)\n\n\(files.count) files in the source:\n"
        for outcome in Outcome.allCases where count(outcome) > 0 {
            out += "  \(count(outcome)) \(outcome.rawValue)\n"
        }
        let skipped = Dictionary(grouping: files.filter { $0.outcome == .skipped }, by: \.note)
        if !skipped.isEmpty {
            out += "\nSkipped, by reason:\n"
            for (reason, list) in skipped.sorted(by: { $0.key < $1.key }) {
                out += "  \(list.count) × \(reason): \(list.prefix(3).map(\.path).joined(separator: ", "))\(list.count > 3 ? ", …" : "")\n"
            }
        }
        let unconverted = files.filter { $0.outcome == .notConverted }
        if !unconverted.isEmpty {
            out += "\nFiles not converted:\n"
            for file in unconverted { out += "  \(file.path): \(file.note)\n" }
        }
        if !problems.isEmpty {
            out += "\nNot converted inside converted files (\(problems.count)):\n"
            for problem in problems { out += problem.description + "\n" }
        }
        return out
    }
}
