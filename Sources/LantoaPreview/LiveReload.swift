import Foundation
import Lantoa

/// The small script and overlay the preview server adds to every HTML page it serves
/// (never to `public/`): reload when a build finishes, show the problems when it fails.
enum LiveReload {
    static let eventsPath = "/__lantoa/events"

    /// Inserted before `</body>`; `problems` is the overlay's HTML when the last build failed.
    static func snippet(problems: String?, vietnamese: Bool) -> String {
        var html = ""
        if let problems { html += overlay(problems, vietnamese: vietnamese) }
        html += """
        <script>(function(){var v=null,s=new EventSource("\(eventsPath)?page="+encodeURIComponent(location.pathname));\
        s.addEventListener("build",function(e){var d=JSON.parse(e.data);if(v===null){v=d.version;return}\
        if(d.version!==v){location.reload()}});})();</script>
        """
        return html
    }

    /// The output file that a page's path in the preview (`location.pathname`) is served from:
    /// `index.html` in a folder; nil for a path that would climb out of the folder.
    static func outputFile(forPage path: String) -> String? {
        let decoded = path.removingPercentEncoding ?? path
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }), !decoded.contains("\0") else { return nil }
        let joined = segments.joined(separator: "/")
        return decoded.hasSuffix("/") || joined.isEmpty ? (joined.isEmpty ? "index.html" : joined + "/index.html") : joined
    }

    /// In one language, the one the problems are written in (`PreviewState.overlayVietnamese`).
    /// The problems keep their lines but not a monospace font: the one at hand (DejaVu Sans Mono)
    /// loses stacked Vietnamese marks ("lỗi" is drawn "lôi", "Đắk Lắk" "Đăk Lăk"), and a hint
    /// quoting the word to write must read right.
    static func overlay(_ problems: String, vietnamese: Bool) -> String {
        func say(_ message: Message) -> String { vietnamese ? message.vietnamese : message.english }
        return """
        <div id="lantoa-overlay" lang="\(vietnamese ? "vi" : "en")" role="alertdialog" aria-labelledby="lantoa-overlay-title" style="position:fixed;inset:0;z-index:99999;\
        background:rgba(11,12,12,.92);color:#fff;overflow:auto;padding:2rem;font:16px/1.5 system-ui,sans-serif">\
        <h2 id="lantoa-overlay-title" style="margin-top:0;color:#ffdd00">\(say(.overlayHeading))</h2>\
        <p>\(say(.overlayFixAndSave))</p>\
        <pre style="white-space:pre-wrap;font:15px/1.6 'Noto Sans','Segoe UI',Roboto,Arial,sans-serif;background:#000;padding:1rem">\(problems)</pre>\
        <button type="button" onclick="this.parentNode.remove()" style="font:inherit;padding:.4rem 1rem">\(say(.overlayClose))</button></div>
        """
    }

    /// Puts the snippet before the last `</body>`, or at the end.
    static func inject(_ snippet: String, into html: String) -> String {
        guard let range = html.range(of: "</body>", options: .backwards) else { return html + snippet }
        return html.replacingCharacters(in: range, with: snippet + "</body>")
    }
}
