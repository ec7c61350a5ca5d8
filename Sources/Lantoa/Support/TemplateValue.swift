/// What a template can be given: the closed set of values the contexts are built from, read by
/// the Mustache renderer and written by the JSON writer. Nothing else reaches a template, so
/// neither needs a cast or a table of types.
///
/// The rule the types keep (see the theme guide): a context states every name its template
/// reads, `.empty` where there is nothing. A stated name is never looked up in an outer
/// context, so an article without a picture cannot show the page's picture, and a task's
/// evidence without a link cannot print the page's link.
public enum TemplateValue: Sendable {
    case text(String)
    case number(Double)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)
    /// Fields worked out only when a template asks for one (see `LazyContext`).
    case lazy(LazyContext)
    /// A name stated with nothing in it: it prints nothing, hides its section and shows its
    /// inverted section, and ends the lookup there. JSON leaves it out of objects.
    case empty

    /// Text, or `.empty` for no text or an empty one.
    public static func text(orEmpty text: String?) -> TemplateValue {
        guard let text, !text.isEmpty else { return .empty }
        return .text(text)
    }

    public static func int(_ n: Int) -> TemplateValue { .number(Double(n)) }

    /// A list of texts.
    public static func texts(_ items: [String]) -> TemplateValue { .list(items.map(TemplateValue.text)) }

    /// An object of texts: the theme's words, a set of links.
    public static func texts(_ fields: [String: String]) -> TemplateValue { .object(fields.mapValues(TemplateValue.text)) }

    /// `.empty`, false, an empty text and an empty list hide a section; everything else shows
    /// it (an object, even an empty one, as the spec has it; zero, as a number is something).
    public var isFalsy: Bool {
        switch self {
        case .empty: true
        case .bool(let flag): !flag
        case .text(let text): text.isEmpty
        case .list(let items): items.isEmpty
        case .number, .object, .lazy: false
        }
    }

    /// What `{{name}}` prints: texts and numbers; nothing for a list or an object.
    public var rendered: String {
        switch self {
        case .text(let text): text
        case .number(let n): Self.format(n)
        case .bool(let flag): flag ? "true" : "false"
        case .list, .object, .lazy, .empty: ""
        }
    }

    /// Whole numbers without a decimal point; others as Swift writes them (`4.5`, `0.1`).
    static func format(_ n: Double) -> String {
        n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
    }

    /// The value of `name` inside an object or a lazy context; nil in anything else.
    @inline(__always)
    func child(_ name: String) -> TemplateValue? {
        switch self {
        case .object(let fields): fields[name]
        case .lazy(let context): context.value(name)
        default: nil
        }
    }
}

/// The fields of one context: `["title": .text(…), "articles": .list(…)]`.
public typealias TemplateObject = [String: TemplateValue]

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByStringInterpolation, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(stringInterpolation: DefaultStringInterpolation) { self = .text(String(stringInterpolation: stringInterpolation)) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(TemplateObject(elements, uniquingKeysWith: { _, last in last }))
    }
}

/// A context whose values are worked out when a template first asks for one: an article in a
/// list, say, whose card is ready and whose other fields cost nothing unless the theme shows them.
/// `quick` answers the names it knows cheaply (nil for the others); the rest come from `fields`,
/// made once per context. `names`, when given, are all the names `fields` can have: a template
/// asking for another (`site`, from inside a list) gets nil without the fields being made.
/// A context serves one rendering, on one thread.
public final class LazyContext: @unchecked Sendable {
    private let quick: (String) -> TemplateValue?
    private let make: () -> TemplateObject
    private let names: Set<String>?
    private var made: TemplateObject?

    public init(quick: @escaping (String) -> TemplateValue? = { _ in nil }, names: Set<String>? = nil, fields: @escaping () -> TemplateObject) {
        self.quick = quick
        self.names = names
        self.make = fields
    }

    public func value(_ name: String) -> TemplateValue? {
        if let value = quick(name) { return value }
        // Once made, the fields answer alone: one lookup, not two.
        if let made { return made[name] }
        if let names, !names.contains(name) { return nil }
        made = make()
        return made![name]
    }

    /// Every field, for the JSON writer.
    public var fields: TemplateObject {
        if made == nil { made = make() }
        return made!
    }
}
