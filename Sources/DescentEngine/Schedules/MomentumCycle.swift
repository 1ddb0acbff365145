/// The momentum range of torch's `cycle_momentum` (CyclicLR, OneCycleLR): momentum moves
/// inversely to the rate, `maximum` where the rate is lowest and `base` where it peaks. The
/// schedule writes it into the optimizer before each step (``MomentumHyperparameter``: SGD's
/// and RMSprop's `momentum`, β₁ of the `betas` optimizers), replacing the optimizer's own value.
public struct MomentumCycle: Equatable, Sendable {
    /// `base_momentum`, the momentum at the peak rate.
    public let base: Double
    /// `max_momentum`, the momentum at the lowest rate (and at iteration 0).
    public let maximum: Double

    /// A cycle between `base` and `maximum`.
    public init(base: Double, maximum: Double) {
        self.base = base
        self.maximum = maximum
    }
}
