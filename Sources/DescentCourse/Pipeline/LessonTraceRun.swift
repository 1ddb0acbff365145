import DescentLesson
import DescentText

/// What `descent run LESSON [--id ID]` prints: one lesson read from disk and compiled — data
/// files resolved by the build's rule (``DataFiles``: next to the lesson) — and the experiments
/// asked for picked out, as a ``TraceExport`` whose runs run as they are printed. Nothing is
/// written.
///
/// Every error is found here, before anything runs or prints: the lesson's structure and
/// blocks, the work budget, an unknown id, and every run's configuration. Unlike a build, only
/// this lesson is read: ids are not checked against the rest of the course, inline references
/// are not resolved and `expect:` claims are not checked (they need the runs).
public struct LessonTraceRun: Sendable {
    /// The lesson's path as the user gave it; it names the lesson in the export and errors.
    public var lessonPath: String
    /// Only the experiment with this id, or every experiment when nil.
    public var id: String?

    public init(lessonPath: String, id: String? = nil) {
        self.lessonPath = lessonPath
        self.id = id
    }

    /// Reads and compiles the lesson. Lesson errors, an id the lesson does not have (with a
    /// suggestion) and runs the engine would refuse are diagnostics.
    public func export() throws(DiagnosticList) -> TraceExport {
        let file = try LessonFile.read(lessonPath)
        let source = SourceText(path: file.path, text: file.text)
        var courseSteps = 0
        let (experiments, problems) = LessonRun.compile(
            LessonDocument(source), readFile: DataFiles.reader(forLesson: file.path), courseSteps: &courseSteps)
        let refused = experiments.flatMap { experiment in
            let location = experiment.spec.location
            return (TraceExport.refusals(experiment)?.messages(runCount: experiment.runs.count) ?? []).map {
                source.error(line: location.line, column: location.column, $0)
            }
        }
        guard problems.isEmpty && refused.isEmpty else {
            throw DiagnosticList(LessonRun.sorted(problems + refused, in: source))
        }
        return TraceExport(lesson: lessonPath, experiments: try select(experiments))
    }

    private func select(_ experiments: [CompiledExperiment]) throws(DiagnosticList) -> [CompiledExperiment] {
        guard let id else { return experiments }
        let chosen = experiments.filter { $0.spec.id == id }
        guard chosen.isEmpty else { return chosen }
        var message = "no experiment '\(id)' in this lesson"
        let ids = experiments.map(\.spec.id)
        if let hint = Suggestion.didYouMean(id, in: ids) {
            message += "; \(hint)"
        } else if !ids.isEmpty {
            message += "; experiments: " + ids.joined(separator: ", ")
        }
        throw DiagnosticList([Diagnostic(path: lessonPath, line: 0, column: 0, message: message)])
    }
}
