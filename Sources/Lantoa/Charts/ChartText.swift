/// The words of a chart: a title that states the finding and a description a screen reader reads.
struct ChartText {
    let stats: IndicatorStatistics

    var indicator: Indicator { stats.indicator }

    /// The evaluation a headline speaks about: the first target with a figure, else the first target.
    var headlineEvaluation: TargetEvaluation? {
        stats.evaluations.first { $0.status.hasFigure } ?? stats.evaluations.first
    }

    /// e.g. "Tăng năng suất lao động bình quân 4,76 %/năm giai đoạn 2021–2024, chưa đạt mục tiêu trên 7 %".
    /// An illustrative series says so first, so the label goes wherever the title goes (SVG, PNG,
    /// embed, press kit, share text).
    var title: String {
        (indicator.illustrative ? "Số liệu minh họa – " : "") + finding
    }

    private var finding: String {
        let i = indicator
        if let e = headlineEvaluation, let figure = e.figure {
            let value = i.format(figure, decimals: e.target.kind == .average ? max(i.decimals, 2) : i.decimals)
            let relation = switch e.status {
            case .met: "đạt"
            case .likely: "hướng tới"
            case .missed: "không đạt"
            default: "chưa đạt"
            }
            let goal = (e.target.contributes ? "mục tiêu chung của cả nước " : "mục tiêu ") + conditionText(e.target)
            switch e.target.kind {
            case .average:
                return "\(i.shortName) bình quân \(value) giai đoạn \(e.span), \(relation) \(goal)"
            case .cumulative where e.span.suffix(4) == String(e.target.year):
                return "\(i.shortName) đến năm \(e.target.year): \(value), \(relation) \(goal)"
            case .cumulative:
                return "\(i.shortName): \(value) đến năm \(e.span.suffix(4)), \(relation) \(goal) đến năm \(e.target.year)"
            case .value:
                return "\(i.shortName) năm \(e.span): \(value), \(relation) \(goal) năm \(e.target.year)"
            }
        }
        if let b = breakdown, let top = b.rows.first {
            return "\(i.shortName) năm \(b.year): cao nhất \(top.label) với \(i.format(top.value))"
        }
        guard let latest = stats.latest else { return "\(i.shortName): chưa có số liệu" }
        var text = "\(i.shortName) năm \(latest.year): \(i.format(latest.value))"
        if let change = stats.change, change != 0 {
            text += ", \(change > 0 ? "tăng" : "giảm") \(changeText(abs(change))) so với năm trước"
        }
        return text
    }

    /// A change between two values: in `điểm phần trăm` when the values are percentages.
    func changeText(_ change: Double) -> String {
        let number = VietnameseFormat.number(change, decimals: indicator.decimals)
        if indicator.unit.trimmingCharacters(in: .whitespaces) == "%" { return "\(number)\u{00A0}điểm phần trăm" }
        return indicator.format(change)
    }

    /// `trên 7 %`, `khoảng 30 %`, `khoảng trên 35 %`, `khoảng từ 7 đến 10 doanh nghiệp`.
    func conditionText(_ t: Target) -> String {
        let text = bareCondition(t)
        // An average is a yearly rate: "bình quân trên 7 %/năm", as the plan writes it.
        return t.kind == .average ? "bình quân \(text)/năm" : text
    }

    private func bareCondition(_ t: Target) -> String {
        let i = indicator
        switch t.condition {
        case .above(let v): return "trên \(i.format(v, decimals: decimalsFor(v)))"
        case .atLeast(let v): return "từ \(i.format(v, decimals: decimalsFor(v))) trở lên"
        case .below(let v): return "dưới \(i.format(v, decimals: decimalsFor(v)))"
        case .atMost(let v): return "không quá \(i.format(v, decimals: decimalsFor(v)))"
        case .about(let v, _): return "khoảng \(i.format(v, decimals: decimalsFor(v)))"
        case .aboutAbove(let v, _): return "khoảng trên \(i.format(v, decimals: decimalsFor(v)))"
        case .between(let a, let b):
            return "\(t.approximate ? "khoảng " : "")từ \(VietnameseFormat.number(a, decimals: decimalsFor(a))) đến \(i.format(b, decimals: decimalsFor(b)))"
        }
    }

    /// How "khoảng" is read here, for the page: the stated tolerance.
    func toleranceText(_ t: Target) -> String? {
        switch t.condition {
        case .about(let v, let tolerance):
            return "Cổng thông tin quy ước \"khoảng \(i(v))\" là đạt khi số liệu nằm trong khoảng ±\(toleranceUnit(tolerance)) quanh \(i(v))."
        case .aboutAbove(let v, let tolerance):
            return "Cổng thông tin quy ước \"khoảng trên \(i(v))\" là đạt khi số liệu cao hơn \(i(v - tolerance)) (cho phép thấp hơn \(toleranceUnit(tolerance)))."
        case .between(let a, _) where t.approximate:
            return "Cổng thông tin quy ước \"khoảng từ \(VietnameseFormat.number(a, decimals: decimalsFor(a))) …\" là đạt khi số \(t.kind == .cumulative ? "lũy kế " : "")từ \(i(a)) trở lên."
        default: return nil
        }
    }

    private func i(_ v: Double) -> String { indicator.format(v, decimals: decimalsFor(v)) }

    private func toleranceUnit(_ t: Double) -> String {
        indicator.unit.trimmingCharacters(in: .whitespaces) == "%"
            ? "\(VietnameseFormat.number(t, decimals: decimalsFor(t)))\u{00A0}điểm phần trăm" : i(t)
    }

    /// Whole numbers print without decimals; 7,5 keeps one.
    func decimalsFor(_ v: Double) -> Int {
        v == v.rounded() ? 0 : (v * 10 == (v * 10).rounded() ? 1 : 2)
    }

    /// A few sentences: what is drawn, the range, the latest value, targets, breaks, and whether it is illustrative.
    var description: String {
        let i = indicator
        var parts: [String] = []
        let kind = i.chart == .line ? "Biểu đồ đường" : "Biểu đồ cột"
        if let first = stats.points.first, let last = stats.points.last {
            let years = first.year == last.year ? "năm \(first.year)" : "từ năm \(first.year) đến năm \(last.year)"
            parts.append("\(kind) thể hiện \(i.name.lowercasedFirst)\(i.cumulative ? " (cộng dồn)" : "") \(years).")
            let values = stats.points.map(\.value)
            if let lo = stats.points.min(by: { $0.value < $1.value }), let hi = stats.points.max(by: { $0.value < $1.value }), values.count > 2 {
                parts.append("Thấp nhất \(i.format(lo.value)) năm \(lo.year), cao nhất \(i.format(hi.value)) năm \(hi.year).")
            }
            parts.append("Giá trị mới nhất là \(i.format(last.value)) năm \(last.year).")
        } else if stats.breakdownSeries.contains(where: { $0.points.count > 1 }) {
            let years = stats.breakdownSeries.flatMap { $0.points.map(\.year) }
            parts.append("Biểu đồ thể hiện \(i.name.lowercasedFirst) theo từng nhóm từ năm \(years.min()!) đến năm \(years.max()!):")
            parts.append(stats.breakdownSeries.compactMap { s in
                guard let first = s.points.first, let last = s.points.last else { return nil }
                return first.year == last.year ? "\(s.label) \(i.format(last.value)) năm \(last.year)"
                    : "\(s.label) từ \(i.format(first.value)) năm \(first.year) đến \(i.format(last.value)) năm \(last.year)"
            }.joined(separator: "; ") + ".")
        } else if let b = breakdown {
            parts.append("Biểu đồ cột ngang thể hiện \(i.name.lowercasedFirst) năm \(b.year):")
            parts.append(b.rows.map { "\($0.label) \(i.format($0.value))" }.joined(separator: "; ") + ".")
        } else {
            parts.append("Chưa có số liệu.")
        }
        for e in stats.evaluations {
            var sentence = "\(e.target.contributes ? "Mục tiêu chung của cả nước (tỉnh góp phần thực hiện)" : "Mục tiêu") \(e.target.label.lowercasedFirst): \(e.status.rawValue)"
            if let figure = e.figure, e.target.kind != .value {
                sentence += " (\(e.target.kind == .average ? "bình quân" : "tổng") \(e.span) là \(i.format(figure, decimals: e.target.kind == .average ? max(i.decimals, 2) : i.decimals)))"
            }
            parts.append(sentence + ".")
        }
        for b in i.breaks { parts.append("Số liệu từ năm \(b.year) không so sánh trực tiếp được với các năm trước: \(b.label.lowercasedFirst).") }
        if i.illustrative { parts.append("Đây là số liệu minh họa, không phải số liệu thống kê chính thức.") }
        return parts.joined(separator: " ")
    }

    /// The latest period of a breakdown by dimension, largest first; nil without dimension columns.
    var breakdown: (year: Int, rows: [(label: String, value: Double)])? {
        let withDimension = indicator.observations.filter { !$0.dimensions.isEmpty }
        guard let year = withDimension.map(\.year).max() else { return nil }
        let rows = withDimension.filter { $0.year == year }
            .map { (label: indicator.dimensionLabel($0.dimensions.sorted { $0.key < $1.key }.map(\.value).joined(separator: " – "), year: year), value: $0.value) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : VietnameseCollation.key($0.label) < VietnameseCollation.key($1.label) }
        return (year, rows)
    }

    /// The source line: "Nguồn số liệu: Tổng cục Thống kê". The data's source is its credit.
    var source: String {
        let name = indicator.sourceName.isEmpty ? "chưa ghi nguồn" : indicator.sourceName
        let flag = indicator.illustrative && !name.contains("minh họa") ? " (số liệu minh họa)" : ""
        return "Nguồn số liệu: \(name)\(flag)"
    }
}

extension String {
    /// The first letter lowercased, for a name placed inside a sentence (keeps "TFP", "Đắk Lắk" as written after it).
    var lowercasedFirst: String {
        guard let first = first else { return self }
        let second = dropFirst().first
        // An acronym (two capitals) keeps its case.
        if let second, second.isUppercase { return self }
        return first.lowercased() + dropFirst()
    }
}
