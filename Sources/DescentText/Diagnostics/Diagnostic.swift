/// One problem found in a lesson, located precisely enough to fix it.
///
/// Rendered the way compilers do, so editors can jump to it:
///
///     lessons/01-walk.md:12:5: error: unknown optimizer 'adma'; did you mean 'adam'?
///         optimizer: adma
///                    ^
public struct Diagnostic: Error, Equatable, Sendable, CustomStringConvertible {
    /// How bad the problem is: errors stop the build, warnings are reported and the build goes on.
    public enum Severity: String, Sendable { case error, warning }

    /// Whether the problem stops the build.
    public var severity: Severity
    /// The file the problem is in, as the user named it.
    public var path: String
    /// 1-based line; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column in characters (not bytes); 0 when not known.
    public var column: Int
    /// Lowercase, no final period, suggestion included ("…; did you mean 'adam'?").
    public var message: String
    /// The text of the offending line, shown under the message with a caret.
    public var sourceLine: String?

    public init(
        _ severity: Severity = .error, path: String, line: Int, column: Int,
        message: String, sourceLine: String? = nil
    ) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.sourceLine = sourceLine
    }

    /// `path:line:col: severity: message`, then the line and a caret when known.
    public var description: String {
        var location = path
        if line > 0 { location += ":\(line)" }
        if line > 0, column > 0 { location += ":\(column)" }
        var text = "\(location): \(severity.rawValue): \(message)"
        if let sourceLine, line > 0 {
            text += "\n    " + sourceLine
            if column > 0 { text += "\n    " + caretPadding(sourceLine, column) + "^" }
        }
        return text
    }

    /// Spaces (tabs kept as tabs) up to `column`, so the caret sits under the right character.
    private func caretPadding(_ line: String, _ column: Int) -> String {
        String(line.prefix(column - 1).map { $0 == "\t" ? "\t" : " " })
    }
}

/// Several diagnostics reported together: every problem at once, never just the first.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    /// The diagnostics, in the order they are reported.
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// True when at least one diagnostic is an error (warnings alone do not stop a build).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
