import DescentText
import FlyingSocks

/// The preview's HTTP server: serves a ``PreviewSession``'s snapshot through
/// ``PreviewResponder`` and answers the pages' reload long-poll. Bound to 127.0.0.1 only.
///
/// Sockets and their asynchronous reads and writes are FlyingSocks', the socket layer of the
/// FlyingFox HTTP server. FlyingFox itself is not used: it links Foundation's URLSession (for a
/// proxy handler we do not need), which in the statically linked `descent` pulls in libcurl and
/// some thirty shared libraries that every command would then load at start-up. The HTTP a
/// preview needs is small: a GET's request line (``PreviewRequest``, at most 16 KB of head), a
/// response with its length, and the connection closed after it.
public struct PreviewServer: Sendable {
    /// The port it listens on.
    public let port: UInt16
    private let socket: Socket
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
            : (0..<searching).map { port.addingReportingOverflow(UInt16($0)) }.filter { !$0.overflow }
                .map(\.partialValue)
        for candidate in candidates {
            if let server = await start(session, on: candidate) { return server }
        }
        throw StartFailure(
            message: port == 0
                ? "cannot listen on 127.0.0.1" : "ports \(port)–\(candidates.last ?? port) on 127.0.0.1 are all taken")
    }

    /// Stops listening.
    public func stop() async {
        try? socket.close()
        task.cancel()
    }

    private static func start(_ session: PreviewSession, on port: UInt16) async -> PreviewServer? {
        do {
            let socket = try Socket(domain: AF_INET)
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: port))
            try socket.listen()
            guard case .ip4(_, port: let bound) = try socket.sockname() else {
                try? socket.close()
                return nil
            }
            let pool: some AsyncSocketPool = .make()
            try await pool.prepare()
            let listener = try AsyncSocket(socket: socket, pool: pool)
            let task = Task {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask { try await pool.run() }
                    group.addTask {
                        try await withThrowingDiscardingTaskGroup { connections in
                            for try await connection in listener.sockets {
                                connections.addTask { await Self.answer(connection, session) }
                            }
                        }
                    }
                    try await group.next()
                    group.cancelAll()
                }
            }
            return PreviewServer(port: bound, socket: socket, task: task)
        } catch {
            return nil
        }
    }

    /// Reads one request from `connection`, writes its response, closes it.
    private static func answer(_ connection: AsyncSocket, _ session: PreviewSession) async {
        defer { try? connection.close() }
        var head: [UInt8] = []
        while !PreviewRequest.isComplete(head), head.count < PreviewRequest.limit {
            guard let more = try? await connection.read(atMost: 4096), !more.isEmpty else { return }
            head += more
        }
        let response = await respond(to: PreviewRequest(head), session)
        try? await connection.write(response)
    }

    private static func respond(to request: PreviewRequest?, _ session: PreviewSession) async -> Data {
        guard let request else { return encode(400, "text/plain; charset=utf-8", Data("bad request\n".utf8)) }
        guard request.method == "GET" || request.method == "HEAD" else {
            return encode(405, "text/plain; charset=utf-8", Data("only GET and HEAD\n".utf8))
        }
        if request.path == ReloadScript.path {
            let after = request.query("after").flatMap { Int($0) } ?? 0
            let generation = await session.generation(after: after, timeout: longPollTimeout)
            return encode(200, "text/plain; charset=utf-8", Data(String(generation).utf8))
        }
        let answer = PreviewResponder.respond(to: request.target, in: session.snapshot)
        if let tag = answer.entityTag, request.ifNoneMatch == tag {
            return encode(304, answer.contentType, Data(), entityTag: tag, includingBody: false)
        }
        return encode(
            answer.status, answer.contentType, answer.body, entityTag: answer.entityTag,
            includingBody: request.method == "GET")
    }

    private static let reasons = [
        200: "OK", 204: "No Content", 304: "Not Modified", 400: "Bad Request", 403: "Forbidden", 404: "Not Found",
        405: "Method Not Allowed",
    ]

    /// A complete HTTP/1.1 response; the connection closes after it. A response with an entity
    /// tag may be kept by the browser but must be checked each time (`no-cache`); anything else
    /// is never kept (`no-store`).
    static func encode(
        _ status: Int, _ type: String, _ body: Data, entityTag: String? = nil, includingBody: Bool = true
    ) -> Data {
        let caching = entityTag.map { "Cache-Control: no-cache\r\nETag: \($0)\r\n" } ?? "Cache-Control: no-store\r\n"
        let head =
            "HTTP/1.1 \(status) \(reasons[status] ?? "Status")\r\nContent-Type: \(type)\r\n"
            + "Content-Length: \(status == 304 ? 0 : body.count)\r\n\(caching)Connection: close\r\n\r\n"
        return Data(head.utf8) + (includingBody ? body : Data())
    }
}
