/// What Decree 42/2022 asks a portal to show for each legal or administrative document.
public struct LegalDocument: Sendable {
    /// Quyết định, Kế hoạch, Báo cáo, Công văn…
    public var form: String
    public var authority: String
    /// Number and symbol, e.g. `36/QĐ-TTg`.
    public var number: String
    /// As written: a date, or a year when the day is not known.
    public var issued: String
    public var issuedDate: DateTime?
    public var effective: String
    /// A file in `content/media/` (site path), or nil.
    public var file: String?
    /// The official URL where the file is published elsewhere.
    public var url: String?
    /// The site page holding the full text, if any.
    public var fullText: String?

    /// `năm 2021` or `11/01/2021`.
    public var issuedText: String {
        issuedDate.map(VietnameseFormat.shortDate) ?? (issued.isEmpty ? "" : "năm \(issued)")
    }

    /// Sorts documents newest first even when only the year is known.
    public var sortKey: Int {
        issuedDate?.epochSeconds ?? Int(issued.prefix(4)).map { DateTime(year: $0, month: 1, day: 1).epochSeconds } ?? 0
    }
}

enum LegalDocumentParser {
    static let keys = ["title", "form", "authority", "number", "issued", "effective", "summary", "file", "url", "full_text",
                       "tasks", "draft", "slug"]

    static func parse(_ r: inout FieldReader, frontMatter: FrontMatter, files: ProjectFiles?) -> LegalDocument {
        var doc = LegalDocument(
            form: r.requiredString("form", what: .theDocument, example: "form: Quyết định") ?? "",
            authority: r.requiredString("authority", what: .theDocument, example: "authority: Thủ tướng Chính phủ") ?? "",
            number: r.string("number") ?? "", issued: r.string("issued") ?? "", issuedDate: nil, effective: r.string("effective") ?? "",
            file: r.link("file"), url: r.link("url"), fullText: r.link("full_text"))
        if let field = frontMatter["issued"], !doc.issued.isEmpty {
            if let date = DateTime(parsing: doc.issued) { doc.issuedDate = date } else if Int(doc.issued).map({ (1900...2100).contains($0) }) != true {
                r.report(.error(field.valueLocation, .issuedNotDateYearGot(doc.issued), hint: .writeIssuedDate))
            }
        }
        if let file = doc.file, let field = frontMatter["file"], let files {
            let local = "content" + (file.hasPrefix("/") ? file : "/" + file)
            if !file.hasPrefix("/media/") || file.hasDotSegment || !files.exists(local) {
                r.report(.error(field.valueLocation, .fileNotContentMedia(file),
                                hint: .putDocumentInMediaOrURL))
            }
        }
        if doc.file == nil && doc.url == nil {
            r.report(.warning(frontMatter.location, .documentHasNeitherFileNor,
                              hint: .addDocumentFileOrURL))
        }
        return doc
    }
}
