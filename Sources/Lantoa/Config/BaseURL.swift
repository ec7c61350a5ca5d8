/// The address the site is served from, e.g. `https://host/nang-suat/`.
public struct BaseURL: Sendable, Equatable {
    /// Scheme and host, no trailing slash: `https://host`.
    public let origin: String
    /// The path the site is mounted at, always starting and ending with `/`: `/nang-suat/`.
    public let path: String

    public static let `default` = BaseURL("http://localhost:1313/")!

    public init?(_ text: String) {
        let trimmed = text.trimmed
        guard let schemeEnd = trimmed.range(of: "://") else { return nil }
        let scheme = trimmed[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = trimmed[schemeEnd.upperBound...]
        let hostEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        let host = rest[..<hostEnd]
        guard !host.isEmpty, !host.contains(" "), !rest.contains("?"), !rest.contains("#") else { return nil }
        var path = String(rest[hostEnd...])
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        guard !path.contains("//"), !path.split(separator: "/").contains("..") else { return nil }
        origin = "\(scheme)://\(host)"
        self.path = path
    }

    /// The root-relative link for a site path such as `tin-tuc/a/` (with the mount path in front).
    public func link(_ sitePath: String) -> String { path + sitePath }

    /// A URL as written in content or config: a root-relative one (`/media/a.png`) gets the mount
    /// path in front; anything else (external, relative, mail) is left as it is.
    /// An address `URLPolicy` refuses never reaches a page, even if a reader let it through.
    public func resolve(_ url: String) -> String {
        guard URLPolicy.allows(url) else { return "#" }
        return url.hasPrefix("/") && !url.hasPrefix("//") ? link(String(url.dropFirst())) : url
    }

    /// The absolute form of a URL written in content: absolute ones stay, others name site paths.
    public func absoluteURL(_ url: String) -> String {
        url.contains("://") ? url : absolute(url.hasPrefix("/") ? String(url.dropFirst()) : url)
    }

    /// The absolute URL for a site path.
    public func absolute(_ sitePath: String) -> String { origin + path + sitePath }

    /// The host (with its port, if any): `nangsuat.example.org`, for feed ids and calendar UIDs.
    /// Whether the address is this computer's (`localhost`, `127.0.0.1`, `[::1]`): a preview's, not a published site's.
    public var isLoopback: Bool {
        let name = host.split(separator: ":").first.map { $0.lowercased() } ?? ""
        return name == "localhost" || name.hasPrefix("127.") || host.hasPrefix("[::1]")
    }

    public var host: String { origin.split(separator: "/").last.map(String.init) ?? "localhost" }
}
