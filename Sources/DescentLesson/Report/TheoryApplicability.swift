import DescentEngine

/// Whether the quadratic closed form (``QuadraticTheory``) describes a run, and if not, why, in
/// words for a diagnostic: `show: theory` and `{{id.theory.…}}` on a block it does not describe
/// are errors that say so.
///
/// The closed form describes plain gradient descent (`gd`/`sgd` without momentum, weight decay
/// or `maximize`) at a constant rate on the full gradient of a quadratic in one parameter.
enum TheoryApplicability {
    /// Why the closed form does not describe `run` of `experiment`; nil when it does.
    static func obstacle(_ experiment: CompiledExperiment, _ run: PlannedRun) -> String? {
        objectiveObstacle(experiment) ?? runObstacle(run)
    }

    /// Why it describes no run of `experiment` (the first run's obstacle); nil when it
    /// describes at least one.
    static func obstacle(_ experiment: CompiledExperiment) -> String? {
        if let objective = objectiveObstacle(experiment) { return objective }
        let obstacles = experiment.runs.map(runObstacle)
        return obstacles.contains(where: { $0 == nil }) ? nil : obstacles.first ?? nil
    }

    /// Why the objective has no closed form: more than one parameter, or not a quadratic.
    static func objectiveObstacle(_ experiment: CompiledExperiment) -> String? {
        let objective = experiment.objective.objective
        let signature = FigureBuilder.signature(experiment)
        if objective.parameters.count != 1 {
            let count = FigureBuilder.number(objective.parameters.count)
            return "\(signature), which has \(count) parameters (the closed form is for one)"
        }
        if experiment.objective.dataset != nil {
            return "\(signature), which reads data (the closed form is for a quadratic without data)"
        }
        guard QuadraticTheory(objective) == nil else { return nil }
        return "\(signature) = \(objective.body.text), which is not a quadratic in \(objective.parameters[0])"
    }

    /// Why the run's method has no closed form: another optimizer or setting, a rate that changes,
    /// or mini-batches.
    static func runObstacle(_ run: PlannedRun) -> String? {
        let configuration = run.configuration
        guard let sgd = configuration.optimizer as? SGD else {
            return "\(run.facets.optimizer) (the closed form is for plain gradient descent, gd or sgd)"
        }
        let settings = [
            sgd.momentum != 0 ? "momentum" : nil, sgd.weightDecay != 0 ? "weight decay" : nil,
            sgd.maximize ? "maximize" : nil,
        ].compactMap { $0 }
        if let first = settings.first {
            return "\(run.facets.optimizer), which has \(first) (the closed form is for plain gradient descent)"
        }
        if !configuration.rateRule.isConstant {
            return "the rate rule \(run.facets.schedule) (the closed form is for a constant rate)"
        }
        if configuration.batchSize != .all {
            return "mini-batches (the closed form is for the full gradient)"
        }
        return nil
    }
}
