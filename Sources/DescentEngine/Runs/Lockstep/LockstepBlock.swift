/// Runs that differ only in start point, learning rate and step budget, run in lockstep: one
/// lane per run, four lanes per ``LaneChunk``, every iteration of every lane in one pass of the
/// tape and one optimizer step (see ``LockstepPlan`` for which runs qualify).
///
/// Each lane follows ``RunLoop`` exactly — evaluate, check health, propose, record, check
/// bounds, check the stopping rule, apply — with the same arithmetic, so each run's result is
/// bit-identical to running it alone. A lane that stops is masked out (its numbers go on being
/// computed and are ignored); chunks whose lanes have all stopped are skipped.
final class LockstepBlock<O: LockstepOptimizer> {
    private let optimizer: O
    private let state: O.LaneState
    private let dimension: Int
    private let bound: Double
    private let stoppingRule: CompiledStoppingRule?
    private let recordsTraces: Bool
    private let notesThresholds: Bool
    private let evaluator: LaneEvaluator
    private var theta: LaneColumns
    private var proposal: LaneColumns
    private let rates: LaneColumns
    private let previousLoss: LaneColumns
    private let lastFiniteLoss: LaneColumns
    /// Which lanes are still running, one mask per chunk.
    private let active: UnsafeMutablePointer<SIMDMask<SIMD4<Int64>>>
    /// The chunks holding a running lane (every chunk in between too).
    private var live: Range<Int>
    private var records: [LaneRecord]
    /// The distinct step budgets, largest first (the next to run out is last).
    private var budgets: [Int]
    private var thetaScratch: [Double]
    private var gradientScratch: [Double]
    private var proposalScratch: [Double]

    /// A block of `configurations` (at least one), which must all be lockstep-compatible with
    /// the first (``LockstepPlan/canShare(_:_:)``) and hold `optimizer` (the first's).
    init(optimizer: O, configurations: [RunConfiguration]) {
        let first = configurations[0]
        let chunks = (configurations.count + 3) / 4
        self.optimizer = optimizer
        dimension = first.start.count
        state = optimizer.makeLaneState(dimension: dimension, chunks: chunks)
        bound = first.divergenceBound
        stoppingRule = first.stoppingRule.map(CompiledStoppingRule.init)
        recordsTraces = first.recording != .summary
        notesThresholds = !first.lossThresholds.isEmpty
        evaluator = LaneEvaluator(first.objective, chunks: chunks)
        theta = LaneColumns(rows: dimension, chunks: chunks)
        proposal = LaneColumns(rows: dimension, chunks: chunks)
        rates = LaneColumns(rows: 1, chunks: chunks)
        previousLoss = LaneColumns(rows: 1, chunks: chunks)
        lastFiniteLoss = LaneColumns(rows: 1, chunks: chunks)
        active = .allocate(capacity: chunks)
        active.initialize(repeating: SIMDMask(repeating: false), count: chunks)
        live = 0..<chunks
        records = configurations.map(LaneRecord.init)
        budgets = Set(configurations.map(\.maxSteps)).sorted(by: >)
        thetaScratch = first.start
        gradientScratch = first.start
        proposalScratch = first.start
        for lane in 0..<chunks * 4 {
            // Lanes past the last run copy the first run, and never run.
            let configuration = lane < configurations.count ? configurations[lane] : first
            for j in 0..<dimension { theta[row: j, lane: lane] = configuration.start[j] }
            rates[row: 0, lane: lane] = configuration.effectiveLearningRate
            previousLoss[row: 0, lane: lane] = .nan
            lastFiniteLoss[row: 0, lane: lane] = .nan
            if lane < configurations.count { active[lane >> 2][lane & 3] = true }
        }
    }

    deinit { active.deallocate() }

    /// Runs every lane to its outcome; one result per configuration, in order.
    func run() -> [RunResult] {
        var i = 0
        while !live.isEmpty, let budget = budgets.last {
            evaluator.evaluate(at: theta, chunks: live)
            noteLosses(i)
            stopUnhealthy(i)
            propose(step: i + 1)
            if recordsTraces { record() }
            stopOutOfBounds(i)
            if let stoppingRule { stopConverged(i, stoppingRule) }
            apply()
            i += 1
            if i == budget { stopExhausted(i) }
        }
        return records.map { $0.result! }
    }

    private var lossRow: UnsafeMutablePointer<LaneChunk> { evaluator.valueRow }

    private func noteLosses(_ i: Int) {
        let loss = lossRow
        if i == 0 { forEachRunningLane { lane in records[lane].firstLoss = self.loss(lane) } }
        for c in live {
            lastFiniteLoss.base[c] = lastFiniteLoss.base[c].replacing(
                with: loss[c], where: LaneMath.finite(loss[c]) .& active[c])
        }
        if notesThresholds { forEachRunningLane { lane in records[lane].noteThresholds(self.loss(lane), i) } }
    }

    /// Diverged at i: the loss is not finite or beyond the bound, or the gradient is not finite.
    private func stopUnhealthy(_ i: Int) {
        let loss = lossRow
        let gradient = evaluator.gradientRows
        let flagged = { (c: Int) in
            var bad = LaneMath.either(LaneMath.beyond(loss[c], self.bound), .!LaneMath.finite(loss[c]))
            for row in gradient { bad = LaneMath.either(bad, .!LaneMath.finite(row[c])) }
            return bad
        }
        stopLanes(where: flagged) { lane in
            copy(lane)
            guard let reason = Divergence.unhealthy(loss: self.loss(lane), gradient: gradientScratch, bound: bound)
            else { return false }
            records[lane].trace?.append(
                parameters: thetaScratch, loss: self.loss(lane), gradient: gradientScratch, rate: .nan,
                proposal: thetaScratch, accepted: false)
            finish(lane, .diverged(iteration: i, reason: reason), finalLoss: self.loss(lane), iterations: i + 1)
            return true
        }
    }

    private func propose(step t: Int) {
        for j in 0..<dimension {
            let from = theta.row(j)
            let to = proposal.row(j)
            for c in live { to[c] = from[c] }
        }
        optimizer.step(
            state, points: proposal, gradient: evaluator.gradientRows, rates: rates.row(0), step: t, chunks: live)
    }

    private func record() {
        forEachRunningLane { lane in
            copy(lane)
            proposal.copyLane(lane, rows: 0, into: &proposalScratch)
            records[lane].trace?.append(
                parameters: thetaScratch, loss: self.loss(lane), gradient: gradientScratch,
                rate: rates[row: 0, lane: lane], proposal: proposalScratch, accepted: true)
        }
    }

    /// Diverged at i: the proposed point is beyond the bound or not finite.
    private func stopOutOfBounds(_ i: Int) {
        let flagged = { (c: Int) in
            var out = SIMDMask<SIMD4<Int64>>(repeating: false)
            for j in 0..<self.dimension {
                out = LaneMath.either(out, LaneMath.beyond(self.proposal.row(j)[c], self.bound))
            }
            return out
        }
        stopLanes(where: flagged) { lane in
            proposal.copyLane(lane, rows: 0, into: &proposalScratch)
            guard let reason = Divergence.outOfBounds(proposalScratch, bound: bound) else { return false }
            copy(lane)
            finish(lane, .diverged(iteration: i, reason: reason), finalLoss: self.loss(lane), iterations: i + 1)
            return true
        }
    }

    /// Converged at i: the stopping rule holds (the proposed step is not applied).
    private func stopConverged(_ i: Int, _ rule: CompiledStoppingRule) {
        let inputs = LaneStopInputs(
            current: theta, proposal: proposal, gradient: evaluator.gradientRows, loss: lossRow,
            previousLoss: previousLoss.row(0))
        let flagged = { (c: Int) in rule.holds(inputs, chunk: c) }
        stopLanes(where: flagged) { lane in
            copy(lane)
            finish(lane, .converged(iteration: i), finalLoss: self.loss(lane), iterations: i + 1)
            return true
        }
    }

    private func apply() {
        swap(&theta, &proposal)
        if stoppingRule != nil {
            let loss = lossRow
            let previous = previousLoss.base
            for c in live { previous[c] = loss[c] }
        }
    }

    /// The budget of `steps` ran out: the final loss is f at the last point.
    private func stopExhausted(_ steps: Int) {
        budgets.removeLast()
        evaluator.evaluate(at: theta, chunks: live)
        var stopped = false
        forEachRunningLane { lane in
            guard records[lane].maxSteps == steps else { return }
            copy(lane)
            finish(lane, .exhausted(steps: steps), finalLoss: self.loss(lane), iterations: steps)
            stopped = true
        }
        if stopped { shrinkLive() }
    }

    // MARK: - Lanes

    @inline(__always)
    private func loss(_ lane: Int) -> Double { evaluator.valueRow[lane >> 2][lane & 3] }

    /// Copies θ and ∇f of `lane` into the scratch arrays.
    private func copy(_ lane: Int) {
        theta.copyLane(lane, rows: 0, into: &thetaScratch)
        for j in 0..<dimension { gradientScratch[j] = evaluator.gradientRows[j][lane >> 2][lane & 3] }
    }

    private func finish(_ lane: Int, _ outcome: RunOutcome, finalLoss: Double, iterations: Int) {
        records[lane].finish(
            outcome, at: thetaScratch, finalLoss: finalLoss, iterations: iterations,
            lastFiniteLoss: lastFiniteLoss[row: 0, lane: lane])
        active[lane >> 2][lane & 3] = false
    }

    private func forEachRunningLane(_ body: (Int) -> Void) {
        for c in live {
            let mask = active[c]
            for k in 0..<4 where mask[k] { body(c * 4 + k) }
        }
    }

    /// Stops the running lanes flagged by `flagged` (per chunk) for which `stop` says it stopped them.
    @inline(__always)
    private func stopLanes(where flagged: (Int) -> SIMDMask<SIMD4<Int64>>, _ stop: (Int) -> Bool) {
        var stopped = false
        for c in live {
            let hits = flagged(c) .& active[c]
            guard any(hits) else { continue }
            for k in 0..<4 where hits[k] && stop(c * 4 + k) { stopped = true }
        }
        if stopped { shrinkLive() }
    }

    private func shrinkLive() {
        var lower = live.lowerBound
        var upper = live.upperBound
        while lower < upper && !any(active[lower]) { lower += 1 }
        while upper > lower && !any(active[upper - 1]) { upper -= 1 }
        live = lower..<upper
    }
}
