/// When a run diverges, and the reason it reports: shared by the run loop and lockstep blocks.
enum Divergence {
    /// Why the loss and gradient at θᵢ end the run, or nil: a loss that is not finite or beyond
    /// `bound`, or a gradient component that is not finite.
    @inline(__always)
    static func unhealthy(loss: Double, gradient: some Collection<Double>, bound: Double) -> String? {
        if !loss.isFinite { return "the loss is not finite" }
        if Swift.abs(loss) > bound { return "the loss exceeds \(NumberFormatting.format(bound))" }
        for g in gradient where !g.isFinite { return "the gradient is not finite" }
        return nil
    }

    /// Whether the loss and gradient let the run go on: `unhealthy(…) == nil`, without the reason.
    @inline(__always)
    static func isHealthy(loss: Double, gradient: UnsafeMutableBufferPointer<Double>, bound: Double) -> Bool {
        guard loss.isFinite, !(Swift.abs(loss) > bound) else { return false }
        for g in gradient where !g.isFinite { return false }
        return true
    }

    /// Whether `point` lets the run go on: `outOfBounds(…) == nil`, without the reason.
    @inline(__always)
    static func isWithinBounds(_ point: UnsafeMutableBufferPointer<Double>, bound: Double) -> Bool {
        for value in point where !(Swift.abs(value) <= bound) { return false }
        return true
    }

    /// Why `point` ends the run, or nil: a coordinate beyond `bound` or not finite.
    @inline(__always)
    static func outOfBounds(_ point: some Collection<Double>, bound: Double) -> String? {
        for value in point where !(Swift.abs(value) <= bound) {
            return value.isFinite
                ? "a parameter exceeds \(NumberFormatting.format(bound))" : "a parameter is not finite"
        }
        return nil
    }
}
