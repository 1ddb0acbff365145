import DescentEngine
import DescentText

/// Reads a data file named in a block: given the path as written, returns the path to show in
/// errors and the text, or nil when the file cannot be read.
public typealias DataFileReader = (String) -> (path: String, text: String)?

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

    static func compile(_ spec: ExperimentSpec, source: SourceText,
                        readFile: @escaping DataFileReader) -> (CompiledExperiment?, [Diagnostic]) {
        var compiler = ExperimentCompiler(spec, source: source, readFile: readFile)
        let experiment = compiler.compile()
        return (compiler.problems.isEmpty ? experiment : nil, compiler.problems)
    }

    mutating func fail(_ line: Int, _ column: Int, _ message: String) {
        problems.append(source.error(line: line, column: column, message))
    }

    private mutating func compile() -> CompiledExperiment? {
        guard let definition = spec.objective else { return nil }
        let dataset = loadData()
        let optimizers = resolveOptimizers()
        let schedules = resolveSchedules()
        guard spec.data == nil || dataset != nil,
              let objective = compileObjective(definition, dataset: dataset) else { return nil }
        let parameters = objective.objective.parameters
        let starts = resolveStarts(parameters)
        let stop = resolveStop(parameters)
        let batches = resolveBatches(dataset)
        guard problems.isEmpty else { return nil }
        let steps = stepBudget(dataset, batches: batches)
        var runs: [PlannedRun] = []
        var sweeps: [Sweep] = []
        for batch in batches {
            let base = RunConfiguration(
                objective: objective, start: starts[0].values, optimizer: optimizers[0].make,
                rateRule: schedules[0].make, maxSteps: steps(batch), stoppingRule: stop,
                batchSize: batch.map(BatchSize.rows) ?? .all, seed: spec.seed?.value ?? 0)
            let sweep = Sweep(base: base, optimizers: optimizers.map(\.make), rateRules: schedules.map(\.make),
                              learningRates: spec.learningRates.isEmpty ? nil : spec.learningRates.map(\.value),
                              starts: starts.map(\.values))
            let configurations: [RunConfiguration]
            do throws(RunError) { configurations = try sweep.configurations() } catch {
                fail(spec.location.line, spec.location.column, error.message)
                return nil
            }
            let facets = facets(optimizers, schedules, starts, batch: batch)
            runs += zip(facets, configurations).map { PlannedRun(facets: $0, configuration: $1, label: "") }
            sweeps.append(sweep)
        }
        return CompiledExperiment(spec: spec, objective: objective, runs: RunLabels.assign(runs), sweeps: sweeps)
    }

    /// What varies from run to run, as the author wrote it, in the engine's sweep order:
    /// optimizer, rate rule, learning rate, start.
    private func facets(_ optimizers: [Resolved<any Optimizer>], _ schedules: [Resolved<any RateController>],
                        _ starts: [(values: [Double], text: String)], batch: Int?) -> [RunFacets] {
        var facets: [RunFacets] = []
        for optimizer in optimizers {
            for schedule in schedules {
                for lr in learningRates {
                    for start in starts {
                        facets.append(RunFacets(optimizer: optimizer.text, optimizerName: optimizer.name,
                                                learningRate: lr ?? optimizer.make.defaultLearningRate,
                                                schedule: schedule.text, start: start.text, batch: batch))
                    }
                }
            }
        }
        return facets
    }

    private var learningRates: [Double?] {
        spec.learningRates.isEmpty ? [nil] : spec.learningRates.map(\.value)
    }

    /// Steps per run: `steps`, or `epochs` × updates per epoch for data objectives.
    private func stepBudget(_ dataset: Dataset?, batches: [Int?]) -> (Int?) -> Int {
        let steps = spec.steps?.value
        let epochs = spec.epochs?.value
        let rows = dataset?.rowCount ?? 1
        return { batch in
            guard let epochs else { return steps ?? Self.defaultSteps }
            let perEpoch = batch.map { (rows + $0 - 1) / $0 } ?? 1
            return min(epochs * perEpoch, RunConfiguration.maximumSteps)
        }
    }
}
