/// Central-difference gradients, to set beside the symbolic (exact) gradient in a lesson.
extension ObjectiveEvaluator {
    /// `(f(θ + h·eᵢ) − f(θ − h·eᵢ)) / 2h` for each parameter, with `h = step·max(1, |θᵢ|)`.
    ///
    /// The default step, 6e-6 ≈ ∛(machine epsilon), balances truncation and rounding error.
    public func numericalGradient(at point: [Double], step: Double = 6e-6, batch: Range<Int>? = nil) -> [Double] {
        var probe = point
        var result = [Double](repeating: 0, count: point.count)
        for index in point.indices {
            let h = step * Swift.max(1, Swift.abs(point[index]))
            probe[index] = point[index] + h
            let above = value(at: probe, batch: batch)
            probe[index] = point[index] - h
            let below = value(at: probe, batch: batch)
            probe[index] = point[index]
            result[index] = (above - below) / (2 * h)
        }
        return result
    }
}
