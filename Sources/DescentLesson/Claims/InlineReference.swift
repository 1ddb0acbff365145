import DescentText
/// Inline references to results in prose: `{{seed-loop.iterations}}`, `{{lr-sweep.best.lr}}`,
/// `{{lr-sweep[lr=1.1].outcome}}`. They stay as written in the lesson and are replaced by the
/// measured value in the rendered page; an unknown experiment or field is an error.
///
/// Fields: `iterations` (the iteration the outcome names), `outcome` (`converged at
/// iteration 10`), `status`, `loss` (final), `lr`, `label`, `final.PARAM`, `runs`, `converged`
/// and `diverged` (counts), `derivative` (text) and `derivative.tex`, `theory.r`,
/// `theory.regime`, `theory.iterations`, and `best.FIELD` for the fastest converging run.
/// Without a `[selector]` or `best.`, a field reads the experiment's first run.
public enum InlineReference {
    /// Every unknown reference in the lesson, as a diagnostic at its line and column.
    public static func problems(in source: SourceText, results: [String: ExperimentResult]) -> [Diagnostic] {
        resolve(source.text, results: results, source: source).problems
    }

    /// `text` with every reference (outside code) replaced by its value; unknown ones are left
    /// as written and reported with positions in `source`, which must be `text` itself for the
    /// positions to be exact.
    public static func resolve(_ text: String, results: [String: ExperimentResult],
                               source: SourceText) -> (text: String, problems: [Diagnostic]) {
        var problems: [Diagnostic] = []
        let lines = SourceLine.split(text)
        let insideCode = CodeFence.coveredLines(lines)
        var output = ""
        for (index, line) in lines.enumerated() {
            guard !insideCode.contains(index), line.text.contains("{{") else { output += line.raw; continue }
            output += replace(in: line.text, results: results) { column, message in
                problems.append(source.error(line: line.number, column: column, message))
            } + line.terminator
        }
        return (output, problems)
    }

    private static func replace(in line: Substring, results: [String: ExperimentResult],
                                report: (Int, String) -> Void) -> String {
        var output = ""
        var rest = line[...]
        var inCode = false
        while let next = rest.firstIndex(where: { $0 == "`" || $0 == "{" }) {
            output += rest[..<next]
            if rest[next] == "`" { inCode.toggle(); output.append("`"); rest = rest[rest.index(after: next)...]; continue }
            guard !inCode, rest[next...].hasPrefix("{{"), let close = rest[next...].range(of: "}}") else {
                output.append(rest[next]); rest = rest[rest.index(after: next)...]; continue
            }
            let body = String(rest[rest.index(next, offsetBy: 2)..<close.lowerBound]).trimmingWhitespace()
            let column = line.distance(from: line.startIndex, to: next) + 1
            switch ReferenceValue.lookup(body, in: results) {
            case .success(let value):
                let startsLine = output.allSatisfy { $0 == " " || $0 == "\t" }
                output += startsLine ? MarkdownEscaping.lineStart(value) : MarkdownEscaping.inline(value)
            case .failure(let problem): report(column, problem.message); output += rest[next..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        return output + rest
    }
}
