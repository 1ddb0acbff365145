import DescentEngine

/// One optimizer of a block with the settings its runs sweep: its own `lr=`, `schedule=` and
/// `batch=` (``RunSettings``) where the call gives them, the block's `lr:`, `schedule:` and
/// `batch:` lists where it does not. A block's runs are the union of its groups' grids.
struct RunGroup {
    var optimizer: ExperimentCompiler.Resolved<any Optimizer>
    var schedules: [ExperimentCompiler.Resolved<any RateController>]
    /// Nil: no rate given anywhere, so the optimizer's PyTorch default.
    var learningRates: [Double]?
    /// Batch sizes, nil entry for the whole data set.
    var batches: [Int?]

    /// Runs this group makes at batch size `batch` (one per schedule × rate × start).
    func runCount(batch: Int?, starts: Int) -> Int {
        batches.contains(batch) ? schedules.count * (learningRates?.count ?? 1) * starts : 0
    }

    /// Every batch size of `groups`, in order of first appearance: the outermost loop of a
    /// block's runs, as it was before optimizers could set their own.
    static func batchAxis(_ groups: [RunGroup]) -> [Int?] {
        var axis: [Int?] = []
        for batch in groups.flatMap(\.batches) where !axis.contains(batch) { axis.append(batch) }
        return axis
    }
}
