import Yams

/// Reads a story's facts from its front matter: a result without a baseline is not evidence.
enum StoryParser {
    static let sizes = ["siêu nhỏ", "nhỏ", "vừa"]
    static let statuses = ["đang triển khai", "hoàn thành"]

    static func parse(_ r: inout FieldReader, frontMatter: FrontMatter) -> Story {
        let enterprise = r.requiredString("enterprise", what: .theStory, example: "enterprise: Công ty TNHH Cà phê Ea Tu (minh họa)") ?? ""
        var story = Story(enterprise: enterprise, sector: r.string("sector") ?? "", district: r.string("district") ?? "",
                          size: "", tools: [], started: r.int("started", in: 1990...2100), status: "",
                          support: r.string("support") ?? "", verifiedBy: r.string("verified_by") ?? "", quote: "", quoteBy: "",
                          results: [])
        story.size = choice(&r, "size", frontMatter: frontMatter, among: sizes) ?? ""
        story.legalForm = legalForm(&r, frontMatter: frontMatter) ?? ""
        if frontMatter["loai_hinh"] == nil && frontMatter["legal_form"] == nil {
            r.report(.warning(frontMatter.location, .storyDoesNotSayEnterprise,
                              hint: .addStoryLegalForm))
        }
        story.illustrative = r.bool("illustrative") ?? false
        story.status = choice(&r, "status", frontMatter: frontMatter, among: statuses) ?? ""
        for written in r.stringList("tools") {
            if let name = ToolCatalog.canonical(written) {
                if !story.tools.contains(name) { story.tools.append(name) }
            } else {
                let hint = Suggestion.closest(to: written, in: ToolCatalog.names).map(Message.didYouMean)
                    ?? .knownTools(ToolCatalog.names.joined(separator: ", "))
                r.report(.warning(frontMatter["tools"]!.valueLocation, .notKnownImprovementToolListed(written), hint: hint))
                story.tools.append(written)
            }
        }
        if let quote = r.group("quote") {
            var q = FieldReader(quote)
            q.warnUnknownKeys(known: ["text", "by"], what: .verbatim("quote"))
            story.quote = q.string("text") ?? ""
            story.quoteBy = q.string("by") ?? ""
            r.absorb(q)
        } else if let text = r.string("quote") {
            story.quote = text
        }
        for group in r.groups("results") {
            var g = FieldReader(group)
            g.warnUnknownKeys(known: ["metric", "before", "after", "unit", "measured", "better"], what: .aResult)
            let metric = g.requiredString("metric", what: .theResult, example: "metric: Tỷ lệ sản phẩm lỗi") ?? ""
            var values: [Double] = []
            for key in ["before", "after"] {
                if group[key] == nil {
                    g.report(.error(group.location, .resultHasNo(metric, key),
                                    hint: .successStoryNeedsFigure(before: key == "before", key)))
                } else if let v = number(&g, key) { values.append(v) }
            }
            let measured = g.string("measured")
            if group["measured"] == nil {
                g.report(.error(group.location, .resultHasNo(metric, "measured"),
                                hint: .sayWhenFiguresWereMeasured))
            }
            var higher = StoryResult.infersHigherIsBetter(metric)
            if let field = group["better"], let text = g.string("better") {
                if text == "higher" || text == "lower" { higher = text == "higher" } else {
                    g.report(.error(field.valueLocation, .betterMustBeHigherOrLower(text), hint: .writeBetterLowerDefectsTime))
                }
            }
            if values.count == 2, let measured, !metric.isEmpty {
                story.results.append(StoryResult(metric: metric, before: values[0], after: values[1], unit: g.string("unit") ?? "",
                                                 measured: measured, higherIsBetter: higher))
            }
            r.absorb(g)
        }
        return story
    }

    /// `loai_hinh:` (or `legal_form:`), one of `Story.legalForms`, compared without case.
    static func legalForm(_ r: inout FieldReader, frontMatter: FrontMatter) -> String? {
        let key = frontMatter["loai_hinh"] != nil ? "loai_hinh" : "legal_form"
        guard let text = r.string(key) else { return nil }
        if let form = Story.legalForms.first(where: { $0.lowercased() == text.lowercased() }) { return form }
        r.report(.error(frontMatter[key]!.valueLocation, .mustBeOneOf(key, Story.legalForms, text),
                        hint: .writeEnterpriseLegalFormRegistered(key)))
        return nil
    }

    /// An article's `pilot:` group: an enterprise whose pilot project the article reports.
    static func pilot(_ group: FrontMatter, source: String, diagnostics: inout [Diagnostic]) -> Pilot? {
        var g = FieldReader(group)
        g.warnUnknownKeys(known: ["enterprise", "loai_hinh", "legal_form", "size", "started"], what: .verbatim("pilot"))
        let enterprise = g.requiredString("enterprise", what: .thePilot, example: "enterprise: Công ty TNHH Cà phê Ea Tu")
        let form = legalForm(&g, frontMatter: group)
        let size = choice(&g, "size", frontMatter: group, among: sizes)
        let started = g.int("started", in: 1990...2100)
        if form == nil && group["loai_hinh"] == nil && group["legal_form"] == nil {
            g.report(.error(group.location, .pilotDoesNotSayEnterprise, hint: .addPilotLegalForm))
        }
        if group["started"] == nil { g.report(.error(group.location, .pilotHasNoStartedYear, hint: .addPilotStarted)) }
        diagnostics += g.diagnostics
        guard let enterprise, let form, let size, let started else { return nil }
        return Pilot(enterprise: enterprise, legalForm: form, size: size, started: started, source: source)
    }

    private static func choice(_ r: inout FieldReader, _ key: String, frontMatter: FrontMatter, among options: [String]) -> String? {
        guard let text = r.string(key) else { return nil }
        if options.contains(text) { return text }
        r.report(.error(frontMatter[key]!.valueLocation, .mustBeOneOf(key, options, text),
                        hint: .writeExample(key, options[1])))
        return nil
    }

    static func number(_ r: inout FieldReader, _ key: String) -> Double? {
        guard let field = r.frontMatter[key], let text = r.string(key) else { return nil }
        let evidence = DecimalStyle.evidence(text)
        // "1.200" is 1 200 as Vietnamese groups thousands and 1.2 as English writes decimals: asked,
        // not guessed (a guess published one story's figure a thousand times too small).
        if evidence.ambiguous {
            // The decimal reading as Vietnamese writes it, without the zeros that end it (1,2 for 1.200).
            var decimal = text.trimmed.replacingOccurrences(of: ".", with: ",")
            while decimal.hasSuffix("0") && !decimal.hasSuffix(",0") { decimal.removeLast() }
            r.report(.error(field.valueLocation, .couldThousandsSeparatorDecimal(text),
                            hint: .writeWholeOrDecimal(key, text.trimmed.filter { $0 != "." && $0 != "," }, decimal)))
            return nil
        }
        let style = evidence.style ?? (text.contains(",") ? .comma : .point)
        if let v = style.parse(text) {
            if VietnameseFormat.isFigure(v) { return v }
            r.report(.error(field.valueLocation, .tooLargeNumberGot(key, text), hint: DecimalStyle.tooLargeHint))
            return nil
        }
        r.report(.error(field.valueLocation, .mustBeNumber(key, text), hint: .writeOnlyNumberAndUnit(key)))
        return nil
    }
}
