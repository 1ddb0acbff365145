/// The run loop for plain gradient descent, the commonest run and the cheapest step: ``SGD``
/// with no momentum and no weight decay, a constant rate, on an objective that reads no data.
///
/// The same iteration as ``RunLoop/run()`` with the same floating-point operations in the same
/// order (`TraceIdentityTests` and `PlainDescentTests` pin it), but θ lives in the evaluator's
/// parameter registers: each step writes θᵢ₊₁ there as it computes it, so the next evaluation
/// reads it with no copy in between; θᵢ, ∇f and θᵢ₊₁ are kept aside (for the checks, the trace
/// and the result of a run that stops at step i) off the step's dependency chain.
///
/// The loop is specialised by parameter count (``PlainDimension``: one and two parameters keep
/// those values in CPU registers) and by whether anything watches the steps (``PlainWatch``: a
/// loop that records nothing, notes no thresholds and tests no stopping rule checks each step's
/// health and bounds together, after the update).
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
        let watched = trace != nil || !firstBelow.isEmpty || configuration.stoppingRule != nil
        switch (configuration.start.count, watched) {
        case (1, false): return runPlainDescent(OneParameter.self, Unwatched.self, maximizing: maximize)
        case (1, true): return runPlainDescent(OneParameter.self, Watched.self, maximizing: maximize)
        case (2, false): return runPlainDescent(TwoParameters.self, Unwatched.self, maximizing: maximize)
        case (2, true): return runPlainDescent(TwoParameters.self, Watched.self, maximizing: maximize)
        case (_, false): return runPlainDescent(AnyParameters.self, Unwatched.self, maximizing: maximize)
        case (_, true): return runPlainDescent(AnyParameters.self, Watched.self, maximizing: maximize)
        }
    }

    /// The plain loop for `D`'s parameter count, watched by `W`.
    mutating func runPlainDescent<D: PlainDimension, W: PlainWatch>(
        _: D.Type, _: W.Type, maximizing maximize: Bool
    ) -> RunResult {
        let n = configuration.start.count
        let storage = UnsafeMutableBufferPointer<Double>.allocate(capacity: Swift.max(1, 3 * n))
        defer { storage.deallocate() }
        let currentStorage = UnsafeMutableBufferPointer(rebasing: storage[0..<n])
        let proposalStorage = UnsafeMutableBufferPointer(rebasing: storage[n..<2 * n])
        let gradientStorage = UnsafeMutableBufferPointer(rebasing: storage[2 * n..<3 * n])
        _ = currentStorage.initialize(from: configuration.start)
        _ = proposalStorage.initialize(from: configuration.start)
        gradientStorage.initialize(repeating: 0)
        var current = D.Values(currentStorage)
        var proposal = D.Values(proposalStorage)
        var gradient = D.Values(gradientStorage)
        let sources = D.Registers(evaluator.gradientRegisters)
        let r = evaluator.registers.baseAddress!
        let tape = evaluator.mainTapeInstructions
        for j in 0..<n { r[j] = configuration.start[j] }
        let valueRegister = evaluator.valueRegister
        // The component of ∇f the tape writes last comes from the machine, not from the register
        // it has just been stored to: a load right after the store waits for it to be forwarded,
        // which lengthens the step's chain of dependencies (w²'s step: 7.1 ns to 5.0).
        let lastComponent = (0..<n).last { evaluator.gradientRegisters[$0] == evaluator.registerWrittenLast } ?? -1
        let rate = configuration.effectiveLearningRate
        // x + rate·g is x − (−rate)·g bit for bit (the product's rounding is symmetric and
        // x + y is defined as x − (−y)), so ascent takes the same subtraction as descent.
        let signedRate = maximize ? -rate : rate
        let bound = configuration.divergenceBound
        // |f| ≤ lossLimit says "finite and within the bound" in one comparison (bound > 0).
        let lossLimit = Swift.min(bound, .greatestFiniteMagnitude)
        let stoppingRule = W.watches ? configuration.stoppingRule.map(CompiledStoppingRule.init) : nil
        let records = W.watches && trace != nil
        let notesThresholds = W.watches && !firstBelow.isEmpty
        if configuration.maxSteps > 0 { firstLoss = evaluator.value(at: configuration.start) }
        var previousLoss = Double.nan
        for i in 0..<configuration.maxSteps {
            let last = TapeMachine.run(tape, r)
            let loss = r[valueRegister]
            var healthy = Swift.abs(loss) <= lossLimit
            // ∇f first, all of it: a component may be read from a parameter's register
            // (f(w, v) = w·v has ∂f/∂w = v), which the update below overwrites.
            D.Values.forEachIndex(count: n) { j in
                let g = j == lastComponent ? last : r[sources[j]]
                gradient[j] = g
                healthy = Swift.abs(g) <= .greatestFiniteMagnitude ? healthy : false
            }
            var inBounds = true
            D.Values.forEachIndex(count: n) { j in
                let x = r[j]
                current[j] = x
                let next = x - signedRate * gradient[j]
                proposal[j] = next
                inBounds = Swift.abs(next) <= bound ? inBounds : false
                r[j] = next
            }
            if W.watches {
                if notesThresholds { noteThresholds(loss, i) }
                if !healthy { return plainExit(at: i, current, loss, previousLoss, gradient, proposal) }
                if records {
                    record(
                        current.stored(in: currentStorage), loss, gradient.stored(in: gradientStorage), rate,
                        proposal.stored(in: proposalStorage), true)
                }
            }
            if !(healthy && inBounds) { return plainExit(at: i, current, loss, previousLoss, gradient, proposal) }
            if let rule = stoppingRule,
                rule.holds(
                    current: current.stored(in: currentStorage), proposal: proposal.stored(in: proposalStorage),
                    gradient: gradient.stored(in: gradientStorage), loss: loss, previousLoss: previousLoss)
            {
                lastFiniteLoss = loss
                return finish(.converged(iteration: i), current.stored(in: currentStorage), loss, i + 1)
            }
            previousLoss = loss
        }
        // Every step's loss was finite: the last one is the last finite loss (nan with no steps).
        lastFiniteLoss = previousLoss
        return finish(
            .exhausted(steps: configuration.maxSteps), UnsafeMutableBufferPointer(start: r, count: n), nil,
            configuration.maxSteps)
    }

    /// The end of a plain run that diverged at step i, on the loss or gradient at θᵢ (`current`)
    /// or on θᵢ₊₁ (`proposal`). `previousLoss` is step i − 1's (finite) loss, nan at step 0.
    @inline(never)
    mutating func plainExit<V: PlainVector<Double>>(
        at i: Int, _ current: V, _ loss: Double, _ previousLoss: Double, _ gradient: V, _ proposal: V
    ) -> RunResult {
        let n = current.count
        let storage = UnsafeMutableBufferPointer<Double>.allocate(capacity: Swift.max(1, 3 * n))
        defer { storage.deallocate() }
        let theta = current.stored(in: UnsafeMutableBufferPointer(rebasing: storage[0..<n]))
        let g = gradient.stored(in: UnsafeMutableBufferPointer(rebasing: storage[n..<2 * n]))
        let next = proposal.stored(in: UnsafeMutableBufferPointer(rebasing: storage[2 * n..<3 * n]))
        lastFiniteLoss = loss.isFinite ? loss : previousLoss
        let bound = configuration.divergenceBound
        if Divergence.isHealthy(loss: loss, gradient: g, bound: bound) {
            return outOfBounds(at: i, theta, loss, next, bound)
        }
        return unhealthy(at: i, theta, loss, g, bound)
    }
}
