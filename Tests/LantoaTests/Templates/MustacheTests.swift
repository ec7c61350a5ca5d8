import Testing
@testable import Lantoa

/// The template engine: Mustache with inheritance, and swift-mustache's whitespace rules.
@Suite("Mustache")
struct MustacheTests {
    func render(_ template: String, _ context: TemplateObject, partials: [String: String] = [:]) throws -> String {
        let parsed = try partials.mapValues { try Mustache(parsing: $0) }
        return try Mustache(parsing: template).render(context) { parsed[$0] }
    }

    @Test("variables are escaped for HTML unless written {{{x}}} or {{&x}}; missing ones print nothing")
    func variables() throws {
        #expect(try render("{{a}} {{{a}}} {{&a}} [{{missing}}] {{n}} {{x}}", ["a": "<b>&\"", "n": 3, "x": 4.5])
                == "&lt;b&gt;&amp;&quot; <b>&\" <b>&\" [] 3 4.5")
    }

    @Test("dotted names, climbing to outer contexts, and {{.x}} that does not climb")
    func names() throws {
        let context: TemplateObject = ["page": ["title": "T", "meta": ["lang": "vi"]], "items": [["n": "1"], ["n": "2", "page": ["title": "inner"]]], "outer": "O"]
        #expect(try render("{{page.title}} {{page.meta.lang}} {{page.nothing.lang}}", context) == "T vi ")
        #expect(try render("{{#items}}{{n}}{{outer}}{{page.title}}{{.outer}};{{/items}}", context) == "1OT;2Oinner;")
    }

    @Test("a name stated empty ends the lookup: an item without a link never prints the page's link")
    func statedEmpty() throws {
        let context: TemplateObject = ["url": "/trang/", "image": ["src": "page.png"],
                                       "items": [["title": "A", "url": "/a/", "image": ["src": "a.png"]], ["title": "B", "url": .empty, "image": .empty]]]
        #expect(try render("{{#items}}{{title}}[{{url}}]{{#image}}{{src}}{{/image}}{{^image}}-{{/image}};{{/items}}", context) == "A[/a/]a.png;B[]-;")
        // A name left out climbs, as the spec has it: the trap the rule closes.
        #expect(try render("{{#items}}[{{url}}]{{/items}}", ["url": "/trang/", "items": [["title": "C"]]]) == "[/trang/]")
    }

    @Test("empty text, false, an empty list and .empty hide a section; an object, zero and other text show it")
    func truthiness() throws {
        let context: TemplateObject = ["text": "", "no": false, "none": [], "empty": .empty, "object": [:], "zero": 0, "word": "x"]
        #expect(try render("{{#text}}T{{/text}}{{#no}}N{{/no}}{{#none}}L{{/none}}{{#empty}}E{{/empty}}{{#object}}O{{/object}}{{#zero}}{{.}}{{/zero}}{{#word}}{{.}}{{/word}}", context)
                == "O0x")
        #expect(try render("{{^text}}T{{/text}}{{^no}}N{{/no}}{{^none}}L{{/none}}{{^empty}}E{{/empty}}{{^object}}O{{/object}}{{^missing}}M{{/missing}}", context)
                == "TNLEM")
    }

    @Test("lazy contexts: quick names answered at once, the other fields made once and only when asked, missing names climb")
    func lazy() throws {
        final class Count: @unchecked Sendable { var made = 0 }
        let count = Count()
        func item(_ n: Int) -> TemplateValue {
            .lazy(LazyContext(quick: { $0 == "n" ? .text(String(n)) : nil }, fields: {
                count.made += 1
                return ["n": "never", "even": .bool(n % 2 == 0), "tags": [["t": .text("a\(n)")]]]
            }))
        }
        let context: TemplateObject = ["items": [item(1), item(2)], "one": item(3), "none": [], "outer": "O"]
        #expect(try render("{{#items}}{{n}};{{/items}}{{one.n}}{{^none}}-{{/none}}", context) == "1;2;3-")
        #expect(count.made == 0)
        #expect(try render("{{#items}}{{n}}{{#even}}E{{/even}}{{#tags}}{{t}}{{/tags}}{{outer}};{{/items}}", context) == "1a1O;2Ea2O;")
        #expect(count.made == 2)
    }

    @Test("sections: lists repeat, true shows, false, empty lists and missing hide; anything else is the context")
    func sections() throws {
        let context: TemplateObject = ["list": ["a", "b"], "empty": [], "yes": true, "no": false, "text": "x", "map": ["k": "v"]]
        #expect(try render("{{#list}}<{{.}}>{{/list}}|{{#empty}}E{{/empty}}|{{#yes}}Y{{/yes}}|{{#no}}N{{/no}}|{{#missing}}M{{/missing}}|{{#text}}{{.}}{{/text}}|{{#map}}{{k}}{{/map}}", context)
                == "<a><b>||Y|||x|v")
        #expect(try render("{{^list}}L{{/list}}{{^empty}}E{{/empty}}{{^no}}N{{/no}}{{^missing}}M{{/missing}}{{^text}}T{{/text}}", context) == "ENM")
    }

    @Test("a tag alone on its line leaves no blank line; a partial alone on its line is indented")
    func standalone() throws {
        #expect(try render("<ul>\n{{#list}}\n<li>{{.}}</li>\n{{/list}}\n</ul>\n", ["list": ["a", "b"]]) == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
        #expect(try render("<div>\n  {{>item}}\n</div>\n", [:], partials: ["item": "<p>\nx\n</p>\n"]) == "<div>\n  <p>\n  x\n  </p>\n</div>\n")
        #expect(try render("a {{! a comment }} b\n{{! alone }}\nc", [:]) == "a  b\nc")
    }

    @Test("a child template fills the blocks of its parent; the outermost override wins")
    func inheritance() throws {
        let partials = ["base": "<title>{{$title}}Site{{/title}}</title>\n<main>{{$main}}{{/main}}</main>\n",
                        "section": "{{<base}}{{$title}}Section{{/title}}{{$main}}section body{{/main}}{{/base}}"]
        #expect(try render("{{<base}}\n{{$main}}\n<p>{{text}}</p>\n{{/main}}\n{{/base}}\n", ["text": "Nội dung"], partials: partials)
                == "<title>Site</title>\n<main><p>Nội dung</p>\n</main>\n")
        #expect(try render("{{<section}}{{$main}}page body{{/main}}{{/section}}", [:], partials: partials)
                == "<title>Section</title>\n<main>page body</main>\n")
    }

    @Test("set delimiters change the tags that follow")
    func delimiters() throws {
        #expect(try render("{{=<% %>=}}<% a %> {{a}}", ["a": "x"]) == "x {{a}}")
    }

    @Test("syntax errors say what and where", arguments: [
        ("a\n{{#s}}\nb\n{{/t}}\n", Mustache.ParseError.Problem.closeDoesNotMatch(closing: "t", open: "s", openLine: 2), 4, 4),
        ("a\n{{/t}}\n", Mustache.ParseError.Problem.closeDoesNotMatch(closing: "t", open: nil, openLine: 1), 2, 4),
        ("x {{name", .unfinishedTag, 1, 9),
        ("a\n  {{#s}}never closed", .sectionNotClosed("s"), 2, 3),
        ("x{{}}", .emptyName, 1, 4),
        ("{{#}}{{/}}", .emptyName, 1, 4),
        ("{{>}}", .emptyName, 1, 4),
        ("{{upper(name)}}", .transform, 1, 8),
        ("{{<base}}text{{name}}{{/base}}", .tokenInsideParent, 1, 31),
    ])
    func errors(template: String, problem: Mustache.ParseError.Problem, line: Int, column: Int) {
        do {
            _ = try Mustache(parsing: template)
            Issue.record("no error for \(template)")
        } catch {
            #expect(error.problem == problem)
            #expect((error.line, error.column) == (line, column))
        }
    }

    @Test("20,000 nested sections are an error at the first one too deep, not a crash")
    func deepNesting() {
        let template = String(repeating: "{{#a}}", count: 20_000) + String(repeating: "{{/a}}", count: 20_000)
        do {
            _ = try Mustache(parsing: template)
            Issue.record("no error for deep nesting")
        } catch {
            #expect(error.problem == .nestedTooDeep)
            #expect((error.line, error.column) == (1, 6 * Mustache.deepestNesting + 1))
        }
    }

    @Test("an override holding a block of its own name renders once and stops, not forever (found by fuzzing)")
    func selfNestedBlock() throws {
        let base = try Mustache(parsing: "<title>{{$title}}mặc định{{/title}}</title>")
        let page = try Mustache(parsing: "{{<base}}{{$title}}A{{$title}}B{{/title}}{{/title}}{{/base}}")
        let out = page.render([:]) { $0 == "base" ? base : nil }
        #expect(out.hasPrefix("<title>A"))
    }
}
