import Foundation

/// The templates each output file was rendered with, noted as the pages render, on every
/// thread. The preview keeps them: after a template edit it renders again only the files that
/// used the template, or one that includes it.
final class TemplateUses: @unchecked Sendable {
    private let lock = NSLock()
    private var byFile: [String: Set<String>] = [:]

    func note(_ template: String, for file: String) {
        lock.lock()
        byFile[file, default: []].insert(template)
        lock.unlock()
    }

    /// The templates by output file, of every file rendered so far.
    var all: [String: Set<String>] {
        lock.lock()
        defer { lock.unlock() }
        return byFile
    }
}
