/// One problem found in the input, printed the way compilers print them.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// How bad a problem is: errors stop the build before anything is written.
    public enum Severity: String, Sendable, Comparable {
        case warning, error

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    public var hint: String?
    /// The pipeline stage that found it (load, assemble, render, write).
    public var stage: BuildStage
    /// Problems with the same summary (`unknown key 'authors'`) are said once for all files.
    public var summary: String?

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String, hint: String? = nil, stage: BuildStage = .load) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.stage = stage
    }

    public static func error(_ location: SourceLocation, _ message: String, hint: String? = nil, stage: BuildStage = .load) -> Diagnostic {
        Diagnostic(.error, location, message, hint: hint, stage: stage)
    }

    public static func warning(_ location: SourceLocation, _ message: String, hint: String? = nil, stage: BuildStage = .load) -> Diagnostic {
        Diagnostic(.warning, location, message, hint: hint, stage: stage)
    }

    /// `file:line:col: error: message`, then `hint: …` on its own line when there is one.
    public var description: String { formatted(vietnamese: false) }

    /// The same in Vietnamese (`lỗi`, `cảnh báo`, `gợi ý`), through the table of `Translation`.
    public func formatted(vietnamese: Bool) -> String {
        guard vietnamese else {
            var text = "\(location): \(severity.rawValue): \(message)"
            if let hint { text += "\n    hint: \(hint)" }
            return text
        }
        var text = "\(location): \(severity == .error ? "lỗi" : "cảnh báo"): \(Translation.vietnamese(message))"
        if let hint { text += "\n    gợi ý: \(Translation.vietnamese(hint))" }
        return text
    }
}

/// The named stages of a build; every diagnostic and progress line names one.
public enum BuildStage: String, Sendable, CaseIterable {
    case load, assemble, index, render, write
}
