import DescentText

/// NAdam (Dozat 2016, "Incorporating Nesterov momentum into Adam"), exactly torch.optim.NAdam's rule:
///
/// ```
/// g ← ±∇f(θ) + λθ
/// μₜ ← β₁·(1 − ½·0.96^(t·ψ)),  μₜ₊₁ ← β₁·(1 − ½·0.96^((t+1)·ψ))     ψ = momentum_decay (4e-3)
/// Πₜ ← Πₜ₋₁·μₜ                                                      (the mu product)
/// m ← β₁·m + (1 − β₁)·g;  v ← β₂·v + (1 − β₂)·g²
/// d ← √(v / (1 − β₂ᵗ)) + ε
/// θ ← θ − γ·(1 − μₜ)/(1 − Πₜ) · g/d − γ·μₜ₊₁/(1 − Πₜ·μₜ₊₁) · m/d
/// ```
public struct NAdam: Optimizer {
    public var name: String { "nadam" }
    /// (β₁, β₂), default (0.9, 0.999); a momentum-cycling schedule sets β₁ each step.
    public private(set) var betas: (Double, Double)
    /// ε, default 1e-8.
    public let epsilon: Double
    /// λ, default 0.
    public let weightDecay: Double
    /// ψ, default 4e-3.
    public let momentumDecay: Double
    /// Default false.
    public let maximize: Bool
    private var first: [Double] = []
    private var second: [Double] = []
    private var muProduct = 1.0
    private var steps = 0

    /// Creates NAdam with torch.optim's defaults.
    public init(
        betas: (Double, Double) = (0.9, 0.999), epsilon: Double = 1e-8, weightDecay: Double = 0,
        momentumDecay: Double = 4e-3, maximize: Bool = false
    ) {
        self.betas = betas
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        self.momentumDecay = momentumDecay
        self.maximize = maximize
    }

    public var cycledMomentum: MomentumHyperparameter? { .beta1 }

    public mutating func setCycledMomentum(_ value: Double) { betas.0 = value }

    public var defaultLearningRate: Double { 2e-3 }

    public var hyperparameters: [(name: String, value: String)] {
        [
            ("betas", HyperparameterText.pair(betas)), ("eps", HyperparameterText.number(epsilon)),
            ("weight_decay", HyperparameterText.number(weightDecay)),
            ("momentum_decay", HyperparameterText.number(momentumDecay)),
            ("maximize", HyperparameterText.flag(maximize)),
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
        let mu = beta1 * (1 - 0.5 * pow(0.96, t * momentumDecay))
        let muNext = beta1 * (1 - 0.5 * pow(0.96, (t + 1) * momentumDecay))
        muProduct *= mu
        let correction2 = 1 - pow(beta2, t)
        let gradientWeight = learningRate * (1 - mu) / (1 - muProduct)
        let momentumWeight = learningRate * muNext / (1 - muProduct * muNext)
        for i in parameters.indices {
            var g = maximize ? -gradient[i] : gradient[i]
            if weightDecay != 0 { g += weightDecay * parameters[i] }
            first[i] = beta1 * first[i] + (1 - beta1) * g
            second[i] = beta2 * second[i] + (1 - beta2) * g * g
            let denominator = (second[i] / correction2).squareRoot() + epsilon
            parameters[i] -= gradientWeight * g / denominator
            parameters[i] -= momentumWeight * first[i] / denominator
        }
    }
}
