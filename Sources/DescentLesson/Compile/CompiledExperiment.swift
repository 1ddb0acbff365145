import DescentEngine

/// An experiment ready to run: its spec, its compiled objective and every run of its sweep.
public struct CompiledExperiment: Sendable {
    public var spec: ExperimentSpec
    public var objective: CompiledObjective
    /// Parameter names in order (`["x", "y"]`).
    public var parameters: [String] { objective.objective.parameters }
    /// The runs, in the sweep's stable order: batch size, then the engine's order within each
    /// sweep (optimizer, schedule, learning rate, start point). Each carries its configuration.
    public var runs: [PlannedRun]
    /// Whether another block of the lesson draws this experiment's runs in its figure
    /// (`show: plot loss with ID`): its runs then keep traces as a traced figure of its own would.
    public var isDrawnWithOthers = false

    /// The most steps the experiment can take: every run's step budget, summed
    /// (``WorkBudget``).
    public var plannedSteps: Int { runs.reduce(0) { $0 + $1.configuration.maxSteps } }

    /// Runs every run on all cores; results in the order of `runs`. A run the engine refuses
    /// is reported as that run, with its label. `keeping` says how much of each run is kept;
    /// `onRunFinished` is called as each run finishes, on the thread that ran it.
    public func execute(keeping: TraceKeeping = .everything, onRunFinished: (@Sendable () -> Void)? = nil)
        throws(RunFailures) -> ExperimentResult
    {
        let recording = keeping == .everything ? TraceRecording.full : TraceKeeping.recording(for: self)
        let executed = SweepRun.execute(
            runs.map { run in
                var configuration = run.configuration
                configuration.recording = recording
                return SweepRun(tag: run, configuration: configuration)
            }, onRunFinished: onRunFinished)
        var pairs: [(run: PlannedRun, result: RunResult)] = []
        var failures: [RunFailures.Failure] = []
        for run in executed {
            switch run.outcome {
            case .success(let result): pairs.append((run.tag, result))
            case .failure(let error): failures.append(.init(run: run.tag, error: error))
            }
        }
        guard failures.isEmpty else { throw RunFailures(failures: failures) }
        let result = ExperimentResult(experiment: self, pairs: pairs)
        return keeping == .shown ? TraceKeeping.withStepTables(result) : result
    }
}

/// The runs of an experiment the engine could not run, each with why.
public struct RunFailures: Error, Sendable {
    public struct Failure: Sendable {
        public var run: PlannedRun
        public var error: RunError
    }

    public var failures: [Failure]

    /// One message per failed run: `run 'lr = 0.3' failed: …` (the run's label is left out
    /// when the experiment has a single run).
    public func messages(runCount: Int) -> [String] {
        failures.map { failure in
            runCount == 1 ? failure.error.message : "run '\(failure.run.label)' failed: \(failure.error.message)"
        }
    }
}
