import DescentText

/// CosineAnnealingLR in PyTorch's closed form:
/// `η_min + (base − η_min)·(1 + cos(π·t/T_max))/2`. Past `T_max` the cosine keeps going, so
/// the rate rises again (as PyTorch's closed form does).
public struct CosineAnnealingSchedule: LearningRateSchedule {
    public var name: String { "cosine" }
    /// T_max, the half period.
    public let period: Int
    /// η_min, default 0.
    public let minimumRate: Double
    public init(period: Int, minimumRate: Double = 0) {
        self.period = period
        self.minimumRate = minimumRate
    }
    public func rate(at t: Int, base: Double) -> Double {
        minimumRate + (base - minimumRate) * (1 + cos(Double.pi * Double(t) / Double(period))) / 2
    }
}

/// CosineAnnealingWarmRestarts (Loshchilov & Hutter 2017, SGDR): cosine from `base` down to
/// η_min over `T_i` iterations, then restart with `T_{i+1} = T_mult·T_i` (T_0 first).
///
/// The rate at iteration t is the one PyTorch reaches after t calls of `scheduler.step()`
/// (which walks T_cur forward one cycle at a time), computed in closed form as its
/// `step(epoch)` does: with T_mult = 1, T_cur = t mod T_0; with T_mult > 1, the cycle is
/// n = ⌊log_{T_mult}(t/T_0·(T_mult − 1) + 1)⌋, T_cur = t − T_0·(T_mult^n − 1)/(T_mult − 1) and
/// T_i = T_0·T_mult^n. One deviation from `step(epoch)`: its floating-point logarithm can land
/// one cycle short at an exact cycle boundary (T_0 = 1, T_mult = 10, t = 111 gives
/// log₁₀(1000) = 2.9999999999999996, so T_cur = T_i = 100 and the rate η_min instead of a
/// restart at `base`); here n is corrected with exact integer arithmetic, so T_cur and T_i
/// are always those of the one-step-at-a-time walk.
public struct WarmRestartsSchedule: LearningRateSchedule {
    public var name: String { "warm_restarts" }
    /// T_0, iterations in the first cycle.
    public let firstPeriod: Int
    /// T_mult, growth of the cycle length, default 1.
    public let periodMultiplier: Int
    /// η_min, default 0.
    public let minimumRate: Double
    public init(firstPeriod: Int, periodMultiplier: Int = 1, minimumRate: Double = 0) {
        self.firstPeriod = firstPeriod
        self.periodMultiplier = periodMultiplier
        self.minimumRate = minimumRate
    }
    public func rate(at t: Int, base: Double) -> Double {
        let cycle = position(at: t)
        return minimumRate + (base - minimumRate)
            * (1 + cos(Double.pi * Double(cycle.elapsed) / Double(cycle.length))) / 2
    }

    /// Where iteration `t` falls in its cycle.
    struct Position: Equatable {
        /// T_cur, iterations since the last restart.
        var elapsed: Int
        /// T_i, the length of the current cycle.
        var length: Int
        /// How often the logarithm's cycle number was corrected by one (a work counter for tests).
        var corrections = 0
    }

    /// T_cur and T_i at iteration `t` without walking the cycles: O(1) for T_mult = 1, and
    /// at most O(log t) integer operations otherwise (see the type's documentation).
    func position(at t: Int) -> Position {
        if t < firstPeriod { return Position(elapsed: t, length: firstPeriod) }
        if periodMultiplier == 1 { return Position(elapsed: t % firstPeriod, length: firstPeriod) }
        let multiplier = Double(periodMultiplier)
        let estimate =
            log(Double(t) / Double(firstPeriod) * (multiplier - 1) + 1) / log(multiplier)
        var cycle = Swift.max(0, Int(Swift.min(estimate, 62)))
        var corrections = 0
        while cycle > 0, !startsBy(cycle, t) {
            cycle -= 1
            corrections += 1
        }
        while startsBy(cycle + 1, t) {
            cycle += 1
            corrections += 1
        }
        let bounds = self.bounds(of: cycle) ?? (start: 0, length: firstPeriod)
        return Position(elapsed: t - bounds.start, length: bounds.length, corrections: corrections)
    }

    /// Whether cycle n has begun by iteration t.
    private func startsBy(_ n: Int, _ t: Int) -> Bool {
        bounds(of: n).map { $0.start <= t } ?? false
    }

    /// Cycle n's first iteration, T_0·(T_mult^n − 1)/(T_mult − 1) = T_0 + T_0·T_mult + …, and its
    /// length T_0·T_mult^n (`Int.max` when that does not fit); nil when even the start does not
    /// fit in an `Int`, so the cycle lies beyond every iteration. Exact: integers throughout.
    private func bounds(of n: Int) -> (start: Int, length: Int)? {
        var start = 0
        var length = firstPeriod
        for _ in 0..<n {
            let (next, startOverflows) = start.addingReportingOverflow(length)
            if startOverflows { return nil }
            start = next
            let (longer, lengthOverflows) = length.multipliedReportingOverflow(by: periodMultiplier)
            length = lengthOverflows ? Int.max : longer
        }
        return (start, length)
    }
}
