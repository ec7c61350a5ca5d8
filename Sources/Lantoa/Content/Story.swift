/// A success story's facts: who, where, with which tools, and measured results before and after.
public struct Story: Sendable {
    public var enterprise: String
    public var sector: String
    public var district: String
    /// `siêu nhỏ`, `nhỏ` or `vừa`.
    public var size: String
    public var tools: [String]
    public var started: Int?
    public var status: String
    public var support: String
    public var verifiedBy: String
    public var quote: String
    public var quoteBy: String
    public var results: [StoryResult]
    /// Made up for illustration: every page of the story says so.
    public var illustrative = false
    /// The legal form (`loai_hinh`): công ty TNHH, hợp tác xã, hộ kinh doanh…
    public var legalForm = ""

    /// Small and medium enterprises count toward the plan's pilot-project targets.
    public var isSME: Bool { size == "nhỏ" || size == "vừa" }
    /// Whether the legal form is an enterprise under the Law on Enterprises: a cooperative,
    /// a household business or a production unit is not, however it calls itself.
    public var isEnterprise: Bool { Self.enterpriseForms.contains(legalForm) }

    /// The legal forms a story may declare, enterprises first.
    public static let enterpriseForms = ["công ty TNHH", "công ty cổ phần", "công ty hợp danh", "doanh nghiệp tư nhân"]
    public static let legalForms = enterpriseForms + ["hợp tác xã", "hộ kinh doanh", "cơ sở sản xuất"]

    /// What `lantoa new story` writes for the enterprise and a result's metric, to be replaced:
    /// a story published with either is said.
    public static let placeholderEnterprise = "Tên doanh nghiệp", placeholderMetric = "Tên chỉ số đo được"
    /// The text `lantoa new story` writes, to be replaced.
    public static let placeholderText = "Doanh nghiệp đã làm gì, và kết quả đo được ra sao."

    /// What of `lantoa new story` the story still has: its placeholders (in `text` too), and the
    /// facts it left as `""` that the story's pages and indexes are made of (`written`: the keys present).
    func unfilled(text: String, written: (String) -> Bool) -> [String] {
        (enterprise == Self.placeholderEnterprise ? [enterprise] : []) + results.map(\.metric).filter { $0 == Self.placeholderMetric }
            + (text.contains(Self.placeholderText) ? [Self.placeholderText] : [])
            + [("sector", sector), ("district", district)].filter { $0.1.isEmpty && written($0.0) }.map { "\($0.0): \"\"" }
    }
}

/// An enterprise's pilot project, as counted for the plan's target: declared by a story, or by
/// an article in its front matter (`pilot:`); each enterprise counts once.
public struct Pilot: Sendable {
    public var enterprise: String
    public var legalForm: String
    public var size: String
    public var started: Int
    /// Where it is declared, for the indicator's list of what was counted.
    public var source: String

    /// A small or medium enterprise, named: the placeholder of `lantoa new story` is no enterprise.
    public var counts: Bool {
        (size == "nhỏ" || size == "vừa") && Story.enterpriseForms.contains(legalForm) && enterprise != Story.placeholderEnterprise
    }
}

/// One measured result: a metric before and after, and whether the change is an improvement.
public struct StoryResult: Sendable {
    public var metric: String
    public var before: Double
    public var after: Double
    public var unit: String
    public var measured: String
    public var higherIsBetter: Bool

    public var change: Double { after - before }
    /// Percentage change against `before`; nil when `before` is zero.
    public var percent: Double? { before == 0 ? nil : change / abs(before) * 100 }
    public var improved: Bool { higherIsBetter ? after > before : after < before }

    /// Words that mark a metric where less is better (defects, time, cost, waste…).
    static let lowerIsBetter = ["loi", "thoi gian", "chi phi", "ton kho", "tieu hao", "phe pham", "lang phi", "hao hut",
                                "tai nan", "khieu nai", "cho", "dien nang", "nuoc", "tra lai", "sai hong", "ton", "vo", "hong", "ton that", "that thoat"]

    /// Whether more of `metric` is good, from its words when the story does not say.
    static func infersHigherIsBetter(_ metric: String) -> Bool {
        let words = " " + VietnameseText.folded(metric).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ") + " "
        return !lowerIsBetter.contains { words.contains(" \($0) ") }
    }
}

/// The improvement tools the plan names, with the other ways staff write them.
public enum ToolCatalog {
    static let tools: [(name: String, aliases: [String])] = [
        ("5S", []), ("Kaizen", ["cai tien lien tuc"]), ("Lean", ["san xuat tinh gon"]), ("Lean Six Sigma", ["lean 6 sigma"]),
        ("TPM", ["bao tri nang suat toan dien"]), ("MFCA", []), ("KPI/BSC", ["kpi", "bsc"]), ("ISO 9001", ["iso9001"]),
        ("ISO 14001", ["iso14001"]), ("ISO 22000", ["iso22000", "haccp"]), ("ISO 50001", ["iso50001"]), ("GMP", []),
        ("QCC", ["nhom chat luong"]), ("7 công cụ thống kê", ["7 cong cu", "spc"]),
    ]

    static func key(_ text: String) -> String {
        VietnameseText.folded(text).split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: " ")
    }

    /// The catalogue name for what was written, or nil when it is not a known tool.
    public static func canonical(_ written: String) -> String? {
        let k = key(written)
        return tools.first { key($0.name) == k || $0.aliases.contains(k) }?.name
    }

    public static var names: [String] { tools.map(\.name) }
}
