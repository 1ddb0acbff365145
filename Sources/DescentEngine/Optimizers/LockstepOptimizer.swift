/// An optimizer that can also update many runs at once: one lane per run, the lanes of a
/// sweep's block in ``LaneColumns`` (see ``LockstepBlock``).
///
/// ``step(_:points:gradient:rates:step:chunks:)`` must do, in every lane, exactly the arithmetic
/// of ``Optimizer/step(_:gradient:learningRate:)`` for that lane's run — same operations, same
/// order — so that a run's numbers are bit-identical in lockstep and alone. Lanes share the step
/// count t and the hyperparameters (runs only share a block when ``sharesLockstep(with:)``), so
/// whatever depends only on them (Adam's bias corrections) is computed once per step.
protocol LockstepOptimizer: Optimizer {
    /// The per-lane state (moment estimates, momentum buffers, …).
    associatedtype LaneState

    /// Whether a run with `other` can share a block with a run with this optimizer: same type,
    /// bit-identical hyperparameters, and both fresh (no step taken yet).
    func sharesLockstep(with other: any Optimizer) -> Bool

    /// Fresh state for `dimension` parameters and `chunks` chunks of lanes.
    func makeLaneState(dimension: Int, chunks: Int) -> LaneState

    /// Step `t` (1-based) of every lane in `chunks`: `points` holds θₜ₋₁ on entry (one row per
    /// parameter) and θₜ on exit; `gradient[j]` is the row of ∂f/∂θⱼ and `rates` the row of
    /// learning rates.
    func step(
        _ state: LaneState, points: LaneColumns, gradient: [UnsafeMutablePointer<LaneChunk>],
        rates: UnsafeMutablePointer<LaneChunk>, step t: Int, chunks: Range<Int>)
}
