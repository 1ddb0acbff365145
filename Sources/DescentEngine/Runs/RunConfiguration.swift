/// How many data rows each update sees.
public enum BatchSize: Hashable, Sendable {
    /// Every row: full-batch gradient descent.
    case all
    /// `k` rows per update (1 = stochastic, k > 1 = mini-batch); rows are reshuffled each epoch.
    case rows(Int)
}

/// How much of a run to keep.
public enum TraceRecording: Hashable, Sendable {
    /// Every iteration (θᵢ, f(θᵢ), ∇f(θᵢ), rate, proposed θᵢ₊₁, accepted).
    case full
    /// Only the outcome, final point and counts; for large sweeps.
    case summary
    /// Every iteration while the run is short, then a bounded sample of it (``TraceSampling``):
    /// what a build draws and tabulates, in memory that does not grow with the steps.
    case sampled(TraceSampling)
    /// Every iteration handed to a ``TraceStream`` as it is computed, none kept: the result's
    /// trace holds no entries, only the count.
    case streamed(TraceStream)
}

/// Everything one run needs: objective, start, optimizer, rate, schedule, budget and stopping rule.
public struct RunConfiguration: Sendable {
    /// The most iterations a run may be given.
    public static let maximumSteps = 1_000_000

    /// The compiled objective (with its data, if any).
    public var objective: CompiledObjective
    /// θ₀, one value per parameter.
    public var start: [Double]
    /// A fresh optimizer (from ``OptimizerRegistry`` or constructed directly).
    public var optimizer: any Optimizer
    /// The base learning rate; nil uses the optimizer's torch.optim default.
    public var learningRate: Double?
    /// The schedule or adaptive rule (``RateRuleRegistry``); constant by default.
    public var rateRule: any RateController
    /// The iteration budget (at most ``maximumSteps``).
    public var maxSteps: Int
    /// When to stop early; nil runs the whole budget.
    public var stoppingRule: StoppingRule?
    /// Whether to keep every iteration.
    public var recording: TraceRecording
    /// Rows per update for data objectives.
    public var batchSize: BatchSize
    /// Seed of the row shuffling (``SeededGenerator``).
    public var seed: UInt64
    /// A run diverges when a value is not finite or |θⱼ| or |f| exceeds this bound.
    public var divergenceBound: Double
    /// Losses whose first crossing the run notes (``RunResult/firstBelow``), whatever it records:
    /// the iteration of the first loss below each, for claims such as `reaches loss < 1e-4 before`.
    public var lossThresholds: [Double] = []

    /// A configuration; everything but objective, start and optimizer has a default.
    public init(
        objective: CompiledObjective, start: [Double], optimizer: any Optimizer, learningRate: Double? = nil,
        rateRule: any RateController = ScheduledRate(ConstantSchedule()), maxSteps: Int = 1000,
        stoppingRule: StoppingRule? = nil, recording: TraceRecording = .full, batchSize: BatchSize = .all,
        seed: UInt64 = 0, divergenceBound: Double = 1e12
    ) {
        self.objective = objective
        self.start = start
        self.optimizer = optimizer
        self.learningRate = learningRate
        self.rateRule = rateRule
        self.maxSteps = maxSteps
        self.stoppingRule = stoppingRule
        self.recording = recording
        self.batchSize = batchSize
        self.seed = seed
        self.divergenceBound = divergenceBound
    }

    /// The base rate actually used.
    public var effectiveLearningRate: Double { learningRate ?? optimizer.defaultLearningRate }

    /// Checks the configuration as ``Run/execute(_:)`` does first, throwing the error it would:
    /// a configuration that passes runs to an outcome without an error.
    public func validate() throws(RunError) {
        guard start.count == objective.dimension else {
            throw RunError(
                "the start point has \(start.count) value\(start.count == 1 ? "" : "s") but the objective has \(objective.dimension) parameter\(objective.dimension == 1 ? "" : "s")"
            )
        }
        guard start.allSatisfy(\.isFinite) else { throw RunError("the start point must be finite") }
        guard (1...Self.maximumSteps).contains(maxSteps) else {
            throw RunError("the step budget must be between 1 and \(Self.maximumSteps), got \(maxSteps)")
        }
        guard effectiveLearningRate.isFinite, effectiveLearningRate >= 0 else {
            throw RunError(
                "the learning rate must be a finite number ≥ 0, got \(NumberFormatting.format(effectiveLearningRate))")
        }
        if case .rows(let k) = batchSize, k < 1 { throw RunError("the batch size must be at least 1, got \(k)") }
        guard divergenceBound > 0 else { throw RunError("the divergence bound must be positive") }
        try validateRateRule()
    }

    /// The optimizer's hyperparameters as reports show them: the one a momentum-cycling rule
    /// sets before every step (``Optimizer/cycledMomentum``) reads `cycled`, since no single
    /// value held for the run (`momentum=cycled`, `betas=(cycled, 0.999)`).
    public var reportedHyperparameters: [(name: String, value: String)] {
        guard rateRule.cyclesMomentum, let cycled = optimizer.cycledMomentum else { return optimizer.hyperparameters }
        return optimizer.hyperparameters.map { entry in
            switch (cycled, entry.name) {
            case (.momentum, "momentum"): return (entry.name, "cycled")
            case (.beta1, "betas"): return (entry.name, "(cycled," + entry.value.drop { $0 != "," }.dropFirst())
            default: return entry
            }
        }
    }

    /// Checks what the rate rule asks of the optimizer and the budget, where torch's schedulers
    /// raise: momentum cycling needs an optimizer with `momentum` or `betas`, and OneCycleLR
    /// allows at most `total_steps` iterations.
    public func validateRateRule() throws(RunError) {
        if rateRule.cyclesMomentum && optimizer.cycledMomentum == nil {
            throw RunError(
                "\(rateRule.name) cycles momentum (cycle_momentum=true is torch's default) but \(optimizer.name) has neither momentum nor betas; add cycle_momentum=false"
            )
        }
        if let limit = rateRule.stepLimit, maxSteps > limit {
            throw RunError(
                "\(rateRule.name) has total_steps=\(limit) but the run's budget is \(maxSteps) steps; torch raises past total_steps, so raise total_steps to \(maxSteps) or lower the budget"
            )
        }
    }
}

/// A problem with a run or sweep configuration (sizes, budgets, caps). Lowercase message.
public struct RunError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// Creates an error.
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
