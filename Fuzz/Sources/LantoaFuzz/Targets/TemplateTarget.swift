import Foundation
import Lantoa

/// A theme template: TemplateLibrary parses it (Mustache, partial references, the required
/// pages), then it is rendered with a small context of every shape the theme's contexts use.
enum TemplateTarget {
    nonisolated(unsafe) private static var scratch: ScratchProject!

    // KNOWN CRASH, issue 14: remove when fixed. FUZZ-FINDINGS.md, finding 4: a template that
    // includes itself recurses until the stack overflows; the name is long so that mutations
    // never spell `{{>name}}`. Once fixed, rename it `t` so that self-inclusion is fuzzed too.
    static let name = "page-under-fuzz-cadd1e"

    static let templates = FuzzTarget(
        name: "templates", summary: "TemplateLibrary.load (Mustache parse, partial check) + render with a small context",
        dictionaries: ["mustache"],
        seeds: { example in example.seeds("templates", "mustache") + ownSeeds },
        setUp: {
            scratch = ScratchProject()
            for (name, text) in partials { scratch.write("templates/\(name).mustache", text) }
        },
        skip: KnownCrashes.repeatedBlockName,
        run: { bytes in
            scratch.write("templates/\(name).mustache", bytes)
            var diagnostics: [Diagnostic] = []
            let library = TemplateLibrary.load(scratch.files, diagnostics: &diagnostics)
            _ = library.render(name, context)
            printAsTheCommandDoes(diagnostics)
        })

    /// Partials the fuzzed template may use: a plain one, one that includes another indented,
    /// and a parent with blocks to override. None includes the fuzzed template.
    static let partials: [(String, String)] = [
        ("card", "<article><a href=\"{{url}}\">{{title}}</a>{{#tags}} <span>{{.}}</span>{{/tags}}</article>\n"),
        ("list", "<ul>\n{{#items}}\n  <li>\n    {{>card}}\n  </li>\n{{/items}}\n</ul>\n"),
        ("base", "<!doctype html>\n<title>{{$title}}{{site.title}}{{/title}}</title>\n<main>\n  {{$body}}mặc định{{/body}}\n</main>\n{{>list}}\n"),
    ]

    /// The context: text needing escapes, numbers, flags, lists of dictionaries and of text,
    /// nested dictionaries, an empty list, an absent optional.
    nonisolated(unsafe) static let context: [String: Any] = [
        "title": "Năng suất <b>&</b> \"chất lượng\" 'Đắk Lắk'",
        "url": "/tin-tuc/a/?x=1&y=2",
        "count": 3, "ratio": 2.5, "flag": true, "off": false, "empty": [Any](), "none": String?.none as Any,
        "tags": ["5S", "Kaizen", "<ISO>"],
        "items": [["title": "Một", "url": "/1/", "tags": ["a"]], ["title": "Hai", "url": "/2/", "flag": false]] as [[String: Any]],
        "links": [["text": "A", "href": "/a/"], ["text": "B", "href": "/b/"]] as [[String: String]],
        "site": ["title": "Lan Tỏa", "menu": [["title": "Tin", "url": "/tin-tuc/"]] as [[String: Any]]] as [String: Any],
        "page": ["number": 2, "of": 5, "previous": "/trang/1/"] as [String: Any],
        "strings": ["a": "x", "b": "<y>"] as [String: String],
    ]

    /// Templates using every tag kind against the context above.
    static let ownSeeds: [Seed] = [
        Seed("tags.mustache", """
            {{title}} {{{title}}} {{&url}} {{count}} {{ratio}} {{none}} {{missing}}
            {{#flag}}có{{/flag}}{{^off}}không{{/off}}{{^empty}}rỗng{{/empty}}
            {{#items}}
              {{title}} {{.url}} {{#tags}}{{.}},{{/tags}} {{../title}}
            {{/items}}
            {{#links}}<a href="{{href}}">{{text}}</a>{{/links}}
            {{site.title}} {{#site.menu}}{{title}}{{/site.menu}} {{page.number}}/{{page.of}}
            {{#strings}}{{a}}{{b}}{{/strings}} {{! chú thích }}
            {{=<% %>=}}<% title %><%={{ }}=%>
            {{>card}}

            """),
        Seed("inherit.mustache", """
            {{<base}}
              {{$title}}Trang {{page.number}}{{/title}}
              {{$body}}
                {{#items}}{{>card}}{{/items}}
              {{/body}}
            {{/base}}

            """),
    ]
}
