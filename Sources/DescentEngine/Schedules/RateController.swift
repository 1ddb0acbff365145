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
}
