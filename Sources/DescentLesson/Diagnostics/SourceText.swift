/// A lesson's text with fast access to its lines, for turning offsets into line:column.
public struct SourceText: Sendable {
    /// The path the file was read from, as the user named it.
    public let path: String
    /// The whole file.
    public let text: String
    /// The file's lines without their terminators (`\n` or `\r\n`).
    public let lines: [Substring]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        // "\r\n" is one Character in Swift, so both terminators are matched explicitly.
        self.lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }

    /// Line `number` (1-based) or nil past the end.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        return String(lines[number - 1])
    }

    /// An error at `line:column` with that line attached for the caret.
    public func error(line: Int, column: Int, _ message: String) -> Diagnostic {
        Diagnostic(.error, path: path, line: line, column: column,
                   message: message, sourceLine: self.line(line))
    }

    /// A warning at `line:column` with that line attached for the caret.
    public func warning(line: Int, column: Int, _ message: String) -> Diagnostic {
        Diagnostic(.warning, path: path, line: line, column: column,
                   message: message, sourceLine: self.line(line))
    }
}
