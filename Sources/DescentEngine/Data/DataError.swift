/// A problem with data: CSV text or a data generator's settings.
///
/// `line` and `column` are 1-based within the CSV text (both 0 when the problem is not tied
/// to a position, e.g. a bad generator setting); messages are lowercase.
public struct DataError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based line in the CSV text, or 0.
    public var line: Int
    /// 1-based column in that line, or 0.
    public var column: Int
    /// What went wrong, lowercase.
    public var message: String
    /// A likely fix, when one is known.
    public var suggestion: String?

    /// Creates an error at `line`:`column`.
    public init(line: Int = 0, column: Int = 0, message: String, suggestion: String? = nil) {
        self.line = line
        self.column = column
        self.message = message
        self.suggestion = suggestion
    }

    /// `line:col: message`.
    public var description: String {
        "\(line):\(column): \(message)" + (suggestion.map { "; \($0)" } ?? "")
    }
}
