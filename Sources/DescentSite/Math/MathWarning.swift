/// A problem found while converting TeX to MathML.
///
/// Warnings never stop a conversion: the offending part renders visibly as an `<merror>` and
/// the rest of the formula is converted as usual.
public struct MathWarning: Sendable, Hashable, CustomStringConvertible {
    /// The 1-based position, counted in characters, of the problem within the TeX source.
    public let column: Int
    /// A lowercase description of the problem, with a suggestion where one is likely.
    public let message: String

    /// Creates a warning at `column` (1-based, in characters of the TeX source).
    public init(column: Int, message: String) {
        self.column = column
        self.message = message
    }

    /// `column N: message`.
    public var description: String { "column \(column): \(message)" }
}
