import DescentLesson
import DescentText

/// One lesson of a course run: compiled (or, when the cache holds it, known by its experiments)
/// and ready to run on any thread.
struct LessonWork: Sendable {
    let document: LessonDocument
    let reused: [CachedLesson.Experiment]?
    let compiled: [CompiledExperiment]
    let problems: [Diagnostic]

    /// Compiles the lesson, adding its planned steps to `courseSteps`. A reused lesson's
    /// experiments still count toward the course budget, exactly as if they ran, so whether a
    /// build is over budget never depends on the cache.
    init(_ document: LessonDocument, reused: [CachedLesson.Experiment]?, courseSteps: inout Int) {
        self.document = document
        self.reused = reused
        let source = document.source
        if let reused {
            compiled = []
            problems = reused.compactMap { experiment in
                LessonRun.courseOverrun(
                    steps: experiment.steps, at: (experiment.line, experiment.column), courseSteps: &courseSteps,
                    source: source)
            }
        } else {
            (compiled, problems) = LessonRun.compile(
                document, readFile: DataFiles.reader(forLesson: source.path), courseSteps: &courseSteps)
        }
    }

    /// What running the lesson gave: its run (nil when it is reused or failed), its problems,
    /// and the ids of its experiments with where each is written, in block order.
    struct Outcome: Sendable {
        var run: LessonRun?
        var problems: [Diagnostic]
        var experiments: [(id: String, line: Int, column: Int)]
    }

    func run(progress: (any BuildProgress)?) -> Outcome {
        if let reused {
            // An experiment over the budget stops the lesson before its ids are counted.
            let ids = problems.isEmpty ? reused.map { ($0.id, $0.line, $0.column) } : []
            return Outcome(run: nil, problems: problems, experiments: ids)
        }
        do throws(DiagnosticList) {
            let run = try LessonRun(
                document, compiled: compiled, problems: problems, keeping: .shown, progress: progress)
            let ids = run.results.map { ($0.id, $0.experiment.spec.location.line, $0.experiment.spec.location.column) }
            return Outcome(run: run, problems: [], experiments: ids)
        } catch {
            return Outcome(run: nil, problems: error.diagnostics, experiments: [])
        }
    }
}
