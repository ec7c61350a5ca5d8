/// One year's recognitions (`content/ton-vinh/2025.md`): the plan asks the enterprises'
/// association to honour, every year, those who raised productivity ("tổ chức các hoạt động tôn
/// vinh, khen thưởng … hằng năm", IV). Who, for what, which story shows it, by which decision.
/// The file's body introduces the year.
public struct HonourRoll: Sendable {
    public var year: Int
    /// `Hiệp hội Doanh nghiệp tỉnh`, `Sở Khoa học và Công nghệ`.
    public var awardedBy: String
    /// The slug of the decision in `content/documents/`.
    public var decision: String?
    public var decisionLocation: SourceLocation?
    public var honours: [Honour]
    /// Where `year:` is written.
    public var yearLocation: SourceLocation?

    public struct Honour: Sendable {
        public var enterprise: String
        /// The title given (`Doanh nghiệp tiêu biểu về năng suất`).
        public var award: String
        /// What it was for (`for:`).
        public var reason: String
        /// The slug of the story in `content/stories/` that tells it.
        public var story: String?
        public var storyLocation: SourceLocation?
        /// A page or file that shows it (`evidence:`).
        public var evidence: String?

        /// The enterprise's page: the same for every spelling that differs only in case or spaces.
        public var enterpriseSlug: String { VietnameseText.slug(enterprise) }
    }
}

enum HonourRollParser {
    static let keys = ["title", "date", "lastmod", "summary", "description", "year", "awarded_by", "decision", "honours",
                       "illustrative", "draft", "slug"]

    /// The slug a reference names: written as a slug, a path (`/dien-hinh/a/`) or a file name (`a.md`).
    static func slug(_ written: String) -> String {
        var last = written.split(separator: "/").last.map(String.init) ?? written
        if last.lowercased().hasSuffix(".md") { last = String(last.dropLast(3)) }
        return VietnameseText.slug(last)
    }

    static func parse(_ r: inout FieldReader, frontMatter: FrontMatter) -> HonourRoll? {
        if frontMatter["year"] == nil { r.report(.error(frontMatter.location, .hasNo(.theHonourRoll, "year"), hint: .addLine("year: 2025", .theFrontMatter))) }
        let year = r.int("year", in: 2000...2100)
        var honours: [HonourRoll.Honour] = []
        let groups = r.groups("honours")
        for group in groups {
            var g = FieldReader(group)
            g.warnUnknownKeys(known: ["enterprise", "award", "for", "story", "evidence"], what: .anHonour)
            let enterprise = g.requiredString("enterprise", what: .theHonour, example: "enterprise: Công ty TNHH Cà phê Ea Tu")
            let award = g.requiredString("award", what: .theHonour, example: "award: Doanh nghiệp tiêu biểu về năng suất")
            if let enterprise, let award {
                honours.append(.init(enterprise: enterprise, award: award, reason: g.string("for") ?? "",
                                     story: g.string("story").map(Self.slug), storyLocation: group["story"]?.valueLocation,
                                     evidence: g.link("evidence")))
            }
            r.absorb(g)
        }
        if let field = frontMatter["honours"], groups.isEmpty, field.value.sequence != nil {
            r.report(.error(field.keyLocation, .honourRollIsEmpty, hint: .writeHonours))
        } else if frontMatter["honours"] == nil {
            r.report(.error(frontMatter.location, .hasNo(.theHonourRoll, "honours"), hint: .writeHonours))
        }
        guard let year else { return nil }
        return HonourRoll(year: year, awardedBy: r.string("awarded_by") ?? "", decision: r.string("decision").map(Self.slug),
                          decisionLocation: frontMatter["decision"]?.valueLocation, honours: honours,
                          yearLocation: frontMatter["year"]?.valueLocation)
    }
}
