/// AdamW (Loshchilov & Hutter 2019), exactly torch.optim.AdamW's rule: decoupled weight decay
/// first, then Adam's update without the L2 term:
///
/// ```
/// θ ← θ − γ·λ·θ                        λ = weight_decay, default 1e-2
/// (then Adam: m, v, amsgrad, bias corrections as in ``Adam``)
/// ```
public struct AdamW: Optimizer {
    public var name: String { "adamw" }
    /// λ, default 1e-2.
    public let weightDecay: Double
    private(set) var adam: Adam

    /// Creates AdamW with torch.optim's defaults.
    public init(
        betas: (Double, Double) = (0.9, 0.999), epsilon: Double = 1e-8, weightDecay: Double = 1e-2,
        amsgrad: Bool = false, maximize: Bool = false
    ) {
        self.weightDecay = weightDecay
        adam = Adam(betas: betas, epsilon: epsilon, weightDecay: 0, amsgrad: amsgrad, maximize: maximize)
    }

    public var cycledMomentum: MomentumHyperparameter? { .beta1 }

    public mutating func setCycledMomentum(_ value: Double) { adam.setCycledMomentum(value) }

    public var defaultLearningRate: Double { 1e-3 }

    public var hyperparameters: [(name: String, value: String)] {
        adam.hyperparameters.map { $0.name == "weight_decay" ? ($0.name, HyperparameterText.number(weightDecay)) : $0 }
    }

    public mutating func step(
        _ parameters: UnsafeMutableBufferPointer<Double>, gradient: UnsafeBufferPointer<Double>, learningRate: Double
    ) {
        let decay = 1 - learningRate * weightDecay
        for i in parameters.indices { parameters[i] *= decay }
        adam.step(parameters, gradient: gradient, learningRate: learningRate)
    }
}
