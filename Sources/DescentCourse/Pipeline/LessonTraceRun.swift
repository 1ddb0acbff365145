import DescentLesson
import DescentText

/// What `descent run LESSON [--id ID]` computes: one lesson read from disk, its experiments
/// run — data files resolved by the build's rule (``DataFiles``: next to the lesson) — and the
/// experiments asked for picked out, as a ``TraceExport`` ready to print. Nothing is written.
///
/// Unlike a build, only this lesson runs: ids are not checked against the rest of the course
/// and inline references are not resolved.
public struct LessonTraceRun: Sendable {
    /// The lesson's path as the user gave it; it names the lesson in the export and errors.
    public var lessonPath: String
    /// Only the experiment with this id, or every experiment when nil.
    public var id: String?

    public init(lessonPath: String, id: String? = nil) {
        self.lessonPath = lessonPath
        self.id = id
    }

    /// Reads and runs the lesson. Lesson errors, and an id the lesson does not have (with a
    /// suggestion), are diagnostics.
    public func export() throws(DiagnosticList) -> TraceExport {
        let file = try LessonFile.read(lessonPath)
        let run = try LessonRun(
            SourceText(path: file.path, text: file.text),
            readFile: DataFiles.reader(forLesson: file.path))
        return TraceExport(lesson: lessonPath, results: try select(run.results))
    }

    private func select(_ results: [ExperimentResult]) throws(DiagnosticList) -> [ExperimentResult] {
        guard let id else { return results }
        let chosen = results.filter { $0.id == id }
        guard chosen.isEmpty else { return chosen }
        var message = "no experiment '\(id)' in this lesson"
        let ids = results.map(\.id)
        if let hint = Suggestion.didYouMean(id, in: ids) {
            message += "; \(hint)"
        } else if !ids.isEmpty {
            message += "; experiments: " + ids.joined(separator: ", ")
        }
        throw DiagnosticList([Diagnostic(path: lessonPath, line: 0, column: 0, message: message)])
    }
}
