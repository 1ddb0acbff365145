import DescentEngine

/// How much of each run an experiment keeps.
public enum TraceKeeping: Sendable, Equatable {
    /// Every iteration of every run (`descent run`, which prints them all).
    case everything
    /// What the build shows, in memory that does not grow with the steps: no trace at all
    /// unless a step table or a figure drawn from traces is shown, and then a sample
    /// (``TraceSampling``) that holds every iteration of a short run, at most
    /// ``figureCapacity`` entries of a long one (what a figure can draw), and within
    /// ``sampleBytes`` for the whole experiment (or the per-run floor, when there are very many
    /// runs).
    case shown

    /// Bytes of samples one experiment may hold across its runs: with a figure's drawing and the
    /// process itself, a 1,000-run sweep that shows a loss figure builds in under 60 MB.
    public static let sampleBytes = 12 << 20
    /// Entries one run's sample holds at most. A figure's plot is at most 720 pixels wide, and
    /// a sample keeps up to six entries of each stretch it buckets (``TraceSampling``), so
    /// after a compaction to half of this a long run still has about one stretch per pixel
    /// column; every run of up to this many steps is kept whole.
    public static let figureCapacity = 8_192
    /// Iterations every sampled run keeps whole at its start, beyond a step table's head: the
    /// first steps a path figure always draws and numbers.
    static let figureHead = 16

    /// The recording for every run of `experiment`: a sample when a figure drawn from traces
    /// is shown (by its block, or by another's `with`), nothing otherwise (step tables are seen to by ``withStepTables(_:)``).
    static func recording(for experiment: CompiledExperiment) -> TraceRecording {
        let tracedFigure = experiment.spec.show.contains { item in
            switch item.value {
            case .plot(let kind, _, _): return kind != .sweep
            case .explore: return true
            default: return false
            }
        }
        guard tracedFigure || experiment.isDrawnWithOthers else { return .summary }
        return sampled(experiment, runs: experiment.runs.count, keepFirst: figureHead)
    }

    /// `runs` runs' share of ``sampleBytes``, at most ``figureCapacity`` entries each, keeping
    /// `keepFirst` iterations whole.
    static func sampled(_ experiment: CompiledExperiment, runs: Int, keepFirst: Int) -> TraceRecording {
        // A held entry: loss, rate, iteration number, accepted flag, and θ, ∇f, next θ.
        let entryBytes = 25 + 24 * experiment.parameters.count
        let share = sampleBytes / max(runs * entryBytes, 1)
        return .sampled(TraceSampling(keepFirst: keepFirst, capacity: min(share, figureCapacity)))
    }

    /// With `show: table`, the runs whose step tables are shown (at most `rows`: the first, the
    /// best and the last, as ``RunRows`` picks them) get a trace that holds a table's head:
    /// those that have none, or too short a head, run again — runs are deterministic, so the
    /// trace is the one the first run would have recorded. This costs at most the steps of the
    /// runs shown, and keeps a table's rows for `rows` runs instead of for every run.
    static func withStepTables(_ result: ExperimentResult) -> ExperimentResult {
        let experiment = result.experiment
        guard experiment.spec.shows(.table) else { return result }
        let rows = experiment.spec.rows?.value ?? ExperimentReport.defaultRows
        let shown = RunRows(count: result.pairs.count, limit: rows, keeping: result.bestIndex).shown
        let needy = shown.filter { index in
            guard let trace = result.pairs[index].result.trace else { return true }
            return !trace.isComplete && rows > figureHead
        }
        guard !needy.isEmpty else { return result }
        let recording = sampled(experiment, runs: needy.count, keepFirst: max(rows, figureHead))
        let again = SweepRun.execute(
            needy.map { index in
                var configuration = result.pairs[index].run.configuration
                configuration.recording = recording
                return SweepRun(tag: index, configuration: configuration)
            })
        var copy = result
        for run in again {
            if case .success(let traced) = run.outcome { copy.pairs[run.tag].result = traced }
        }
        return copy
    }
}
