/// The run loop for plain gradient descent, the commonest run and the cheapest step: ``SGD``
/// with no momentum and no weight decay, a constant rate, on an objective that reads no data.
///
/// The same iteration as ``RunLoop/run()`` with the same floating-point operations in the same
/// order (`TraceIdentityTests` and `PlainDescentTests` pin it), but θ lives in the evaluator's
/// parameter registers: each step writes θᵢ₊₁ there as it computes it, so the next evaluation
/// reads it with no copy in between; θᵢ is kept aside (for the checks, the trace and
/// the result of a run that stops at step i) off the step's dependency chain.
extension RunLoop {
    /// Whether the plain loop ascends (`maximize`), or nil when this run cannot take it.
    func plainDescentMaximizes() -> Bool? {
        guard C.self == ConstantRate.self, let sgd = optimizer as? SGD, sgd.momentum == 0, sgd.weightDecay == 0,
            !evaluator.readsData, !batches.isBatched
        else { return nil }
        return sgd.maximize
    }

    /// ``run()`` for a run that ``plainDescentMaximizes()`` admits.
    mutating func runPlainDescent(maximizing maximize: Bool) -> RunResult {
        let n = configuration.start.count
        let storage = UnsafeMutableBufferPointer<Double>.allocate(capacity: Swift.max(1, 3 * n))
        defer { storage.deallocate() }
        let current = UnsafeMutableBufferPointer(rebasing: storage[0..<n])
        let proposal = UnsafeMutableBufferPointer(rebasing: storage[n..<2 * n])
        let gradient = UnsafeMutableBufferPointer(rebasing: storage[2 * n..<3 * n])
        _ = current.initialize(from: configuration.start)
        proposal.initialize(repeating: 0)
        gradient.initialize(repeating: 0)
        let r = evaluator.registers.baseAddress!
        let theta = UnsafeMutableBufferPointer(start: r, count: n)
        for j in 0..<n { r[j] = current[j] }
        let sources = UnsafeBufferPointer(evaluator.gradientRegisters)
        let valueRegister = evaluator.valueRegister
        // When no component of ∇f is a parameter's own register (f(w, v) = w·v has ∂f/∂w = v),
        // the update reads ∇f where the tape left it, one store and load fewer per step.
        let gradientOutlivesUpdate = sources.allSatisfy { $0 >= n }
        let rate = configuration.effectiveLearningRate
        let bound = configuration.divergenceBound
        let stoppingRule = configuration.stoppingRule.map(CompiledStoppingRule.init)
        let records = trace != nil
        let notesThresholds = !firstBelow.isEmpty
        var previousLoss = Double.nan
        for i in 0..<configuration.maxSteps {
            evaluator.runMainTape()
            let loss = r[valueRegister]
            for j in 0..<n { gradient[j] = r[sources[j]] }
            if i == 0 { firstLoss = loss }
            if loss.isFinite { lastFiniteLoss = loss }
            if notesThresholds { noteThresholds(loss, i) }
            if !Divergence.isHealthy(loss: loss, gradient: gradient, bound: bound) {
                return unhealthy(at: i, theta, loss, gradient, bound)
            }
            // θᵢ₊₁ goes straight into the registers (the next evaluation's input); θᵢ stays in
            // `current` for the checks, the trace and the result of a run that stops here.
            for j in 0..<n {
                let g = gradientOutlivesUpdate ? r[sources[j]] : gradient[j]
                let x = r[j]
                current[j] = x
                let next = maximize ? x + rate * g : x - rate * g
                proposal[j] = next
                r[j] = next
            }
            if records { record(current, loss, gradient, rate, proposal, true) }
            if !Divergence.isWithinBounds(proposal, bound: bound) {
                return outOfBounds(at: i, current, loss, proposal, bound)
            }
            if let rule = stoppingRule,
                rule.holds(
                    current: current, proposal: proposal, gradient: gradient, loss: loss, previousLoss: previousLoss)
            {
                return finish(.converged(iteration: i), current, loss, i + 1)
            }
            previousLoss = loss
        }
        return finish(.exhausted(steps: configuration.maxSteps), theta, nil, configuration.maxSteps)
    }
}
