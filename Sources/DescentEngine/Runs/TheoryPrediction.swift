/// What the quadratic theory predicts for one run of plain gradient descent: how the run ends,
/// and what a reader should know to read that prediction (``QuadraticTheory/predict(_:)``).
public struct TheoryPrediction: Hashable, Sendable {
    /// How the run ends, according to the closed form.
    public enum Verdict: Hashable, Sendable {
        /// The stopping rule first holds at this iteration (at or past the budget: the run
        /// uses its budget without converging).
        case stops(at: Int)
        /// The loss or the next iterate passes the divergence bound at this iteration.
        case diverges(at: Int)
        /// The iterates settle (or repeat) without the rule ever holding.
        case never
        /// Nothing happens before this iteration, the end of the search past the budget.
        case notBefore(Int)
        /// Rounding decides: at this iteration a tested quantity is within the engine's rounding
        /// error of its threshold (or of the divergence bound), so the closed form, exact in real
        /// numbers, cannot say on which side the run's doubles fall.
        case undecided(at: Int, quantity: StoppingQuantity?)
    }

    /// Something true of the prediction that its number alone does not say.
    public enum Note: Hashable, Sendable {
        /// r = −1: the iterates bounce between `first` and `second` (equal losses) and the rule
        /// holds on that cycle, so the run stops without converging.
        case stopsOnCycle(first: Double, second: Double)
        /// r = 1 (η = 0): the iterates never move and the rule holds anyway (Δloss = 0).
        case stopsStandingStill
        /// The rule tests |w| while the minimum is at `center` ≠ 0: it measures the distance
        /// to 0, not to the minimum.
        case testsValueOffCenter(center: Double)
        /// At the stopping iteration a tested quantity equals its threshold exactly (the iterates
        /// are exact in doubles), so `<=` holds there while `<` would not.
        case exactHit(iteration: Int, value: Double)
    }

    public var verdict: Verdict
    /// What to footnote, in order.
    public var notes: [Note]

    public init(verdict: Verdict, notes: [Note] = []) {
        self.verdict = verdict
        self.notes = notes
    }

    /// The iteration at which the rule holds, when the prediction is that it does.
    public var stoppingIteration: Int? {
        if case .stops(let n) = verdict { n } else { nil }
    }

    /// Whether a run's outcome is what this prediction says: converged at the predicted
    /// iteration, diverged at the predicted iteration, or out of budget when the rule holds only
    /// past it (or never). An undecided prediction matches nothing.
    public func matches(_ outcome: RunOutcome, budget: Int) -> Bool {
        switch (verdict, outcome) {
        case (.stops(let n), .converged(let i)): n == i
        case (.stops(let n), .exhausted): n >= budget
        case (.diverges(let n), .diverged(let i, _)): n == i
        case (.diverges(let n), .exhausted): n >= budget
        case (.never, .exhausted): true
        case (.notBefore(let n), .exhausted): n >= budget
        default: false
        }
    }
}
