/// The run of plain gradient descent a theory prediction is about.
public struct TheoryRun: Hashable, Sendable {
    public var start: Double
    public var learningRate: Double
    public var rule: StoppingRule?
    /// The step budget.
    public var budget: Int
    /// The run's divergence bound on |f| and |w|.
    public var bound: Double

    public init(start: Double, learningRate: Double, rule: StoppingRule?, budget: Int, bound: Double = 1e12) {
        self.start = start
        self.learningRate = learningRate
        self.rule = rule
        self.budget = budget
        self.bound = bound
    }
}

extension QuadraticTheory {
    /// How far past the budget a prediction looks for the iteration at which the rule would hold.
    static func searchLimit(budget: Int) -> Int { 4 * budget + 1000 }

    /// What the closed form says about `run`: it evaluates the stopping rule, exactly as the run
    /// loop does (divergence checks first, then the rule, Δloss infinite at iteration 0), on the
    /// closed-form iterates w_i = c + rⁱ·(w₀ − c), from iteration 0 until the rule holds, the
    /// loss or the next iterate passes the bound, the iterates settle or repeat without the rule
    /// holding (`never`), or the search ends past the budget. When the rule reduces to
    /// `|w − c| < ε` this is the iteration ⌊ln(d₀/ε) / ln(1/|r|)⌋ + 1 of
    /// ``predictedIterations(start:learningRate:epsilon:)``, but it also covers rules that do not
    /// (|w| when c ≠ 0, `or` with a test that holds at the start, Δloss at r = 0 or r = −1) and
    /// thresholds met with equality. A comparison within the run's rounding error of its threshold
    /// makes the prediction `undecided` rather than a guess.
    public func predict(_ run: TheoryRun) -> TheoryPrediction {
        let iterates = QuadraticIterates(self, learningRate: run.learningRate)
        var notes: [TheoryPrediction.Note] = []
        if let rule = run.rule, rule.tests(where: { if case .parameterValue = $0 { true } else { false } }),
            center != 0
        {
            notes.append(.testsValueOffCenter(center: center))
        }
        let verdict = scan(run, iterates, notes: &notes)
        return TheoryPrediction(verdict: verdict, notes: notes)
    }

    private func scan(_ run: TheoryRun, _ iterates: QuadraticIterates, notes: inout [TheoryPrediction.Note])
        -> TheoryPrediction.Verdict
    {
        let limit = Self.searchLimit(budget: run.budget)
        var point = iterates.start(run.start)
        var previousLoss: RoundedValue? = nil
        var previousDistance: Double? = nil
        while point.iteration < limit {
            let i = point.iteration
            let step = iterates.step(point, previousLoss: previousLoss)
            switch Self.divergence(step, bound: run.bound) {
            case .yes: return .diverges(at: i)
            case .unsure: return i >= run.budget ? .notBefore(i) : .undecided(at: i, quantity: nil)
            case .no: break
            }
            if let rule = run.rule {
                let (truth, quantity, tie) = Self.evaluate(rule, step)
                switch truth {
                case .yes:
                    if let tie { notes.append(.exactHit(iteration: i, value: tie)) }
                    if i > 0, iterates.r == -1 {
                        notes.append(.stopsOnCycle(first: run.start, second: 2 * center - run.start))
                    }
                    if i > 0, iterates.r == 1 { notes.append(.stopsStandingStill) }
                    return .stops(at: i)
                case .unsure: return i >= run.budget ? .notBefore(i) : .undecided(at: i, quantity: quantity)
                case .no: break
                }
            }
            // From here on every iteration repeats one already seen: a fixed point, or r = ±1,
            // where the iterates alternate between two points (or stand still).
            let repeats = Swift.abs(iterates.r) == 1 || (point.distance == 0 && previousDistance == 0)
            if repeats && i >= (point.exact ? 2 : run.budget) { return .never }
            previousLoss = step.loss
            previousDistance = point.distance
            point = iterates.advance(point)
        }
        return .notBefore(limit)
    }

    /// Whether the run diverges at this step: a loss beyond the bound, or a next iterate beyond it.
    private static func divergence(_ step: QuadraticIterates.Step, bound: Double) -> RoundedTruth {
        let loss = RoundedValue(Swift.abs(step.loss.value), exact: step.loss.isExact, error: step.loss.error)
        let next = RoundedValue(Swift.abs(step.next.value), exact: step.next.isExact, error: step.next.error)
        let lossWithin = RoundedTruth(loss, below: bound, inclusive: true)
        let nextWithin = RoundedTruth(next, below: bound, inclusive: true)
        if !step.loss.value.isFinite || lossWithin == .no || nextWithin == .no { return .yes }
        return lossWithin == .unsure || nextWithin == .unsure ? .unsure : .no
    }

    /// The rule's truth at `step` (Kleene's three values: `and` is unsure unless some part is
    /// definitely false, `or` unless some part is definitely true), the first quantity that left
    /// it unsure, and a value that met its threshold with equality, if one did.
    private static func evaluate(_ rule: StoppingRule, _ step: QuadraticIterates.Step)
        -> (RoundedTruth, StoppingQuantity?, Double?)
    {
        switch rule {
        case let .compare(quantity, threshold, inclusive):
            let value = step.measure(quantity)
            let truth = RoundedTruth(value, below: threshold, inclusive: inclusive)
            let tie = truth == .yes && value.isExact && value.value == threshold ? value.value : nil
            return (truth, truth == .unsure ? quantity : nil, tie)
        case .all(let rules), .any(let rules):
            let decisive: RoundedTruth
            if case .all = rule { decisive = .no } else { decisive = .yes }
            var unsure: StoppingQuantity?? = nil
            var tie: Double?
            for part in rules {
                let (truth, quantity, partTie) = evaluate(part, step)
                if truth == decisive { return (decisive, nil, nil) }
                if truth == .unsure, unsure == nil { unsure = .some(quantity) }
                tie = tie ?? partTie
            }
            if let unsure { return (.unsure, unsure, nil) }
            return (decisive == .no ? .yes : .no, nil, tie)
        }
    }
}

extension StoppingRule {
    /// Whether some comparison of the rule tests a quantity that `matches`.
    public func tests(where matches: (StoppingQuantity) -> Bool) -> Bool {
        switch self {
        case .compare(let quantity, _, _): matches(quantity)
        case .all(let rules), .any(let rules): rules.contains { $0.tests(where: matches) }
        }
    }
}
