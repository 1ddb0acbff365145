import DescentEngine

/// How much of each run an experiment keeps.
public enum TraceKeeping: Sendable, Equatable {
    /// Every iteration of every run (`descent run`, which prints them all).
    case everything
    /// What the build shows, in memory that does not grow with the steps: no trace at all
    /// unless a step table or a figure drawn from traces is shown, and then a sample
    /// (``TraceSampling``) that holds every iteration of a short run and stays within
    /// ``sampleBytes`` for the whole experiment (or the per-run floor, when there are very
    /// many runs).
    case shown

    /// Bytes of samples one experiment may hold across its runs.
    public static let sampleBytes = 48 << 20
    /// Iterations every sampled run keeps whole at its start, beyond a step table's head: the
    /// first steps a path figure always draws and numbers.
    static let figureHead = 16

    /// The recording for each run of `experiment`, given what its block shows.
    static func recording(for experiment: CompiledExperiment) -> TraceRecording {
        let spec = experiment.spec
        let tracedFigure = spec.show.contains { item in
            if case .plot(let kind, _) = item.value { return kind != .sweep }
            return false
        }
        guard spec.shows(.table) || tracedFigure else { return .summary }
        let rows = spec.shows(.table) ? spec.rows?.value ?? ExperimentReport.defaultRows : 0
        let keepFirst = max(rows, figureHead)
        // A held entry: loss, rate, iteration number, accepted flag, and θ, ∇f, next θ.
        let entryBytes = 25 + 24 * experiment.parameters.count
        let share = sampleBytes / max(experiment.runs.count * entryBytes, 1)
        return .sampled(TraceSampling(keepFirst: keepFirst, capacity: share))
    }
}
