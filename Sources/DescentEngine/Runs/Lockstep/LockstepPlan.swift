/// A unit of a sweep's work: one run alone, or consecutive runs in lockstep.
enum SweepWork: Hashable, Sendable {
    /// The run at this index, through ``Run/execute(_:)``.
    case alone(Int)
    /// The runs at these indices, as one ``LockstepBlock``.
    case lockstep(Range<Int>)
}

/// Which runs of a sweep run in lockstep (``LockstepBlock``), and which alone.
///
/// A run qualifies when its configuration is valid, its objective reads no data, its rate rule
/// is constant (``RateController/isConstant``) and its optimizer is a ``LockstepOptimizer``
/// (SGD in all its forms, Adam, AdamW). Consecutive qualifying runs form a block when they
/// share everything but start point, learning rate and step budget: the same compiled
/// objective, an optimizer with the same hyperparameters, the same stopping rule, recording,
/// divergence bound and loss thresholds. Blocks hold at most ``maximumLanes`` runs; a group of
/// fewer than ``minimumLanes`` runs, and every other run, runs alone. A group too small to fill
/// a block per core is split evenly over the cores instead (see ``blockSizes(_:maximumLanes:cores:)``):
/// nine runs on two cores run as blocks of five and four, side by side. Which block a run is in
/// never changes its result, since lockstep runs match the scalar path bit for bit.
enum LockstepPlan {
    /// The most runs one block holds: enough to spread a step's shared work (Adam's bias
    /// corrections, the tape's dispatch) over many runs, few enough for the block's registers to
    /// stay in the first-level cache and for the blocks to spread over the cores.
    static let maximumLanes = 64
    /// Fewer compatible runs than this run alone.
    static let minimumLanes = 2
    /// The fewest runs a block split over the cores holds: one SIMD chunk.
    static let spreadLanes = 4

    /// The work for `configurations`, in order, for `cores` threads: every index appears exactly
    /// once.
    static func work(for configurations: [RunConfiguration], maximumLanes: Int = maximumLanes, cores: Int = 1)
        -> [SweepWork]
    {
        var work: [SweepWork] = []
        var index = 0
        while index < configurations.count {
            guard qualifies(configurations[index]) else {
                work.append(.alone(index))
                index += 1
                continue
            }
            var end = index + 1
            while end < configurations.count && qualifies(configurations[end])
                && canShare(configurations[index], configurations[end])
            {
                end += 1
            }
            if end - index >= minimumLanes {
                var start = index
                for size in blockSizes(end - index, maximumLanes: maximumLanes, cores: cores) {
                    work.append(size >= minimumLanes ? .lockstep(start..<start + size) : .alone(start))
                    start += size
                }
            } else {
                work += (index..<end).map(SweepWork.alone)
            }
            index = end
        }
        return work
    }

    /// How `count` runs that can share blocks are cut into blocks, in order: blocks of
    /// `maximumLanes` (the last one shorter), unless that leaves a core idle and there are
    /// runs enough to give each of more cores a block of ``spreadLanes``; then as many blocks
    /// as that allows, of sizes differing by at most one.
    static func blockSizes(_ count: Int, maximumLanes: Int, cores: Int) -> [Int] {
        let full = (count + maximumLanes - 1) / maximumLanes
        let spread = min(cores, count / spreadLanes)
        guard spread > full else {
            return stride(from: 0, to: count, by: maximumLanes).map { min(maximumLanes, count - $0) }
        }
        return (0..<spread).map { count / spread + ($0 < count % spread ? 1 : 0) }
    }

    /// Whether `configuration` can run in a lockstep block (a streamed run hands each
    /// iteration over as it happens, so it runs alone).
    static func qualifies(_ configuration: RunConfiguration) -> Bool {
        if case .streamed = configuration.recording { return false }
        guard (try? configuration.validate()) != nil else { return false }
        return configuration.rateRule.isConstant && LaneEvaluator.canEvaluate(configuration.objective)
            && configuration.optimizer is any LockstepOptimizer
    }

    /// Whether two qualifying configurations can share a block.
    static func canShare(_ a: RunConfiguration, _ b: RunConfiguration) -> Bool {
        guard let optimizer = a.optimizer as? any LockstepOptimizer else { return false }
        return optimizer.sharesLockstep(with: b.optimizer) && a.objective.computesSameAs(b.objective)
            && a.stoppingRule == b.stoppingRule && a.recording == b.recording
            && a.divergenceBound.bitPattern == b.divergenceBound.bitPattern
            && LockstepHyperparameters.same(a.lossThresholds, b.lossThresholds)
    }

    /// Runs `configurations` (one block, as ``work(for:maximumLanes:)`` formed it) in lockstep.
    static func run(_ configurations: [RunConfiguration]) -> [RunResult] {
        let optimizer = configurations[0].optimizer as! any LockstepOptimizer
        return run(optimizer, configurations)
    }

    private static func run<O: LockstepOptimizer>(_ optimizer: O, _ configurations: [RunConfiguration])
        -> [RunResult]
    {
        LockstepBlock(optimizer: optimizer, configurations: configurations).run()
    }
}
