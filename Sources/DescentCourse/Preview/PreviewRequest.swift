import DescentText

/// The head of one HTTP/1.1 request to the preview server: what ``PreviewServer`` needs of it
/// (method and target), read from at most ``limit`` bytes. Anything malformed or larger is
/// refused before a file is looked up.
struct PreviewRequest: Equatable, Sendable {
    /// The largest request head read (request line and headers): a browser's is under 2 KB.
    static let limit = 16 * 1024

    var method: String
    /// The path and query as sent (`/01-walk.html?x=1`).
    var target: String
    /// The `If-None-Match` header: the entity tag of the copy the browser holds, if any.
    var ifNoneMatch: String?

    /// Whether `bytes` hold a whole head (up to its blank line).
    static func isComplete(_ bytes: [UInt8]) -> Bool {
        headEnd(bytes) != nil
    }

    /// The request in `bytes`, or nil when its request line is not `METHOD TARGET HTTP/1.x`.
    init?(_ bytes: [UInt8]) {
        guard let end = Self.headEnd(bytes) else { return nil }
        let head = String(decoding: bytes[..<end], as: UTF8.self)
        let line = head.split(separator: "\r\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1."), parts[1].hasPrefix("/"), !parts[0].isEmpty else {
            return nil
        }
        method = String(parts[0])
        target = String(parts[1])
        ifNoneMatch = nil
        for header in head.split(separator: "\r\n").dropFirst() {
            let field = header.split(separator: ":", maxSplits: 1)
            guard field.count == 2, field[0].lowercased() == "if-none-match" else { continue }
            ifNoneMatch = field[1].trimmingWhitespace()
        }
    }

    /// The value of query parameter `name` (`after` in `/__descent/reload?after=3`).
    func query(_ name: String) -> String? {
        guard let question = target.firstIndex(of: "?") else { return nil }
        for pair in target[target.index(after: question)...].split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if parts.first.map(String.init) == name { return parts.count > 1 ? String(parts[1]) : "" }
        }
        return nil
    }

    /// The path without its query.
    var path: String { String(target.prefix { $0 != "?" }) }

    private static func headEnd(_ bytes: [UInt8]) -> Int? {
        let blank: [UInt8] = [13, 10, 13, 10]
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4) where bytes[index..<index + 4].elementsEqual(blank) { return index }
        return nil
    }
}
