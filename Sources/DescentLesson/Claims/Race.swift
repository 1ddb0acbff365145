import DescentEngine
import DescentText

/// Checks a race claim (`converges faster than`, `reaches loss < X before`) between the runs
/// of its two sides, each combined by its ``Quantifier``: the subject side's score must be
/// reached and lower than the other side's.
///
/// A run's score is the iteration it converges at (or first reaches the loss), or, for
/// `converges faster than` in a block without a stop rule, its final loss; never reaching it
/// scores +∞, as does a final loss that is not a number.
struct Race {
    let expectation: Expectation
    let result: ExperimentResult
    let otherQuantifier: Quantifier

    typealias Pair = (run: PlannedRun, result: RunResult)

    /// Whether the race is decided by final loss: `converges faster than` without a stop rule,
    /// where no run "converges".
    private var byFinalLoss: Bool {
        if case .convergesFaster = expectation.claim {
            return result.experiment.runs.first?.configuration.stoppingRule == nil
        }
        return false
    }

    /// The iteration the claim times, nil when the run never gets there.
    private func iteration(_ pair: Pair) -> Int? {
        switch expectation.claim {
        case .reachesLossFirst(let threshold, _, _):
            let noted = pair.run.configuration.lossThresholds.firstIndex(of: threshold)
            return noted.flatMap { pair.result.firstBelow.indices.contains($0) ? pair.result.firstBelow[$0] : nil }
        default:
            return pair.result.converged ? pair.result.outcome.iteration : nil
        }
    }

    /// Lower is better; +∞ for a run that never gets there.
    private func score(_ pair: Pair) -> Double {
        if byFinalLoss { return pair.result.finalLoss.isNaN ? .infinity : pair.result.finalLoss }
        return iteration(pair).map(Double.init) ?? .infinity
    }

    /// Nil when the subject side wins, else the message naming every run and its number.
    func failure(_ subjects: [Pair], _ others: [Pair]) -> String? {
        let mine = expectation.quantifier.subjectScore(subjects.map(score))
        let theirs = otherQuantifier.otherScore(others.map(score))
        guard !(mine.isFinite && mine < theirs) else { return nil }
        let decisive =
            expectation.quantifier == .all && otherQuantifier == .all
            ? "" : decisiveRuns(subjects, mine, others, theirs) + "; "
        if byFinalLoss {
            let losses = (subjects + others).map {
                "\($0.run.label) final loss \(NumberText.significant($0.result.finalLoss))"
            }
            return
                "expectation '\(expectation.text)' failed (no stop rule, so compared by final loss): \(decisive)measured "
                + losses.joined(separator: "; ")
        }
        let describe: (Pair) -> String = { pair in
            "\(pair.run.label) \(iteration(pair).map { "at iteration \($0)" } ?? "never")"
        }
        return "expectation '\(expectation.text)' failed: \(decisive)measured "
            + (subjects + others).map(describe).joined(separator: "; ")
    }

    /// `best adam is Adam with η = 0.3 (at iteration 278), best gd is GD with η = 0.45 (at
    /// iteration 152)`: the run whose score decided each side, the first in run order on ties.
    private func decisiveRuns(_ subjects: [Pair], _ mine: Double, _ others: [Pair], _ theirs: Double) -> String {
        let name = { (quantifier: Quantifier, selector: RunSelector) in
            "\(quantifier.rawValue) \(selector.terms.isEmpty ? "run" : selector.description)"
        }
        let other: RunSelector
        switch expectation.claim {
        case .convergesFaster(let than, _): other = than
        case .reachesLossFirst(_, let selector, _): other = selector
        default: return ""
        }
        let pick = { (pairs: [Pair], value: Double) in pairs.first { score($0) == value } }
        let sides = [
            (name(expectation.quantifier, expectation.subject), pick(subjects, mine)),
            (name(otherQuantifier, other), pick(others, theirs)),
        ]
        return sides.map { side, pair in
            guard let pair else { return "\(side) is none" }
            return "\(side) is \(pair.run.label) (\(value(pair)))"
        }.joined(separator: ", ")
    }

    private func value(_ pair: Pair) -> String {
        if byFinalLoss { return "final loss \(NumberText.significant(pair.result.finalLoss))" }
        return iteration(pair).map { "at iteration \($0)" } ?? "never"
    }
}
