import DescentText

/// The HTML comments that fence a generated region in a lesson:
///
///     <!-- descent:begin lr-sweep sum=5f3a09c1 -->
///     …generated Markdown…
///     <!-- descent:end lr-sweep -->
///
/// The checksum covers the region's content, so a hand edit inside it is detected.
public enum RegionMarker: Sendable, Equatable {
    case begin(id: String, checksum: String)
    case end(id: String)

    static let prefix = "<!-- descent:"

    /// The marker text for a line.
    public var text: String {
        switch self {
        case let .begin(id, checksum): "<!-- descent:begin \(id) sum=\(checksum) -->"
        case let .end(id): "<!-- descent:end \(id) -->"
        }
    }

    /// Reads a marker line. Returns nil for lines that are not markers at all, and throws a
    /// message for lines that start like a marker but are malformed.
    static func parse(_ line: Substring) throws(MarkerSyntaxError) -> RegionMarker? {
        let text = line.trimmingWhitespace()
        // `<!-- descent: raw-html -->` and other directives have a space after the colon.
        guard text.hasPrefix(prefix), !text.dropFirst(prefix.count).hasPrefix(" ") else { return nil }
        guard text.hasSuffix("-->") else { throw MarkerSyntaxError("generated-region marker is not closed with '-->'") }
        let words = text.dropFirst(prefix.count).dropLast(3).split(separator: " ")
        switch words.first {
        case "begin":
            guard words.count == 3, ExperimentID.isValid(words[1]), words[2].hasPrefix("sum="),
                words[2].count == 12
            else {
                throw MarkerSyntaxError("malformed begin marker; expected '<!-- descent:begin ID sum=XXXXXXXX -->'")
            }
            return .begin(id: String(words[1]), checksum: String(words[2].dropFirst(4)))
        case "end":
            guard words.count == 2, ExperimentID.isValid(words[1]) else {
                throw MarkerSyntaxError("malformed end marker; expected '<!-- descent:end ID -->'")
            }
            return .end(id: String(words[1]))
        default:
            throw MarkerSyntaxError("unknown generated-region marker; expected 'descent:begin' or 'descent:end'")
        }
    }

    /// FNV-1a (32-bit) of the content's UTF-8 bytes, as 8 lowercase hex digits. Line endings are
    /// normalised to `\n` first so the checksum reads the same in CRLF files.
    public static func checksum(of content: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        let normalised = content.utf8.contains(0x0D) ? content.replacingAll("\r\n", with: "\n") : content
        for byte in normalised.utf8 {
            hash = (hash ^ UInt32(byte)) &* 0x0100_0193
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}

/// A malformed marker line; the caller adds the position.
struct MarkerSyntaxError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
