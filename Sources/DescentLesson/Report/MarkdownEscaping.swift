/// Escapes text so Markdown shows it literally (labels, captions, alt text).
enum MarkdownEscaping {
    static func inline(_ text: String) -> String {
        // Most text has nothing to escape: one pass over its bytes says so, without walking
        // its characters.
        guard text.utf8.contains(where: isSpecial) else { return text }
        var result = ""
        for character in text {
            // A special character followed by a combining mark is another character, left as is.
            if let ascii = character.asciiValue, isSpecial(ascii) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// Whether `byte` is one of the ASCII characters Markdown gives a meaning: \ ` * _ [ ] < > # | $
    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "|"),
            UInt8(ascii: "$"):
            return true
        default:
            return false
        }
    }

    /// `text` escaped for the start of a line, where `1.`, `-3` or `+` would begin a list: the
    /// first character is written as a numeric character reference, which cmark shows as is.
    static func lineStart(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "0123456789-+".unicodeScalars.contains(first) else {
            return inline(text)
        }
        return "&#\(first.value);" + inline(String(text.unicodeScalars.dropFirst()))
    }
}
