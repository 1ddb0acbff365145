/// Escapes text for HTML and XML (SVG) element content and attribute values: the one escaper
/// of the project, for pages, MathML and figures alike.
///
/// It reads UTF-8 bytes and copies the runs between the bytes that need attention. Every such
/// byte is ASCII, and UTF-8 never uses a byte below 0x80 inside a longer sequence, so a quote
/// or bracket followed by a combining mark is still escaped (reading characters would make one
/// grapheme of the two and let the quote through, closing an attribute).
public enum HTMLEscaping {
    /// What an escape replaces besides `& < > "`.
    public struct Rules: Sendable {
        /// The entity for `'`, or nil to keep it (MathML keeps `f'(w)` readable in annotations).
        var apostrophe: StaticString?
        /// Whether control characters other than tab, line feed and carriage return are dropped,
        /// as XML 1.0 forbids them.
        var dropsControlCharacters: Bool

        /// HTML: `'` as `&#39;`, control characters kept.
        public static let html = Rules(apostrophe: "&#39;", dropsControlCharacters: false)
        /// HTML where `'` may stay: element content and double-quoted attributes only.
        public static let htmlKeepingApostrophes = Rules(apostrophe: nil, dropsControlCharacters: false)
        /// XML 1.0 (SVG): `'` as `&apos;`, forbidden control characters dropped.
        public static let xml = Rules(apostrophe: "&apos;", dropsControlCharacters: true)
    }

    /// `text` with `& < > " '` replaced by entities, safe in content and in quoted attributes.
    public static func escape(_ text: String) -> String {
        escape(text, rules: .html)
    }

    /// `text` with `& < > "` replaced by entities, and `'` too when `apostrophes` is true.
    public static func escape(_ text: String, apostrophes: Bool) -> String {
        escape(text, rules: apostrophes ? .html : .htmlKeepingApostrophes)
    }

    /// `text` escaped by `rules`.
    public static func escape(_ text: String, rules: Rules) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        append(text, to: &bytes, rules: rules)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text`, escaped by `rules`, to UTF-8 `bytes`.
    public static func append(_ text: String, to bytes: inout [UInt8], rules: Rules) {
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices where needsAttention(utf8[index]) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                appendReplacement(for: utf8[index], to: &bytes, rules: rules)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
    }

    /// Whether `byte` is a markup character or a control character.
    @inline(__always)
    private static func needsAttention(_ byte: UInt8) -> Bool {
        switch byte {
        case ..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
            UInt8(ascii: "'"):
            true
        default: false
        }
    }

    /// Appends what stands for `byte`: an entity, the byte itself, or nothing (a control
    /// character the rules drop).
    private static func appendReplacement(for byte: UInt8, to bytes: inout [UInt8], rules: Rules) {
        switch byte {
        case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
        case UInt8(ascii: "'"):
            if let entity = rules.apostrophe {
                entity.withUTF8Buffer { bytes.append(contentsOf: $0) }
            } else {
                bytes.append(byte)
            }
        case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): bytes.append(byte)
        default: if !rules.dropsControlCharacters { bytes.append(byte) }
        }
    }
}
