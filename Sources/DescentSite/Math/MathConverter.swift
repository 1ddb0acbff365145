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
            ($0.element.column, $0.offset) < ($1.element.column, $1.offset)
        }
        return MathConversion(mathml: mathml, warnings: ordered.map(\.element))
    }
}

/// The result of converting one formula: its MathML and any warnings.
public struct MathConversion: Sendable, Hashable {
    /// A complete `<math>` element.
    public let mathml: String
    /// Problems found in the TeX, in source order; empty when the formula is clean.
    public let warnings: [MathWarning]

    /// Creates a conversion result.
    public init(mathml: String, warnings: [MathWarning]) {
        self.mathml = mathml
        self.warnings = warnings
    }
}
