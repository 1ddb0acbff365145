import DescentEngine
import DescentText

/// Checks an `Expectation` against an experiment's results; a failure says what was measured.
struct ExpectationChecker {
    let result: ExperimentResult

    /// Nil when the claim holds, else the message for the diagnostic.
    func failure(of expectation: Expectation) -> String? {
        let subjects = select(expectation.subject)
        guard !subjects.isEmpty else { return noMatch(expectation.subject) }
        switch expectation.claim {
        case .convergesFaster(let other, let quantifier), .reachesLossFirst(_, let other, let quantifier):
            // A run never races itself: `momentum lr=0.6 converges faster than momentum`
            // compares it with every other momentum run.
            let subjectLabels = Set(subjects.map(\.run.label))
            let others = select(other).filter { !subjectLabels.contains($0.run.label) }
            guard !others.isEmpty else { return noMatch(other) }
            return Race(expectation: expectation, result: result, otherQuantifier: quantifier)
                .failure(subjects, others)
        default:
            let failing = subjects.filter { !holds(expectation.claim, $0) }
            if expectation.quantifier == .any, failing.count < subjects.count { return nil }
            guard !failing.isEmpty else { return nil }
            let none = expectation.quantifier == .any ? "no matching run holds it; " : ""
            return "expectation '\(expectation.text)' failed: \(none)measured "
                + failing.map(measured).joined(separator: "; ")
        }
    }

    private func select(_ selector: RunSelector) -> [(run: PlannedRun, result: RunResult)] {
        result.pairs.filter { selector.matches($0.run.facets) }
    }

    private func noMatch(_ selector: RunSelector) -> String {
        "no run matches '\(selector.description)'; runs are: " + result.pairs.map(\.run.label).joined(separator: "; ")
    }

    private func measured(_ pair: (run: PlannedRun, result: RunResult)) -> String {
        let finals = zip(result.parameters, pair.result.finalParameters)
            .map { "\($0) = \(NumberText.significant($1))" }.joined(separator: ", ")
        let prefix = result.pairs.count == 1 ? "" : "\(pair.run.label): "
        return prefix + result.sentence(pair.result.outcome)
            + " (final \(finals), loss \(NumberText.significant(pair.result.finalLoss)))"
    }

    private func holds(_ claim: Expectation.Claim, _ pair: (run: PlannedRun, result: RunResult)) -> Bool {
        let outcome = pair.result.outcome
        switch claim {
        case .converges(nil): return pair.result.converged
        case .converges(.within(let n)?): return pair.result.converged && outcome.iteration <= n
        case .converges(.exactly(let n)?): return pair.result.converged && outcome.iteration == n
        case .diverges(let within):
            guard case .diverged(let iteration, _) = outcome else { return false }
            return within.map { iteration <= $0 } ?? true
        case .doesNotConverge: return !pair.result.converged
        case let .parameter(name, value, tolerance):
            guard let index = result.parameters.firstIndex(of: name) else { return false }
            return abs(pair.result.finalParameters[index] - value) <= tolerance
        case let .finalLoss(comparison, value): return comparison.holds(pair.result.finalLoss, value)
        case .matchesTheory:
            guard let column = TheoryColumn(result), column.applies(to: pair.run) else { return false }
            return column.prediction(pair.run).matches(outcome, budget: pair.run.configuration.maxSteps)
        case .convergesFaster, .reachesLossFirst: return false
        }
    }
}
