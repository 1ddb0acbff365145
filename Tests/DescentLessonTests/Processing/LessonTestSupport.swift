import DescentText

@testable import DescentLesson

/// Runs and renders a lesson given as text, as the course pipeline does.
func render(_ text: String, path: String = "l.md", files: [String: String] = [:]) throws(DiagnosticList) -> (
    run: LessonRun, output: LessonOutput
) {
    let run = try LessonRun(
        SourceText(path: path, text: text),
        readFile: { name in files[name].map { .file(path: name, text: $0) } ?? .unreadable })
    let results = Dictionary(uniqueKeysWithValues: run.results.map { ($0.id, $0) })
    let output = try LessonOutputBuilder(figureDirectoryFromLesson: "../output/figures").render(
        run, references: results)
    return (run, output)
}

/// The diagnostics a lesson produces, rendered as `line:col: message`.
func problems(_ text: String, files: [String: String] = [:]) -> [String] {
    do {
        _ = try render(text, files: files)
        return []
    } catch {
        return error.diagnostics.map { "\($0.line):\($0.column): \($0.message)" }
    }
}

/// A block with `body` as its lines.
func block(_ id: String = "demo", _ body: String) -> String {
    "```descent \(id)\n\(body)```\n"
}

let lectureLoop = """
    f(w) = w^2
    start: w = -3
    optimizer: gd
    lr: 0.3
    steps: 25
    stop: |Δw| < 0.001 and |grad| < 0.001
    show: table, summary, derivative

    """
