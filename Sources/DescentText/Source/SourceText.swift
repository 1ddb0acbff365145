/// A source file's text, split into lines once, for turning positions into `line:column` and
/// for attaching the offending line to a diagnostic.
public struct SourceText: Sendable {
    /// The path the file was read from, as the user named it.
    public let path: String
    /// The whole file.
    public let text: String
    /// The file's lines with their terminators (`SourceLine.split`).
    public let lines: [SourceLine]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.lines = SourceLine.split(text)
    }

    /// The text of line `number` (1-based) without its terminator, or nil past the end. A file
    /// ending in a line break has an empty line after it, as an editor shows.
    public func line(_ number: Int) -> String? {
        if number == lines.count + 1, lines.last?.terminator.isEmpty == false { return "" }
        guard number >= 1, number <= lines.count else { return nil }
        return String(lines[number - 1].text)
    }

    /// An error at `line:column` with that line attached for the caret.
    public func error(line: Int, column: Int, _ message: String) -> Diagnostic {
        Diagnostic(.error, path: path, line: line, column: column, message: message, sourceLine: self.line(line))
    }

    /// A warning at `line:column` with that line attached for the caret.
    public func warning(line: Int, column: Int, _ message: String) -> Diagnostic {
        Diagnostic(.warning, path: path, line: line, column: column, message: message, sourceLine: self.line(line))
    }
}
