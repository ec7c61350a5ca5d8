/// How a target stands. The rules are written in the README ("Target status").
public enum TargetStatus: String, Sendable, CaseIterable {
    case met = "đạt"
    case onTrack = "đúng hướng"
    case behind = "chậm"
    case noData = "chưa đủ dữ liệu"

    /// A CSS class name for the status.
    public var className: String {
        switch self {
        case .met: "dat"
        case .onTrack: "dung-huong"
        case .behind: "cham"
        case .noData: "chua-du-du-lieu"
        }
    }
}

/// A target checked against the data: the figure compared, over which years, and the status.
public struct TargetEvaluation: Sendable {
    public var target: Target
    public var status: TargetStatus
    /// The average, running total or value that was compared; nil without data.
    public var figure: Double?
    /// The years the figure covers, e.g. `2021–2024`.
    public var span: String
    /// Progress toward the goal, 0 when nothing is done, 1 at the goal.
    public var progress: Double?
}
