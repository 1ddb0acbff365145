import DescentEngine

/// An experiment after its runs: each planned run paired with what the engine measured.
public struct ExperimentResult: Sendable {
    public var experiment: CompiledExperiment
    /// Each run with its result, in the order of `experiment.runs`.
    public var pairs: [(run: PlannedRun, result: RunResult)]
    /// The figures and report, when they were made right after the runs and the traces let go
    /// (``prerendered()``).
    public var rendered: RenderedExperiment?
    /// The series index of each pair when a figure draws a selection of runs
    /// (``FigureSelection``); nil: each pair's position.
    var seriesIndices: [Int]?

    public var id: String { experiment.spec.id }
    public var parameters: [String] { experiment.parameters }

    /// The results alone, in run order.
    public var results: [RunResult] { pairs.map(\.result) }

    /// The run that converged in the fewest iterations (first in sweep order on ties); nil when none did.
    public var best: (run: PlannedRun, result: RunResult)? { Self.fastest(pairs) }

    /// The run of `pairs` that converged in the fewest iterations (first on ties); nil when none did.
    static func fastest(_ pairs: [(run: PlannedRun, result: RunResult)]) -> (run: PlannedRun, result: RunResult)? {
        pairs.filter { $0.result.converged }.min { $0.result.iterations < $1.result.iterations }
    }

    /// The position of the run a long table keeps however it is elided: ``best``, or when no
    /// run converged the lowest final loss (first on ties); nil without runs.
    var bestIndex: Int? {
        let converged = pairs.indices.filter { pairs[$0].result.converged }
        if let fastest = converged.min(by: { pairs[$0].result.iterations < pairs[$1].result.iterations }) {
            return fastest
        }
        return pairs.indices.filter { !pairs[$0].result.finalLoss.isNaN }
            .min { pairs[$0].result.finalLoss < pairs[$1].result.finalLoss }
    }

    /// The 1-D quadratic theory for this objective, when it applies (plain GD, constant rate).
    public var theory: QuadraticTheory? {
        QuadraticTheory(experiment.objective.objective)
    }
}

extension ExperimentResult {
    /// How a run of this experiment ended, in the block's own units: ``RunOutcome/sentence``,
    /// except that a run budgeted by `epochs:` that used them all says `no convergence in
    /// 30 epochs (1,200 steps)`.
    public func sentence(_ outcome: RunOutcome) -> String {
        guard case .exhausted(let steps) = outcome, let epochs = experiment.spec.epochs?.value else {
            return outcome.sentence
        }
        return "no convergence in " + Self.budget(epochs: epochs, steps: steps)
    }

    /// A budget in epochs as the page states it: `30 epochs (1,200 steps)`, or `5 epochs` when
    /// the runs' step counts differ (batch sizes divide the data differently).
    static func budget(epochs: Int, steps: Int?) -> String {
        let counted = "\(WorkBudget.grouped(epochs)) epoch\(epochs == 1 ? "" : "s")"
        guard let steps else { return counted }
        return counted + " (\(WorkBudget.grouped(steps)) step\(steps == 1 ? "" : "s"))"
    }

    /// The caption clauses about how this experiment's drawn runs ended, in its budget's units.
    var outcomeClauses: OutcomeClauses {
        OutcomeClauses(series: series, epochs: experiment.spec.epochs?.value)
    }
}

extension RunOutcome {
    /// `converged at iteration 10`, `diverged at iteration 3`, `no convergence in 25 steps`.
    public var sentence: String {
        switch self {
        case .converged(let iteration): "converged at iteration \(iteration)"
        case .diverged(let iteration, _): "diverged at iteration \(iteration)"
        case .exhausted(let steps): "no convergence in \(steps) step\(steps == 1 ? "" : "s")"
        }
    }

    /// `converged`, `diverged` or `max_steps`, the words of `descent run`'s JSON.
    public var status: String {
        switch self {
        case .converged: "converged"
        case .diverged: "diverged"
        case .exhausted: "max_steps"
        }
    }

    /// `converged`, `diverged` or `no convergence`, for tables.
    public var word: String {
        switch self {
        case .converged: "converged"
        case .diverged: "diverged"
        case .exhausted: "no convergence"
        }
    }

    /// The iteration the outcome names (the budget for an exhausted run).
    public var iteration: Int {
        switch self {
        case .converged(let iteration), .diverged(let iteration, _): iteration
        case .exhausted(let steps): steps
        }
    }
}
