import DescentText

/// Converts a subset of TeX math to MathML Core, without JavaScript.
///
/// The output is a complete `<math>` element whose only child is a `<semantics>` element holding
/// the presentation MathML and the TeX source as an `application/x-tex` annotation. See
/// `docs/math.md` for the supported commands.
///
/// ```swift
/// let result = MathConverter.convert(#"\frac{a}{b}"#, display: false)
/// // result.mathml: <math><semantics><mfrac><mi>a</mi><mi>b</mi></mfrac><annotation …
/// ```
public enum MathConverter {
    /// Converts `tex`; `display` selects `<math display="block">` and display-style limits.
    public static func convert(_ tex: String, display: Bool) -> MathConversion {
        let parser = MathParser(tex, display: display)
        let tree = parser.parse()
        let mathml = MathMLWriter.document(tree, tex: tex, display: display)
        let ordered = parser.warnings.enumerated().sorted {
            ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset)
        }
        let text = CharacterText(tex)
        return MathConversion(
            mathml: mathml,
            warnings: ordered.map { _, warning in
                let position = text.position(of: warning.offset)
                return Located(warning.message, line: position.line, column: position.column)
            })
    }
}

/// The result of converting one formula: its MathML and any warnings.
public struct MathConversion: Sendable, Hashable {
    /// A complete `<math>` element.
    public let mathml: String
    /// Problems found in the TeX, each a lowercase message (with a suggestion where one is
    /// likely) at a 1-based line and column of the TeX, in source order; empty when the formula
    /// is clean. Warnings never stop a conversion: the offending part renders as `<merror>`.
    public let warnings: [Located<String>]

    /// Creates a conversion result.
    public init(mathml: String, warnings: [Located<String>]) {
        self.mathml = mathml
        self.warnings = warnings
    }
}
