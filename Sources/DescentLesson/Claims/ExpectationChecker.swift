import DescentEngine
import DescentText
import Foundation

/// Checks an `Expectation` against an experiment's results; a failure says what was measured.
struct ExpectationChecker {
    let result: ExperimentResult

    /// Nil when the claim holds, else the message for the diagnostic.
    func failure(of expectation: Expectation) -> String? {
        let subjects = select(expectation.subject)
        guard !subjects.isEmpty else { return noMatch(expectation.subject) }
        switch expectation.claim {
        case .convergesFaster(let other), .reachesLossFirst(_, let other):
            // A run never races itself: `momentum lr=0.6 converges faster than momentum`
            // compares it with every other momentum run.
            let subjectLabels = Set(subjects.map(\.run.label))
            let others = select(other).filter { !subjectLabels.contains($0.run.label) }
            guard !others.isEmpty else { return noMatch(other) }
            return compare(expectation, subjects, others)
        default:
            let failing = subjects.filter { !holds(expectation.claim, $0) }
            guard !failing.isEmpty else { return nil }
            return "expectation '\(expectation.text)' failed: measured " + failing.map(measured).joined(separator: "; ")
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

    private func compare(
        _ expectation: Expectation, _ subjects: [(run: PlannedRun, result: RunResult)],
        _ others: [(run: PlannedRun, result: RunResult)]
    ) -> String? {
        if case .convergesFaster = expectation.claim, result.experiment.runs.first?.configuration.stoppingRule == nil {
            return compareFinalLoss(expectation, subjects, others)
        }
        let key: ((run: PlannedRun, result: RunResult)) -> Int? = { pair in
            switch expectation.claim {
            case .reachesLossFirst(let threshold, _):
                let noted = pair.run.configuration.lossThresholds.firstIndex(of: threshold)
                return noted.flatMap { pair.result.firstBelow.indices.contains($0) ? pair.result.firstBelow[$0] : nil }
            default:
                return pair.result.converged ? pair.result.outcome.iteration : nil
            }
        }
        let holds = subjects.allSatisfy { subject in
            guard let mine = key(subject) else { return false }
            return others.allSatisfy { other in key(other).map { mine < $0 } ?? true }
        }
        guard !holds else { return nil }
        let describe: ((run: PlannedRun, result: RunResult)) -> String = { pair in
            let at = key(pair).map { "at iteration \($0)" } ?? "never"
            return "\(pair.run.label) \(at)"
        }
        return "expectation '\(expectation.text)' failed: measured "
            + (subjects + others).map(describe).joined(separator: "; ")
    }

    /// Without a stopping rule no run "converges"; faster then means a lower loss when the
    /// shared step budget runs out.
    private func compareFinalLoss(
        _ expectation: Expectation, _ subjects: [(run: PlannedRun, result: RunResult)],
        _ others: [(run: PlannedRun, result: RunResult)]
    ) -> String? {
        let holds = subjects.allSatisfy { subject in
            others.allSatisfy { subject.result.finalLoss < $0.result.finalLoss }
        }
        guard !holds else { return nil }
        let losses = (subjects + others).map {
            "\($0.run.label) final loss \(NumberText.significant($0.result.finalLoss))"
        }
        return "expectation '\(expectation.text)' failed (no stop rule, so compared by final loss): measured "
            + losses.joined(separator: "; ")
    }
}
