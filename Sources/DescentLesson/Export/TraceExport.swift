import DescentEngine

/// Every run's full trajectory, for `descent run`, as JSON, CSV or a plain-text table.
///
/// Entry i of a trace is the state before the i-th update: θᵢ, f(θᵢ), ∇f(θᵢ) and the rate used.
public struct TraceExport: Sendable {
    public let lesson: String
    public let results: [ExperimentResult]

    public init(lesson: String, results: [ExperimentResult]) {
        self.lesson = lesson
        self.results = results
    }

    /// `{"lesson", "experiments": [{"id", "parameters", "runs": [...]}]}`, numbers in shortest
    /// round-trip form, one line.
    public var json: String {
        JSONWriter.object([
            ("lesson", JSONWriter.string(lesson)),
            ("experiments", JSONWriter.array(results.map(experimentJSON))),
        ]) + "\n"
    }

    private func experimentJSON(_ result: ExperimentResult) -> String {
        JSONWriter.object([
            ("id", JSONWriter.string(result.id)),
            ("parameters", JSONWriter.array(result.parameters.map(JSONWriter.string))),
            ("runs", JSONWriter.array(result.pairs.map(runJSON))),
        ])
    }

    private func runJSON(_ pair: (run: PlannedRun, result: RunResult)) -> String {
        let optimizer = pair.run.configuration.optimizer
        let trace = pair.result.trace.map { $0.entries.map(entryJSON) } ?? []
        return JSONWriter.object([
            ("label", JSONWriter.string(pair.run.label)),
            ("optimizer", JSONWriter.string(pair.run.facets.optimizerName)),
            (
                "hyperparameters",
                JSONWriter.object(optimizer.hyperparameters.map { ($0.name, JSONWriter.loose($0.value)) })
            ),
            ("lr", JSONWriter.number(pair.run.facets.learningRate)),
            ("schedule", JSONWriter.string(pair.run.facets.schedule)),
            ("trace", JSONWriter.array(trace)),
            (
                "final",
                JSONWriter.object([
                    ("params", JSONWriter.numbers(pair.result.finalParameters)),
                    ("loss", JSONWriter.number(pair.result.finalLoss)),
                ])
            ),
            (
                "outcome",
                JSONWriter.object([
                    ("status", JSONWriter.string(pair.result.outcome.status)),
                    ("iteration", String(pair.result.outcome.iteration)),
                ])
            ),
        ])
    }

    private func entryJSON(_ entry: TraceEntry) -> String {
        JSONWriter.object([
            ("iteration", String(entry.iteration)),
            ("params", JSONWriter.numbers(entry.parameters)),
            ("loss", JSONWriter.number(entry.loss)),
            ("grad", JSONWriter.numbers(entry.gradient)),
            ("lr", JSONWriter.number(entry.learningRate)),
        ])
    }

    /// One row per iteration of every run: `experiment,run,iteration,θ…,loss,grad…,lr`.
    public var csv: String {
        var lines: [String] = []
        for result in results {
            let header =
                ["experiment", "run", "iteration"] + result.parameters
                + ["loss"] + result.parameters.map { "grad_\($0)" } + ["lr"]
            if lines.isEmpty || results.count > 1 { lines.append(header.joined(separator: ",")) }
            for (run, outcome) in result.pairs {
                for entry in outcome.trace?.entries ?? [] {
                    let cells =
                        [result.id, Self.csvField(run.label), String(entry.iteration)]
                        + entry.parameters.map(JSONWriter.number) + [JSONWriter.number(entry.loss)]
                        + entry.gradient.map(JSONWriter.number) + [JSONWriter.number(entry.learningRate)]
                    lines.append(cells.joined(separator: ","))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
