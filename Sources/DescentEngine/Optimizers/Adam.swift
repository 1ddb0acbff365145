import DescentText

/// Adam (Kingma & Ba 2015), exactly torch.optim.Adam's rule:
///
/// ```
/// g ← ±∇f(θ) + λθ
/// m ← β₁·m + (1 − β₁)·g
/// v ← β₂·v + (1 − β₂)·g²
/// v̂max ← max(v̂max, v) when amsgrad (then used in place of v)
/// θ ← θ − (γ / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
/// ```
/// (The last line is torch's arrangement of θ ← θ − γ·m̂ / (√v̂ + ε).)
public struct Adam: Optimizer {
    public var name: String { "adam" }
    /// (β₁, β₂), default (0.9, 0.999); a momentum-cycling schedule sets β₁ each step.
    public private(set) var betas: (Double, Double)
    /// ε, default 1e-8.
    public let epsilon: Double
    /// λ (L2 penalty added to the gradient), default 0.
    public let weightDecay: Double
    /// Default false.
    public let amsgrad: Bool
    /// Default false.
    public let maximize: Bool
    private var first: [Double] = []
    private var second: [Double] = []
    private var secondMax: [Double] = []
    private(set) var steps = 0

    /// Creates Adam with torch.optim's defaults.
    public init(
        betas: (Double, Double) = (0.9, 0.999), epsilon: Double = 1e-8, weightDecay: Double = 0,
        amsgrad: Bool = false, maximize: Bool = false
    ) {
        self.betas = betas
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        self.amsgrad = amsgrad
        self.maximize = maximize
    }

    public var cycledMomentum: MomentumHyperparameter? { .beta1 }

    public mutating func setCycledMomentum(_ value: Double) { betas.0 = value }

    public var defaultLearningRate: Double { 1e-3 }

    public var hyperparameters: [(name: String, value: String)] {
        [
            ("betas", HyperparameterText.pair(betas)), ("eps", HyperparameterText.number(epsilon)),
            ("weight_decay", HyperparameterText.number(weightDecay)), ("amsgrad", HyperparameterText.flag(amsgrad)),
            ("maximize", HyperparameterText.flag(maximize)),
        ]
    }

    public mutating func step(
        _ parameters: UnsafeMutableBufferPointer<Double>, gradient: UnsafeBufferPointer<Double>, learningRate: Double
    ) {
        let n = parameters.count
        first.ensureCount(n)
        second.ensureCount(n)
        secondMax.ensureCount(n)  // even without amsgrad: see SGD.step
        steps += 1
        let (beta1, beta2) = betas
        let stepSize = learningRate / (1 - pow(beta1, Double(steps)))
        let correction2Root = (1 - pow(beta2, Double(steps))).squareRoot()
        for i in parameters.indices {
            var g = maximize ? -gradient[i] : gradient[i]
            if weightDecay != 0 { g += weightDecay * parameters[i] }
            first[i] = beta1 * first[i] + (1 - beta1) * g
            second[i] = beta2 * second[i] + (1 - beta2) * g * g
            var v = second[i]
            if amsgrad {
                secondMax[i] = Swift.max(secondMax[i], v)
                v = secondMax[i]
            }
            parameters[i] -= stepSize * first[i] / (v.squareRoot() / correction2Root + epsilon)
        }
    }
}
