import DescentEngine

/// An experiment ready to run: its spec, its compiled objective and every run of its sweep.
public struct CompiledExperiment: Sendable {
    public var spec: ExperimentSpec
    public var objective: CompiledObjective
    /// Parameter names in order (`["x", "y"]`).
    public var parameters: [String] { objective.objective.parameters }
    /// The runs, in the sweep's stable order: batch size, then the engine's order within each
    /// sweep (optimizer, schedule, learning rate, start point).
    public var runs: [PlannedRun]
    /// One engine sweep per batch size; together they produce `runs`' results in order.
    var sweeps: [Sweep]

    /// Runs every sweep on all cores; results in the order of `runs`.
    public func execute() throws(RunError) -> ExperimentResult {
        var results: [RunResult] = []
        for sweep in sweeps { results += try sweep.run() }
        guard results.count == runs.count else { throw RunError("a run of '\(spec.id)' failed to start") }
        return ExperimentResult(experiment: self, results: results)
    }
}
