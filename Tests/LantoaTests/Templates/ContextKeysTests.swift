import Foundation
import Testing
import LantoaTesting
@testable import Lantoa

/// The rule of the theme guide: a context states every name its template reads, empty where there
/// is nothing, so a name never falls through to an outer context. Checked on the example portal,
/// whose articles, stories, tasks, documents and indicators differ in what they have: every item of
/// a kind states the same names, at every depth.
@Suite("Contexts state every name")
struct ContextKeysTests {
    static let site = Build.execute(BuildOptions(siteRoot: TestSite.repositoryRoot, now: TestSite.now), to: .none, progress: { _ in }).site

    /// The names each object states, at every depth, as `path.name`; lists merged item by item.
    static func names(_ value: TemplateValue, _ path: String = "") -> [String: Set<String>] {
        switch value {
        case .object(let fields):
            var out: [String: Set<String>] = [path: Set(fields.keys)]
            for (key, child) in fields { out.merge(names(child, path + "." + key)) { $0.union($1) } }
            return out
        case .lazy(let context): return names(.object(context.fields), path)
        case .list(let items):
            return items.reduce(into: [:]) { all, item in all.merge(names(item, path + "[]")) { $0.union($1) } }
        default: return [:]
        }
    }

    /// Problems: an item of `kind` that lacks a name another item of the same kind states.
    static func differences(_ kind: String, _ items: [TemplateValue]) -> [String] {
        let all = items.reduce(into: [String: Set<String>]()) { $0.merge(names($1)) { $0.union($1) } }
        var problems: [String] = []
        for (k, item) in items.enumerated() {
            let own = names(item)
            for (path, expected) in all.sorted(by: { $0.key < $1.key }) {
                // A list that is empty in this item has no items to compare.
                guard let stated = own[path] else { continue }
                let missing = expected.subtracting(stated)
                if !missing.isEmpty { problems.append("\(kind) \(k)\(path): no \(missing.sorted())") }
            }
        }
        return problems
    }

    @Test("articles, stories, tasks, agencies, targets, documents and tiles each state the same names")
    func uniform() throws {
        let site = try #require(Self.site)
        let context = PageContext(site: site)
        let stories = StoryContext(site: site)
        let plan = try #require(site.plan)
        let planContext = PlanContext(site: site, plan: plan)
        let documents = DocumentContext(site: site, root: TestSite.repositoryRoot)
        #expect(site.articles.count > 5 && site.stories.count > 3 && plan.tasks.count > 5 && site.documents.count > 1)
        var problems: [String] = []
        problems += Self.differences("article", site.articles.indices.map { .object(context.fields($0)) })
        // A list's article answers only the names its fields state, without making them.
        for i in site.articles.indices where Set(context.fields(i).keys) != ArticleFields.names {
            problems.append("article \(i): states \(Set(context.fields(i).keys).symmetricDifference(ArticleFields.names).sorted()) unlike ArticleFields.names")
        }
        problems += Self.differences("story card", site.stories.indices.map { .object(stories.card($0)) })
        problems += Self.differences("story", site.stories.indices.map { .object(stories.story($0)) })
        problems += Self.differences("task", plan.tasks.indices.map(planContext.task))
        problems += Self.differences("agency", plan.agencies.indices.map(planContext.agency))
        problems += Self.differences("target", plan.targets.map(planContext.target))
        problems += Self.differences("document", site.documents.indices.map { .object(documents.page($0)) })
        problems += Self.differences("tile", IndicatorContext(site: site).tiles())
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
    }

    @Test("the check is not blind: an item that leaves a name out is found")
    func notBlind() {
        let items: [TemplateValue] = [["title": "A", "url": "/a/", "image": ["src": "a.png"]], ["title": "B", "image": ["alt": "b"]]]
        #expect(Self.differences("item", items) == ["item 0.image: no [\"alt\"]", "item 1: no [\"url\"]", "item 1.image: no [\"src\"]"])
    }
}
