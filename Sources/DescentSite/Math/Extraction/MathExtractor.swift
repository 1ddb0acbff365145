import DescentText

/// Takes the math out of Markdown before cmark parses it, so that `_`, `*` and `\` inside a
/// formula are TeX, not emphasis or escapes.
///
/// The pipeline is extract → cmark → substitute:
///
/// ```swift
/// let extraction = MathExtractor.extract(markdown)
/// let rendered = extraction.spans.map { $0.render() }
/// let html = MarkdownDocument(extraction.markdown).html()
/// let page = MathSubstitution.substitute(rendered, into: html)
/// let warnings = rendered.flatMap(\.warnings)
/// ```
///
/// `MathSpanScanner` documents which dollars count as math; `MathPlaceholder` documents the
/// tokens left in their place.
public enum MathExtractor {
    /// The formulas in `markdown`, and the Markdown with each replaced by a placeholder token.
    public static func extract(_ markdown: String) -> MathExtraction {
        let text = CharacterText(markdown)
        let matches = MathSpanScanner(MarkdownCode(text)).matches()
        let placeholders = MathPlaceholder(count: matches.count, source: markdown)
        var output = ""
        var spans: [MathSpan] = []
        var copied = 0
        for (number, match) in zip(1..., matches) {
            let span = MathSpan(
                tex: text.string(match.tex),
                display: match.display,
                placeholder: placeholders.token(number),
                position: text.position(of: match.whole.lowerBound),
                texPosition: text.position(of: match.tex.lowerBound)
            )
            output += text.string(copied..<match.whole.lowerBound) + span.placeholder
            copied = match.whole.upperBound
            spans.append(span)
        }
        output += text.string(copied..<text.characters.count)
        return MathExtraction(markdown: output, spans: spans)
    }
}
