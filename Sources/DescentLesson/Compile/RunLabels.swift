import DescentText

/// Names the runs of a sweep by what varies between them: `η = 0.3` in a learning-rate sweep
/// (the symbol the prose uses), `Momentum 0.5` in an optimizer comparison (`CallLabel`),
/// `Adam with η = 0.1` when both vary, `Adam with Cosine (T_max 20) and η = 0.1` when three do
/// — no comma outside parentheses, since captions list labels with commas.
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
                varying.isEmpty ? CallLabel.display(run.facets.optimizer) : joined(varying.map { $0(run.facets) })
            return labelled
        }
    }

    /// `a`, `a with b`, `a with b and c`, `a with b, c and d`.
    private static func joined(_ parts: [String]) -> String {
        guard let first = parts.first, parts.count > 1 else { return parts.first ?? "" }
        let rest = parts.dropFirst()
        let tail =
            rest.count == 1 ? rest[rest.startIndex] : rest.dropLast().joined(separator: ", ") + " and " + rest.last!
        return "\(first) with \(tail)"
    }
}
