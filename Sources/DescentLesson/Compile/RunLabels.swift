import DescentText

/// Names the runs of a sweep by what varies between them: `lr = 0.3` in a learning-rate
/// sweep, `momentum(momentum=0.5)` in an optimizer comparison, `adam, lr = 0.1` when both vary.
enum RunLabels {
    static func assign(_ runs: [PlannedRun]) -> [PlannedRun] {
        let parts: [(RunFacets) -> String] = [
            { $0.optimizer },
            { $0.schedule },
            { $0.start },
            { "batch = " + ($0.batch.map(String.init) ?? "all") },
            { "lr = " + NumberText.plain($0.learningRate) },
        ]
        let varying = parts.filter { part in Set(runs.map { part($0.facets) }).count > 1 }
        return runs.map { run in
            var labelled = run
            labelled.label =
                varying.isEmpty ? run.facets.optimizer : varying.map { $0(run.facets) }.joined(separator: ", ")
            return labelled
        }
    }
}
