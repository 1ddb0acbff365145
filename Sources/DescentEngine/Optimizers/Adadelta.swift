/// Adadelta (Zeiler 2012), exactly torch.optim.Adadelta's rule:
///
/// ```
/// g ← ±∇f(θ) + λθ
/// v ← ρ·v + (1 − ρ)·g²
/// Δ ← √(u + ε) / √(v + ε) · g
/// u ← ρ·u + (1 − ρ)·Δ²
/// θ ← θ − γ·Δ                         γ = lr, default 1.0
/// ```
public struct Adadelta: Optimizer {
    public var name: String { "adadelta" }
    /// ρ, default 0.9.
    public let rho: Double
    /// ε, default 1e-6.
    public let epsilon: Double
    /// λ, default 0.
    public let weightDecay: Double
    /// Default false.
    public let maximize: Bool
    private var squareAverage: [Double] = []
    private var deltaAverage: [Double] = []

    /// Creates Adadelta with torch.optim's defaults.
    public init(rho: Double = 0.9, epsilon: Double = 1e-6, weightDecay: Double = 0, maximize: Bool = false) {
        self.rho = rho
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        self.maximize = maximize
    }

    public var defaultLearningRate: Double { 1.0 }

    public var hyperparameters: [(name: String, value: String)] {
        [
            ("rho", HyperparameterText.number(rho)), ("eps", HyperparameterText.number(epsilon)),
            ("weight_decay", HyperparameterText.number(weightDecay)), ("maximize", HyperparameterText.flag(maximize)),
        ]
    }

    public mutating func step(
        _ parameters: UnsafeMutableBufferPointer<Double>, gradient: UnsafeBufferPointer<Double>, learningRate: Double
    ) {
        squareAverage.ensureCount(parameters.count)
        deltaAverage.ensureCount(parameters.count)
        for i in parameters.indices {
            var g = maximize ? -gradient[i] : gradient[i]
            if weightDecay != 0 { g += weightDecay * parameters[i] }
            squareAverage[i] = rho * squareAverage[i] + (1 - rho) * g * g
            let delta = (deltaAverage[i] + epsilon).squareRoot() / (squareAverage[i] + epsilon).squareRoot() * g
            deltaAverage[i] = rho * deltaAverage[i] + (1 - rho) * delta * delta
            parameters[i] -= learningRate * delta
        }
    }
}
