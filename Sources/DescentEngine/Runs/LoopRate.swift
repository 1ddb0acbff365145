/// A rate rule as the run loop consults it: ``RateController``'s calls on the loop's own
/// storage. ``ConstantRate`` for rules that are constant (nothing to call), ``DynamicRate`` for
/// every other rule (through the configuration's existential), so the loop is compiled once
/// per optimizer type for each of the two.
protocol LoopRate {
    /// See ``RateController/reviewsSteps``.
    var reviewsSteps: Bool { get }
    /// See ``RateController/rate(at:base:loss:gradient:)``.
    mutating func rate(at t: Int, base: Double, loss: Double, gradient: UnsafeMutableBufferPointer<Double>) -> Double
    /// See ``RateController/review(current:proposal:loss:gradient:rate:lossAt:)``.
    mutating func review(
        current: UnsafeMutableBufferPointer<Double>, proposal: UnsafeMutableBufferPointer<Double>, loss: Double,
        gradient: UnsafeMutableBufferPointer<Double>, rate: Double, lossAt: ([Double]) -> Double
    ) -> StepVerdict
    /// See ``RateController/finish(loss:accepted:)``.
    mutating func finish(loss: Double, accepted: Bool)
    /// See ``RateController/momentum(at:)``.
    func momentum(at t: Int) -> Double?
}

/// The run loop's rule for rules that are constant (``RateController/isConstant``): the base
/// rate, with nothing to call per iteration.
struct ConstantRate: LoopRate {
    var reviewsSteps: Bool { false }
    @inline(__always)
    func rate(at t: Int, base: Double, loss: Double, gradient: UnsafeMutableBufferPointer<Double>) -> Double { base }
    func review(
        current: UnsafeMutableBufferPointer<Double>, proposal: UnsafeMutableBufferPointer<Double>, loss: Double,
        gradient: UnsafeMutableBufferPointer<Double>, rate: Double, lossAt: ([Double]) -> Double
    ) -> StepVerdict { .accept }
    @inline(__always)
    func finish(loss: Double, accepted: Bool) {}
    @inline(__always)
    func momentum(at t: Int) -> Double? { nil }
}

/// The run loop's rule for every other rule: forwards to the configuration's existential,
/// handing it arrays it keeps (copied from the loop's storage, so nothing is allocated per
/// iteration).
struct DynamicRate: LoopRate {
    var rule: any RateController
    private var current: [Double]
    private var proposal: [Double]
    private var gradient: [Double]

    init(rule: any RateController, dimension: Int) {
        self.rule = rule
        current = [Double](repeating: 0, count: dimension)
        proposal = current
        gradient = current
    }

    var reviewsSteps: Bool { rule.reviewsSteps }

    mutating func rate(at t: Int, base: Double, loss: Double, gradient: UnsafeMutableBufferPointer<Double>) -> Double {
        Self.copy(gradient, into: &self.gradient)
        return rule.rate(at: t, base: base, loss: loss, gradient: self.gradient)
    }

    mutating func review(
        current: UnsafeMutableBufferPointer<Double>, proposal: UnsafeMutableBufferPointer<Double>, loss: Double,
        gradient: UnsafeMutableBufferPointer<Double>, rate: Double, lossAt: ([Double]) -> Double
    ) -> StepVerdict {
        Self.copy(current, into: &self.current)
        Self.copy(proposal, into: &self.proposal)
        Self.copy(gradient, into: &self.gradient)
        return rule.review(
            current: self.current, proposal: self.proposal, loss: loss, gradient: self.gradient, rate: rate,
            lossAt: lossAt)
    }

    mutating func finish(loss: Double, accepted: Bool) { rule.finish(loss: loss, accepted: accepted) }

    func momentum(at t: Int) -> Double? { rule.momentum(at: t) }

    private static func copy(_ values: UnsafeMutableBufferPointer<Double>, into array: inout [Double]) {
        for j in array.indices { array[j] = values[j] }
    }
}
