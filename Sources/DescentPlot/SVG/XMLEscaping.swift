/// Escaping of text and attribute values for XML output.
public enum XMLEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'` so that `text` is safe in element content and in
    /// double- or single-quoted attribute values. Control characters that XML 1.0 forbids are
    /// dropped.
    public static func escape(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text`, escaped as `escape(_:)` does, to UTF-8 `bytes`.
    ///
    /// Every byte that needs attention is ASCII (UTF-8 continuation and lead bytes are ≥ 0x80),
    /// so the text is scanned byte by byte and copied in runs between such bytes.
    static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices where needsAttention(utf8[index]) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                appendReplacement(for: utf8[index], to: &bytes)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
    }

    /// Whether `byte` is a markup character or a control character (tab, line feed and
    /// carriage return included, which are kept as they are).
    @inline(__always)
    private static func needsAttention(_ byte: UInt8) -> Bool {
        switch byte {
        case ..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
            UInt8(ascii: "'"):
            true
        default: false
        }
    }

    /// Appends what stands for `byte`: an entity, the byte itself (tab, line feed, carriage
    /// return) or nothing (a control character XML 1.0 forbids).
    private static func appendReplacement(for byte: UInt8, to bytes: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
        case UInt8(ascii: "'"): bytes.append(contentsOf: "&apos;".utf8)
        case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): bytes.append(byte)
        default: break
        }
    }
}
