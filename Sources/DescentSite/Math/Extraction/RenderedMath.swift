import DescentText

/// A `MathSpan` converted to MathML, ready for `MathSubstitution`.
public struct RenderedMath: Sendable, Hashable {
    /// The formula this was rendered from.
    public let span: MathSpan
    /// A complete `<math>` element.
    public let mathml: String
    /// The conversion's warnings, positioned in the Markdown source.
    public let warnings: [Located<String>]

    /// Creates a rendered formula.
    public init(span: MathSpan, mathml: String, warnings: [Located<String>]) {
        self.span = span
        self.mathml = mathml
        self.warnings = warnings
    }
}
