import DescentEngine

/// A short, runnable PyTorch script that reproduces an experiment: the objective in torch
/// operations, `torch.optim` with the block's hyperparameters, `torch.optim.lr_scheduler` for
/// schedules (a few plain lines for rules torch lacks), the block's stopping rule as it reads,
/// the data inline, float64 throughout. It prints each run's steps as a table, or, with
/// `DESCENT_JSON=1` in the environment, one JSON line per step and per run's end, which
/// `make torch-check` compares with `descent run --format json`.
///
/// The loop is the engine's (docs/engine.md, "The run loop"): the loss and gradient at θᵢ, a
/// divergence check, the rate, the optimizer's proposal, the rule's review, the stopping rule
/// on the proposal (which is then not applied), `scheduler.step()`.
public struct PyTorchScript: Sendable {
    /// The most data rows written into a script; a larger data set is an error.
    public static let maximumInlineRows = 200

    /// The most runs a script lists, so that a page holding one stays small; a larger sweep is
    /// an error.
    public static let maximumRuns = 100

    /// The script's text.
    public let text: String

    /// The script for `experiment`, or why it cannot be written.
    public init(_ experiment: CompiledExperiment) throws(PyTorchUnsupported) {
        guard experiment.runs.count <= Self.maximumRuns else {
            throw PyTorchUnsupported(
                "its sweep has \(WorkBudget.grouped(experiment.runs.count)) runs and a script lists at most \(Self.maximumRuns)"
            )
        }
        let names = PyTorchNames(objective: experiment.objective.objective.name)
        let data = try PyTorchData(experiment, names: names)
        var rules: [PyTorchRateRule?] = []
        for run in experiment.runs { rules.append(try PyTorchRateRule.rule(Self.scheduleCall(run, experiment.spec))) }
        var runs: [String] = []
        for (run, rule) in zip(experiment.runs, rules) {
            runs.append(try Self.runEntry(run, rule: rule))
        }
        let adaptive = PyTorchRuleClasses.Rule.allCases.filter { rule in
            rules.contains { $0?.kind == .adaptive(rule) }
        }
        let parts =
            [
                Self.header(
                    experiment, importsSchedulers: rules.contains { $0 != nil && $0?.kind.isAdaptive == false }),
                data.map(\.definitions) ?? "",
                Self.objective(experiment, data: data, names: names),
                Self.stopFunction(experiment),
                data?.isBatched == true ? PyTorchBatches.definitions : "",
                adaptive.isEmpty ? "" : PyTorchRuleClasses.base,
            ] + adaptive.map(\.definition) + [
                "runs = [\n" + runs.joined() + "]\n\n",
                PyTorchLoop.code(
                    experiment, data: data, hasRules: rules.contains { $0 != nil },
                    hasPlateau: rules.contains { $0?.kind == .plateau }, hasAdaptive: !adaptive.isEmpty),
            ]
        text =
            parts.map { $0.trimmingTrailingNewlines() }.filter { !$0.isEmpty }.joined(separator: "\n\n\n") + "\n"
    }

    private static func header(_ experiment: CompiledExperiment, importsSchedulers: Bool) -> String {
        let torch = "import torch" + (importsSchedulers ? "\nfrom torch.optim import lr_scheduler" : "")
        return """
            # Experiment `\(experiment.spec.id)` in PyTorch, float64: the numbers are the lesson's.
            # Prints each run's steps; DESCENT_JSON=1 prints one JSON line per step instead.
            import json
            import math
            import os

            \(torch)

            torch.set_default_dtype(torch.float64)
            JSON = os.environ.get("DESCENT_JSON") == "1"


            def norm(v):
                return math.sqrt(sum(a * a for a in v))


            """
    }

    /// `def f(w): return …` and `loss_at(theta, rows)`, which the loop calls.
    private static func objective(_ experiment: CompiledExperiment, data: PyTorchData?, names: PyTorchNames) -> String {
        let objective = experiment.objective.objective
        let function = names.function
        let parameters = objective.parameters.map { names[$0] }
        let columns = data?.columns.map { names[$0] } ?? []
        let body = PyTorchExpression.code(objective.body, names: names)
        let arguments =
            parameters.indices.map { "theta[\($0)]" } + columns.map { "\($0)[rows]" }
        return """
            def \(function)(\((parameters + columns).joined(separator: ", "))):
                return \(body)


            def loss_at(theta, rows=slice(None)):
                return \(function)(\(arguments.joined(separator: ", ")))


            """
    }

    /// `def stop(…)`: the block's rule with its text as the docstring; never true without one.
    private static func stopFunction(_ experiment: CompiledExperiment) -> String {
        guard let rule = experiment.runs.first?.configuration.stoppingRule, let text = experiment.spec.stop?.value
        else {
            return """
                def stop(theta, step, grad, loss, previous_loss):
                    return False  # the block has no stop: rule, so the whole budget runs


                """
        }
        return """
            def stop(theta, step, grad, loss, previous_loss):
                # stop: \(text)
                return \(PyTorchStoppingRule.condition(rule))


            """
    }

    /// One entry of `runs`: label, start, budget, batch size, optimizer and rule makers.
    private static func runEntry(_ run: PlannedRun, rule: PyTorchRateRule?) throws(PyTorchUnsupported) -> String {
        let configuration = run.configuration
        let optimizer = try PyTorchOptimizer.constructor(
            configuration.optimizer, learningRate: configuration.effectiveLearningRate)
        let batch: String
        switch configuration.batchSize {
        case .all: batch = "None"
        case .rows(let k): batch = String(k)
        }
        return """
                dict(
                    label=\(PyTorchLiteral.string(run.label)), start=\(PyTorchLiteral.floats(configuration.start)), steps=\(configuration.maxSteps), batch=\(batch),
                    optimizer=lambda params: \(optimizer),
                    rule=\(rule.map { "lambda optimizer: " + $0.maker } ?? "None"),
                ),

            """
    }

    /// The schedule call a run uses, as the block or its optimizer call wrote it; nil for the
    /// default constant rate.
    static func scheduleCall(_ run: PlannedRun, _ spec: ExperimentSpec) -> OptimizerCall? {
        let calls =
            spec.schedules.map(\.value) + spec.optimizers.flatMap { $0.value.runSettings.schedules.map(\.value) }
        return calls.first { $0.text == run.facets.schedule }
    }
}

extension String {
    /// The text without the newlines it ends with.
    fileprivate func trimmingTrailingNewlines() -> String {
        var text = Substring(self)
        while text.last == "\n" { text = text.dropLast() }
        return String(text)
    }
}
