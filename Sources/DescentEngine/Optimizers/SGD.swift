/// Stochastic gradient descent with optional momentum, exactly torch.optim.SGD's rule:
///
/// ```
/// g ← −∇f(θ) if maximize, else ∇f(θ)
/// g ← g + λθ                    if weight_decay λ ≠ 0
/// if μ ≠ 0:  b ← g on the first step with μ ≠ 0, else μ·b + (1 − τ)·g
///            g ← g + μ·b if nesterov, else b
/// θ ← θ − γ·g
/// ```
/// This is the order of torch's code (`_single_tensor_sgd`: the gradient is negated before the
/// decay is added), not of its documented pseudo-code (which adds the decay and then ascends);
/// with `maximize` and `weight_decay` together the two differ, and torch's numbers are the
/// code's. A momentum-cycling schedule (``MomentumHyperparameter``) may change μ between steps;
/// the buffer starts on the first step with μ ≠ 0, as torch's `momentum_buffer` does.
/// Registered as `gd`/`sgd` (plain), `momentum` (μ = 0.9) and `nesterov` (μ = 0.9, nesterov).
public struct SGD: Optimizer {
    public let name: String
    /// μ, default 0; a momentum-cycling schedule sets it each step.
    public private(set) var momentum: Double
    /// τ, default 0.
    public let dampening: Double
    /// λ (L2 penalty), default 0.
    public let weightDecay: Double
    /// Nesterov momentum, default false.
    public let nesterov: Bool
    /// Ascend instead of descend, default false.
    public let maximize: Bool
    private var buffer: [Double] = []
    private var bufferStarted = false
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
        let started = bufferStarted
        for i in parameters.indices {
            var g = maximize ? -gradient[i] : gradient[i]
            if weightDecay != 0 { g += weightDecay * parameters[i] }
            if momentum != 0 {
                buffer[i] = started ? momentum * buffer[i] + (1 - dampening) * g : g
                g = nesterov ? g + momentum * buffer[i] : buffer[i]
            }
            parameters[i] -= learningRate * g
        }
        if momentum != 0 { bufferStarted = true }
    }

    public var cycledMomentum: MomentumHyperparameter? { .momentum }

    public mutating func setCycledMomentum(_ value: Double) { momentum = value }
}
