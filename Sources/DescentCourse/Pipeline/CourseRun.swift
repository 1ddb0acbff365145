import DescentLesson
import DescentText

/// Every lesson of the course with its experiments run, and the course-wide table of results
/// that inline references read from.
struct CourseRun {
    let runs: [LessonRun]
    /// Every experiment by id, across all lessons.
    let results: [String: ExperimentResult]

    /// Runs every lesson but those in `reused` (by path: lessons whose outputs a cache holds,
    /// which take part only with their experiment ids); problems in all lessons (and ids used
    /// twice in the course) are reported together, lesson by lesson. When there are any, the
    /// build stops here, so the failed claims of the lessons that did run are reported with them.
    /// `progress` hears of each lesson, experiment and run.
    ///
    /// Lessons are compiled one after another, in course order, since the course budget counts
    /// each lesson's steps after those of the lessons before it; then they run concurrently
    /// (`ParallelWork`), and their results are taken in course order, so what a build computes,
    /// reports and writes does not depend on which lesson finishes first.
    init(
        _ lessons: [LessonDocument], reused: [String: [CachedLesson.Experiment]] = [:],
        progress: (any BuildProgress)? = nil
    ) throws(DiagnosticList) {
        var courseSteps = 0
        let work = lessons.map { lesson in
            LessonWork(lesson, reused: reused[lesson.source.path], courseSteps: &courseSteps)
        }
        let outcomes = ParallelWork.map(work) { $0.run(progress: progress) }
        var results: [String: ExperimentResult] = [:]
        var firstUse: [String: String] = [:]
        var checked: [(run: LessonRun?, problems: [Diagnostic])] = []
        for (lesson, outcome) in zip(lessons, outcomes) {
            let source = lesson.source
            var problems = outcome.problems
            for (index, (id, line, column)) in outcome.experiments.enumerated() {
                if let first = firstUse[id] {
                    problems.append(Self.usedTwice(id, first: first, at: (line, column), source))
                    continue
                }
                firstUse[id] = "\(source.path):\(line)"
                // A lesson that ran has one result per experiment, in the same order.
                if let run = outcome.run { results[id] = run.results[index] }
            }
            checked.append((outcome.run, problems))
        }
        guard checked.allSatisfy({ $0.problems.isEmpty }) else {
            // The build stops before any lesson is rendered, so the claims of the lessons that
            // ran are checked here (once); each lesson's problems in reading order.
            throw DiagnosticList(
                checked.flatMap { outcome in
                    guard let run = outcome.run else { return outcome.problems }
                    return (outcome.problems + run.failedExpectations()).enumerated()
                        .sorted {
                            ($0.element.line, $0.element.column, $0.offset) < (
                                $1.element.line, $1.element.column, $1.offset
                            )
                        }
                        .map(\.element)
                })
        }
        self.runs = checked.compactMap(\.run)
        self.results = results
    }

    private static func usedTwice(_ id: String, first: String, at position: (Int, Int), _ source: SourceText)
        -> Diagnostic
    {
        source.error(
            line: position.0, column: position.1,
            "experiment id '\(id)' is already used in \(first); ids must be unique across the course")
    }
}
