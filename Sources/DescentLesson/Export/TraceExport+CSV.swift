import DescentEngine

extension TraceExport {
    /// One row per printed iteration of every run: `experiment,run,iteration,θ…,loss,grad…,lr`,
    /// after a header row per experiment.
    func writeCSV(_ sampling: RowSampling, to output: inout some TextOutputStream) {
        var wroteLine = false
        for result in results {
            let header =
                ["experiment", "run", "iteration"] + result.parameters
                + ["loss"] + result.parameters.map { "grad_\($0)" } + ["lr"]
            output.write(header.joined(separator: ",") + "\n")
            wroteLine = true
            for (run, outcome) in result.pairs {
                guard let trace = outcome.trace else { continue }
                let prefix = result.id + "," + Self.csvField(run.label) + ","
                for index in sampling.indices(count: trace.count) {
                    let entry = trace[index]
                    var line = prefix + String(entry.iteration)
                    for value in entry.parameters { line += "," + JSONWriter.number(value) }
                    line += "," + JSONWriter.number(entry.loss)
                    for value in entry.gradient { line += "," + JSONWriter.number(value) }
                    line += "," + JSONWriter.number(entry.learningRate) + "\n"
                    output.write(line)
                }
            }
        }
        if !wroteLine { output.write("\n") }
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
