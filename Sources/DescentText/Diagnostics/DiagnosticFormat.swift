/// How diagnostics are printed (`--diagnostics`): for a person, for GitHub Actions, or for
/// programs.
///
/// - `text`: `path:line:col: error: message`, the line and a caret (``Diagnostic/description``);
/// - `github`: one workflow command per diagnostic, `::error file=P,line=L,col=C,title=descent::M`
///   (`::warning` for warnings), which GitHub shows on the lesson's line in a pull request; the
///   offending line and caret are not repeated (the annotation sits on that line);
/// - `json`: one JSON object per line: `{"severity":"error","path":"…","line":3,"column":12,
///   "message":"…","sourceLine":"…"}` (`line`/`column` 0 when unknown, `sourceLine` null).
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    case text, github, json

    /// Every diagnostic of `list`, one after another (a line each, or `description`'s lines).
    public func render(_ list: DiagnosticList) -> String {
        list.diagnostics.map(render).joined(separator: "\n")
    }

    /// One diagnostic.
    public func render(_ diagnostic: Diagnostic) -> String {
        switch self {
        case .text: return diagnostic.description
        case .github: return github(diagnostic)
        case .json: return json(diagnostic)
        }
    }

    private func github(_ diagnostic: Diagnostic) -> String {
        var properties = ["file=" + Self.escapeProperty(diagnostic.path)]
        if diagnostic.line > 0 { properties.append("line=\(diagnostic.line)") }
        if diagnostic.line > 0, diagnostic.column > 0 { properties.append("col=\(diagnostic.column)") }
        properties.append("title=descent")
        return "::\(diagnostic.severity.rawValue) " + properties.joined(separator: ",") + "::"
            + Self.escapeData(diagnostic.message)
    }

    private func json(_ diagnostic: Diagnostic) -> String {
        let fields = [
            "\"severity\":" + JSONEscaping.string(diagnostic.severity.rawValue),
            "\"path\":" + JSONEscaping.string(diagnostic.path),
            "\"line\":\(diagnostic.line)",
            "\"column\":\(diagnostic.column)",
            "\"message\":" + JSONEscaping.string(diagnostic.message),
            "\"sourceLine\":" + (diagnostic.sourceLine.map(JSONEscaping.string) ?? "null"),
        ]
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// A workflow command's message: `%`, CR and LF escaped (GitHub's `escapeData`).
    static func escapeData(_ text: String) -> String {
        text.replacingAll("%", with: "%25").replacingAll("\r", with: "%0D")
            .replacingAll("\n", with: "%0A")
    }

    /// A workflow command's property value: also `:` and `,` (GitHub's `escapeProperty`).
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }
}
