/// A text the tool says to a person, in English and in Vietnamese, written side by side.
///
/// Every message has an identifier in the catalogue (`Diagnostics/Messages/`, and `Messages.swift`
/// in the command line and the preview): `.eventEndsBeforeStart(start, end)` rather than a string
/// typed where the problem is found. Both texts are required, so a message cannot lose its
/// Vietnamese when its English is edited; `MessageCatalogueTests` checks that neither is empty and
/// that no message is written outside the catalogue.
public struct Message: Hashable, Sendable {
    public var english: String
    public var vietnamese: String

    public init(_ english: String, _ vietnamese: String) {
        self.english = english
        self.vietnamese = vietnamese
    }

    /// The language people asked for through LANG, LC_ALL or LC_MESSAGES: Vietnamese or English.
    public static func prefersVietnamese(_ environment: [String: String]) -> Bool {
        namedLanguage(environment) ?? false
    }

    /// Whether LANG, LC_ALL or LC_MESSAGES name Vietnamese (true) or English (false); nil when
    /// they name neither, as `C.UTF-8`, `POSIX` or nothing at all do on servers and containers.
    public static func namedLanguage(_ environment: [String: String]) -> Bool? {
        let value = (environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LC_MESSAGES"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LANG"] ?? "").lowercased()
        return value.hasPrefix("vi") ? true : value.hasPrefix("en") ? false : nil
    }

    /// The text in the language asked for.
    public func text(vietnamese: Bool) -> String { vietnamese ? self.vietnamese : english }
}

/// Kept in a build's record (`BuildRecord`) with the warnings it said, to say them again.
extension Message: Codable {}
