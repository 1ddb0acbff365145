/// How a run ended.
public enum RunOutcome: Hashable, Sendable {
    /// The stopping rule held at `iteration` (its proposed step was not applied).
    case converged(iteration: Int)
    /// A value became non-finite or exceeded the divergence bound at `iteration`.
    case diverged(iteration: Int, reason: String)
    /// The budget of `steps` iterations ran out.
    case exhausted(steps: Int)
}

/// The result of one run: outcome, where it ended, and (when recorded) every iteration.
public struct RunResult: Hashable, Sendable {
    /// How the run ended.
    public var outcome: RunOutcome
    /// θ where the run ended: θᵢ at convergence or divergence at i, θ_max after the budget.
    public var finalParameters: [Double]
    /// f at ``finalParameters`` (full data).
    public var finalLoss: Double
    /// The number of iterations computed (entries a full trace holds).
    public var iterations: Int
    /// Every iteration, when recorded with ``TraceRecording/full``.
    public var trace: Trace?
    /// Mini-batch runs only: full-data loss at the start (index 0) and after each complete
    /// epoch. Empty for full-batch runs, whose trace losses already are full-data losses, and
    /// for runs recorded with ``TraceRecording/summary``.
    public var epochLosses: [Double]
    /// f(θ₀) on the first iteration's batch (the first loss a trace would hold).
    public var firstLoss: Double = .nan
    /// The loss of the last iteration whose loss was finite (the last finite loss a trace
    /// would hold); nan when there is none.
    public var lastFiniteLoss: Double = .nan
    /// For each of the configuration's ``RunConfiguration/lossThresholds``, the first iteration
    /// whose loss was below it, or nil.
    public var firstBelow: [Int?] = []

    /// True when the stopping rule was met.
    public var converged: Bool {
        if case .converged = outcome { return true }
        return false
    }
}
