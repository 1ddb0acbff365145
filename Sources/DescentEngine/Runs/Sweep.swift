import DescentText

/// A grid of runs: any of learning rate, start, optimizer and rate rule given as a list.
///
/// The grid is the cartesian product in a fixed order — optimizers outermost, then rate rules,
/// then learning rates, then starts (the last varies fastest) — and results come back in that
/// order however many threads ran them. At most ``maximumRuns`` runs.
///
/// Each run carries a `Tag` made from its ``SweepPosition`` (what a caller wants to know about
/// the run: its labels, its settings as written), so a run's description travels with its
/// configuration and its result instead of being matched up by index afterwards.
public struct Sweep<Tag: Sendable>: Sendable {
    /// The most runs one sweep may hold.
    public static var maximumRuns: Int { 10_000 }

    /// Settings shared by every run (and the values used for any axis left nil).
    public var base: RunConfiguration
    /// Optimizers to try, or nil for the base optimizer.
    public var optimizers: [any Optimizer]?
    /// Rate rules to try, or nil for the base rule.
    public var rateRules: [any RateController]?
    /// Learning rates to try, or nil for the base rate.
    public var learningRates: [Double]?
    /// Start points to try, or nil for the base start.
    public var starts: [[Double]]?
    /// Makes the tag of the run at a position of the grid.
    public var tag: @Sendable (SweepPosition) -> Tag

    /// A sweep over the given axes whose runs are tagged by `tag`.
    public init(
        base: RunConfiguration, optimizers: [any Optimizer]? = nil, rateRules: [any RateController]? = nil,
        learningRates: [Double]? = nil, starts: [[Double]]? = nil,
        tag: @escaping @Sendable (SweepPosition) -> Tag
    ) {
        self.base = base
        self.optimizers = optimizers
        self.rateRules = rateRules
        self.learningRates = learningRates
        self.starts = starts
        self.tag = tag
    }

    /// Every run with its tag and configuration, in sweep order. Fails only for the grid as a
    /// whole (too many runs, an empty axis); a run whose configuration is invalid fails when it
    /// runs, as that run.
    public func runs() throws(RunError) -> [SweepRun<Tag>] {
        let optimizerAxis = optimizers ?? [base.optimizer]
        let ruleAxis = rateRules ?? [base.rateRule]
        let rateAxis: [Double?] = learningRates ?? [base.learningRate]
        let startAxis = starts ?? [base.start]
        let total = optimizerAxis.count * ruleAxis.count * rateAxis.count * startAxis.count
        guard total <= Self.maximumRuns else {
            throw RunError("a sweep may hold at most \(Self.maximumRuns) runs, this one has \(total)")
        }
        guard total > 0 else { throw RunError("a sweep axis is empty") }
        var result: [SweepRun<Tag>] = []
        result.reserveCapacity(total)
        for (o, optimizer) in optimizerAxis.enumerated() {
            for (r, rule) in ruleAxis.enumerated() {
                for (l, rate) in rateAxis.enumerated() {
                    for (s, start) in startAxis.enumerated() {
                        var configuration = base
                        configuration.optimizer = optimizer
                        configuration.rateRule = rule
                        configuration.learningRate = rate
                        configuration.start = start
                        try configuration.validateRateRule()
                        let position = SweepPosition(optimizer: o, rateRule: r, learningRate: l, start: s)
                        result.append(SweepRun(tag: tag(position), configuration: configuration))
                    }
                }
            }
        }
        return result
    }

    /// Runs every run of the grid (see ``SweepRun/execute(_:threads:lockstep:onRunFinished:)``);
    /// results in sweep order.
    public func run(threads: Int? = nil, lockstep: Bool = true) throws(RunError) -> [SweepResult<Tag>] {
        SweepRun.execute(try runs(), threads: threads, lockstep: lockstep)
    }
}

extension Sweep where Tag == SweepPosition {
    /// A sweep over the given axes whose runs are tagged by their position in the grid.
    public init(
        base: RunConfiguration, optimizers: [any Optimizer]? = nil, rateRules: [any RateController]? = nil,
        learningRates: [Double]? = nil, starts: [[Double]]? = nil
    ) {
        self.init(
            base: base, optimizers: optimizers, rateRules: rateRules, learningRates: learningRates,
            starts: starts, tag: { $0 })
    }
}

/// Where a run sits in a sweep's grid: its index along each axis (0 for an axis left nil).
public struct SweepPosition: Hashable, Sendable {
    public var optimizer: Int
    public var rateRule: Int
    public var learningRate: Int
    public var start: Int

    public init(optimizer: Int, rateRule: Int, learningRate: Int, start: Int) {
        self.optimizer = optimizer
        self.rateRule = rateRule
        self.learningRate = learningRate
        self.start = start
    }
}

/// One run of a sweep before it runs: what the caller tagged it with and what the engine runs.
public struct SweepRun<Tag: Sendable>: Sendable {
    public var tag: Tag
    public var configuration: RunConfiguration

    public init(tag: Tag, configuration: RunConfiguration) {
        self.tag = tag
        self.configuration = configuration
    }

    /// Runs every run on `threads` threads (default: all active processors) with
    /// `ParallelWork`; one result per run, in the order given, each with
    /// the run's tag and configuration and either its ``RunResult`` or the ``RunError`` that
    /// stopped it. `onRunFinished`, when given, is called after each run, on the thread that ran
    /// it (for progress reports).
    ///
    /// With `lockstep` (the default), consecutive runs that differ only in start point, learning
    /// rate and step budget run together, several per SIMD register (see docs/engine.md,
    /// "Lockstep sweeps"); every result is bit-identical to running that run alone, which
    /// `lockstep: false` does for every run.
    public static func execute(
        _ runs: [SweepRun<Tag>], threads: Int? = nil, lockstep: Bool = true,
        onRunFinished: (@Sendable () -> Void)? = nil
    ) -> [SweepResult<Tag>] {
        guard !runs.isEmpty else { return [] }
        let configurations = runs.map(\.configuration)
        let work =
            lockstep
            ? LockstepPlan.work(for: configurations, cores: threads ?? ParallelWork.processorCount)
            : runs.indices.map(SweepWork.alone)
        var outcomes = [Result<RunResult, RunError>?](repeating: nil, count: runs.count)
        outcomes.withUnsafeMutableBufferPointer { buffer in
            let slots = DisjointSlots(buffer)
            ParallelWork.forEach(work.count, threads: threads) { item in
                switch work[item] {
                case .alone(let index):
                    slots.buffer[index] = Result { () throws(RunError) in try Run.execute(configurations[index]) }
                    onRunFinished?()
                case .lockstep(let indices):
                    let results = LockstepPlan.run(Array(configurations[indices]))
                    for (index, result) in zip(indices, results) {
                        slots.buffer[index] = .success(result)
                        onRunFinished?()
                    }
                }
            }
        }
        return zip(runs, outcomes).map { run, outcome in
            SweepResult(
                tag: run.tag, configuration: run.configuration,
                outcome: outcome ?? .failure(RunError("the run did not start")))
        }
    }
}

/// One run of a sweep after it ran: its tag, its configuration and its result or error.
public struct SweepResult<Tag: Sendable>: Sendable {
    public var tag: Tag
    public var configuration: RunConfiguration
    /// What the engine measured, or why the run could not run.
    public var outcome: Result<RunResult, RunError>
}
