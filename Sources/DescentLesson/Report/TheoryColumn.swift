import DescentEngine
import DescentText
import Foundation

/// The closed-form prediction for plain gradient descent on a 1-D quadratic a·(w − c)² + k,
/// per run: the contraction r = 1 − 2aη, the regime, and the iteration at which the stopping
/// rule first holds.
///
/// Every quantity a rule tests is a function of the distance d = |w − c| (|grad| = 2a·d,
/// |Δw| = 2a·lr·d, loss = k + a·d², Δloss = a·d²·(1/r² − 1)), so a rule is equivalent to
/// d < ε for one ε (`and` takes the smallest, `or` the largest), and the prediction is
/// N = ⌊ln(d₀/ε) / ln(1/|r|)⌋ + 1.
struct TheoryColumn {
    let theory: QuadraticTheory
    let rule: StoppingRule?
    /// The step budget: a prediction at or past it means the run stops without converging.
    let budget: Int

    init?(_ result: ExperimentResult) {
        guard let theory = result.theory else { return nil }
        self.theory = theory
        rule = result.experiment.runs.first?.configuration.stoppingRule
        budget = result.experiment.runs.first?.configuration.maxSteps ?? 0
    }

    let headers: [(String, MarkdownTable.Alignment)] = [
        ("r = 1 − 2aη", .right), ("regime", .left), ("predicted", .right),
    ]

    /// Whether the closed form describes `run`: plain gradient descent at a constant rate.
    static func applies(to run: PlannedRun) -> Bool {
        ["gd", "sgd"].contains(run.facets.optimizer) && run.facets.schedule == "constant" && run.facets.batch == nil
    }

    func cells(_ run: PlannedRun) -> [String] {
        guard Self.applies(to: run) else { return ["—", "—", "—"] }
        let lr = run.facets.learningRate
        let r = theory.contraction(learningRate: lr)
        let predicted = prediction(run).map { $0 < budget ? String($0) : "\($0) (over budget)" } ?? "never"
        return [NumberText.significant(r), Self.describe(theory.regime(learningRate: lr)), predicted]
    }

    /// The predicted stopping iteration (possibly past the budget), nil when the rule never holds.
    func prediction(_ run: PlannedRun) -> Int? {
        let lr = run.facets.learningRate
        guard let rule, let epsilon = radius(rule, lr: lr), epsilon > 0,
            let start = run.configuration.start.first,
            let n = theory.predictedIterations(start: start, learningRate: lr, epsilon: epsilon)
        else { return nil }
        return Self.testsLossChange(rule) ? max(n, 1) : n
    }

    /// The ε on d = |w − c| equivalent to `rule`, nil when the rule is not a function of d.
    private func radius(_ rule: StoppingRule, lr: Double) -> Double? {
        switch rule {
        case let .compare(quantity, threshold, _): return radius(quantity, threshold, lr: lr)
        case .all(let rules): return combined(rules, lr: lr, by: min)
        case .any(let rules): return combined(rules, lr: lr, by: max)
        }
    }

    /// The radii of `rules` folded with `pick`; nil when any of them is not a function of d.
    private func combined(_ rules: [StoppingRule], lr: Double, by pick: (Double, Double) -> Double) -> Double? {
        let radii = rules.compactMap { radius($0, lr: lr) }
        guard radii.count == rules.count, let first = radii.first else { return nil }
        return radii.dropFirst().reduce(first, pick)
    }

    private func radius(_ quantity: StoppingQuantity, _ threshold: Double, lr: Double) -> Double? {
        let a = theory.a
        switch quantity {
        case .stepNorm, .parameterStep: return threshold / (2 * a * lr)
        case .gradientNorm: return threshold / (2 * a)
        case .parameterValue: return theory.center == 0 ? threshold : nil
        case .loss: return threshold > theory.minimum ? ((threshold - theory.minimum) / a).squareRoot() : 0
        case .lossChange:
            let r = theory.contraction(learningRate: lr)
            guard r != 0, abs(r) < 1 else { return nil }
            return (threshold / (a * (1 / (r * r) - 1))).squareRoot()
        }
    }

    private static func testsLossChange(_ rule: StoppingRule) -> Bool {
        switch rule {
        case .compare(let quantity, _, _): quantity == .lossChange
        case .all(let rules), .any(let rules): rules.contains(where: testsLossChange)
        }
    }

    static func describe(_ regime: QuadraticTheory.Regime) -> String {
        switch regime {
        case .monotone: "monotone"
        case .oneStep: "one step"
        case .oscillating: "oscillating"
        case .cycling: "cycling"
        case .diverging: "diverging"
        case .noProgress: "no progress"
        }
    }
}
