/// A problem in a formula, located by a 1-based column within the text that was parsed.
///
/// Messages are lowercase and say what was expected, e.g.
/// `expected ')' to close '(' at col 12`; `suggestion` carries a likely fix
/// (`write 2*w`, `did you mean 'sqrt'?`) when one is known.
public struct ExpressionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based column (in characters) where the problem was found.
    public var column: Int
    /// What went wrong, lowercase.
    public var message: String
    /// A likely fix, when one is known.
    public var suggestion: String?

    /// Creates an error at `column`.
    public init(column: Int, message: String, suggestion: String? = nil) {
        self.column = column
        self.message = message
        self.suggestion = suggestion
    }

    /// `col N: message; suggestion`.
    public var description: String {
        let hint = suggestion.map { "; \($0)" } ?? ""
        return "col \(column): \(message)\(hint)"
    }
}

/// Limits that keep parsing and every later walk over a formula bounded.
public enum ExpressionLimits {
    /// The longest formula text accepted, in characters.
    public static let maximumLength = 100_000
    /// The deepest nesting of parentheses, unary operators and calls accepted.
    public static let maximumDepth = 200
}
