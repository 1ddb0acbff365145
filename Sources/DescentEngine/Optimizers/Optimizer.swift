/// A first-order optimizer: hyperparameters plus state plus one `step`, in the manner of
/// `torch.optim` (and optax). Adding an optimizer is adding one conforming type and one
/// registry entry; the run loop never asks which optimizer it holds.
///
/// Values are their own specification: a freshly made optimizer has empty state, and each run
/// works on its own copy.
public protocol Optimizer: Sendable {
    /// The registry name (`sgd`, `adam`, …).
    var name: String { get }
    /// torch.optim's default `lr` for this optimizer, used when a run names no rate.
    var defaultLearningRate: Double { get }
    /// The hyperparameters as `name=value` pairs, in torch.optim's spelling (for reports).
    var hyperparameters: [(name: String, value: String)] { get }
    /// Replaces `parameters` (θₜ₋₁) by θₜ given `gradient` = ∇f(θₜ₋₁) (at least as long) and the
    /// rate for this step. The run loop calls this on its own storage, so a step allocates nothing
    /// and checks no array's uniqueness; the extension's `step(_:gradient:learningRate:)` taking
    /// arrays is the same step.
    mutating func step(
        _ parameters: UnsafeMutableBufferPointer<Double>, gradient: UnsafeBufferPointer<Double>, learningRate: Double)
    /// The hyperparameter a momentum-cycling schedule sets, nil when torch would refuse to
    /// cycle this optimizer's momentum (no `momentum` and no `betas`).
    var cycledMomentum: MomentumHyperparameter? { get }
    /// Sets ``cycledMomentum`` for the following steps, as torch's scheduler writes
    /// `group['momentum']` or `group['betas'][0]`; state (buffers, moments) is kept.
    mutating func setCycledMomentum(_ value: Double)
    /// Runs the descent loop with this optimizer. Implemented once for all optimizers (in an
    /// extension); it is a requirement so each optimizer type gets a loop specialised for it.
    func descend(_ configuration: RunConfiguration) -> RunResult
}

extension Optimizer {
    public func descend(_ configuration: RunConfiguration) -> RunResult {
        // Both loops are specialised for Self; the constant one has no rate rule calls at all.
        if configuration.rateRule.isConstant {
            var loop = RunLoop(configuration: configuration, optimizer: self, controller: ConstantRate())
            return loop.run()
        }
        var loop = RunLoop(
            configuration: configuration, optimizer: self,
            controller: DynamicRate(rule: configuration.rateRule, dimension: configuration.start.count))
        return loop.run()
    }
}

extension Optimizer {
    public var cycledMomentum: MomentumHyperparameter? { nil }

    public mutating func setCycledMomentum(_ value: Double) {}
}

extension Optimizer {
    /// Replaces `parameters` (θₜ₋₁) by θₜ given `gradient` = ∇f(θₜ₋₁) and the rate for this step.
    public mutating func step(_ parameters: inout [Double], gradient: [Double], learningRate: Double) {
        precondition(gradient.count >= parameters.count, "the gradient is shorter than the parameters")
        gradient.withUnsafeBufferPointer { g in
            parameters.withUnsafeMutableBufferPointer { p in step(p, gradient: g, learningRate: learningRate) }
        }
    }

    /// `name(k=v, …)` for reports.
    public var summary: String {
        let listed = hyperparameters.map { "\($0.name)=\($0.value)" }.joined(separator: ", ")
        return "\(name)(\(listed))"
    }
}

/// Formatting of hyperparameter values for ``Optimizer/hyperparameters``.
enum HyperparameterText {
    static func number(_ value: Double) -> String { NumberFormatting.format(value) }
    static func flag(_ value: Bool) -> String { value ? "true" : "false" }
    static func pair(_ value: (Double, Double)) -> String { "(\(number(value.0)), \(number(value.1)))" }
}

extension Array where Element == Double {
    /// Makes the array hold `count` copies of `value` unless it already has `count` elements.
    /// Optimizer state is sized on the first step, so nothing is allocated afterwards.
    mutating func ensureCount(_ count: Int, filledWith value: Double = 0) {
        if self.count != count { self = [Double](repeating: value, count: count) }
    }
}
