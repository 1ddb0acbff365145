import DescentLesson
import DescentText
import Foundation

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
    init(
        _ lessons: [LessonDocument], reused: [String: [CachedLesson.Experiment]] = [:],
        progress: (any BuildProgress)? = nil
    ) throws(DiagnosticList) {
        var outcomes: [(run: LessonRun?, problems: [Diagnostic])] = []
        var results: [String: ExperimentResult] = [:]
        var firstUse: [String: String] = [:]
        var courseSteps = 0
        for lesson in lessons {
            let source = lesson.source
            if let experiments = reused[source.path] {
                // A reused lesson's experiments still count toward the course budget, exactly as
                // if they ran, so whether a build is over budget never depends on the cache.
                let overruns = experiments.compactMap { experiment in
                    LessonRun.courseOverrun(
                        steps: experiment.steps, at: (experiment.line, experiment.column), courseSteps: &courseSteps,
                        source: source)
                }
                guard overruns.isEmpty else {
                    outcomes.append((nil, overruns))
                    continue
                }
                var problems: [Diagnostic] = []
                for experiment in experiments {
                    if let first = firstUse[experiment.id] {
                        problems.append(
                            Self.usedTwice(
                                experiment.id, first: first, at: (experiment.line, experiment.column), source))
                    } else {
                        firstUse[experiment.id] = "\(source.path):\(experiment.line)"
                    }
                }
                outcomes.append((nil, problems))
                continue
            }
            let run: LessonRun
            do throws(DiagnosticList) {
                run = try LessonRun(
                    lesson, readFile: DataFiles.reader(forLesson: source.path), courseSteps: &courseSteps,
                    keeping: .shown, progress: progress)
            } catch {
                outcomes.append((nil, error.diagnostics))
                continue
            }
            var problems: [Diagnostic] = []
            for result in run.results {
                let id = result.experiment.spec.location
                if let first = firstUse[result.id] {
                    problems.append(Self.usedTwice(result.id, first: first, at: (id.line, id.column), source))
                    continue
                }
                firstUse[result.id] = "\(source.path):\(id.line)"
                results[result.id] = result
            }
            outcomes.append((run, problems))
        }
        guard outcomes.allSatisfy({ $0.problems.isEmpty }) else {
            // The build stops before any lesson is rendered, so the claims of the lessons that
            // ran are checked here (once); each lesson's problems in reading order.
            throw DiagnosticList(
                outcomes.flatMap { outcome in
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
        self.runs = outcomes.compactMap(\.run)
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
