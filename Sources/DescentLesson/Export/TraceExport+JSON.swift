import DescentEngine

extension TraceExport {
    /// `{"lesson", "experiments": [{"id", "parameters", "runs": [...]}]}`, one line.
    func writeJSON(_ sampling: RowSampling, to output: inout ByteText) throws(RunError) {
        output.write("{" + JSONWriter.string("lesson") + ":" + JSONWriter.string(lesson) + ",")
        output.write(JSONWriter.string("experiments") + ":[")
        for (index, experiment) in experiments.enumerated() {
            if index > 0 { output.write(",") }
            output.write("{" + JSONWriter.string("id") + ":" + JSONWriter.string(experiment.spec.id) + ",")
            output.write(
                JSONWriter.string("parameters") + ":"
                    + JSONWriter.array(experiment.parameters.map(JSONWriter.string)) + ",")
            output.write(JSONWriter.string("runs") + ":[")
            for (runIndex, run) in experiment.runs.enumerated() {
                if runIndex > 0 { output.write(",") }
                try Self.writeRunJSON(run, sampling: sampling, to: &output)
            }
            output.write("]}")
        }
        output.write("]}\n")
    }

    private static func writeRunJSON(_ run: PlannedRun, sampling: RowSampling, to output: inout ByteText)
        throws(RunError)
    {
        let opening = JSONWriter.object([
            ("label", JSONWriter.string(run.label)),
            ("optimizer", JSONWriter.string(run.facets.optimizerName)),
            (
                "hyperparameters",
                JSONWriter.object(
                    run.configuration.reportedHyperparameters.map { ($0.name, JSONWriter.loose($0.value)) })
            ),
            ("lr", JSONWriter.number(run.facets.learningRate)),
            ("schedule", JSONWriter.string(run.facets.schedule)),
            ("batch", run.facets.batch.map { String($0) } ?? "null"),
        ])
        output.write(String(opening.dropLast()) + "," + JSONWriter.string("trace") + ":[")
        var first = true
        let result = try sampling.stream(run.configuration) { row in
            if !first { output.byte(UInt8(ascii: ",")) }
            first = false
            writeRow(row, to: &output)
        }
        let closing = JSONWriter.object([
            (
                "final",
                JSONWriter.object([
                    ("params", JSONWriter.numbers(result.finalParameters)),
                    ("loss", JSONWriter.number(result.finalLoss)),
                ])
            ),
            (
                "outcome",
                JSONWriter.object([
                    ("status", JSONWriter.string(result.outcome.status)),
                    ("iteration", String(result.outcome.iteration)),
                ])
            ),
            ("epoch_losses", JSONWriter.numbers(result.epochLosses)),
        ])
        output.write("]," + closing.dropFirst())
    }

    /// `{"iteration":i,"params":[…],"loss":…,"grad":[…],"lr":…}`, written byte by byte.
    private static func writeRow(_ row: ExportRow, to output: inout ByteText) {
        output.literal("{\"iteration\":")
        output.integer(row.iteration)
        output.literal(",\"params\":")
        output.numbers(row.parameters)
        output.literal(",\"loss\":")
        output.number(row.loss)
        output.literal(",\"grad\":")
        output.numbers(row.gradient)
        output.literal(",\"lr\":")
        output.repeatedNumber(row.learningRate)
        output.byte(UInt8(ascii: "}"))
        output.flushWhenFull()
    }
}
