/// MIME types of the files a Lan Tỏa site contains: what the preview serves them as, and what the
/// feeds announce a picture as.
public enum ContentTypes {
    public static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon", "pdf": "application/pdf",
        "xml": "application/xml; charset=utf-8", "json": "application/json; charset=utf-8",
        "csv": "text/csv; charset=utf-8", "txt": "text/plain; charset=utf-8", "woff2": "font/woff2",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "zip": "application/zip",
    ]

    /// The picture kinds (`png`, `jpg`, …), for a picture named as another kind than it was saved.
    public static let pictureExtensions = byExtension.filter { $0.value.hasPrefix("image/") && $0.key != "ico" }.keys.sorted()

    public static func forPath(_ path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        // Feeds are XML; browsers show them instead of downloading.
        return byExtension[ext] ?? "application/octet-stream"
    }
}
