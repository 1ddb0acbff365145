import DescentEngine

/// The runs one figure draws, as an `ExperimentResult` the figure builders read like any other:
/// the block's runs its selectors pick (every run without one), then the runs of each
/// experiment named by `with`, in the order written.
///
/// Series keep their colours: a run of the block keeps its position in the block as its series
/// index, so it looks the same in every figure of the block; the runs of other experiments
/// continue after the highest index drawn. In a figure that combines experiments, every run is
/// labelled `LABEL (ID)` — its run label and its experiment's id — so the legend and the caption
/// say which block each line comes from.
struct FigureSelection {
    let result: ExperimentResult
    let options: FigureOptions
    /// The lesson's other experiments by id (those `with` may name).
    let companions: [String: ExperimentResult]

    /// The result to draw; `result` itself when the options pick nothing and combine nothing.
    func drawn() -> ExperimentResult {
        guard !options.runs.isEmpty || options.combines else { return result }
        var indices = Self.picked(result.pairs.map(\.run), by: options.runs.map(\.value))
        var pairs = indices.map { result.pairs[$0] }
        if options.combines {
            pairs = pairs.map { Self.relabelled($0, id: result.id) }
            for companion in options.companions {
                guard let other = companions[companion.id.value] else { continue }
                let next = (indices.max() ?? -1) + 1
                let chosen = Self.picked(other.pairs.map(\.run), by: companion.runs.map(\.value))
                pairs += chosen.map { Self.relabelled(other.pairs[$0], id: other.id) }
                indices += chosen.indices.map { next + $0 }
            }
        }
        var drawn = result
        drawn.pairs = pairs
        drawn.experiment.runs = pairs.map(\.run)
        drawn.seriesIndices = indices
        return drawn
    }

    /// The positions of the runs any of `selectors` matches, in run order; every position
    /// when there is no selector.
    static func picked(_ runs: [PlannedRun], by selectors: [RunSelector]) -> [Int] {
        runs.indices.filter { index in selectors.isEmpty || selectors.contains { $0.matches(runs[index].facets) } }
    }

    /// `η = 0.1 (lr-sweep)`: the run's label with its experiment's id.
    static func label(_ run: PlannedRun, id: String) -> String { "\(run.label) (\(id))" }

    private static func relabelled(_ pair: (run: PlannedRun, result: RunResult), id: String) -> (
        run: PlannedRun, result: RunResult
    ) {
        var run = pair.run
        run.label = label(run, id: id)
        return (run, pair.result)
    }
}
