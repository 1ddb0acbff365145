/// Stochastic gradient descent with optional momentum, exactly torch.optim.SGD's rule:
///
/// ```
/// g ← ∇f(θ) (+ λθ if weight_decay λ ≠ 0)
/// if μ ≠ 0:  b ← g on the first step, else μ·b + (1 − τ)·g
///            g ← g + μ·b if nesterov, else b
/// θ ← θ + γ·g if maximize, else θ − γ·g
/// ```
/// Registered as `gd`/`sgd` (plain), `momentum` (μ = 0.9) and `nesterov` (μ = 0.9, nesterov).
public struct SGD: Optimizer {
    public let name: String
    /// μ, default 0.
    public let momentum: Double
    /// τ, default 0.
    public let dampening: Double
    /// λ (L2 penalty), default 0.
    public let weightDecay: Double
    /// Nesterov momentum, default false.
    public let nesterov: Bool
    /// Ascend instead of descend, default false.
    public let maximize: Bool
    private var buffer: [Double] = []
    private(set) var steps = 0

    /// Creates SGD; the registry validates ranges (momentum ≥ 0; nesterov needs μ > 0, τ = 0).
    public init(
        name: String = "sgd", momentum: Double = 0, dampening: Double = 0, weightDecay: Double = 0,
        nesterov: Bool = false, maximize: Bool = false
    ) {
        self.name = name
        self.momentum = momentum
        self.dampening = dampening
        self.weightDecay = weightDecay
        self.nesterov = nesterov
        self.maximize = maximize
    }

    public var defaultLearningRate: Double { 1e-3 }

    public var hyperparameters: [(name: String, value: String)] {
        [
            ("momentum", HyperparameterText.number(momentum)), ("dampening", HyperparameterText.number(dampening)),
            ("weight_decay", HyperparameterText.number(weightDecay)), ("nesterov", HyperparameterText.flag(nesterov)),
            ("maximize", HyperparameterText.flag(maximize)),
        ]
    }

    @inline(__always)
    public mutating func step(
        _ parameters: UnsafeMutableBufferPointer<Double>, gradient: UnsafeBufferPointer<Double>, learningRate: Double
    ) {
        steps += 1
        if momentum == 0 && weightDecay == 0 {
            // Plain (stochastic) gradient descent, the commonest case, inlined into the run loop:
            // the same arithmetic as the general loop below without its branches or state.
            let maximize = maximize
            for i in parameters.indices {
                parameters[i] =
                    maximize ? parameters[i] + learningRate * gradient[i] : parameters[i] - learningRate * gradient[i]
            }
        } else {
            stepWithMomentumOrDecay(parameters, gradient: gradient, learningRate: learningRate)
        }
    }

    @inline(never)
    private mutating func stepWithMomentumOrDecay(
        _ parameters: UnsafeMutableBufferPointer<Double>, gradient: UnsafeBufferPointer<Double>, learningRate: Double
    ) {
        // Sized even when unused: the loop below writes it conditionally, and Swift hoists its
        // uniqueness check out of the loop; on the shared empty array that check fails and costs
        // a copy every step.
        buffer.ensureCount(parameters.count)
        for i in parameters.indices {
            var g = gradient[i]
            if weightDecay != 0 { g += weightDecay * parameters[i] }
            if momentum != 0 {
                buffer[i] = steps > 1 ? momentum * buffer[i] + (1 - dampening) * g : g
                g = nesterov ? g + momentum * buffer[i] : buffer[i]
            }
            parameters[i] = maximize ? parameters[i] + learningRate * g : parameters[i] - learningRate * g
        }
    }
}
