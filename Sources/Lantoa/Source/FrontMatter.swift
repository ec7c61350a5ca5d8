import Yams

/// The YAML header of a content file, each key kept with where it was written.
public struct FrontMatter: Sendable {
    /// One `key: value` pair and its location in the file.
    public struct Field: @unchecked Sendable {
        public let key: String
        public let value: Node
        public let keyLocation: SourceLocation
        public let valueLocation: SourceLocation
    }

    public var fields: [Field] { didSet { keys = Self.keys(of: fields) } }
    /// Where each key is first found, for a long list of keys (an interface file has 480): each
    /// key looked up in turn made reading one a few hundred thousand comparisons.
    private var keys: [String: Int]?
    /// Where the front matter starts (the opening `---`), for "missing key" errors.
    public var location: SourceLocation
    /// Lines between the YAML text's first line and the file's first line.
    public var lineOffset: Int

    public init(fields: [Field] = [], location: SourceLocation, lineOffset: Int = 0) {
        self.fields = fields
        self.keys = Self.keys(of: fields)
        self.location = location
        self.lineOffset = lineOffset
    }

    /// A nested group of keys (`organisation:` in site.yml) read the same way as the top level.
    public init(mapping: Node.Mapping, file: String, lineOffset: Int) {
        func location(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
        }
        self.init(
            fields: mapping.map { key, value in
                Field(key: key.string ?? "", value: value, keyLocation: location(key.mark), valueLocation: location(value.mark))
            },
            location: location(mapping.mark), lineOffset: lineOffset)
    }

    public subscript(key: String) -> Field? {
        if let keys { return keys[key].map { fields[$0] } }
        return fields.first { $0.key == key }
    }

    private static func keys(of fields: [Field]) -> [String: Int]? {
        guard fields.count > 24 else { return nil }
        var keys: [String: Int] = [:]
        for (i, field) in fields.enumerated() where keys[field.key] == nil { keys[field.key] = i }
        return keys
    }
}

/// A content file split into its front matter and Markdown body.
public struct SplitSource: Sendable {
    public var frontMatter: FrontMatter
    public var body: String
    /// Line of the file on which the body's first line sits.
    public var bodyLine: Int
}
