import Foundation
import Lantoa

/// A theme template: TemplateLibrary parses it (Mustache, partial references, the required
/// pages), then it is rendered with a small context of every shape the theme's contexts use.
enum TemplateTarget {
    nonisolated(unsafe) private static var scratch: ScratchProject!

    // Short, so that mutations spell `{{>t}}` and `{{<t}}`: a template including itself is fuzzed
    // too (it is an error naming the loop, and rendering stops at a depth limit).
    static let name = "t"

    static let templates = FuzzTarget(
        name: "templates", summary: "TemplateLibrary.load (Mustache parse, partial check) + render with a small context",
        dictionaries: ["mustache"],
        seeds: { example in example.seeds("templates", "mustache") + ownSeeds },
        setUp: {
            scratch = ScratchProject()
            for (name, text) in partials { scratch.write("templates/\(name).mustache", text) }
        },
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

    /// The context: text needing escapes, numbers, flags, lists of objects and of text, nested
    /// objects, an empty list, a name stated empty, a lazy context.
    nonisolated(unsafe) static let context: TemplateObject = [
        "title": "Năng suất <b>&</b> \"chất lượng\" 'Đắk Lắk'",
        "url": "/tin-tuc/a/?x=1&y=2",
        "count": 3, "ratio": 2.5, "flag": true, "off": false, "empty": [], "none": .empty,
        "tags": ["5S", "Kaizen", "<ISO>"],
        "items": [["title": "Một", "url": "/1/", "tags": ["a"]], ["title": "Hai", "url": "/2/", "flag": false]],
        "links": [["text": "A", "href": "/a/"], ["text": "B", "href": "/b/"]],
        "site": ["title": "Lan Tỏa", "menu": [["title": "Tin", "url": "/tin-tuc/"]]],
        "page": ["number": 2, "of": 5, "previous": "/trang/1/"],
        "strings": ["a": "x", "b": "<y>"],
        "lazy": .lazy(LazyContext(quick: { $0 == "title" ? "Nhanh" : nil }, fields: { ["title": "Chậm", "url": "/l/"] })),
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
