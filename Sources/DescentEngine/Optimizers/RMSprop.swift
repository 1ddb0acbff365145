/// RMSprop (Hinton, Coursera lecture 6e, 2012), exactly torch.optim.RMSprop's rule:
///
/// ```
/// g ← ±∇f(θ) + λθ
/// v ← α·v + (1 − α)·g²
/// ṽ ← v, or v − ḡ² with ḡ ← α·ḡ + (1 − α)·g when centered
/// if μ > 0:  b ← μ·b + g / (√ṽ + ε);  θ ← θ − γ·b       (b₀ = 0)
/// else       θ ← θ − γ·g / (√ṽ + ε)
/// ```
public struct RMSprop: Optimizer {
    public var name: String { "rmsprop" }
    /// α, default 0.99.
    public let alpha: Double
    /// ε, default 1e-8.
    public let epsilon: Double
    /// λ, default 0.
    public let weightDecay: Double
    /// μ, default 0; a momentum-cycling schedule sets it each step.
    public private(set) var momentum: Double
    /// Default false.
    public let centered: Bool
    /// Default false.
    public let maximize: Bool
    private var squareAverage: [Double] = []
    private var gradientAverage: [Double] = []
    private var buffer: [Double] = []

    /// Creates RMSprop with torch.optim's defaults.
    public init(
        alpha: Double = 0.99, epsilon: Double = 1e-8, weightDecay: Double = 0, momentum: Double = 0,
        centered: Bool = false, maximize: Bool = false
    ) {
        self.alpha = alpha
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        self.momentum = momentum
        self.centered = centered
        self.maximize = maximize
    }

    public var cycledMomentum: MomentumHyperparameter? { .momentum }

    public mutating func setCycledMomentum(_ value: Double) { momentum = value }

    public var defaultLearningRate: Double { 1e-2 }

    public var hyperparameters: [(name: String, value: String)] {
        [
            ("alpha", HyperparameterText.number(alpha)), ("eps", HyperparameterText.number(epsilon)),
            ("weight_decay", HyperparameterText.number(weightDecay)), ("momentum", HyperparameterText.number(momentum)),
            ("centered", HyperparameterText.flag(centered)), ("maximize", HyperparameterText.flag(maximize)),
        ]
    }

    public mutating func step(
        _ parameters: UnsafeMutableBufferPointer<Double>, gradient: UnsafeBufferPointer<Double>, learningRate: Double
    ) {
        let n = parameters.count
        squareAverage.ensureCount(n)
        gradientAverage.ensureCount(n)  // both even when unused: see SGD.step
        buffer.ensureCount(n)
        for i in parameters.indices {
            var g = maximize ? -gradient[i] : gradient[i]
            if weightDecay != 0 { g += weightDecay * parameters[i] }
            squareAverage[i] = alpha * squareAverage[i] + (1 - alpha) * g * g
            var average = squareAverage[i]
            if centered {
                gradientAverage[i] = alpha * gradientAverage[i] + (1 - alpha) * g
                average -= gradientAverage[i] * gradientAverage[i]
            }
            let denominator = average.squareRoot() + epsilon
            if momentum > 0 {
                buffer[i] = momentum * buffer[i] + g / denominator
                parameters[i] -= learningRate * buffer[i]
            } else {
                parameters[i] -= learningRate * g / denominator
            }
        }
    }
}
