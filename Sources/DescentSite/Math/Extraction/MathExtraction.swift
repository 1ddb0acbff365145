import Foundation

/// Markdown with its formulas taken out, as returned by `MathExtractor.extract(_:)`.
public struct MathExtraction: Sendable, Hashable {
    /// The Markdown with every formula replaced by its span's placeholder; give this to cmark.
    public let markdown: String
    /// The formulas, in source order.
    public let spans: [MathSpan]

    /// Creates an extraction.
    public init(markdown: String, spans: [MathSpan]) {
        self.markdown = markdown
        self.spans = spans
    }

    /// `text` (say, a heading's plain text taken from cmark) with every placeholder replaced by
    /// the formula's source as written, `$…$` or `$$…$$`, for titles and tables of contents.
    public func restoringSource(in text: String) -> String {
        var result = text
        for span in spans where result.contains(span.placeholder) {
            result = result.replacingOccurrences(of: span.placeholder, with: span.source)
        }
        return result
    }
}
