import DescentText

/// StepLR: `γ^⌊t / step_size⌋ · base` (torch.optim.lr_scheduler.StepLR closed form).
public struct StepDecaySchedule: LearningRateSchedule {
    public var name: String { "step" }
    /// Iterations per decay.
    public let stepSize: Int
    /// Factor per decay, default 0.1.
    public let gamma: Double
    public init(stepSize: Int, gamma: Double = 0.1) {
        self.stepSize = stepSize
        self.gamma = gamma
    }
    public func rate(at t: Int, base: Double) -> Double {
        base * pow(gamma, Double(t / stepSize))
    }
}

/// MultiStepLR: `γ^(number of milestones ≤ t) · base`.
public struct MultiStepSchedule: LearningRateSchedule {
    public var name: String { "multistep" }
    /// Iterations at which the rate is multiplied by `gamma` (sorted).
    public let milestones: [Int]
    /// Factor per milestone, default 0.1.
    public let gamma: Double
    public init(milestones: [Int], gamma: Double = 0.1) {
        self.milestones = milestones.sorted()
        self.gamma = gamma
    }
    public func rate(at t: Int, base: Double) -> Double {
        base * pow(gamma, Double(milestones.filter { $0 <= t }.count))
    }
}

/// ExponentialLR: `γ^t · base`.
public struct ExponentialSchedule: LearningRateSchedule {
    public var name: String { "exponential" }
    /// Factor per iteration.
    public let gamma: Double
    public init(gamma: Double) { self.gamma = gamma }
    public func rate(at t: Int, base: Double) -> Double { base * pow(gamma, Double(t)) }
}

/// Inverse-time decay `base / (1 + k·t)` (no PyTorch class; the classic Robbins–Monro-style
/// 1/t schedule, as in Bottou, "Stochastic gradient descent tricks", 2012).
public struct InverseTimeSchedule: LearningRateSchedule {
    public var name: String { "inverse_time" }
    /// k, the decay per iteration.
    public let decay: Double
    public init(decay: Double) { self.decay = decay }
    public func rate(at t: Int, base: Double) -> Double { base / (1 + decay * Double(t)) }
}

/// PolynomialLR: `base · (1 − min(t, T)/T)^power`, T = total_iters (default 5), power default 1.
public struct PolynomialSchedule: LearningRateSchedule {
    public var name: String { "polynomial" }
    public let totalIterations: Int
    public let power: Double
    public init(totalIterations: Int = 5, power: Double = 1) {
        self.totalIterations = totalIterations
        self.power = power
    }
    public func rate(at t: Int, base: Double) -> Double {
        let progress = Double(Swift.min(t, totalIterations)) / Double(totalIterations)
        return base * pow(1 - progress, power)
    }
}

/// LinearLR (warm-up): `base · (s + (e − s)·min(t, T)/T)`; s = start_factor (1/3),
/// e = end_factor (1), T = total_iters (5).
public struct LinearSchedule: LearningRateSchedule {
    public var name: String { "linear" }
    public let startFactor: Double
    public let endFactor: Double
    public let totalIterations: Int
    public init(startFactor: Double = 1.0 / 3, endFactor: Double = 1, totalIterations: Int = 5) {
        self.startFactor = startFactor
        self.endFactor = endFactor
        self.totalIterations = totalIterations
    }
    public func rate(at t: Int, base: Double) -> Double {
        let progress = Double(Swift.min(t, totalIterations)) / Double(totalIterations)
        return base * (startFactor + (endFactor - startFactor) * progress)
    }
}
