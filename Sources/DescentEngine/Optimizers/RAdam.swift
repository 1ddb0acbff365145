import DescentText

/// RAdam (Liu et al. 2020, "On the variance of the adaptive learning rate and beyond"),
/// exactly torch.optim.RAdam's rule:
///
/// ```
/// g ← ±∇f(θ) + λθ
/// m ← β₁·m + (1 − β₁)·g;  v ← β₂·v + (1 − β₂)·g²;  m̂ ← m / (1 − β₁ᵗ)
/// ρ∞ ← 2/(1 − β₂) − 1;  ρₜ ← ρ∞ − 2t·β₂ᵗ/(1 − β₂ᵗ)
/// if ρₜ > 5:  l ← √(1 − β₂ᵗ)/(√v + ε);  r ← √((ρₜ−4)(ρₜ−2)ρ∞ / ((ρ∞−4)(ρ∞−2)ρₜ))
///             θ ← θ − γ·m̂·r·l
/// else        θ ← θ − γ·m̂
/// ```
public struct RAdam: Optimizer {
    public var name: String { "radam" }
    /// (β₁, β₂), default (0.9, 0.999); a momentum-cycling schedule sets β₁ each step.
    public private(set) var betas: (Double, Double)
    /// ε, default 1e-8.
    public let epsilon: Double
    /// λ, default 0.
    public let weightDecay: Double
    /// Default false.
    public let maximize: Bool
    private var first: [Double] = []
    private var second: [Double] = []
    private var steps = 0

    /// Creates RAdam with torch.optim's defaults.
    public init(
        betas: (Double, Double) = (0.9, 0.999), epsilon: Double = 1e-8, weightDecay: Double = 0,
        maximize: Bool = false
    ) {
        self.betas = betas
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        self.maximize = maximize
    }

    public var cycledMomentum: MomentumHyperparameter? { .beta1 }

    public mutating func setCycledMomentum(_ value: Double) { betas.0 = value }

    public var defaultLearningRate: Double { 1e-3 }

    public var hyperparameters: [(name: String, value: String)] {
        [
            ("betas", HyperparameterText.pair(betas)), ("eps", HyperparameterText.number(epsilon)),
            ("weight_decay", HyperparameterText.number(weightDecay)), ("maximize", HyperparameterText.flag(maximize)),
        ]
    }

    public mutating func step(
        _ parameters: UnsafeMutableBufferPointer<Double>, gradient: UnsafeBufferPointer<Double>, learningRate: Double
    ) {
        first.ensureCount(parameters.count)
        second.ensureCount(parameters.count)
        steps += 1
        let (beta1, beta2) = betas
        let t = Double(steps)
        let correction1 = 1 - pow(beta1, t)
        let beta2Power = pow(beta2, t)
        let correction2 = 1 - beta2Power
        let rhoInfinity = 2 / (1 - beta2) - 1
        let rho = rhoInfinity - 2 * t * beta2Power / correction2
        let rectification =
            rho > 5
            ? ((rho - 4) * (rho - 2) * rhoInfinity / ((rhoInfinity - 4) * (rhoInfinity - 2) * rho)).squareRoot()
            : 0
        for i in parameters.indices {
            var g = maximize ? -gradient[i] : gradient[i]
            if weightDecay != 0 { g += weightDecay * parameters[i] }
            first[i] = beta1 * first[i] + (1 - beta1) * g
            second[i] = beta2 * second[i] + (1 - beta2) * g * g
            let corrected = first[i] / correction1
            if rho > 5 {
                let adaptive = correction2.squareRoot() / (second[i].squareRoot() + epsilon)
                parameters[i] -= corrected * learningRate * adaptive * rectification
            } else {
                parameters[i] -= corrected * learningRate
            }
        }
    }
}
