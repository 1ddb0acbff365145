import FlyingFox
import FlyingSocks
import Foundation

/// The preview's HTTP server (FlyingFox): serves a ``PreviewSession``'s snapshot through
/// ``PreviewResponder`` and answers the pages' reload long-poll. Bound to 127.0.0.1 only.
public struct PreviewServer: Sendable {
    /// The port it listens on.
    public let port: UInt16
    private let server: HTTPServer
    private let task: Task<Void, any Error>

    /// How long a reload request waits for a rebuild before answering "no change" (the page
    /// then asks again).
    static let longPollTimeout = Duration.seconds(10)

    /// Why the server could not start.
    public struct StartFailure: Error, Sendable {
        /// What went wrong, for the terminal.
        public var message: String
    }

    /// Starts serving `session` on `port`, or, when it is taken, on the next free one of the
    /// `searching` ports after it; port 0 takes any free port.
    public static func start(session: PreviewSession, port: UInt16, searching: Int = 20) async throws(StartFailure)
        -> PreviewServer
    {
        let candidates =
            port == 0
            ? [0]
            : (0..<searching).compactMap { port.addingReportingOverflow(UInt16($0)) }
                .filter { !$0.overflow }.map(\.partialValue)
        for candidate in candidates {
            if let server = await start(session, on: candidate) { return server }
        }
        throw StartFailure(
            message: port == 0
                ? "cannot listen on 127.0.0.1" : "ports \(port)–\(candidates.last ?? port) on 127.0.0.1 are all taken")
    }

    /// Stops listening and closes the connections.
    public func stop() async {
        await server.stop(timeout: 1)
        task.cancel()
    }

    private static func start(_ session: PreviewSession, on port: UInt16) async -> PreviewServer? {
        guard let address = try? sockaddr_in.inet(ip4: "127.0.0.1", port: port) else { return nil }
        let server = HTTPServer(
            address: address, timeout: 30, logger: .disabled, handler: PreviewHandler(session: session))
        let task = Task { try await server.run() }
        do {
            try await server.waitUntilListening(timeout: 2)
        } catch {
            task.cancel()
            return nil
        }
        guard case .ip4(_, port: let bound) = await server.listeningAddress else {
            await server.stop(timeout: 0)
            return nil
        }
        return PreviewServer(port: bound, server: server, task: task)
    }
}

/// Routes a request: the reload long-poll, or a file of the site.
private struct PreviewHandler: HTTPHandler {
    let session: PreviewSession

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed)
        }
        if request.path == ReloadScript.path {
            let after = request.query.first { $0.name == "after" }.flatMap { Int($0.value) } ?? 0
            let generation = await session.generation(after: after, timeout: PreviewServer.longPollTimeout)
            return response(200, "text/plain; charset=utf-8", Data(String(generation).utf8))
        }
        let query = request.query.isEmpty ? "" : "?"
        let answer = PreviewResponder.respond(to: request.path + query, in: session.snapshot)
        return response(answer.status, answer.contentType, answer.body)
    }

    private static let phrases = [200: "OK", 204: "No Content", 403: "Forbidden", 404: "Not Found"]

    private func response(_ status: Int, _ type: String, _ body: Data) -> HTTPResponse {
        HTTPResponse(
            statusCode: HTTPStatusCode(
                status, phrase: status == 200 ? "OK" : status == 404 ? "Not Found" : "Forbidden"),
            headers: [.contentType: type, .cacheControl: "no-store"], body: body)
    }
}
