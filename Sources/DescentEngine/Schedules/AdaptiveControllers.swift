/// Hypergradient descent (Baydin et al. 2018, "Online learning rate adaptation with hypergradient
/// descent"), starting from the run's rate; the first iteration uses the base rate unchanged.
///
/// - Additive rule, SGD-HD (the default): `αₜ = αₜ₋₁ + β·∇f(θₜ)·∇f(θₜ₋₁)`. β has the units of
///   a rate over a squared gradient, so a β that suits one objective can blow up on another.
/// - Multiplicative rule (`normalized`, the paper's normalised variant):
///   `αₜ = αₜ₋₁·(1 + β·cos φₜ)` with `cos φₜ = ∇f(θₜ)·∇f(θₜ₋₁) / (‖∇f(θₜ)‖·‖∇f(θₜ₋₁)‖)`, the
///   cosine of consecutive gradients (0 when either gradient is zero). β is then a fraction per
///   step, independent of the gradient's scale; with β < 1 the rate stays positive.
public struct HypergradientController: RateController {
    public var name: String { "hypergradient" }
    /// β, the hypergradient learning rate (a fraction per step when ``normalized``).
    public let beta: Double
    /// True for the multiplicative rule on the cosine of consecutive gradients.
    public let normalized: Bool
    private var current: Double?
    private var previousGradient: [Double] = []

    /// The additive rule with `beta`, or the multiplicative one when `normalized`.
    public init(beta: Double, normalized: Bool = false) {
        self.beta = beta
        self.normalized = normalized
    }

    public mutating func rate(at t: Int, base: Double, loss: Double, gradient: [Double]) -> Double {
        var rate = current ?? base
        if previousGradient.count == gradient.count {
            rate = normalized ? rate * (1 + beta * cosine(gradient)) : rate + beta * dot(gradient)
        }
        current = rate
        previousGradient.ensureCount(gradient.count)
        for i in gradient.indices { previousGradient[i] = gradient[i] }
        return rate
    }

    private func dot(_ gradient: [Double]) -> Double {
        var dot = 0.0
        for i in gradient.indices { dot += gradient[i] * previousGradient[i] }
        return dot
    }

    private func cosine(_ gradient: [Double]) -> Double {
        var dot = 0.0
        var squaredNorm = 0.0
        var previousSquaredNorm = 0.0
        for i in gradient.indices {
            dot += gradient[i] * previousGradient[i]
            squaredNorm += gradient[i] * gradient[i]
            previousSquaredNorm += previousGradient[i] * previousGradient[i]
        }
        let norms = squaredNorm.squareRoot() * previousSquaredNorm.squareRoot()
        return norms > 0 ? dot / norms : 0
    }
}

/// Armijo backtracking line search (Armijo 1966; Nocedal & Wright, "Numerical Optimization",
/// Algorithm 3.1): from a trial rate, multiply the step `d` by `shrink` until
/// `f(θ + s·d) ≤ f(θ) + c·s·∇f(θ)·d`, at most 60 times. The recorded rate is `s·trial`. With
/// an optimizer other than SGD it shortens that optimizer's proposed step.
///
/// The trial rate is the run's rate at every iteration, unless `growth` is given: then the first
/// trial is the run's rate and each later one is `growth` × the previous accepted rate (the
/// "initial step length" heuristic of Nocedal & Wright §3.5, uncapped), so a run started from a
/// timid rate can grow its steps, and one whose rate was cut need not pay the same halvings again.
public struct ArmijoController: RateController {
    public var name: String { "armijo" }
    /// c, the fraction of the predicted decrease a step must achieve.
    public let sufficientDecrease: Double
    /// The factor applied to a step that fails the test.
    public let shrink: Double
    /// The factor from the previous accepted rate to the next trial, or nil to restart from the
    /// run's rate at every iteration.
    public let growth: Double?
    private var accepted: Double?
    private var trial: [Double] = []

    /// Backtracking with the given constants; `growth` nil restarts every trial from the run's rate.
    public init(sufficientDecrease: Double = 1e-4, shrink: Double = 0.5, growth: Double? = nil) {
        self.sufficientDecrease = sufficientDecrease
        self.shrink = shrink
        self.growth = growth
    }

    public var reviewsSteps: Bool { true }

    public mutating func rate(at t: Int, base: Double, loss: Double, gradient: [Double]) -> Double {
        guard let growth, let accepted else { return base }
        return accepted * growth
    }

    public mutating func review(
        current: [Double], proposal: [Double], loss: Double, gradient: [Double],
        rate: Double, lossAt: ([Double]) -> Double
    ) -> StepVerdict {
        var slope = 0.0
        for i in current.indices { slope += gradient[i] * (proposal[i] - current[i]) }
        trial.ensureCount(current.count)
        var factor = 1.0
        for _ in 0..<60 {
            for i in current.indices { trial[i] = current[i] + factor * (proposal[i] - current[i]) }
            if lossAt(trial) <= loss + sufficientDecrease * factor * slope { break }
            factor *= shrink
        }
        accepted = rate * factor
        return factor == 1 ? .accept : .scale(factor)
    }
}

/// Polyak's step size (Polyak 1987, "Introduction to optimization", §5.3):
/// `η = (f(θ) − f*) / ‖∇f(θ)‖²`, given the optimal value `f_star`. The run's rate is ignored;
/// a zero gradient gives η = 0.
public struct PolyakController: RateController {
    public var name: String { "polyak" }
    /// f*, the known minimum value.
    public let optimalValue: Double

    public init(optimalValue: Double) { self.optimalValue = optimalValue }

    public mutating func rate(at t: Int, base: Double, loss: Double, gradient: [Double]) -> Double {
        var squaredNorm = 0.0
        for g in gradient { squaredNorm += g * g }
        return squaredNorm > 0 ? (loss - optimalValue) / squaredNorm : 0
    }
}
