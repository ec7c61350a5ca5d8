import Foundation

/// The default theme, carried inside the binary (`BuiltInThemeData`, generated from the
/// repository's `templates/` by `scripts/embed-theme`). A site's own file of the same path
/// overrides it file by file, as Hugo's theme lookup does: a site with no `templates/` uses it
/// entirely; `lantoa theme eject NAME` copies a file out to be changed.
public enum BuiltInTheme {
    /// Project path (`templates/base.mustache`) → bytes.
    public static let files: [String: [UInt8]] = Dictionary(uniqueKeysWithValues: BuiltInThemeData.base64.map {
        ($0.path, [UInt8](Data(base64Encoded: $0.content) ?? Data()))
    })

    /// What `lantoa theme eject` copied, one project path a line. With it, a file the site keeps
    /// after an upgrade removed the built-in one is a warning rather than a silent leftover.
    public static let record = "templates/.lantoa-theme"

    /// The theme file names a site may eject or override: `base.mustache`, `i18n/vi.yml`, `static/assets/style.css`.
    public static var names: [String] { files.keys.map { String($0.dropFirst("templates/".count)) }.sorted() }

    /// The theme file a mistyped name meant (`foter` → `footer.mustache`), if one is close.
    public static func closest(to name: String) -> String? {
        let short = names.map { $0.hasSuffix(".mustache") ? String($0.dropLast(".mustache".count)) : $0 }
        return Suggestion.closest(to: name, in: short)
    }

    /// Names the built-in theme's templates no longer give, or give on fewer pages, that a site's
    /// own copy of the file may still read: the file, the tag, a tag whose presence says the copy
    /// is new enough, and what to say.
    static let changedNames: [(file: String, tag: String, unless: String?, message: Message)] = [
        ("templates/pagination.mustache", "{{total}}", nil, .paginationHasNoTotal),
        ("templates/taxonomy.mustache", "{{count}}", "{{#count}}", .termCountFirstPageOnly),
        ("templates/archive.mustache", "{{#years}}", "{{#count}}", .archiveYearCountIndexOnly),
        ("templates/static/assets/search.js", "manifest.shards", "manifest.segments", .searchIndexInSegments),
        ("templates/search.mustache", "class=\"search-status\"", "data-found=", .searchSentencesFromTheme),
        ("templates/dashboard.mustache", "{{site.t.status_missed}}", "{{site.t.status_unlikely}}", .legendHasNoUnlikely),
    ]

    /// What `lantoa theme eject` calls a theme file: `footer` for `templates/footer.mustache`,
    /// `static/assets/search.js` for itself.
    static func ejectName(_ path: String) -> String {
        let name = path.dropFirst("templates/".count)
        return String(name.hasSuffix(".mustache") ? name.dropLast(".mustache".count) : name)
    }

    /// Warnings for the site's own copies of theme files that read what the built-in theme no
    /// longer gives (`changedNames`), and for ejected files (listed in `record`) that it no longer has.
    static func upgradeWarnings(_ files: ProjectFiles) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for changed in changedNames where files.existsOnDisk(changed.file) {
            guard case .success(let source) = files.read(changed.file), let at = source.text.range(of: changed.tag),
                  !(changed.unless.map { source.text.contains($0) } ?? false) else { continue }
            let before = source.text[..<at.lowerBound]
            let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            let column = before.distance(from: before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex, to: before.endIndex) + 1
            warnings.append(.warning(SourceLocation(file: changed.file, line: line, column: column), changed.message,
                                     hint: .compareWithBuiltIn(ejectName(changed.file))))
        }
        guard case .success(let record) = files.read(record) else { return warnings }
        for (k, line) in record.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let path = line.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty, !path.hasPrefix("#") else { continue }
            guard Self.files[path] == nil, files.existsOnDisk(path) else { continue }
            warnings.append(.warning(SourceLocation(file: path), .fileOverridesWhichBuiltTheme(path.dropFirst("templates/".count), LantoaVersion.number),
                                     hint: .usedOnlyIfAnotherTemplate(k + 1, Self.record)))
        }
        return warnings
    }
}
