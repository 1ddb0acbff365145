/// What the run does with a proposed step, as decided by a ``RateController``.
public enum StepVerdict: Equatable, Sendable {
    /// Take the step as proposed.
    case accept
    /// Discard it: parameters stay where they are for the next iteration.
    case reject
    /// Take `θ + factor·(proposal − θ)` instead (a line search's shortened step).
    case scale(Double)
}

/// Decides the learning rate each iteration, possibly from the run itself (loss, gradient,
/// trial evaluations). The run loop consults it without knowing which rule it is.
///
/// Call order per iteration `t`: ``rate(at:base:loss:gradient:)`` → the optimizer proposes a
/// step → ``review(current:proposal:loss:gradient:rate:lossAt:)`` (only when
/// ``reviewsSteps``) → ``finish(loss:accepted:)``.
public protocol RateController: Sendable {
    /// The registry name.
    var name: String { get }
    /// True when ``review(current:proposal:loss:gradient:rate:lossAt:)`` must be called.
    var reviewsSteps: Bool { get }
    /// True when the rule is the base rate at every iteration whatever the feedback: ``rate(at:base:loss:gradient:)``
    /// returns `base`, steps are not reviewed and ``finish(loss:accepted:)`` changes nothing. The run
    /// loop then never calls the rule (see ``Optimizer/descend(_:)``).
    var isConstant: Bool { get }
    /// The rate for iteration `t`; `loss` and `gradient` are at the current parameters.
    mutating func rate(at t: Int, base: Double, loss: Double, gradient: [Double]) -> Double
    /// Judges a proposed step; `lossAt` evaluates the objective (same batch) at a point.
    mutating func review(
        current: [Double], proposal: [Double], loss: Double, gradient: [Double], rate: Double,
        lossAt: ([Double]) -> Double
    ) -> StepVerdict
    /// Observes the end of the iteration.
    mutating func finish(loss: Double, accepted: Bool)
    /// The momentum to write into the optimizer before iteration `t`'s step, nil to leave it
    /// (see ``LearningRateSchedule/momentum(at:)``).
    func momentum(at t: Int) -> Double?
    /// Whether the rule writes momentum (``momentum(at:)`` is never nil).
    var cyclesMomentum: Bool { get }
    /// The most iterations the rule is defined for, nil for no limit
    /// (see ``LearningRateSchedule/stepLimit``).
    var stepLimit: Int? { get }
}

extension RateController {
    public var reviewsSteps: Bool { false }

    public var isConstant: Bool { false }

    public mutating func review(
        current: [Double], proposal: [Double], loss: Double, gradient: [Double], rate: Double,
        lossAt: ([Double]) -> Double
    ) -> StepVerdict {
        .accept
    }

    public mutating func finish(loss: Double, accepted: Bool) {}

    public func momentum(at t: Int) -> Double? { nil }

    public var cyclesMomentum: Bool { momentum(at: 0) != nil }

    public var stepLimit: Int? { nil }
}

/// A fixed ``LearningRateSchedule`` seen as a controller (it ignores the feedback).
public struct ScheduledRate<Schedule: LearningRateSchedule>: RateController {
    /// The schedule followed.
    public let schedule: Schedule
    /// Wraps `schedule`.
    public init(_ schedule: Schedule) { self.schedule = schedule }
    public var name: String { schedule.name }
    public var isConstant: Bool { schedule.isConstant }
    @inline(__always)
    public mutating func rate(at t: Int, base: Double, loss: Double, gradient: [Double]) -> Double {
        schedule.rate(at: t, base: base)
    }
    public func momentum(at t: Int) -> Double? { schedule.momentum(at: t) }
    public var stepLimit: Int? { schedule.stepLimit }
}
