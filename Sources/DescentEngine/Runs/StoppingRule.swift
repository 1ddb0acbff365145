/// A quantity a stopping rule can test, measured at iteration `i` after the step is proposed.
public enum StoppingQuantity: Hashable, Sendable {
    /// `|Δθ|`: Euclidean norm of the proposed step θᵢ₊₁ − θᵢ.
    case stepNorm
    /// `|Δx|`: absolute proposed change of one parameter (index into the signature).
    case parameterStep(Int)
    /// `|x|`: absolute value of one parameter at θᵢ.
    case parameterValue(Int)
    /// `|grad|`: Euclidean norm of ∇f(θᵢ).
    case gradientNorm
    /// `loss`: f(θᵢ).
    case loss
    /// `Δloss`: |f(θᵢ) − f(θᵢ₋₁)|; infinite at i = 0 (and right after a rejected step), so it
    /// never holds there.
    case lossChange
}

/// A stopping rule: comparisons of ``StoppingQuantity`` values against thresholds joined by
/// `and`/`or`. The run checks it after computing the proposed step; when it holds, the run
/// stops at that iteration without applying the step.
public indirect enum StoppingRule: Hashable, Sendable {
    /// `quantity < threshold`, or `≤` when `inclusive`.
    case compare(StoppingQuantity, threshold: Double, inclusive: Bool)
    /// Every rule holds.
    case all([StoppingRule])
    /// At least one rule holds.
    case any([StoppingRule])

    /// Whether the rule holds for the given iteration's numbers.
    public func holds(current: [Double], proposal: [Double], gradient: [Double], loss: Double, previousLoss: Double) -> Bool {
        switch self {
        case .compare(let quantity, let threshold, let inclusive):
            let value = Self.measure(quantity, current, proposal, gradient, loss, previousLoss)
            return inclusive ? value <= threshold : value < threshold
        case .all(let rules):
            return rules.allSatisfy { $0.holds(current: current, proposal: proposal, gradient: gradient, loss: loss, previousLoss: previousLoss) }
        case .any(let rules):
            return rules.contains { $0.holds(current: current, proposal: proposal, gradient: gradient, loss: loss, previousLoss: previousLoss) }
        }
    }

    private static func measure(_ quantity: StoppingQuantity, _ current: [Double], _ proposal: [Double],
                                _ gradient: [Double], _ loss: Double, _ previousLoss: Double) -> Double {
        switch quantity {
        case .stepNorm:
            var sum = 0.0
            for i in current.indices { let d = proposal[i] - current[i]; sum += d * d }
            return sum.squareRoot()
        case .parameterStep(let index): return Swift.abs(proposal[index] - current[index])
        case .parameterValue(let index): return Swift.abs(current[index])
        case .gradientNorm:
            var sum = 0.0
            for g in gradient { sum += g * g }
            return sum.squareRoot()
        case .loss: return loss
        case .lossChange: return previousLoss.isNaN ? .infinity : Swift.abs(loss - previousLoss)
        }
    }
}
