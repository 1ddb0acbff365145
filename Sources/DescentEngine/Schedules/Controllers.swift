/// ReduceLROnPlateau on the loss (torch.optim.lr_scheduler.ReduceLROnPlateau): after more than
/// `patience` iterations without improving the best loss by the threshold, multiply the rate by
/// `factor` (not below `min_lr`, and only if it changes by more than `eps`), then wait `cooldown`.
public struct PlateauController: RateController {
    public var name: String { "plateau" }
    public let maximizing: Bool, factor: Double, patience: Int, threshold: Double, relativeThreshold: Bool
    public let cooldown: Int, minimumRate: Double, epsilon: Double
    private var scale: Double = 1
    private var current: Double?
    private var best: Double
    private var badIterations = 0, cooldownLeft = 0

    public init(
        maximizing: Bool = false, factor: Double = 0.1, patience: Int = 10, threshold: Double = 1e-4,
        relativeThreshold: Bool = true, cooldown: Int = 0, minimumRate: Double = 0, epsilon: Double = 1e-8
    ) {
        self.maximizing = maximizing
        self.factor = factor
        self.patience = patience
        self.threshold = threshold
        self.relativeThreshold = relativeThreshold
        self.cooldown = cooldown
        self.minimumRate = minimumRate
        self.epsilon = epsilon
        best = maximizing ? -.infinity : .infinity
    }

    public mutating func rate(at t: Int, base: Double, loss: Double, gradient: [Double]) -> Double {
        let rate = current ?? base
        current = rate
        return rate
    }

    public mutating func finish(loss: Double, accepted: Bool) {
        if isBetter(loss) {
            best = loss
            badIterations = 0
        } else {
            badIterations += 1
        }
        if cooldownLeft > 0 {
            cooldownLeft -= 1
            badIterations = 0
        }
        guard badIterations > patience, let old = current else { return }
        let reduced = Swift.max(old * factor, minimumRate)
        if old - reduced > epsilon { current = reduced }
        cooldownLeft = cooldown
        badIterations = 0
    }

    private func isBetter(_ value: Double) -> Bool {
        switch (maximizing, relativeThreshold) {
        case (false, true): return value < best * (1 - threshold)
        case (false, false): return value < best - threshold
        case (true, true): return value > best * (1 + threshold)
        case (true, false): return value > best + threshold
        }
    }
}

/// The bold driver (Vogl et al. 1988; Battiti 1989), as MATLAB's `traingda`: a step that raises
/// the loss by more than `max_perf_inc` (×1.04) is rejected — parameters stay — and the rate is
/// multiplied by `lr_dec` (0.7); an accepted step that lowers the loss multiplies it by `lr_inc` (1.05).
public struct BoldDriverController: RateController {
    public var name: String { "bold_driver" }
    public let increase: Double, decrease: Double, maximumLossIncrease: Double
    private var current: Double?

    public init(increase: Double = 1.05, decrease: Double = 0.7, maximumLossIncrease: Double = 1.04) {
        self.increase = increase
        self.decrease = decrease
        self.maximumLossIncrease = maximumLossIncrease
    }

    public var reviewsSteps: Bool { true }

    public mutating func rate(at t: Int, base: Double, loss: Double, gradient: [Double]) -> Double {
        let rate = current ?? base
        current = rate
        return rate
    }

    public mutating func review(
        current point: [Double], proposal: [Double], loss: Double, gradient: [Double],
        rate: Double, lossAt: ([Double]) -> Double
    ) -> StepVerdict {
        let next = lossAt(proposal)
        if !(next <= loss * maximumLossIncrease) {
            current = rate * decrease
            return .reject
        }
        if next < loss { current = rate * increase }
        return .accept
    }
}
