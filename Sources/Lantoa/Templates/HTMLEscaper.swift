import Mustache

/// Escapes `{{values}}` for HTML. Most values need no escaping, so they are returned untouched
/// after one pass over their bytes (swift-mustache's own escaper looks up every character).
struct HTMLEscaper: MustacheContentType {
    func escapeText(_ text: String) -> String {
        XML.escape(text)
    }
}
