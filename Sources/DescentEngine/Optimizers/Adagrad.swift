/// Adagrad (Duchi, Hazan & Singer 2011), exactly torch.optim.Adagrad's rule:
///
/// ```
/// g ← ±∇f(θ) (negated if maximize) + λθ
/// γ̃ ← γ / (1 + (t − 1)·η)            η = lr_decay
/// s ← s + g²                          s₀ = initial_accumulator_value
/// θ ← θ − γ̃ · g / (√s + ε)
/// ```
public struct Adagrad: Optimizer {
    public var name: String { "adagrad" }
    /// η, default 0.
    public let learningRateDecay: Double
    /// λ, default 0.
    public let weightDecay: Double
    /// s₀, default 0.
    public let initialAccumulatorValue: Double
    /// ε, default 1e-10.
    public let epsilon: Double
    /// Default false.
    public let maximize: Bool
    private var sums: [Double] = []
    private var steps = 0

    /// Creates Adagrad with torch.optim's defaults.
    public init(
        learningRateDecay: Double = 0, weightDecay: Double = 0, initialAccumulatorValue: Double = 0,
        epsilon: Double = 1e-10, maximize: Bool = false
    ) {
        self.learningRateDecay = learningRateDecay
        self.weightDecay = weightDecay
        self.initialAccumulatorValue = initialAccumulatorValue
        self.epsilon = epsilon
        self.maximize = maximize
    }

    public var defaultLearningRate: Double { 1e-2 }

    public var hyperparameters: [(name: String, value: String)] {
        [
            ("lr_decay", HyperparameterText.number(learningRateDecay)),
            ("weight_decay", HyperparameterText.number(weightDecay)),
            ("initial_accumulator_value", HyperparameterText.number(initialAccumulatorValue)),
            ("eps", HyperparameterText.number(epsilon)), ("maximize", HyperparameterText.flag(maximize)),
        ]
    }

    public mutating func step(
        _ parameters: UnsafeMutableBufferPointer<Double>, gradient: UnsafeBufferPointer<Double>, learningRate: Double
    ) {
        sums.ensureCount(parameters.count, filledWith: initialAccumulatorValue)
        steps += 1
        let rate = learningRate / (1 + Double(steps - 1) * learningRateDecay)
        for i in parameters.indices {
            var g = maximize ? -gradient[i] : gradient[i]
            if weightDecay != 0 { g += weightDecay * parameters[i] }
            sums[i] += g * g
            parameters[i] -= rate * g / (sums[i].squareRoot() + epsilon)
        }
    }
}
