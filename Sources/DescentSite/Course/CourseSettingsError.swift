/// A malformed line in `course.toml`, with its 1-based line and column.
public struct CourseSettingsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line of the problem.
    public let line: Int
    /// The 1-based column (in characters) of the problem.
    public let column: Int
    /// A lowercase description, with a suggestion where one is likely.
    public let message: String

    /// Creates an error.
    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line:column: error: message`.
    public var description: String { "\(line):\(column): error: \(message)" }

    /// `path:line:column: error: message`, the form the command line prints.
    public func formatted(path: String) -> String { "\(path):\(description)" }
}
