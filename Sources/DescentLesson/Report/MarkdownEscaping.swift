/// Escapes text so Markdown shows it literally (labels, captions, alt text).
enum MarkdownEscaping {
    static func inline(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>#|$".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
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
