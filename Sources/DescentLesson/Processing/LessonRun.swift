import DescentEngine
import DescentText

/// A lesson whose experiments have run: its document and one result per experiment block.
public struct LessonRun: Sendable {
    public let document: LessonDocument
    /// Results in block order.
    public let results: [ExperimentResult]

    /// Parses the lesson, compiles every block and runs every experiment.
    ///
    /// Every independent problem is reported together, in reading order: the document's
    /// structure, each block's lines and values, what the engine refuses, figures that cannot
    /// be drawn, runs that fail — and, when any of those is found, the failed `expect:` lines
    /// of the experiments that could still run. A check is skipped only when it depends on
    /// something already reported (docs/lesson-format.md, "Errors", lists which). `progress`
    /// hears of each experiment and run as it goes.
    public init(
        _ source: SourceText, readFile: @escaping DataFileReader, progress: (any BuildProgress)? = nil
    ) throws(DiagnosticList) {
        var courseSteps = 0
        try self.init(LessonDocument(source), readFile: readFile, courseSteps: &courseSteps, progress: progress)
    }

    /// Parses, compiles and runs the lesson as part of a course (see the document's initialiser).
    public init(
        _ source: SourceText, readFile: @escaping DataFileReader, courseSteps: inout Int,
        keeping: TraceKeeping = .everything, progress: (any BuildProgress)? = nil
    ) throws(DiagnosticList) {
        try self.init(
            LessonDocument(source), readFile: readFile, courseSteps: &courseSteps, keeping: keeping,
            progress: progress)
    }

    /// Compiles and runs the experiments of a lesson already taken apart.
    public init(
        _ document: LessonDocument, readFile: @escaping DataFileReader, progress: (any BuildProgress)? = nil
    ) throws(DiagnosticList) {
        var courseSteps = 0
        try self.init(document, readFile: readFile, courseSteps: &courseSteps, progress: progress)
    }

    /// Compiles and runs the experiments of a lesson already taken apart, as part of a course
    /// whose earlier lessons planned `courseSteps` steps; adds this lesson's. An experiment that
    /// would take the course past ``WorkBudget/courseSteps`` is an error at its id, and does
    /// not run.
    ///
    /// With `keeping: .shown` (a build), each experiment keeps only what its block shows, and
    /// its figures and tables are made as soon as it has run (``ExperimentResult/prerendered()``),
    /// so that a lesson holds one experiment's traces at a time.
    public init(
        _ document: LessonDocument, readFile: @escaping DataFileReader, courseSteps: inout Int,
        keeping: TraceKeeping = .everything, progress: (any BuildProgress)? = nil
    ) throws(DiagnosticList) {
        let (experiments, problems) = Self.compile(document, readFile: readFile, courseSteps: &courseSteps)
        try self.init(document, compiled: experiments, problems: problems, keeping: keeping, progress: progress)
    }

    /// Runs the experiments `compile` made ready, reporting its `problems` with those of the
    /// runs (a course compiles its lessons one after another, for the course budget, and runs
    /// them concurrently).
    public init(
        _ document: LessonDocument, compiled experiments: [CompiledExperiment], problems compileProblems: [Diagnostic],
        keeping: TraceKeeping = .everything, progress: (any BuildProgress)? = nil
    ) throws(DiagnosticList) {
        let source = document.source
        var problems = compileProblems
        var results: [ExperimentResult] = []
        let combined = Self.combinedIDs(experiments)
        for experiment in experiments {
            let (lesson, id) = (source.path, experiment.spec.id)
            progress?.experimentStarted(lesson: lesson, id: id, runs: experiment.runs.count)
            var onRunFinished: (@Sendable () -> Void)?
            if let progress { onRunFinished = { progress.runFinished(lesson: lesson, id: id) } }
            do throws(RunFailures) {
                let result = try experiment.execute(keeping: keeping, onRunFinished: onRunFinished)
                let prerenders = keeping == .shown && problems.isEmpty && !combined.contains(result.id)
                results.append(prerenders ? result.prerendered() : result)
            } catch {
                let location = experiment.spec.location
                problems += error.messages(runCount: experiment.runs.count).map {
                    source.error(line: location.line, column: location.column, $0)
                }
            }
        }
        guard problems.isEmpty else {
            // The build stops here, so the claims of the experiments that ran are checked now
            // (on success `LessonOutputBuilder` checks them, once).
            throw DiagnosticList(Self.sorted(problems + Self.failedExpectations(results, source: source), in: source))
        }
        self.document = document
        // Experiments that share a figure keep their traces until every one of them has run.
        let byID = Dictionary(results.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.results =
            keeping == .shown
            ? results.map { combined.contains($0.id) ? $0.prerendered(companions: byID) : $0 } : results
    }

    /// The ids of the experiments a figure combines: those whose figures name others with
    /// `with`, and those named.
    static func combinedIDs(_ experiments: [CompiledExperiment]) -> Set<String> {
        var ids: Set<String> = []
        for experiment in experiments {
            let named = Self.companionIDs(experiment)
            if !named.isEmpty { ids.insert(experiment.spec.id) }
            ids.formUnion(named)
        }
        return ids
    }

    /// The ids `experiment`'s figures name with `with`.
    static func companionIDs(_ experiment: CompiledExperiment) -> Set<String> {
        Set(
            experiment.spec.show.flatMap { item -> [String] in
                guard case .plot(_, _, let options) = item.value else { return [] }
                return options.companions.map(\.id.value)
            })
    }

    /// Every problem of the lesson that shows before anything runs — its structure, each
    /// block's lines and values, what the engine refuses, figures that cannot be drawn, the
    /// course budget — and the experiments that are ready to run, in block order. Adds their
    /// planned steps to `courseSteps`.
    public static func compile(
        _ document: LessonDocument, readFile: @escaping DataFileReader, courseSteps: inout Int
    ) -> (experiments: [CompiledExperiment], problems: [Diagnostic]) {
        let source = document.source
        var problems = document.problems
        var experiments: [CompiledExperiment] = []
        var compiledByID: [String: CompiledExperiment] = [:]
        for block in document.blocks {
            // A line of the block that could not be read (or its id used twice) is reported
            // by the document; the block is still checked, but it does not run without it.
            let lines = document.lines[block.openingLine].number...document.lines[block.closingLine].number
            let blockIsWhole = !document.problems.contains { lines.contains($0.line) }
            let (spec, specProblems) = SpecParser.parse(block, source: source)
            let (compiled, compileProblems) = ExperimentCompiler.compile(
                spec, specIsClean: blockIsWhole && specProblems.isEmpty, source: source, readFile: readFile)
            problems += specProblems + compileProblems
            if let compiled {
                compiledByID[compiled.spec.id] = compiledByID[compiled.spec.id] ?? compiled
                problems += Self.unsupportedItems(compiled, source: source)
                if let overrun = Self.courseOverrun(compiled, courseSteps: &courseSteps, source: source) {
                    problems.append(overrun)
                } else {
                    experiments.append(compiled)
                }
            }
        }
        let check = FigureOptionCheck(experiments: compiledByID, blockIDs: document.blocks.map(\.id), source: source)
        problems += compiledByID.values.sorted { $0.spec.location.line < $1.spec.location.line }.flatMap(check.problems)
        let named = Set(experiments.flatMap(Self.companionIDs))
        experiments = experiments.map { experiment in
            var marked = experiment
            marked.isDrawnWithOthers = named.contains(experiment.spec.id)
            return marked
        }
        return (experiments, problems)
    }

    /// Adds the experiment's planned steps to the course's; an error at its id when that passes
    /// the course budget (the steps are then not counted, so later experiments are judged alone).
    static func courseOverrun(_ experiment: CompiledExperiment, courseSteps: inout Int, source: SourceText)
        -> Diagnostic?
    {
        let location = experiment.spec.location
        return courseOverrun(
            steps: experiment.plannedSteps, at: (location.line, location.column), courseSteps: &courseSteps,
            source: source)
    }

    /// The same for an experiment known only by its planned `steps` and where its id is written
    /// (one the build cache holds, which does not run again).
    public static func courseOverrun(
        steps: Int, at location: (line: Int, column: Int), courseSteps: inout Int, source: SourceText
    ) -> Diagnostic? {
        guard courseSteps + steps > WorkBudget.courseSteps else {
            courseSteps += steps
            return nil
        }
        return source.error(
            line: location.line, column: location.column,
            "this experiment's \(WorkBudget.amount(steps)) steps bring the build to \(WorkBudget.amount(courseSteps + steps)) steps, past the course budget of \(WorkBudget.amount(WorkBudget.courseSteps)); lower steps or runs here or in earlier experiments"
        )
    }

    /// `show:` items this experiment cannot show: a figure it cannot draw (a contour of one
    /// parameter, …), or `theory` when the closed form describes none of its runs.
    static func unsupportedItems(_ experiment: CompiledExperiment, source: SourceText) -> [Diagnostic] {
        experiment.spec.show.compactMap { item in
            let message: String?
            switch item.value {
            case .plot(let kind, _, _): message = FigureBuilder.unsupported(kind, for: experiment)
            case .explore(let options):
                guard let obstacle = ExploreFigure.obstacle(options, for: experiment) else { return nil }
                let at = obstacle.atSelector ? options.initial.map { ($0.line, $0.column) } : nil
                let (line, column) = at ?? (item.line, item.column)
                return source.error(line: line, column: column, obstacle.message)
            case .theory:
                message = TheoryApplicability.obstacle(experiment).map {
                    "show: theory needs plain gradient descent at a constant rate on a quadratic in one parameter; theory does not apply to \($0)"
                }
            case .pytorch:
                do throws(PyTorchUnsupported) {
                    _ = try PyTorchScript(experiment)
                    message = nil
                } catch {
                    message = error.message
                }
            default: message = nil
            }
            return message.map { source.error(line: item.line, column: item.column, $0) }
        }
    }

    /// Diagnostics in reading order: by line, then column; with `source`, those in other files
    /// (a data file's) come after the lesson's own, in the order found.
    public static func sorted(_ problems: [Diagnostic], in source: SourceText? = nil) -> [Diagnostic] {
        let key = { (item: (offset: Int, element: Diagnostic)) in
            source.map { item.element.path != $0.path } == true
                ? (1, 0, 0, item.offset) : (0, item.element.line, item.element.column, item.offset)
        }
        return problems.enumerated().sorted { key($0) < key($1) }.map(\.element)
    }

    /// Every failed `expect:` line, as an error at its line with the measured values.
    public func failedExpectations() -> [Diagnostic] {
        Self.failedExpectations(results, source: document.source)
    }

    private static func failedExpectations(_ results: [ExperimentResult], source: SourceText) -> [Diagnostic] {
        results.flatMap { result in
            let checker = ExpectationChecker(result: result)
            return result.experiment.spec.expectations.compactMap { claim -> Diagnostic? in
                checker.failure(of: claim.value).map { source.error(line: claim.line, column: claim.column, $0) }
            }
        }
    }
}
