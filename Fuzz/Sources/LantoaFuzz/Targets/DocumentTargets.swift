import Foundation
import Lantoa

/// The Markdown files of `content/` and `site.yml`: each input is the whole file.
enum DocumentTargets {
    /// Front matter alone: the `---` split, PlainYAML with Yams behind it, and every way
    /// FieldReader reads a value (text, date, flag, number, list, group), on every key given.
    static let frontMatter = FuzzTarget(
        name: "frontmatter", summary: "FrontMatterParser (PlainYAML, Yams) and FieldReader on a Markdown file's front matter",
        dictionaries: ["yaml"],
        seeds: { example in
            example.seeds("content", "md")
                + [Seed("site.yml.md", "---\n" + example.text("content/site.yml") + "---\n"), Seed("yaml-features.md", yamlFeatures)]
        },
        run: { bytes in
            guard let file = decode("content/articles/fuzz.md", bytes) else { return }
            var diagnostics: [Diagnostic] = []
            let split = FrontMatterParser.parse(file, diagnostics: &diagnostics)
            var reader = FieldReader(split.frontMatter)
            for field in split.frontMatter.fields {
                _ = reader.string(field.key)
                _ = reader.date(field.key)
                _ = reader.bool(field.key)
                _ = reader.int(field.key, in: 1900...2200)
                _ = reader.stringList(field.key)
                if let group = reader.group(field.key) { _ = FieldReader(group).frontMatter.fields.count }
                _ = reader.groups(field.key)
            }
            reader.warnUnknownKeys(known: ["title", "date", "tags"], what: .verbatim("front matter"))
            printAsTheCommandDoes(diagnostics + reader.diagnostics)
        })

    /// An article or a page through DocumentParser: front matter checked, then the body through
    /// MarkdownRenderer with the example site's ```chart and ```table blocks.
    static let markdown = FuzzTarget(
        name: "markdown", summary: "DocumentParser + MarkdownRenderer (cmark) + FencedBlockRenderer on an article or page",
        dictionaries: ["markdown", "yaml"],
        seeds: { example in
            example.seeds("content/articles", "md") + example.seeds("content/pages", "md") + markdownSeeds(example)
        },
        setUp: { _ = ExampleSite.shared },
        run: { bytes in
            // The input's length picks the settings, so each input always runs the same way:
            // articles and pages (whose headings are kept for the table of contents), and raw
            // HTML allowed or not under a site at / or at a sub-path.
            var options = ExampleSite.shared.markdown
            options.allowRawHTML = bytes.count % 4 >= 2
            if options.allowRawHTML { options.basePath = "/nang-suat/" }
            let kind: Document.Kind = bytes.count % 2 == 0 ? .article : .page
            document(bytes, path: kind == .article ? "content/articles/2026/fuzz.md" : "content/pages/fuzz.md", kind: kind, options: options)
        })

    /// A success story: StoryParser's facts (size, status, tools, results) behind DocumentParser.
    static let stories = FuzzTarget(
        name: "stories", summary: "DocumentParser + StoryParser on content/stories/*.md",
        dictionaries: ["yaml", "stories"],
        seeds: { example in example.seeds("content/stories", "md") },
        setUp: { _ = ExampleSite.shared },
        run: { bytes in document(bytes, path: "content/stories/fuzz.md", kind: .story, options: ExampleSite.shared.markdown) })

    /// A legal document: LegalDocumentParser (form, authority, issued, file in media) behind DocumentParser.
    static let documents = FuzzTarget(
        name: "documents", summary: "DocumentParser + LegalDocumentParser on content/documents/*.md",
        dictionaries: ["yaml", "documents"],
        seeds: { example in example.seeds("content/documents", "md") },
        setUp: { _ = ExampleSite.shared },
        run: { bytes in document(bytes, path: "content/documents/fuzz.md", kind: .document, options: ExampleSite.shared.markdown) })

    /// `content/site.yml` through SiteConfig (menus, URL names, base URL, numbers).
    static let site = FuzzTarget(
        name: "site", summary: "SiteConfig on content/site.yml",
        dictionaries: ["yaml", "site"],
        seeds: { example in [Seed("content/site.yml", example.text("content/site.yml")), Seed("minimal.yml", "title: T\nbase_url: https://example.org/\n")] },
        run: { bytes in
            guard let file = decode("content/site.yml", bytes) else { return }
            var diagnostics: [Diagnostic] = []
            _ = SiteConfig.parse(file, diagnostics: &diagnostics)
            printAsTheCommandDoes(diagnostics)
        })

    // MARK: - Shared steps

    /// Bytes as a build reads them: UTF-8 checked, BOM, CRLF and NFC handled; nil when refused
    /// (the refusal's message is formatted too).
    static func decode(_ path: String, _ bytes: [UInt8]) -> SourceFile? {
        switch SourceFile.decode(path: path, bytes: bytes) {
        case .success(let file): return file
        case .failure(let diagnostic): printAsTheCommandDoes([diagnostic]); return nil
        }
    }

    /// One Markdown file through DocumentParser, as ContentLoader parses it.
    static func document(_ bytes: [UInt8], path: String, kind: Document.Kind, options: MarkdownOptions) {
        guard let file = decode(path, bytes) else { return }
        var diagnostics: [Diagnostic] = []
        let document = DocumentParser.parse(file, kind: kind, options: options, files: ExampleSite.shared.files, diagnostics: &diagnostics)
        _ = document?.body.html
        printAsTheCommandDoes(diagnostics)
    }

    // MARK: - Seeds written here

    /// YAML the example's front matter never uses: anchors, flow collections, block scalars, tags.
    static let yamlFeatures = """
        ---
        title: "Tiêu đề: có dấu hai chấm"
        date: 2024-02-29T08:30:00+07:00
        tags: [năng suất, "5S", 'Kaizen']
        categories:
          - Tin
          - ? phức
        anchor: &a {k: v, n: [1, 2]}
        alias: *a
        summary: |
          Dòng một
          dòng hai
        description: >-
          gấp
          dòng
        draft: no
        number: !!int 12
        empty:
        null_value: ~
        ---
        Thân bài.

        """

    /// Bodies with the extensions: a chart for each chart kind, tables in each delimiter style,
    /// headings with the same text, links and images relative and absolute, raw HTML.
    static func markdownSeeds(_ example: ExampleSite) -> [Seed] {
        let head = "---\ntitle: Thử\ndate: 2024-05-01\n---\n\n"
        let id = example.indicatorIDs.first ?? "nang-suat-lao-dong"
        var seeds = Indicator.ChartKind.allCases.map { kind in
            Seed("chart-\(kind.rawValue).md", head + "Trước.\n\n```chart\n\(id)\nkind: \(kind.rawValue)\n```\n\nSau.\n")
        }
        seeds.append(Seed("chart-argument.md", head + "```chart \(id)\n```\n\n```chart\nkhong-co\n```\n\n```chart\n```\n"))
        seeds.append(Seed("table.md", head + """
            ```table Kết quả trước và sau cải tiến
            Chỉ tiêu;Trước;Sau
            Tỷ lệ lỗi (%);6,5;2,5
            "Thời gian; phút";45;30
            ```

            ```table
            a,b
            1.5,2
            x,"y ""z"" w"
            ```

            """))
        seeds.append(Seed("structure.md", head + """
            # Một
            ## Một
            ### Hai *nhấn* `mã`

            [trong](/tin-tuc/) [ngoài](https://example.org/) [neo](#mot) ![ảnh](/media/anh.png "tựa")

            <div class="x">HTML <b>thô</b></div>

            > trích dẫn
            > - danh sách
            1. số
            2. số

            | a | b |
            |---|---|
            | 1 | 2 |

            Dòng có "ngoặc" -- và ... cuối.[^1]

            [^1]: chú thích

            """))
        return seeds
    }
}
