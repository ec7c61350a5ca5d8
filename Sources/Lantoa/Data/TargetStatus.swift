/// How a target stands, in the words people use. The rules are written in the README ("Target status").
public enum TargetStatus: String, Sendable, CaseIterable {
    /// The figure meets the target (the window is complete, or a running total already reached it).
    case met = "đạt"
    /// The due year's figure is not in yet and the figure so far meets the target.
    case likely = "có khả năng đạt"
    /// The figure so far falls short, but the years without a figure could still make it up.
    case behind = "chưa đạt"
    /// The due year's figure is not in yet, and each year without a figure would need more than
    /// the best year on record: a forecast, so it is not said as a verdict.
    case unlikely = "khó đạt"
    /// The due year's figure is in and misses the target.
    case missed = "không đạt"
    /// No figure inside the target's window.
    case noData = "chưa có số liệu"
    /// The loaded series measures something other than what the target names.
    case noMatchingData = "chưa có số liệu phù hợp"

    /// A CSS class name for the status.
    public var className: String {
        switch self {
        case .met: "dat"
        case .likely: "co-kha-nang-dat"
        case .behind: "chua-dat"
        case .unlikely: "kho-dat"
        case .missed: "khong-dat"
        case .noData: "chua-co-so-lieu"
        case .noMatchingData: "chua-co-so-lieu-phu-hop"
        }
    }

    /// Whether a figure is shown with the status.
    public var hasFigure: Bool { self != .noData && self != .noMatchingData }
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
    /// Why the status is what it is, when the figure alone does not say (what the remaining years would need).
    public var reason: String = ""
    /// How the figure was worked out, when the plan leaves it open (the years of an average).
    public var basis: String = ""
    /// The statuses of the first figures (`sơ bộ`, `ước tính`, `dự báo`) the figure rests on, in
    /// the order of the years: a verdict on them may change when the official figures come.
    public var provisional: [String] = []
    /// A verdict ("đạt", "không đạt") that rests on first figures: said as one for now.
    public var isProvisionalVerdict: Bool { !provisional.isEmpty && (status == .met || status == .missed) }
    /// The basis and the reason, as the indicator page and the downloads give them.
    public var note: String { [basis, reason].filter { !$0.isEmpty }.joined(separator: " ") }
}

extension Interface {
    /// The words of a target's status where it is given alone (a badge, a table cell, a chart's
    /// description): a verdict ("đạt", "không đạt") resting on first figures says on which, as
    /// the chart's title does, so "không đạt" is not read as final while the year is an estimate.
    public func status(of e: TargetEvaluation) -> String {
        guard e.isProvisionalVerdict else { return status(e.status) }
        return self(.statusOnProvisional, ["status": status(e.status), "kinds": e.provisional.map(dataStatus).joined(separator: self(.listJoin))])
    }

    /// The words of a target status, as badges show it.
    public func status(_ status: TargetStatus) -> String {
        switch status {
        case .met: self(.statusMet)
        case .likely: self(.statusLikely)
        case .behind: self(.statusBehind)
        case .unlikely: self(.statusUnlikely)
        case .missed: self(.statusMissed)
        case .noData: self(.statusNoData)
        case .noMatchingData: self(.statusNoMatchingData)
        }
    }
}
