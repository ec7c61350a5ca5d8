extension Diagnostic {
    /// `lantoa check --format json`: whether the check passed, the counts, and one object per
    /// problem with its place, severity, message, hint and stage. Written by the one JSON writer.
    public static func json(_ list: [Diagnostic], ok: Bool) -> String {
        let entries: [TemplateValue] = list.map {
            ["file": .text($0.location.file), "line": .int($0.location.line), "column": .int($0.location.column),
             "severity": .text($0.severity.rawValue), "message": .text($0.message), "hint": .text(orEmpty: $0.hint), "stage": .text($0.stage.rawValue)]
        }
        return JSON.encode([
            "ok": .bool(ok), "errors": .int(list.filter { $0.severity == .error }.count),
            "warnings": .int(list.filter { $0.severity == .warning }.count), "diagnostics": .list(entries),
        ], pretty: true)
    }
}
