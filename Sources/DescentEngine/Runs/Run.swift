/// Executes runs: the gradient-descent loop over any optimizer and rate rule.
///
/// Per iteration i: evaluate f(θᵢ) and ∇f(θᵢ) (on the batch); stop as diverged if either is
/// not finite or |f| exceeds the bound; ask the rate rule for the rate (and, for a rule that
/// cycles momentum, set the optimizer's momentum or β₁); let the optimizer
/// propose θᵢ₊₁; let the rate rule review it (reject or shorten); record; stop as diverged
/// if θᵢ₊₁ is not finite or beyond the bound; stop as converged if the stopping rule holds
/// (without applying the step); otherwise apply it. The optimizer is opened once per run through
/// ``Optimizer/descend(_:)``, so the loop is specialised per optimizer type, and per kind of rate
/// rule: constant (never called) or any other (called through the existential).
public enum Run {
    /// Runs `configuration` to its outcome. Divergence is an outcome, not an error; errors are
    /// reserved for inconsistent configurations.
    public static func execute(_ configuration: RunConfiguration) throws(RunError) -> RunResult {
        try configuration.validate()
        return configuration.optimizer.descend(configuration)
    }
}

/// The state of one run in progress; see ``Run``.
///
/// θ, the proposal and the gradient live in one allocation made per run; every iteration works
/// on it through pointers (no array uniqueness checks, no retains), and arrays are made only
/// for what the run returns.
struct RunLoop<O: Optimizer, C: LoopRate> {
    let configuration: RunConfiguration
    var optimizer: O
    var controller: C
    var evaluator: ObjectiveEvaluator
    var batches: BatchCursor
    var trace: Trace?
    var epochLosses: [Double] = []
    var firstLoss = Double.nan
    var lastFiniteLoss = Double.nan
    var firstBelow: [Int?] = []

    init(configuration: RunConfiguration, optimizer: O, controller: C) {
        self.configuration = configuration
        self.optimizer = optimizer
        self.controller = controller
        evaluator = ObjectiveEvaluator(configuration.objective)
        batches = BatchCursor(
            rows: configuration.objective.rowCount, size: configuration.batchSize, seed: configuration.seed)
        switch configuration.recording {
        case .full: trace = Trace(dimension: configuration.start.count, capacity: configuration.maxSteps)
        case .sampled(let sampling):
            trace = Trace(dimension: configuration.start.count, capacity: configuration.maxSteps, sampling: sampling)
        case .streamed(let stream): trace = Trace(dimension: configuration.start.count, streamingTo: stream)
        case .summary: break
        }
        firstBelow = configuration.lossThresholds.map { _ in nil }
    }

    mutating func run() -> RunResult {
        if let plain = plainDescentMaximizes() { return runPlainDescent(maximizing: plain) }
        let n = configuration.start.count
        let storage = UnsafeMutableBufferPointer<Double>.allocate(capacity: Swift.max(1, 3 * n))
        defer { storage.deallocate() }
        var theta = UnsafeMutableBufferPointer(rebasing: storage[0..<n])
        var proposal = UnsafeMutableBufferPointer(rebasing: storage[n..<2 * n])
        let gradient = UnsafeMutableBufferPointer(rebasing: storage[2 * n..<3 * n])
        _ = theta.initialize(from: configuration.start)
        proposal.initialize(repeating: 0)
        gradient.initialize(repeating: 0)
        var previousLoss = Double.nan
        let base = configuration.effectiveLearningRate
        let bound = configuration.divergenceBound
        let reviews = controller.reviewsSteps
        let stoppingRule = configuration.stoppingRule.map(CompiledStoppingRule.init)
        let recordsEpochs = batches.isBatched && configuration.recording != .summary
        let records = trace != nil
        let notesThresholds = !firstBelow.isEmpty
        if recordsEpochs { epochLosses.append(evaluator.value(at: UnsafeBufferPointer(theta))) }
        for i in 0..<configuration.maxSteps {
            let batch = batches.batch(for: i, evaluator: &evaluator)
            let loss = evaluator.evaluate(at: UnsafeBufferPointer(theta), into: gradient, batch: batch)
            if i == 0 { firstLoss = loss }
            if loss.isFinite { lastFiniteLoss = loss }
            if notesThresholds { noteThresholds(loss, i) }
            if !Divergence.isHealthy(loss: loss, gradient: gradient, bound: bound) {
                return unhealthy(at: i, theta, loss, gradient, bound)
            }
            let rate = controller.rate(at: i, base: base, loss: loss, gradient: gradient)
            if let momentum = controller.momentum(at: i) { optimizer.setCycledMomentum(momentum) }
            for j in 0..<n { proposal[j] = theta[j] }
            optimizer.step(proposal, gradient: UnsafeBufferPointer(gradient), learningRate: rate)
            let (accepted, usedRate) =
                reviews
                ? Self.review(&controller, evaluator, theta, proposal, loss, gradient, rate, batch)
                : (true, rate)
            if records { record(theta, loss, gradient, usedRate, proposal, accepted) }
            if !Divergence.isWithinBounds(proposal, bound: bound) {
                return outOfBounds(at: i, theta, loss, proposal, bound)
            }
            if accepted, let rule = stoppingRule,
                rule.holds(
                    current: theta, proposal: proposal, gradient: gradient, loss: loss, previousLoss: previousLoss)
            {
                return finish(.converged(iteration: i), theta, loss, i + 1)
            }
            controller.finish(loss: loss, accepted: accepted)
            if accepted { swap(&theta, &proposal) }
            previousLoss = accepted ? loss : .nan
            if recordsEpochs && batches.endsEpoch(i) {
                epochLosses.append(evaluator.value(at: UnsafeBufferPointer(theta)))
            }
        }
        return finish(.exhausted(steps: configuration.maxSteps), theta, nil, configuration.maxSteps)
    }

    // The rare paths of an iteration, kept out of the loop so that its common path stays small.

    @inline(never)
    mutating func record(
        _ theta: UnsafeMutableBufferPointer<Double>, _ loss: Double, _ gradient: UnsafeMutableBufferPointer<Double>,
        _ rate: Double, _ proposal: UnsafeMutableBufferPointer<Double>, _ accepted: Bool
    ) {
        trace?.append(
            parameters: theta, loss: loss, gradient: gradient, rate: rate, proposal: proposal, accepted: accepted)
    }

    /// Diverged at i on the loss or gradient at θᵢ: recorded with no rate and no step.
    @inline(never)
    mutating func unhealthy(
        at i: Int, _ theta: UnsafeMutableBufferPointer<Double>, _ loss: Double,
        _ gradient: UnsafeMutableBufferPointer<Double>, _ bound: Double
    ) -> RunResult {
        let reason = Divergence.unhealthy(loss: loss, gradient: gradient, bound: bound) ?? ""
        trace?.append(parameters: theta, loss: loss, gradient: gradient, rate: .nan, proposal: theta, accepted: false)
        return finish(.diverged(iteration: i, reason: reason), theta, loss, i + 1)
    }

    /// Diverged at i on the proposed point.
    @inline(never)
    mutating func outOfBounds(
        at i: Int, _ theta: UnsafeMutableBufferPointer<Double>, _ loss: Double,
        _ proposal: UnsafeMutableBufferPointer<Double>, _ bound: Double
    ) -> RunResult {
        let reason = Divergence.outOfBounds(proposal, bound: bound) ?? ""
        return finish(.diverged(iteration: i, reason: reason), theta, loss, i + 1)
    }

    @inline(never)
    mutating func noteThresholds(_ loss: Double, _ i: Int) {
        for (k, threshold) in configuration.lossThresholds.enumerated() where firstBelow[k] == nil && loss < threshold {
            firstBelow[k] = i
        }
    }

    private static func review(
        _ controller: inout C, _ evaluator: ObjectiveEvaluator, _ theta: UnsafeMutableBufferPointer<Double>,
        _ proposal: UnsafeMutableBufferPointer<Double>, _ loss: Double, _ gradient: UnsafeMutableBufferPointer<Double>,
        _ rate: Double, _ batch: Range<Int>?
    ) -> (Bool, Double) {
        let verdict = controller.review(
            current: theta, proposal: proposal, loss: loss, gradient: gradient, rate: rate
        ) {
            evaluator.value(at: $0, batch: batch)
        }
        switch verdict {
        case .accept: return (true, rate)
        case .reject: return (false, rate)
        case .scale(let factor):
            for j in theta.indices { proposal[j] = theta[j] + factor * (proposal[j] - theta[j]) }
            return (true, rate * factor)
        }
    }

    @inline(never)
    mutating func finish(
        _ outcome: RunOutcome, _ theta: UnsafeMutableBufferPointer<Double>, _ loss: Double?, _ iterations: Int
    ) -> RunResult {
        let finalLoss =
            if let loss, !batches.isBatched { loss } else { evaluator.value(at: UnsafeBufferPointer(theta)) }
        return RunResult(
            outcome: outcome, finalParameters: Array(theta), finalLoss: finalLoss, iterations: iterations,
            trace: trace, epochLosses: epochLosses, firstLoss: firstLoss, lastFiniteLoss: lastFiniteLoss,
            firstBelow: firstBelow)
    }
}
