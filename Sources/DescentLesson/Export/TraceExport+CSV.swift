import DescentEngine

extension TraceExport {
    /// One header row for the whole lesson, then the rows of every run of every experiment:
    /// `experiment,run,batch,row,iteration,epoch,θ…,loss,grad_θ…,lr`, with the parameter
    /// columns of every experiment (in order of first appearance; a cell is empty where an
    /// experiment has no such parameter). `row` says what a row is:
    ///
    /// - `step`: iteration i's θᵢ, f(θᵢ), ∇f(θᵢ) and the rate used (for a mini-batch run, the
    ///   loss and gradient of that iteration's batch);
    /// - `final`: the state the run ended in — θ after its last update and its loss;
    /// - `epoch`: for a mini-batch run, the loss on all the data after each epoch (epoch 0:
    ///   at the start), which the loss figure draws.
    ///
    /// `batch` is the batch size, `all` for full-batch runs on data, empty without data.
    func writeCSV(_ sampling: RowSampling, to output: inout ByteText) throws(RunError) {
        guard !experiments.isEmpty else { return output.write("\n") }
        var names: [String] = []
        for name in experiments.flatMap(\.parameters) where !names.contains(name) { names.append(name) }
        let header =
            ["experiment", "run", "batch", "row", "iteration", "epoch"] + names + ["loss"]
            + names.map { "grad_\($0)" } + ["lr"]
        output.write(header.joined(separator: ",") + "\n")
        for experiment in experiments {
            let columns = names.map { experiment.parameters.firstIndex(of: $0) }
            for run in experiment.runs {
                let batch = experiment.spec.data == nil ? "" : run.facets.batch.map(String.init) ?? "all"
                let prefix = experiment.spec.id + "," + Self.csvField(run.label) + "," + batch + ","
                let result = try sampling.stream(run.configuration) { row in
                    Self.writeStep(row, prefix: Array(prefix.utf8), columns: columns, to: &output)
                }
                Self.writeFinal(result, prefix: prefix, columns: columns, to: &output)
                for (epoch, loss) in result.epochLosses.enumerated() {
                    output.write(prefix + "epoch,," + String(epoch) + String(repeating: ",", count: names.count + 1))
                    output.number(loss)
                    output.write(String(repeating: ",", count: names.count + 1) + "\n")
                }
            }
        }
    }

    private static func writeStep(_ row: ExportRow, prefix: [UInt8], columns: [Int?], to output: inout ByteText) {
        output.bytes(prefix)
        output.literal("step,")
        output.integer(row.iteration)
        output.byte(UInt8(ascii: ","))
        for column in columns {
            output.byte(UInt8(ascii: ","))
            if let column { output.number(row.parameters[column]) }
        }
        output.byte(UInt8(ascii: ","))
        output.number(row.loss)
        for column in columns {
            output.byte(UInt8(ascii: ","))
            if let column { output.number(row.gradient[column]) }
        }
        output.byte(UInt8(ascii: ","))
        output.repeatedNumber(row.learningRate)
        output.byte(UInt8(ascii: "\n"))
        output.flushWhenFull()
    }

    private static func writeFinal(_ result: RunResult, prefix: String, columns: [Int?], to output: inout ByteText) {
        output.write(prefix + "final,,")
        for column in columns {
            output.byte(UInt8(ascii: ","))
            if let column { output.number(result.finalParameters[column]) }
        }
        output.byte(UInt8(ascii: ","))
        output.number(result.finalLoss)
        output.write(String(repeating: ",", count: columns.count + 1) + "\n")
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }
}
