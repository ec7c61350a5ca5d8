import Foundation

/// What each output file read beyond its own route, noted as the pages render, on every thread:
/// the templates it was rendered with and the glossary terms its text links. The preview keeps
/// them: after a template or a term is edited, it renders again only the files that read it.
final class PageReads: @unchecked Sendable {
    struct Reads: Sendable {
        /// Templates by name (a template's partials are not noted: `TemplateLibrary.including`).
        var templates: Set<String> = []
        /// Glossary terms by source path.
        var terms: Set<String> = []
    }

    private let lock = NSLock()
    private var byFile: [String: Reads] = [:]

    func template(_ name: String, for file: String) {
        lock.lock()
        byFile[file, default: Reads()].templates.insert(name)
        lock.unlock()
    }

    func terms(_ sources: [String], for file: String) {
        guard !sources.isEmpty else { return }
        lock.lock()
        byFile[file, default: Reads()].terms.formUnion(sources)
        lock.unlock()
    }

    /// What each file rendered so far read, by output file.
    var all: [String: Reads] {
        lock.lock()
        defer { lock.unlock() }
        return byFile
    }
}
