import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// `lantoa import` on a small Hugo-shaped and a small Jekyll-shaped site written here, then a
/// build of what it wrote: every source file is accounted for, nothing is lost without a word.
@Suite("Importing Hugo and Jekyll sites")
struct ImportTests {
    static let hugo = """
    -- config.toml --
    baseURL = "https://blog.example.vn/"
    title = "Blog thử"
    [permalinks]
    posts = "/:year/:month/:slug/"
    -- content/_index.md --
    ---
    title: Trang chủ
    ---
    -- content/posts/bai-mot/index.md --
    +++
    title = "Bài một"
    date = 2024-03-05T08:00:00+07:00
    tags = ["hugo"]
    categories = ["Tin"]
    images = ["anh.png"]
    weight = 3
    +++
    Mở đầu.

    {{< figure src="anh.png" alt="Ảnh hội thảo" caption="Hội thảo năng suất" >}}

    {{< youtube w7Ft2ymGmfc >}}

    Xem [bài ba]({{< ref "bai-ba.markdown" >}}) và ![Logo](/images/logo.png).

    {{< highlight go >}}
    fmt.Println("xin chào")
    {{< /highlight >}}

    {{< tuy-bien x >}}
    -- content/posts/bai-mot/anh.png --
    png
    -- content/posts/bai-hai.md --
    ---
    title: Bài hai
    date: 2024-03-06
    publishDate: 2099-01-01
    ---
    Sẽ đăng sau.
    -- content/posts/bai-ba.markdown --
    ---
    title: "Bài ba"
    date: 2024-03-07
    authors: [An, Bình]
    layout: wide
    ---
    Ba.
    -- content/about.md --
    ---
    title: Giới thiệu
    ---
    Về chúng tôi.
    -- static/images/logo.png --
    png
    -- layouts/partials/x.html --
    <p></p>
    -- themes/t/theme.toml --
    name = "t"
    """

    static let jekyll = """
    -- _config.yml --
    title: Blog Jekyll
    url: https://jekyll.example.vn
    permalink: pretty
    -- _posts/2024-03-05-chao-mung.markdown --
    ---
    layout: post
    title: "Chào mừng"
    categories: tin
    tags: jekyll blog
    ---
    Xin chào. ![Ảnh]({{ site.baseurl }}/assets/img/anh.png)

    {% highlight ruby %}
    puts "hi"
    {% endhighlight %}

    Xem [bài kia]({% post_url 2024-03-06-bai-kia %}).
    -- _posts/2024-03-06-bai-kia.md --
    ---
    title: Bài kia
    ---
    Bài kia.
    -- _posts/2024-03-07-an.md --
    ---
    title: Chưa đăng
    published: false
    ---
    Chưa đăng.
    -- _drafts/nhap.md --
    ---
    title: Nháp
    ---
    Nháp.
    -- about.md --
    ---
    title: Giới thiệu
    permalink: /gioi-thieu/
    ---
    Trang giới thiệu. {% include video.html %}
    -- assets/img/anh.png --
    png
    -- assets/css/style.scss --
    body {}
    -- _layouts/post.html --
    <p></p>
    -- index.html --
    ---
    layout: home
    ---
    """

    /// Writes `spec` as a source site, imports it, and returns the report and the new site.
    static func imported(_ generator: String, _ spec: String) throws -> (ImportReport, TestSite, URL, [String]) {
        let source = try TestSite(spec, theme: false, config: false)
        let destination = FileManager.default.temporaryDirectory.appendingPathComponent("lantoa-import-\(UUID().uuidString)")
        var importer = try SiteImporter(generator: generator, source: source.root, destination: destination,
                                        theme: TestSite.repositoryRoot.appendingPathComponent("templates"))
        importer.now = TestSite.now
        let report = try importer.run()
        return (report, source, destination, TestSite.parse(spec).keys.sorted())
    }

    static func build(_ root: URL, future: Bool = false) -> TestBuild {
        let writer = MemoryWriter()
        let options = BuildOptions(siteRoot: root, includeFuture: future, now: TestSite.now)
        return TestBuild(result: Build.run(options, to: .memory(writer)), writer: writer)
    }

    @Test("a Hugo site: bundle, shortcodes, .markdown, TOML, a future publishDate — every file accounted for")
    func hugoSite() throws {
        let (report, source, destination, files) = try Self.imported("hugo", Self.hugo)
        defer { source.remove(); try? FileManager.default.removeItem(at: destination) }
        #expect(report.files.map(\.path).sorted() == files)
        #expect(report.count(.article) == 3 && report.count(.page) == 1 && report.count(.resource) == 1 && report.count(.media) == 1)
        #expect(report.count(.skipped) == 4 && report.count(.notConverted) == 0)
        #expect(report.problems.map(\.description).map { $0.components(separatedBy: "\n")[0] } == [
            "content/posts/bai-ba.markdown:5:1: warning: front matter key 'layout' not converted",
            "content/posts/bai-mot/index.md:7:1: warning: front matter key 'weight' not converted",
            "content/posts/bai-mot/index.md:21:1: warning: not converted: the Hugo shortcode 'tuy-bien' is printed as text: Lan Tỏa does not run shortcodes",
        ])
        let article = try String(contentsOf: destination.appendingPathComponent("content/articles/2024/bai-mot/index.md"), encoding: .utf8)
        #expect(article.hasPrefix("""
        ---
        title: Bài một
        date: 2024-03-05T08:00:00+07:00
        tags: [hugo]
        categories: [Tin]
        image: anh.png
        slug: bai-mot
        aliases: [/2024/03/bài-một/]
        ---
        """))
        #expect(article.contains("![Ảnh hội thảo](anh.png \"Hội thảo năng suất\")"))
        #expect(article.contains("[Xem video trên YouTube](https://www.youtube.com/watch?v=w7Ft2ymGmfc)"))
        #expect(article.contains("Xem [bài ba](/tin-tuc/bai-ba/) và ![Logo](/media/images/logo.png)."))
        #expect(article.contains("```go\nfmt.Println(\"xin chào\")\n```"))

        let build = Self.build(destination)
        // Hugo's `images` carry no description: the build asks for one.
        #expect(build.messages == ["content/articles/2024/bai-mot/index.md:6:1: warning: the image 'anh.png' has no alt text",
                                   "content/articles/2024/bai-mot/index.md:23:1: warning: the Hugo shortcode 'tuy-bien' is printed as text: Lan Tỏa does not run shortcodes"])
        let page = try #require(build.file("tin-tuc/bai-mot/index.html"))
        #expect(page.contains("<figcaption>Hội thảo năng suất</figcaption>"))
        #expect(page.contains("<a href=\"https://www.youtube.com/watch?v=w7Ft2ymGmfc\">Xem video trên YouTube</a>"))
        #expect(build.paths.contains("tin-tuc/bai-mot/anh.png") && build.paths.contains("media/images/logo.png"))
        #expect(build.file("2024/03/bài-một/index.html")?.contains("url=/tin-tuc/bai-mot/") == true)
        #expect(build.file("tin-tuc/bai-ba/index.html")?.contains("An, Bình") == true)
        #expect(build.file("about/index.html")?.contains("Về chúng tôi.") == true)
        #expect(build.file("tin-tuc/bai-hai/index.html") == nil)
        #expect(Self.build(destination, future: true).file("tin-tuc/bai-hai/index.html") != nil)
    }

    @Test("a Jekyll site: dates from file names, published: false, drafts, Liquid, permalinks kept as aliases")
    func jekyllSite() throws {
        let (report, source, destination, files) = try Self.imported("jekyll", Self.jekyll)
        defer { source.remove(); try? FileManager.default.removeItem(at: destination) }
        #expect(report.files.map(\.path).sorted() == files)
        #expect(report.count(.article) == 4 && report.count(.page) == 1 && report.count(.media) == 1)
        #expect(report.files.first { $0.path == "index.html" }?.outcome == .notConverted)
        #expect(report.problems.map(\.description).map { $0.components(separatedBy: "\n")[0] } == [
            "_drafts/nhap.md:1:1: warning: the post has no date: it is dated the day of the import",
            "_posts/2024-03-05-chao-mung.markdown:2:1: warning: front matter key 'layout' not converted",
            "about.md:5:1: warning: not converted: the Liquid tag 'include' is printed as text: Lan Tỏa does not run Liquid",
        ])
        let post = try String(contentsOf: destination.appendingPathComponent("content/articles/2024/chao-mung.md"), encoding: .utf8)
        #expect(post.contains("aliases: [/tin/2024/03/05/chao-mung/]"))
        #expect(post.contains("tags: [jekyll, blog]"))
        #expect(post.contains("Xin chào. ![Ảnh](/media/assets/img/anh.png)"))
        #expect(post.contains("```ruby\nputs \"hi\"\n```"))
        #expect(post.contains("Xem [bài kia](/tin-tuc/bai-kia/)."))

        let build = Self.build(destination)
        #expect(build.messages == ["content/pages/about.md:6:1: warning: the Liquid tag 'include' is printed as text: Lan Tỏa does not run Liquid"])
        #expect(build.file("tin-tuc/chao-mung/index.html") != nil && build.file("tin-tuc/bai-kia/index.html") != nil)
        #expect(build.file("tin-tuc/an/index.html") == nil && build.file("tin-tuc/nhap/index.html") == nil)
        #expect(build.file("tin/2024/03/05/chao-mung/index.html")?.contains("url=/tin-tuc/chao-mung/") == true)
        #expect(build.file("gioi-thieu/index.html")?.contains("Trang giới thiệu.") == true)
    }

    @Test("import refuses a destination inside the source, and never writes into the source")
    func neverChangesTheSource() throws {
        let source = try TestSite(Self.jekyll, theme: false, config: false)
        defer { source.remove() }
        #expect(throws: SiteImporter.Failure.self) {
            try SiteImporter(generator: "jekyll", source: source.root, destination: source.root.appendingPathComponent("moi"), theme: nil)
        }
    }
}
