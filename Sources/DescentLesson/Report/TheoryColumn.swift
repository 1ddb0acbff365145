import DescentEngine
import DescentText

/// The closed-form prediction for plain gradient descent on a 1-D quadratic a·(w − c)² + k,
/// per run: the contraction r = 1 − 2aη, the regime, and how the run ends
/// (``QuadraticTheory/predict(_:)``: the iteration at which the stopping rule first holds, the
/// one at which the run diverges, `never`, or `n/a` when rounding decides), with footnotes for
/// what the number alone would hide (a rule fooled by a 2-cycle, a threshold met with equality,
/// a rule on |w| when the minimum is not at 0).
struct TheoryColumn {
    let theory: QuadraticTheory
    let result: ExperimentResult
    /// The step budget: a prediction at or past it means the run stops without converging.
    let budget: Int

    init?(_ result: ExperimentResult) {
        guard let theory = result.theory else { return nil }
        self.theory = theory
        self.result = result
        budget = result.experiment.runs.first?.configuration.maxSteps ?? 0
    }

    let headers: [(String, MarkdownTable.Alignment)] = [
        ("r = 1 − 2aη", .right), ("regime", .left), ("predicted", .right),
    ]

    /// Whether the closed form describes `run` of `experiment` (``TheoryApplicability``).
    static func applies(to run: PlannedRun, of experiment: CompiledExperiment) -> Bool {
        TheoryApplicability.obstacle(experiment, run) == nil
    }

    /// Whether the closed form describes `run` of this experiment.
    func applies(to run: PlannedRun) -> Bool { Self.applies(to: run, of: result.experiment) }

    /// The cells of `run`, with the markers of the notes they raise added to `footnotes`.
    func cells(_ run: PlannedRun, footnotes: inout TheoryFootnotes) -> [String] {
        guard applies(to: run) else { return ["—", "—", "—"] }
        let lr = run.configuration.effectiveLearningRate
        let r = theory.contraction(learningRate: lr)
        let prediction = prediction(run)
        let markers = notes(prediction, run).map { footnotes.marker(for: $0) }.joined()
        return [NumberText.significant(r), Self.describe(theory.regime(learningRate: lr)), text(prediction) + markers]
    }

    /// What the closed form predicts for `run`.
    func prediction(_ run: PlannedRun) -> TheoryPrediction {
        let configuration = run.configuration
        return theory.predict(
            TheoryRun(
                start: configuration.start.first ?? 0, learningRate: configuration.effectiveLearningRate,
                rule: configuration.stoppingRule, budget: configuration.maxSteps, bound: configuration.divergenceBound))
    }

    /// The prediction in a cell: `7`, `7 (over budget)`, `diverges at 70`, `never`, `n/a`.
    func text(_ prediction: TheoryPrediction) -> String {
        let over = { (n: Int) in n >= budget ? " (over budget)" : "" }
        switch prediction.verdict {
        case .stops(let n): return "\(n)" + over(n)
        case .diverges(let n): return "diverges at \(n)" + over(n)
        case .never: return "never"
        case .notBefore(let n): return "not by \(WorkBudget.grouped(n)) (over budget)"
        case .undecided: return "n/a"
        }
    }

    /// The footnotes of `prediction`, in words.
    func notes(_ prediction: TheoryPrediction, _ run: PlannedRun) -> [String] {
        let parameter = result.parameters.first ?? "w"
        var notes: [String] = []
        if case .undecided(let i, let quantity) = prediction.verdict {
            notes.append(undecided(at: i, quantity, parameter: parameter))
        }
        let rule = run.configuration.stoppingRule
        let usesLossChange = rule?.tests(where: { $0 == .lossChange }) ?? false
        for note in prediction.notes {
            switch note {
            case .testsValueOffCenter(let c):
                notes.append(
                    "the rule tests |\(parameter)|, but the minimum is at \(parameter) = \(NumberText.significant(c)): it measures the distance to 0, not to the minimum"
                )
            case .exactHit(let i, let value):
                notes.append(
                    "at iteration \(i) the tested value is exactly the threshold \(NumberText.plain(value)) (the iterates are exact in binary), so `<=` holds there and `<` would not"
                )
            case .stopsOnCycle(let first, let second):
                let reason = usesLossChange ? "their losses are equal, so Δloss = 0 and " : ""
                notes.append(
                    "r = −1: \(parameter) bounces between \(NumberText.significant(first)) and \(NumberText.significant(second)) forever; \(reason)the rule is fooled by the 2-cycle and stops a run that is not converging"
                )
            case .stopsStandingStill:
                notes.append(
                    "r = 1: \(parameter) never moves, \(usesLossChange ? "so Δloss = 0 and " : "")the rule stops a run that makes no progress"
                )
            }
        }
        return notes
    }

    private func undecided(at i: Int, _ quantity: StoppingQuantity?, parameter: String) -> String {
        guard let quantity else {
            return
                "n/a: at iteration \(i) the loss or the next \(parameter) is within rounding error of the divergence bound, so floating-point rounding, not the closed form, decides whether the run diverges there"
        }
        return
            "n/a: at iteration \(i) the run's \(Self.name(quantity, parameter: parameter)) is within rounding error of its threshold, so floating-point rounding, not the closed form, decides whether the rule holds there"
    }

    /// `|Δw|`, `|grad|`, `|w|`, `loss`, `Δloss`.
    static func name(_ quantity: StoppingQuantity, parameter: String) -> String {
        switch quantity {
        case .stepNorm, .parameterStep: "|Δ\(parameter)|"
        case .parameterValue: "|\(parameter)|"
        case .gradientNorm: "|grad|"
        case .loss: "loss"
        case .lossChange: "Δloss"
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
