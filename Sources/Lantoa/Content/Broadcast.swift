/// A radio or television report, or a newspaper's video, about the plan (`content/broadcasts/`).
/// The plan asks the province's radio-TV station and newspaper to "tổ chức thông tin, tuyên
/// truyền" (IV); their reports are published here with a transcript, played by the browser's own
/// `<video>` or `<audio>`, and listed in a podcast feed. The file's body is the transcript.
public struct Broadcast: Sendable {
    public enum Medium: String, Sendable, CaseIterable { case video, audio }

    /// The languages the station broadcasts in.
    public enum Language: String, Sendable, CaseIterable {
        case vi, ede, mnong

        /// The language's BCP 47 tag (`lang=` on the page, `<language>` in a feed).
        public var tag: String {
            switch self {
            case .vi: "vi"
            case .ede: "rad"
            case .mnong: "mng"
            }
        }
    }

    /// The id of the transcript on a report's page, which the podcast feed points at.
    public static let transcriptAnchor = "ban-ghi-loi"

    public var medium: Medium
    /// A file in `content/media/` (`/media/ban-tin-5s.mp3`): the page plays it, the podcast feed
    /// carries it.
    public var file: String?
    /// The file's size in bytes, which a podcast enclosure states.
    public var fileSize: Int
    /// The report's page at the station or the newspaper.
    public var url: String?
    /// Seconds, when known.
    public var duration: Int?
    /// The programme it was part of (`Thời sự tối`).
    public var programme: String
    /// Who made it (`Đài Phát thanh và Truyền hình Đắk Lắk`).
    public var station: String
    public var language: Language
    /// WebVTT captions in `content/media/`, for a video.
    public var captions: String?

    /// The MIME type of the file, from its extension.
    public var mimeType: String? { file.flatMap { BroadcastParser.playable($0)?.1 } }

    /// `PT12M34S`, as HTML's `<time>` and schema.org write a length of time.
    public var durationISO: String? { duration.map { "PT\($0 / 60)M\($0 % 60)S" } }

    /// `12:34` or `1:02:03`.
    public var durationText: String? {
        guard let duration else { return nil }
        let (h, m, s) = (duration / 3600, duration / 60 % 60, duration % 60)
        return h > 0 ? "\(h):\(VietnameseFormat.pad(m)):\(VietnameseFormat.pad(s))" : "\(m):\(VietnameseFormat.pad(s))"
    }
}

enum BroadcastParser {
    static let keys = ["title", "date", "lastmod", "summary", "description", "medium", "file", "url", "duration", "programme",
                       "program", "station", "language", "captions", "image", "image_alt", "tasks", "illustrative", "draft", "slug", "aliases"]

    /// What a browser plays without a plug-in, by extension.
    static let types: [String: (Broadcast.Medium, String)] = [
        "mp3": (.audio, "audio/mpeg"), "m4a": (.audio, "audio/mp4"), "ogg": (.audio, "audio/ogg"), "oga": (.audio, "audio/ogg"),
        "opus": (.audio, "audio/ogg"), "wav": (.audio, "audio/wav"),
        "mp4": (.video, "video/mp4"), "m4v": (.video, "video/mp4"), "webm": (.video, "video/webm"), "ogv": (.video, "video/ogg"),
    ]

    /// The extensions a report's file may have, for messages.
    static var extensions: String { types.keys.sorted().joined(separator: ", ") }

    /// The medium and MIME type of a file a browser plays, by its extension.
    static func playable(_ file: String) -> (Broadcast.Medium, String)? {
        types[String(file.split(separator: ".").last ?? "").lowercased()]
    }

    static func parse(_ r: inout FieldReader, frontMatter: FrontMatter, files: ProjectFiles?) -> Broadcast? {
        var medium: Broadcast.Medium?
        if let field = frontMatter["medium"], let text = r.string("medium") {
            medium = Broadcast.Medium(rawValue: text.lowercased())
            if medium == nil { r.report(.error(field.valueLocation, .mediumMustBeVideoOrAudio(text), hint: .writeMedium)) }
        } else if frontMatter["medium"] == nil {
            r.report(.error(frontMatter.location, .hasNo(.theBroadcast, "medium"), hint: .writeMedium))
        }
        let file = r.mediaFile("file", files: files, missing: .putBroadcastInMedia(extensions)) { name in
            guard let (kind, _) = playable(name) else {
                return (.notPlayableFile(name, extensions), .putBroadcastInMedia(extensions))
            }
            if let medium, kind != medium { return (.fileIsNotMedium(name, kind == .video ? .aVideo : .anAudio, medium.rawValue), .writeMediumFor(kind.rawValue)) }
            return nil
        }
        var url = r.link("url")
        if let written = url, let field = frontMatter["url"], !(written.hasPrefix("https://") || written.hasPrefix("http://")) {
            r.report(.error(field.valueLocation, .broadcastURLNotAbsolute(written), hint: .writeBroadcastURL))
            url = nil
        }
        if file == nil && url == nil && frontMatter["file"] == nil {
            r.report(.error(frontMatter.location, .broadcastHasNeitherFileNorURL, hint: .addBroadcastFileOrURL))
        }
        var duration: Int?
        if let field = frontMatter["duration"], let text = r.string("duration") {
            duration = seconds(text)
            if duration == nil { r.report(.error(field.valueLocation, .durationNotTime(text), hint: .writeDuration)) }
        }
        var language = Broadcast.Language.vi
        if let field = frontMatter["language"], let text = r.string("language") {
            if let known = Broadcast.Language(rawValue: text.lowercased()) { language = known } else {
                r.report(.error(field.valueLocation, .unknownBroadcastLanguage(text), hint: .writeBroadcastLanguage))
            }
        }
        let captions = r.mediaFile("captions", files: files, missing: .putBroadcastInMedia(extensions)) { name in
            name.lowercased().hasSuffix(".vtt") ? nil : (.captionsMustBeVTT(name), .writeCaptions)
        }
        guard let medium else { return nil }
        let size = file.flatMap { files?.size("content" + $0) } ?? 0
        return Broadcast(medium: medium, file: file, fileSize: size, url: url, duration: duration,
                         programme: r.string("programme") ?? r.string("program") ?? "", station: r.string("station") ?? "",
                         language: language, captions: captions)
    }

    /// `12:34` or `1:02:03`: a bare number could be minutes or seconds, so it is refused.
    static func seconds(_ text: String) -> Int? {
        let parts = text.trimmed.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, !numbers.dropFirst().contains(where: { $0 >= 60 }) else { return nil }
        let total = numbers.reduce(0) { $0 * 60 + $1 }
        return total > 0 && total < 24 * 3600 ? total : nil
    }
}
