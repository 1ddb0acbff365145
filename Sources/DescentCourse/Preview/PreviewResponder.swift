import DescentText

/// Answers one request of the preview server from a ``PreviewSnapshot``: no network, no disk,
/// so every rule is tested directly.
///
/// - `/` and folder paths serve their `index.html`; a path is percent-decoded, and one with a
///   `..` segment, a backslash or a NUL is refused (403) before anything is looked up: only
///   files of the built site are ever served;
/// - a missing file gets a 404 page, except `favicon.ico`, which browsers ask every server for
///   and a site need not have: 204, no content;
/// - while the last build failed, every HTML page is the ``ErrorOverlay``;
/// - HTML gets the ``ReloadScript``; other files are served as built.
public enum PreviewResponder {
    /// One response.
    public struct Response: Sendable, Equatable {
        /// The HTTP status code.
        public var status: Int
        /// The `Content-Type` header.
        public var contentType: String
        /// The body.
        public var body: Data
        /// The entity tag of a file served as built (not of pages, which carry the reload
        /// script of their generation, nor of error pages): a browser that already holds it
        /// gets 304 and reuses its copy, so a reload after a save fetches only what changed.
        public var entityTag: String? = nil
    }

    /// The response to a GET of `target` (a path, with or without a query) in `snapshot`.
    public static func respond(to target: String, in snapshot: PreviewSnapshot) -> Response {
        guard let path = sitePath(target) else {
            return page(403, "Forbidden", "Only files of the built site are served.", snapshot)
        }
        let type = contentType(path)
        if type.hasPrefix("text/html"), let failure = snapshot.failure {
            return Response(
                status: 200, contentType: type,
                body: ReloadScript.inject(into: ErrorOverlay.page(failure), generation: snapshot.generation))
        }
        guard let file = snapshot.files[path] else {
            if path == "favicon.ico" { return Response(status: 204, contentType: type, body: Data()) }
            return page(404, "Not found", "No file \(path) in the built site.", snapshot)
        }
        if type.hasPrefix("text/html") {
            return Response(
                status: 200, contentType: type, body: ReloadScript.inject(into: file, generation: snapshot.generation))
        }
        return Response(
            status: 200, contentType: type, body: file, entityTag: "\"" + ContentHash.of([UInt8](file)) + "\"")
    }

    /// The site-relative path `target` names, or nil when it would leave the site.
    static func sitePath(_ target: String) -> String? {
        let raw = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard let decoded = PercentDecoding.decode(String(raw)),
            !decoded.contains("\\"), !decoded.contains("\0")
        else { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." }) else { return nil }
        let kept = segments.filter { $0 != "." }.joined(separator: "/")
        return kept.isEmpty || decoded.hasSuffix("/") ? (kept.isEmpty ? "" : kept + "/") + "index.html" : kept
    }

    static func contentType(_ path: String) -> String {
        switch path.split(separator: ".").last.map(String.init) ?? "" {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "woff2": return "font/woff2"
        case "json": return "application/json"
        case "csv": return "text/csv; charset=utf-8"
        case "png": return "image/png"
        case "txt", "md": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }

    private static func page(_ status: Int, _ title: String, _ text: String, _ snapshot: PreviewSnapshot) -> Response {
        let html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(title)</title></head>
            <body><h1>\(status) \(title)</h1><p>\(HTMLEscaping.escape(text))</p><p><a href="/">The course</a></p></body></html>

            """
        return Response(
            status: status, contentType: "text/html; charset=utf-8",
            body: ReloadScript.inject(into: Data(html.utf8), generation: snapshot.generation))
    }
}
