import DescentEngine

/// One run as the figures see it: its series index (shared by every figure of the experiment,
/// so a run keeps its colour, dash and marker), its label and what it measured.
struct RunSeries {
    /// The run's position in the experiment, used as its series index.
    let index: Int
    /// The planned run (facets and label).
    let run: PlannedRun
    /// What the engine measured.
    let result: RunResult

    /// The run's label, as in tables.
    var label: String { run.label }

    /// Whether the run diverged.
    var diverged: Bool {
        if case .diverged = result.outcome { return true }
        return false
    }

    /// Whether the run ran out of steps while its loss grew at least `growthFactor`-fold: it
    /// is on its way to diverging, and figures treat it like a diverged run.
    var growing: Bool {
        guard case .exhausted = result.outcome, result.lastFiniteLoss.isFinite else { return false }
        return abs(result.lastFiniteLoss) > Self.growthFactor * max(abs(result.firstLoss), 1e-12)
    }

    /// The loss a growing run reached: at its final point, after its last step, when finite
    /// (a run of 100 steps is quoted after step 100, not at iteration 99), else the last finite
    /// loss it recorded.
    var reachedLoss: Double {
        result.finalLoss.isFinite ? result.finalLoss : result.lastFiniteLoss
    }

    /// Loss growth over the run beyond which a run that did not stop counts as `growing`.
    static let growthFactor = 100.0

    /// Whether the run diverged or is growing: figures fit their windows to the other runs.
    var diverging: Bool { diverged || growing }

    /// The legend label: the run's label, with `(diverged)` or `(diverging)` when it applies.
    var legendLabel: String { diverged ? "\(label) (diverged)" : growing ? "\(label) (diverging)" : label }

    /// The recorded trace; every figure but `sweep` needs it.
    var trace: Trace? { result.trace }

    /// Updates per epoch over `rows` data rows: one per mini-batch, one for the whole data set.
    func iterationsPerEpoch(rows: Int) -> Int {
        run.facets.batch.map { max((rows + $0 - 1) / $0, 1) } ?? 1
    }
}

extension ExperimentResult {
    /// Every run as a figure series, in run order.
    var series: [RunSeries] {
        pairs.enumerated().map {
            RunSeries(index: seriesIndices?[$0.offset] ?? $0.offset, run: $0.element.run, result: $0.element.result)
        }
    }

    /// Whether figures of this result count epochs on their x axis: some run recorded a
    /// full-data loss per epoch (it used mini-batches). Loss and rate figures of one block then
    /// share the unit.
    var countsEpochs: Bool { results.contains { !$0.epochLosses.isEmpty } }

    /// The runs that recorded a trace.
    var tracedSeries: [RunSeries] {
        series.filter { $0.trace != nil }
    }
}
