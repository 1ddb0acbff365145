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
}
