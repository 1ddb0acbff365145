/// A learning-rate schedule fixed in advance: the rate for iteration `t` (0-based) from the
/// base rate, in closed form.
///
/// Iteration `t` uses the rate torch.optim.lr_scheduler gives after `t` calls of
/// `scheduler.step()`, i.e. schedules advance once per iteration after the update, so
/// iteration 0 uses the initial rate. Where PyTorch has a closed form (`_get_closed_form_lr`),
/// that is the one used.
public protocol LearningRateSchedule: Sendable {
    /// The registry name.
    var name: String { get }
    /// The rate at iteration `t` given the run's base rate.
    func rate(at t: Int, base: Double) -> Double
    /// True when ``rate(at:base:)`` is `base` for every `t` (lets the run loop skip the schedule).
    var isConstant: Bool { get }
    /// The momentum the schedule writes into the optimizer for iteration `t` (torch's
    /// `cycle_momentum`, see ``MomentumCycle``), nil when it leaves momentum alone.
    func momentum(at t: Int) -> Double?
    /// The most iterations the schedule is defined for (OneCycleLR's `total_steps`), nil when
    /// it goes on for ever.
    var stepLimit: Int? { get }
}

extension LearningRateSchedule {
    public var isConstant: Bool { false }
    public func momentum(at t: Int) -> Double? { nil }
    public var stepLimit: Int? { nil }
}

/// The same rate every iteration.
public struct ConstantSchedule: LearningRateSchedule {
    public var name: String { "constant" }
    /// A constant schedule.
    public init() {}
    @inline(__always)
    public func rate(at t: Int, base: Double) -> Double { base }
    public var isConstant: Bool { true }
}
