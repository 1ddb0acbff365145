/// Names the runs of a sweep by what varies between them: `η = 0.3` in a learning-rate sweep
/// (the symbol the prose uses), `Momentum 0.5` in an optimizer comparison (`CallLabel`),
/// `Adam, η = 0.1` when both vary.
enum RunLabels {
    static func assign(_ runs: [PlannedRun]) -> [PlannedRun] {
        let parts: [(RunFacets) -> String] = [
            { CallLabel.display($0.optimizer) },
            { CallLabel.display($0.schedule) },
            { $0.start },
            { "batch = " + ($0.batch.map(String.init) ?? "all") },
            { "η = " + NumberText.plain($0.learningRate) },
        ]
        let varying = parts.filter { part in Set(runs.map { part($0.facets) }).count > 1 }
        return runs.map { run in
            var labelled = run
            labelled.label =
                varying.isEmpty
                ? CallLabel.display(run.facets.optimizer) : varying.map { $0(run.facets) }.joined(separator: ", ")
            return labelled
        }
    }
}
