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
    public var mimeType: String? { file.flatMap { BroadcastParser.mimeType(of: $0) } }

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

    static func mimeType(of file: String) -> String? {
        types[String(file.split(separator: ".").last ?? "").lowercased()]?.1
    }

    static func parse(_ r: inout FieldReader, frontMatter: FrontMatter, files: ProjectFiles?) -> Broadcast? {
        var medium: Broadcast.Medium?
        if let field = frontMatter["medium"], let text = r.string("medium") {
            medium = Broadcast.Medium(rawValue: text.lowercased())
            if medium == nil { r.report(.error(field.valueLocation, .mediumMustBeVideoOrAudio(text), hint: .writeMedium)) }
        } else if frontMatter["medium"] == nil {
            r.report(.error(frontMatter.location, .hasNo(.theBroadcast, "medium"), hint: .writeMedium))
        }
        let file = mediaFile(&r, "file", frontMatter: frontMatter, files: files) { name in
            guard let (kind, _) = types[String(name.split(separator: ".").last ?? "").lowercased()] else {
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
        let captions = mediaFile(&r, "captions", frontMatter: frontMatter, files: files) { name in
            name.lowercased().hasSuffix(".vtt") ? nil : (.captionsMustBeVTT(name), .writeCaptions)
        }
        guard let medium else { return nil }
        let size = file.flatMap { files?.size("content" + $0) } ?? 0
        return Broadcast(medium: medium, file: file, fileSize: size, url: url, duration: duration,
                         programme: r.string("programme") ?? r.string("program") ?? "", station: r.string("station") ?? "",
                         language: language, captions: captions)
    }

    /// A file written `/media/NAME` that `content/media/` has, else an error at its line; `check`
    /// says what else is wrong with the name (its extension).
    private static func mediaFile(_ r: inout FieldReader, _ key: String, frontMatter: FrontMatter, files: ProjectFiles?,
                                  check: (String) -> (Message, Message)?) -> String? {
        guard let name = r.link(key), let field = frontMatter[key] else { return nil }
        guard name.hasPrefix("/media/"), files?.exists("content" + name) ?? true else {
            // Written from the project's folder (content/media/a.mp3) or without the folder (a.mp3).
            var bare = name.hasPrefix("/") ? String(name.dropFirst()) : name
            for prefix in ["content/media/", "media/"] where bare.hasPrefix(prefix) { bare = String(bare.dropFirst(prefix.count)) }
            if !name.hasPrefix("/media/"), files?.exists("content/media/" + bare) == true {
                r.report(.error(field.valueLocation, .fileWrittenFilesContentMedia(name), hint: .writeFileMedia(bare)))
            } else {
                // A typo in the name: the closest file of content/media/.
                let media = files?.list("content/media").map { "/media/" + $0.dropFirst("content/media/".count) } ?? []
                let hint: Message = Suggestion.closest(to: name, in: media).map(Message.didYouMean) ?? .putBroadcastInMedia(extensions)
                r.report(.error(field.valueLocation, .fileNotContentMedia(name), hint: hint))
            }
            return nil
        }
        if let (problem, hint) = check(name) {
            r.report(.error(field.valueLocation, problem, hint: hint))
            return nil
        }
        return name
    }

    /// `12:34` or `1:02:03`: a bare number could be minutes or seconds, so it is refused.
    static func seconds(_ text: String) -> Int? {
        let parts = text.trimmed.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let numbers = Optional(parts.compactMap { Int($0) }), numbers.count == parts.count else { return nil }
        if parts.count > 1 && numbers.dropFirst().contains(where: { $0 >= 60 }) { return nil }
        let total = numbers.reduce(0) { $0 * 60 + $1 }
        return total > 0 && total < 24 * 3600 ? total : nil
    }
}
