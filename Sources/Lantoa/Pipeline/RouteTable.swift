/// Every output file of the site and who claimed it, in the order claimed. A file claimed twice
/// is an error naming both claimants; the first keeps it.
struct RouteTable {
    private(set) var routes: [Route] = []
    /// Output file → who claimed it.
    private(set) var owners: [String: String] = [:]
    /// Source path of a published document → its site path.
    var paths: [String: String] = [:]
    var diagnostics: [Diagnostic] = []

    mutating func claim(_ file: String, _ kind: Route.Kind, by owner: String, at location: SourceLocation? = nil) {
        if let first = owners[file] {
            let both = [first, owner].sorted()
            diagnostics.append(.error(location ?? SourceLocation(file: owner), .urlClaimedTwice("/" + Route(file: file, kind: kind).sitePath, both[0], both[1]),
                                      hint: .giveOneThemAnotherSlug, stage: .assemble))
            return
        }
        owners[file] = owner
        routes.append(Route(file: file, kind: kind))
    }

    /// A document's page, at the path its section gives it, recorded for links.
    mutating func claimDocument(_ document: Document, _ kind: Route.Kind, names: SiteConfig.URLNames) {
        let path = document.sitePath(names)
        paths[document.sourcePath] = path
        claim(path + "index.html", kind, by: document.sourcePath, at: document.urlLocation)
    }

    /// The search index's files are named by their contents when the site is indexed, after the
    /// routes are decided: their whole folder is reserved, so that nothing else is written into it.
    mutating func reserveSearchIndex(_ folder: String) {
        for (file, owner) in owners.filter({ $0.key.hasPrefix(folder) }).sorted(by: { $0.key < $1.key }) {
            diagnostics.append(.error(SourceLocation(file: owner), .urlInsideSearchIndexFolder(file, folder),
                                      hint: .giveAnotherUrlSlugSet,
                                      stage: .assemble))
        }
    }
}
