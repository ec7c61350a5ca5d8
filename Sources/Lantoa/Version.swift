import LantoaBuildInfo

/// Which Lan Tỏa this is: `lantoa --version`, and the generator named in every page.
public enum LantoaVersion {
    public static let number = "0.2.0"

    /// The commit the binary was built from, stamped by scripts/build and scripts/package; empty otherwise.
    public static var commit: String { String(cString: lantoa_commit()) }

    /// `0.2.0 (commit 1a2b3c4d5e6f)`, or `0.2.0 (commit unknown: built without scripts/build)`.
    public static var description: String {
        "\(number) (commit \(commit.isEmpty ? "unknown: built without scripts/build" : commit))"
    }
}
