/// Hypergradient descent, SGD-HD (Baydin et al. 2018, "Online learning rate adaptation with
/// hypergradient descent"): `αₜ = αₜ₋₁ + β·∇f(θₜ)·∇f(θₜ₋₁)`, starting from the run's rate;
/// the first iteration uses the base rate unchanged.
public struct HypergradientController: RateController {
    public var name: String { "hypergradient" }
    /// β, the hypergradient learning rate.
    public let beta: Double
    private var current: Double?
    private var previousGradient: [Double] = []

    public init(beta: Double) { self.beta = beta }

    public mutating func rate(at t: Int, base: Double, loss: Double, gradient: [Double]) -> Double {
        var rate = current ?? base
        if previousGradient.count == gradient.count {
            var dot = 0.0
            for i in gradient.indices { dot += gradient[i] * previousGradient[i] }
            rate += beta * dot
        }
        current = rate
        previousGradient.ensureCount(gradient.count)
        for i in gradient.indices { previousGradient[i] = gradient[i] }
        return rate
    }
}

/// Armijo backtracking line search (Armijo 1966; Nocedal & Wright, Algorithm 3.1): start each
/// iteration from the run's rate and halve (`shrink`) the step `d` until
/// `f(θ + s·d) ≤ f(θ) + c·s·∇f(θ)·d` (c = 1e-4), at most 60 halvings. The recorded rate is
/// `s·lr`. With an optimizer other than SGD it shortens that optimizer's proposed step.
public struct ArmijoController: RateController {
    public var name: String { "armijo" }
    public let sufficientDecrease: Double
    public let shrink: Double
    private var trial: [Double] = []

    public init(sufficientDecrease: Double = 1e-4, shrink: Double = 0.5) {
        self.sufficientDecrease = sufficientDecrease
        self.shrink = shrink
    }

    public var reviewsSteps: Bool { true }

    public mutating func rate(at t: Int, base: Double, loss: Double, gradient: [Double]) -> Double { base }

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
