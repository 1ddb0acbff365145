import DescentText

/// CyclicLR (Smith 2017, "Cyclical learning rates for training neural networks"), PyTorch's
/// formula with `scale_mode` as each mode defines it. `base_lr` defaults to the run's rate.
///
/// With `momentum` (torch's `cycle_momentum=True`, its default, with base 0.8 and max 0.9) the
/// momentum follows the same triangle upside down:
/// `max_momentum − (max_momentum − base_momentum)·scale·scale_fn`.
public struct CyclicSchedule: LearningRateSchedule {
    /// The three policies of the paper and PyTorch.
    public enum Mode: String, Sendable {
        case triangular, triangular2
        case exponentialRange = "exp_range"
    }
    public var name: String { "cyclic" }
    public let baseRate: Double?
    public let maximumRate: Double
    public let stepsUp: Int
    public let stepsDown: Int
    public let mode: Mode
    public let gamma: Double
    /// The momentum cycle, nil when momentum is not cycled.
    public let momentumCycle: MomentumCycle?
    public init(
        baseRate: Double?, maximumRate: Double, stepsUp: Int = 2000, stepsDown: Int? = nil,
        mode: Mode = .triangular, gamma: Double = 1, momentumCycle: MomentumCycle? = nil
    ) {
        self.baseRate = baseRate
        self.maximumRate = maximumRate
        self.stepsUp = stepsUp
        self.stepsDown = stepsDown ?? stepsUp
        self.mode = mode
        self.gamma = gamma
        self.momentumCycle = momentumCycle
    }

    public func rate(at t: Int, base: Double) -> Double {
        let low = baseRate ?? base
        let (scale, amplitude) = position(at: t)
        return low + (maximumRate - low) * scale * amplitude
    }

    public func momentum(at t: Int) -> Double? {
        guard let cycle = momentumCycle else { return nil }
        let (scale, amplitude) = position(at: t)
        return cycle.maximum - (cycle.maximum - cycle.base) * scale * amplitude
    }

    /// torch's `scale_factor` (0 at a cycle's start, 1 at its peak) and `scale_fn` of the mode
    /// at iteration t.
    private func position(at t: Int) -> (scale: Double, amplitude: Double) {
        let total = Double(stepsUp + stepsDown)
        let ratio = Double(stepsUp) / total
        let cycle = floor(1 + Double(t) / total)
        let x = 1 + Double(t) / total - cycle
        let scale = x <= ratio ? x / ratio : (x - 1) / (ratio - 1)
        switch mode {
        case .triangular: return (scale, 1)
        case .triangular2: return (scale, 1 / pow(2, cycle - 1))
        case .exponentialRange: return (scale, pow(gamma, Double(t)))
        }
    }
}

/// OneCycleLR (Smith & Topin 2017, "Super-convergence"), PyTorch's phases: from
/// `max_lr/div_factor` up to `max_lr` over `pct_start·total_steps − 1` steps, then down to
/// `initial/final_div_factor` (three-phase: back to initial first). Ignores the run's rate.
///
/// At iteration `total_steps` the last phase is extrapolated, as PyTorch does; PyTorch raises
/// past it, so a run may not be given more than `total_steps` iterations (``stepLimit``).
/// With `momentum` (torch's default `cycle_momentum=True`, base 0.85, max 0.95) the momentum
/// goes the other way: max → base while the rate rises, base → max while it falls (three-phase:
/// max → base, base → max, then held at max).
public struct OneCycleSchedule: LearningRateSchedule {
    public var name: String { "one_cycle" }
    public let maximumRate: Double
    public let totalSteps: Int
    public let warmupFraction: Double
    public let cosineAnnealing: Bool
    public let divisionFactor: Double
    public let finalDivisionFactor: Double
    public let threePhase: Bool
    /// The momentum cycle, nil when momentum is not cycled.
    public let momentumCycle: MomentumCycle?
    public init(
        maximumRate: Double, totalSteps: Int, warmupFraction: Double = 0.3, cosineAnnealing: Bool = true,
        divisionFactor: Double = 25, finalDivisionFactor: Double = 1e4, threePhase: Bool = false,
        momentumCycle: MomentumCycle? = nil
    ) {
        self.maximumRate = maximumRate
        self.totalSteps = totalSteps
        self.warmupFraction = warmupFraction
        self.cosineAnnealing = cosineAnnealing
        self.divisionFactor = divisionFactor
        self.finalDivisionFactor = finalDivisionFactor
        self.threePhase = threePhase
        self.momentumCycle = momentumCycle
    }

    public var stepLimit: Int? { totalSteps }

    public func rate(at t: Int, base: Double) -> Double {
        let initial = maximumRate / divisionFactor
        let minimum = initial / finalDivisionFactor
        let ends =
            threePhase
            ? [(initial, maximumRate), (maximumRate, initial), (initial, minimum)]
            : [(initial, maximumRate), (maximumRate, minimum)]
        let (phase, fraction) = position(at: t)
        return anneal(from: ends[phase].0, to: ends[phase].1, fraction)
    }

    public func momentum(at t: Int) -> Double? {
        guard let cycle = momentumCycle else { return nil }
        let (high, low) = (cycle.maximum, cycle.base)
        let ends = threePhase ? [(high, low), (low, high), (high, high)] : [(high, low), (low, high)]
        let (phase, fraction) = position(at: t)
        return anneal(from: ends[phase].0, to: ends[phase].1, fraction)
    }

    /// The last step of each phase, as torch's `end_step`.
    private var phaseEnds: [Double] {
        let rise = warmupFraction * Double(totalSteps) - 1
        let last = Double(totalSteps) - 1
        return threePhase ? [rise, 2 * warmupFraction * Double(totalSteps) - 2, last] : [rise, last]
    }

    /// The phase iteration t falls in and how far through it (torch's `pct`; past 1 beyond
    /// the last phase's end).
    private func position(at t: Int) -> (phase: Int, fraction: Double) {
        let ends = phaseEnds
        let step = Double(t)
        let phase = ends.firstIndex { step <= $0 } ?? ends.count - 1
        let start = phase == 0 ? 0 : ends[phase - 1]
        return (phase, (step - start) / (ends[phase] - start))
    }

    private func anneal(from start: Double, to end: Double, _ fraction: Double) -> Double {
        cosineAnnealing
            ? end + (start - end) / 2 * (cos(Double.pi * fraction) + 1)
            : (end - start) * fraction + start
    }
}
