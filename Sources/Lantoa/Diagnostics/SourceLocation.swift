/// A place in a project file: the path relative to the project root, a 1-based line and column.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The same file, `lines` further down (front matter and body offsets).
    public func shifted(lines: Int, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line + lines, column: column ?? self.column)
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

extension SourceLocation: Codable {}

/// A place in a file as bytes, for what a build keeps for the next (see `ByteWriter`).
extension ByteWriter {
    mutating func write(_ l: SourceLocation) {
        write(l.file)
        write(l.line)
        write(l.column)
    }

    mutating func write(_ l: SourceLocation?) {
        write(l != nil)
        if let l { write(l) }
    }
}

extension ByteReader {
    mutating func location() throws -> SourceLocation {
        SourceLocation(file: try string(), line: try int(), column: try int())
    }
}
