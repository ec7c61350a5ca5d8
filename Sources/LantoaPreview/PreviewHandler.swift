import FlyingFox
import Foundation
import Lantoa

/// Serves the preview build: files with their MIME types, `index.html` for folders, the site's
/// 404 page for misses, nothing outside the output folder, and the live-reload event stream.
struct PreviewHandler: HTTPHandler {
    let output: URL
    let state: PreviewState
    let ledger: ConnectionLedger

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        // The connection's clock for its next request starts when it next waits (`GuardedPool`).
        ledger.requestArrived(from: request.remoteAddress)
        if request.path == LiveReload.eventsPath {
            let page = request.query.first { $0.name == "page" }.flatMap { LiveReload.outputFile(forPage: $0.value) }
            let body = HTTPBodySequence(from: EventStream(source: await state.subscribe(page: page)), suggestedBufferSize: 512)
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/event-stream", .init("Cache-Control"): "no-store"], body: body)
        }
        await state.firstBuild()
        // The raw target: FlyingFox's `path` drops the trailing slash that tells a folder from a file.
        let raw = request.target.path(percentEncoded: true)
        let decoded = raw.removingPercentEncoding ?? raw
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        // Requests that would climb out of the served folder are refused, not resolved.
        if segments.contains(where: { $0 == ".." || $0 == "." || $0.contains("\\") }) || decoded.contains("\0") {
            return HTTPResponse(statusCode: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"], body: Data("403 Forbidden\n".utf8))
        }
        // A file the last rebuild has yet to write is served once written, not as it was before.
        let relative = segments.joined(separator: "/")
        await state.waitUnlessWritten([relative, relative.isEmpty ? "index.html" : relative + "/index.html"])
        var file = output.appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), isDirectory.boolValue {
            if !decoded.hasSuffix("/") {
                // Typed, or the literal picks FlyingFox's deprecated [HTTPHeader: String] overload.
                let headers: HTTPHeaders = [.location: raw + "/"]
                return HTTPResponse(statusCode: .movedPermanently, headers: headers)
            }
            file = file.appendingPathComponent("index.html")
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            let page = FileManager.default.contents(atPath: output.appendingPathComponent("404.html").path) ?? Data("404 Not Found\n".utf8)
            return await html(page, status: .notFound)
        }
        let type = ContentTypes.forPath(file.path)
        if type.hasPrefix("text/html") { return await html(data, status: .ok) }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .init("Cache-Control"): "no-store"], body: data)
    }

    private func html(_ data: Data, status: HTTPStatusCode) async -> HTTPResponse {
        let page = LiveReload.inject(await state.snippet, into: String(decoding: data, as: UTF8.self))
        return HTTPResponse(statusCode: status, headers: [.contentType: "text/html; charset=utf-8", .init("Cache-Control"): "no-store"],
                            body: Data(page.utf8))
    }
}
