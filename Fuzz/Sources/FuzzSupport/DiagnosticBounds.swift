import DescentText

/// Diagnostics must point into the text they report on: a line that exists, a column from 1.
public func invariantLocated(_ diagnostics: [Diagnostic], in source: SourceText) {
    for diagnostic in diagnostics where diagnostic.path == source.path {
        invariant(
            diagnostic.line >= 1 && diagnostic.line <= max(source.lines.count, 1) && diagnostic.column >= 1,
            "diagnostic outside the text: \(diagnostic.line):\(diagnostic.column) of \(source.lines.count) lines")
    }
}
