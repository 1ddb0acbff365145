/// The one-line summary of a lesson shown on the index page.
///
/// Rule: take the plain text of the first paragraph after the lesson's first heading (of the
/// first paragraph when there is no heading; paragraphs that are only images are skipped),
/// formulas as their TeX source, white space collapsed. Cut it after the first sentence
/// (a `.`, `!` or `?` followed by white space or the end) when that comes within `limit`
/// characters; otherwise, when it is longer than `limit`, cut at the last space before
/// `limit` and add `…`.
enum LessonSummary {
    /// The longest summary before it is cut at a word boundary.
    static let limit = 160

    /// The summary of `paragraphText` (already plain text).
    static func summary(of paragraphText: String) -> String {
        let words = paragraphText.split(whereSeparator: \.isWhitespace)
        let text = words.joined(separator: " ")
        let characters = Array(text)
        for (index, character) in characters.enumerated() where index < limit && ".!?".contains(character) {
            if index + 1 == characters.count || characters[index + 1] == " " {
                return String(characters[...index])
            }
        }
        guard characters.count > limit else { return text }
        let head = characters[..<limit]
        let cut = head.lastIndex(of: " ") ?? limit
        var kept = String(characters[..<cut])
        while let last = kept.last, ",;:".contains(last) { kept.removeLast() }
        return kept + "…"
    }
}
