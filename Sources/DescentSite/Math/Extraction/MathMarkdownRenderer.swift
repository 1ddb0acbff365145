/// Renders Markdown with math to HTML in one call: extract → cmark → substitute.
public enum MathMarkdownRenderer {
    /// A rendered page fragment and the problems found in its formulas.
    public struct Output: Sendable, Hashable {
        /// cmark's HTML with every formula as MathML.
        public let html: String
        /// Every formula's warnings, in source order, positioned in the Markdown.
        public let warnings: [MathSourceWarning]
    }

    /// Renders `markdown` with cmark (parsed and rendered with `options`) and MathML formulas.
    public static func render(_ markdown: String, options: MarkdownDocument.Options = []) -> Output {
        let extraction = MathExtractor.extract(markdown)
        let rendered = extraction.spans.map { $0.render() }
        let html = MarkdownDocument(extraction.markdown, options: options).html()
        return Output(
            html: MathSubstitution.substitute(rendered, into: html),
            warnings: rendered.flatMap(\.warnings)
        )
    }
}
