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
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += "\n    hint: \(hint)" }
        return text
    }
}

/// The named stages of a build; every diagnostic and progress line names one.
public enum BuildStage: String, Sendable, CaseIterable {
    case load, assemble, render, write
}

/// Collects diagnostics from one stage, in a stable order, up to a cap.
public struct DiagnosticList: Sendable {
    public static let cap = 200
    public private(set) var items: [Diagnostic] = []
    public private(set) var dropped = 0

    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) {
        if items.count < Self.cap { items.append(diagnostic) } else { dropped += 1 }
    }

    public mutating func append(contentsOf list: [Diagnostic]) {
        for d in list { append(d) }
    }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    /// Sorted by file, line and column so output never depends on thread timing.
    public var sorted: [Diagnostic] {
        items.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }
}
