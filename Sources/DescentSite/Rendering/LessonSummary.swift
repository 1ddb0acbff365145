/// The summary of a lesson shown on the index page, as HTML rendered like the lesson itself
/// (formulas as MathML, emphasis and links kept).
///
/// Rule: take the first paragraph after the lesson's first heading (the first paragraph when
/// there is no heading; paragraphs that are only images, and pipe tables, are skipped). Keep
/// whole sentences — a `.`, `!` or `?` followed by white space or the paragraph's end, outside
/// any element and not after a common abbreviation (`e.g.`) — as many as fit in `limit`
/// characters of text (a formula counts as its placeholder's length), and always the first
/// one. Never cut inside a sentence, never add `…`.
enum LessonSummary {
    /// The most characters of text kept when a summary has more than one sentence.
    static let limit = 200

    private static let abbreviations: Set<String> = ["e.g", "i.e", "etc", "vs", "cf", "approx", "Fig", "Eq"]

    /// The summary of a paragraph's inner HTML (cmark's, formulas still placeholders),
    /// with its white space collapsed.
    static func summary(ofParagraphHTML html: String) -> String {
        let characters = Array(html.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        var cut = characters.count
        var textLength = 0
        var openElements = 0
        var index = 0
        var sentences = 0
        while index < characters.count {
            let character = characters[index]
            if character == "<" {
                let end = characters[index...].firstIndex(of: ">") ?? characters.count - 1
                openElements += elementDepthChange(characters[index...end])
                index = end + 1
                continue
            }
            textLength += 1
            if openElements == 0, ".!?".contains(character), endsSentence(characters, at: index) {
                if sentences > 0, textLength > limit { break }
                sentences += 1
                cut = index + 1
            }
            if character == "&" { index = (characters[index...].firstIndex(of: ";") ?? index) + 1 } else { index += 1 }
        }
        return String(characters[..<cut])
    }

    private static func endsSentence(_ characters: [Character], at index: Int) -> Bool {
        guard index + 1 == characters.count || characters[index + 1] == " " else { return false }
        guard characters[index] == "." else { return true }
        let word = characters[..<index].split(separator: " ").last.map { String($0) } ?? ""
        return !abbreviations.contains(word) && !abbreviations.contains(String(word.drop { !$0.isLetter }))
    }

    /// +1 for an opening tag, -1 for a closing one, 0 for a void or self-closing one.
    private static func elementDepthChange(_ tag: ArraySlice<Character>) -> Int {
        let text = String(tag)
        if text.hasPrefix("</") { return -1 }
        let name = text.dropFirst().prefix { $0.isLetter || $0.isNumber }.lowercased()
        if text.hasSuffix("/>") || ["br", "img", "wbr", "hr", "input"].contains(name) { return 0 }
        return 1
    }
}
