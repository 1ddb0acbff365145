import DescentEngine
import DescentText

/// Reads a data file named in a block, given the path as written.
public typealias DataFileReader = (String) -> DataFileRead

/// What reading a data file gave.
public enum DataFileRead: Sendable, Equatable {
    /// The file: the path to show in errors, and its text.
    case file(path: String, text: String)
    /// No readable UTF-8 file at that path.
    case unreadable
    /// The path leads outside the lessons directory (`..`, an absolute path, a symbolic link
    /// out): refused without reading it, so no content of the file reaches an error or a page.
    case outsideCourse
}

/// Turns an `ExperimentSpec` into engine configurations, translating every engine error
/// (expression, optimizer, schedule, stopping rule, data) into a positioned diagnostic.
struct ExperimentCompiler {
    let spec: ExperimentSpec
    let source: SourceText
    /// Reads a data file named in the block (path relative to the lesson): the path to show in
    /// errors and the file's text; nil when unreadable.
    let readFile: DataFileReader
    var problems: [Diagnostic] = []

    /// Default step budget when a block gives none.
    static let defaultSteps = 100

    init(_ spec: ExperimentSpec, source: SourceText, readFile: @escaping DataFileReader) {
        self.spec = spec
        self.source = source
        self.readFile = readFile
    }

    /// The experiment and every problem found compiling it; the experiment is nil when there
    /// are problems here or `specIsClean` is false (the spec parser found some).
    static func compile(
        _ spec: ExperimentSpec, specIsClean: Bool = true, source: SourceText,
        readFile: @escaping DataFileReader
    ) -> (CompiledExperiment?, [Diagnostic]) {
        var compiler = ExperimentCompiler(spec, source: source, readFile: readFile)
        let experiment = compiler.compile(specIsClean: specIsClean)
        return (compiler.problems.isEmpty ? experiment : nil, compiler.problems)
    }

    mutating func fail(_ line: Int, _ column: Int, _ message: String) {
        problems.append(source.error(line: line, column: column, message))
    }

    /// Checks every part of the block that can be checked on its own — data, objective,
    /// optimizers, schedules, batch sizes — and, when the objective's parameters are known,
    /// the start points and the stopping rule; every problem is collected. The experiment is
    /// only built when there is none (`specIsClean` says whether the spec parser found any).
    private mutating func compile(specIsClean: Bool) -> CompiledExperiment? {
        let dataset = loadData()
        let dataFailed = spec.data != nil && dataset == nil
        let groups = resolveRunGroups()
        checkEpochs()
        guard let definition = spec.objective else { return nil }
        // Without its data the objective cannot be compiled, but its syntax and its
        // parameters can still be checked (any name inside mean/sum is then taken for a column).
        let objective = dataFailed ? nil : compileObjective(definition, dataset: dataset)
        guard let parameters = objective?.objective.parameters ?? (dataFailed ? parseParameters(definition) : nil)
        else { return nil }
        let starts = resolveStarts(parameters)
        checkMinimum(parameters)
        let stop = resolveStop(parameters)
        guard specIsClean, problems.isEmpty, let objective, !groups.isEmpty else { return nil }
        let steps = stepBudget(dataset)
        let batches = RunGroup.batchAxis(groups)
        guard
            withinBudget(
                runCounts: batches.map { batch in
                    groups.reduce(0) { $0 + $1.runCount(batch: batch, starts: starts.count) }
                },
                steps: batches.map(steps))
        else {
            return nil
        }
        var runs: [PlannedRun] = []
        for batch in batches {
            for group in groups where group.batches.contains(batch) {
                var base = RunConfiguration(
                    objective: objective, start: starts[0].values, optimizer: group.optimizer.make,
                    rateRule: group.schedules[0].make, maxSteps: steps(batch), stoppingRule: stop,
                    batchSize: batch.map(BatchSize.rows) ?? .all, seed: spec.seed?.value ?? 0)
                base.lossThresholds = lossThresholds
                let sweep = Sweep(
                    base: base, rateRules: group.schedules.map(\.make), learningRates: group.learningRates,
                    starts: starts.map(\.values), tag: facets(group, starts, batch: batch))
                do throws(RunError) {
                    runs += try sweep.runs().map {
                        PlannedRun(facets: $0.tag, configuration: $0.configuration, label: "")
                    }
                } catch {
                    fail(spec.location.line, spec.location.column, error.message)
                    return nil
                }
            }
        }
        return CompiledExperiment(spec: spec, objective: objective, runs: RunLabels.assign(runs))
    }

    /// What varies from run to run, as the author wrote it, for the run at each position of
    /// the engine's sweep grid of one optimizer's group (rate rule, learning rate, start).
    private func facets(
        _ group: RunGroup, _ starts: [(values: [Double], text: String)], batch: Int?
    ) -> @Sendable (SweepPosition) -> RunFacets {
        let optimizer = (text: group.optimizer.text, name: group.optimizer.name)
        let defaultRate = group.optimizer.make.defaultLearningRate
        let schedules = group.schedules.map(\.text)
        let starts = starts.map(\.text)
        let learningRates = group.learningRates
        return { position in
            RunFacets(
                optimizer: optimizer.text, optimizerName: optimizer.name,
                learningRate: learningRates?[position.learningRate] ?? defaultRate,
                schedule: schedules[position.rateRule], start: starts[position.start], batch: batch)
        }
    }

    /// The losses `reaches loss < X before …` claims ask about, which every run notes the
    /// first crossing of, traced or not.
    private var lossThresholds: [Double] {
        var thresholds: [Double] = []
        for claim in spec.expectations {
            if case .reachesLossFirst(let threshold, _, _) = claim.value.claim, !thresholds.contains(threshold) {
                thresholds.append(threshold)
            }
        }
        return thresholds
    }

    /// Steps per run: `steps`, or `epochs` × updates per epoch for data objectives.
    private func stepBudget(_ dataset: Dataset?) -> (Int?) -> Int {
        let steps = spec.steps?.value
        let epochs = spec.epochs?.value
        let rows = dataset?.rowCount ?? 1
        return { batch in
            guard let epochs else { return steps ?? Self.defaultSteps }
            let perEpoch = batch.map { (rows + $0 - 1) / $0 } ?? 1
            let (total, overflow) = epochs.multipliedReportingOverflow(by: perEpoch)
            return overflow ? RunConfiguration.maximumSteps : min(total, RunConfiguration.maximumSteps)
        }
    }

    /// Checks the experiment's size before anything runs: at most ``WorkBudget/maximumRuns``
    /// runs, then at most its budget of steps (runs × steps per run, summed over batch sizes).
    /// Errors are at the block's id, which names the experiment as a whole.
    private mutating func withinBudget(runCounts: [Int], steps: [Int]) -> Bool {
        let runs = runCounts.reduce(0, +)
        let location = spec.location
        guard runs <= WorkBudget.maximumRuns else {
            fail(
                location.line, location.column,
                "an experiment may hold at most \(WorkBudget.grouped(WorkBudget.maximumRuns)) runs, this one has \(WorkBudget.grouped(runs))"
            )
            return false
        }
        let work = zip(runCounts, steps).reduce(0) { $0 + WorkBudget.product($1.0, $1.1) }
        let budget = spec.budget?.value ?? WorkBudget.defaultExperimentSteps
        guard work > budget else { return true }
        let stepsName = spec.epochs != nil ? "epochs" : "steps"
        let product =
            Set(steps).count == 1
            ? "\(WorkBudget.counted(runs, "run")) × \(WorkBudget.counted(steps[0], "step")) = \(WorkBudget.amount(work)) steps"
            : "\(WorkBudget.counted(runs, "run")) of up to \(WorkBudget.grouped(steps.max() ?? 0)) steps = \(WorkBudget.amount(work)) steps"
        let raise =
            budget < WorkBudget.maximumExperimentSteps
            ? ", or raise it with 'budget:' (at most \(WorkBudget.amount(WorkBudget.maximumExperimentSteps)))" : ""
        fail(
            location.line, location.column,
            "\(product) exceeds this experiment's budget of \(WorkBudget.amount(budget)); lower \(stepsName) or runs\(raise)"
        )
        return false
    }
}
