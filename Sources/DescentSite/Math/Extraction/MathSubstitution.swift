import DescentText

/// Puts rendered formulas back into the HTML cmark made from `MathExtraction.markdown`.
///
/// - A display formula that is alone in a paragraph (`<p>MATHPH0001X</p>`) replaces the whole
///   paragraph, so the block `<math>` is not wrapped in `<p>`.
/// - Any other placeholder in text is replaced by the `<math>` element (valid HTML5 inside a
///   paragraph: MathML is phrasing content). Punctuation right after an inline formula goes
///   with it into `<span class="math-nowrap">`, so a line never starts with the comma.
/// - A placeholder inside a tag (an image's `alt`, a link's `href`, a `title`) is replaced by the
///   escaped TeX source as written, since markup cannot go into an attribute.
/// - A token that matches no rendered formula is left as it is.
public enum MathSubstitution {
    /// `html` with every placeholder of `rendered` replaced as described above.
    public static func substitute(_ rendered: [RenderedMath], into html: String) -> String {
        guard let first = rendered.first else { return html }
        let byToken = Dictionary(rendered.map { ($0.span.placeholder, $0) }) { first, _ in first }
        let prefix = String(first.span.placeholder.prefix { !$0.isNumber })
        let width = first.span.placeholder.count - prefix.count
        let characters = Array(html)
        var output = ""
        var index = 0
        var insideTag = false
        while index < characters.count {
            let character = characters[index]
            if character == "<" { insideTag = true }
            if character == ">" { insideTag = false }
            if let token = token(in: characters, at: index, prefix: prefix, width: width),
                let math = byToken[token]
            {
                index += token.count
                if insideTag {
                    output += HTMLEscaping.escape(math.span.source, apostrophes: false)
                } else if math.span.display, closesParagraph(characters, at: index), removeParagraphStart(&output) {
                    output += math.mathml
                    index += "</p>".count
                } else if !math.span.display, let end = punctuationEnd(characters, from: index) {
                    output += "<span class=\"math-nowrap\">" + math.mathml + String(characters[index..<end]) + "</span>"
                    index = end
                } else {
                    output += math.mathml
                }
            } else {
                output.append(character)
                index += 1
            }
        }
        return output
    }

    /// Punctuation that must not start a line after an inline formula.
    private static let trailingPunctuation: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "]", "’", "”"]

    /// The end of the punctuation (up to three characters) that follows an inline formula at
    /// `index`, or nil when none does; the formula and it are then kept on one line.
    private static func punctuationEnd(_ characters: [Character], from index: Int) -> Int? {
        var end = index
        while end < characters.count, end - index < 3, trailingPunctuation.contains(characters[end]) { end += 1 }
        return end > index ? end : nil
    }

    /// The token of the given shape starting at `index`, if there is one.
    private static func token(in characters: [Character], at index: Int, prefix: String, width: Int) -> String? {
        let end = index + prefix.count + width
        guard characters[index] == prefix.first, end <= characters.count else { return nil }
        let candidate = String(characters[index..<end])
        return candidate.hasPrefix(prefix) ? candidate : nil
    }

    private static func closesParagraph(_ characters: [Character], at index: Int) -> Bool {
        index + 4 <= characters.count && String(characters[index..<(index + 4)]) == "</p>"
    }

    /// Removes a `<p>` (or `<p …>`) tag that ends `output`; false if `output` does not end so.
    private static func removeParagraphStart(_ output: inout String) -> Bool {
        guard output.hasSuffix(">"), let tagStart = output.lastIndex(of: "<") else { return false }
        let tag = output[tagStart...]
        guard tag == "<p>" || tag.hasPrefix("<p ") else { return false }
        output.removeSubrange(tagStart...)
        return true
    }
}
