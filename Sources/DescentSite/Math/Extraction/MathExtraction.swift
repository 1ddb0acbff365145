import DescentText

/// Markdown with its formulas taken out, as returned by `MathExtractor.extract(_:)`.
public struct MathExtraction: Sendable, Hashable {
    /// The Markdown with every formula replaced by its span's placeholder; give this to cmark.
    public let markdown: String
    /// The formulas, in source order.
    public let spans: [MathSpan]
    /// Each span's source by its placeholder.
    private let sources: [String: String]

    /// Creates an extraction.
    public init(markdown: String, spans: [MathSpan]) {
        self.markdown = markdown
        self.spans = spans
        sources = Dictionary(spans.map { ($0.placeholder, $0.source) }, uniquingKeysWith: { first, _ in first })
    }

    /// `text` (say, a heading's plain text taken from cmark) with every placeholder replaced by
    /// the formula's source as written, `$…$` or `$$…$$`, for titles and tables of contents.
    /// Linear in `text`, however many formulas the lesson has.
    public func restoringSource(in text: String) -> String {
        guard let token = spans.first?.placeholder else { return text }
        let prefix = String(token.prefix { !$0.isNumber })
        guard text.contains(prefix) else { return text }
        var result = ""
        var rest = text[...]
        while let range = rest.firstRange(of: prefix) {
            result += rest[..<range.lowerBound]
            let candidate = rest[range.lowerBound...].prefix(token.count)
            if let source = sources[String(candidate)] {
                result += source
                rest = rest[candidate.endIndex...]
            } else {
                result += rest[range]
                rest = rest[range.upperBound...]
            }
        }
        return result + rest
    }
}
