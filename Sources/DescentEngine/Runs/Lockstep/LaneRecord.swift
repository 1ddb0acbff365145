/// What a lockstep block keeps for one of its runs besides the lanes' numbers: the run's own
/// settings, its trace and threshold crossings, and its result once it has stopped.
struct LaneRecord {
    let maxSteps: Int
    let lossThresholds: [Double]
    var trace: Trace?
    var firstLoss = Double.nan
    var firstBelow: [Int?]
    var result: RunResult?

    init(_ configuration: RunConfiguration) {
        maxSteps = configuration.maxSteps
        lossThresholds = configuration.lossThresholds
        firstBelow = configuration.lossThresholds.map { _ in nil }
        let dimension = configuration.start.count
        switch configuration.recording {
        case .full: trace = Trace(dimension: dimension, capacity: configuration.maxSteps)
        case .sampled(let sampling):
            trace = Trace(dimension: dimension, capacity: configuration.maxSteps, sampling: sampling)
        case .summary, .streamed: trace = nil  // `LockstepPlan.qualifies` keeps streamed runs out
        }
    }

    /// Notes iteration `i`'s loss against the thresholds, as ``RunLoop`` does.
    mutating func noteThresholds(_ loss: Double, _ i: Int) {
        for (k, threshold) in lossThresholds.enumerated() where firstBelow[k] == nil && loss < threshold {
            firstBelow[k] = i
        }
    }

    /// Ends the run: the result ``RunLoop`` would have returned.
    mutating func finish(
        _ outcome: RunOutcome, at theta: [Double], finalLoss: Double, iterations: Int, lastFiniteLoss: Double
    ) {
        result = RunResult(
            outcome: outcome, finalParameters: theta, finalLoss: finalLoss, iterations: iterations, trace: trace,
            epochLosses: [], firstLoss: firstLoss, lastFiniteLoss: lastFiniteLoss, firstBelow: firstBelow)
        trace = nil
    }
}
