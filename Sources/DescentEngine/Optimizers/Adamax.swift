import DescentText

/// Adamax (Kingma & Ba 2015, §7.1), exactly torch.optim.Adamax's rule:
///
/// ```
/// g ← ±∇f(θ) + λθ
/// m ← β₁·m + (1 − β₁)·g
/// u ← max(β₂·u, |g| + ε)
/// θ ← θ − γ·m / ((1 − β₁ᵗ)·u)
/// ```
public struct Adamax: Optimizer {
    public var name: String { "adamax" }
    /// (β₁, β₂), default (0.9, 0.999); a momentum-cycling schedule sets β₁ each step.
    public private(set) var betas: (Double, Double)
    /// ε, default 1e-8.
    public let epsilon: Double
    /// λ, default 0.
    public let weightDecay: Double
    /// Default false.
    public let maximize: Bool
    private var first: [Double] = []
    private var infinityNorm: [Double] = []
    private var steps = 0

    /// Creates Adamax with torch.optim's defaults.
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

    public var defaultLearningRate: Double { 2e-3 }

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
        infinityNorm.ensureCount(parameters.count)
        steps += 1
        let (beta1, beta2) = betas
        let rate = learningRate / (1 - pow(beta1, Double(steps)))
        for i in parameters.indices {
            var g = maximize ? -gradient[i] : gradient[i]
            if weightDecay != 0 { g += weightDecay * parameters[i] }
            first[i] = beta1 * first[i] + (1 - beta1) * g
            infinityNorm[i] = Swift.max(beta2 * infinityNorm[i], Swift.abs(g) + epsilon)
            parameters[i] -= rate * first[i] / infinityNorm[i]
        }
    }
}
