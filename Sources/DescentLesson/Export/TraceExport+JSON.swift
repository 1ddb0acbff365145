import DescentEngine

extension TraceExport {
    /// `{"lesson", "experiments": [{"id", "parameters", "runs": [...]}]}`, one line.
    func writeJSON(_ sampling: RowSampling, to output: inout some TextOutputStream) {
        output.write("{" + JSONWriter.string("lesson") + ":" + JSONWriter.string(lesson) + ",")
        output.write(JSONWriter.string("experiments") + ":[")
        for (index, result) in results.enumerated() {
            if index > 0 { output.write(",") }
            output.write("{" + JSONWriter.string("id") + ":" + JSONWriter.string(result.id) + ",")
            output.write(
                JSONWriter.string("parameters") + ":" + JSONWriter.array(result.parameters.map(JSONWriter.string)) + ","
            )
            output.write(JSONWriter.string("runs") + ":[")
            for (runIndex, pair) in result.pairs.enumerated() {
                if runIndex > 0 { output.write(",") }
                Self.writeRunJSON(pair, sampling: sampling, to: &output)
            }
            output.write("]}")
        }
        output.write("]}\n")
    }

    private static func writeRunJSON(
        _ pair: (run: PlannedRun, result: RunResult), sampling: RowSampling, to output: inout some TextOutputStream
    ) {
        let optimizer = pair.run.configuration.optimizer
        let opening = JSONWriter.object([
            ("label", JSONWriter.string(pair.run.label)),
            ("optimizer", JSONWriter.string(pair.run.facets.optimizerName)),
            (
                "hyperparameters",
                JSONWriter.object(optimizer.hyperparameters.map { ($0.name, JSONWriter.loose($0.value)) })
            ),
            ("lr", JSONWriter.number(pair.run.facets.learningRate)),
            ("schedule", JSONWriter.string(pair.run.facets.schedule)),
        ])
        output.write(String(opening.dropLast()) + "," + JSONWriter.string("trace") + ":[")
        if let trace = pair.result.trace {
            var first = true
            for index in sampling.indices(count: trace.count) {
                if !first { output.write(",") }
                first = false
                output.write(entryJSON(trace[index]))
            }
        }
        let closing = JSONWriter.object([
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
        output.write("]," + closing.dropFirst())
    }

    private static func entryJSON(_ entry: TraceEntry) -> String {
        JSONWriter.object([
            ("iteration", String(entry.iteration)),
            ("params", JSONWriter.numbers(entry.parameters)),
            ("loss", JSONWriter.number(entry.loss)),
            ("grad", JSONWriter.numbers(entry.gradient)),
            ("lr", JSONWriter.number(entry.learningRate)),
        ])
    }
}
