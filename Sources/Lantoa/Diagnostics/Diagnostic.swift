/// One problem found in the input, printed the way compilers print them.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How bad a problem is: errors stop the build before anything is written.
    public enum Severity: String, Sendable, Comparable, Codable {
        case warning, error

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var severity: Severity
    public var location: SourceLocation
    /// What is wrong, in both languages.
    public var text: Message
    /// How to fix it, in both languages.
    public var hintText: Message?
    /// The pipeline stage that found it (load, assemble, render, write).
    public var stage: BuildStage
    /// Problems with the same summary (`unknown key 'authors'`) are said once for all files.
    public var summary: String?

    public init(_ severity: Severity, _ location: SourceLocation, _ text: Message, hint: Message? = nil, stage: BuildStage = .load) {
        self.severity = severity
        self.location = location
        self.text = text
        self.hintText = hint
        self.stage = stage
    }

    public static func error(_ location: SourceLocation, _ text: Message, hint: Message? = nil, stage: BuildStage = .load) -> Diagnostic {
        Diagnostic(.error, location, text, hint: hint, stage: stage)
    }

    public static func warning(_ location: SourceLocation, _ text: Message, hint: Message? = nil, stage: BuildStage = .load) -> Diagnostic {
        Diagnostic(.warning, location, text, hint: hint, stage: stage)
    }

    /// The message in English, as tests and `--format json` read it.
    public var message: String { text.english }
    /// The hint in English.
    public var hint: String? { hintText?.english }

    /// `file:line:col: error: message`, then `hint: …` on its own line when there is one.
    public var description: String { formatted(vietnamese: false) }

    /// The same in Vietnamese (`lỗi`, `cảnh báo`, `gợi ý`), from the message's own Vietnamese.
    public func formatted(vietnamese: Bool) -> String {
        guard vietnamese else {
            var line = "\(location): \(severity.rawValue): \(text.english)"
            if let hintText { line += "\n    hint: \(hintText.english)" }
            return line
        }
        var line = "\(location): \(severity == .error ? "lỗi" : "cảnh báo"): \(text.vietnamese)"
        if let hintText { line += "\n    gợi ý: \(hintText.vietnamese)" }
        return line
    }
}

/// Kept in a build's record (`BuildRecord`), to be said again by a build that finds nothing changed.
extension Diagnostic: Codable {}

/// The named stages of a build; every diagnostic and progress line names one.
public enum BuildStage: String, Sendable, CaseIterable, Codable {
    case load, assemble, index, render, write
}
