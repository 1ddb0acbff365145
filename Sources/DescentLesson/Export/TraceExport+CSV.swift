import DescentEngine

extension TraceExport {
    /// One row per printed iteration of every run: `experiment,run,iteration,θ…,loss,grad…,lr`,
    /// after a header row per experiment.
    func writeCSV(_ sampling: RowSampling, to output: inout ByteText) throws(RunError) {
        for experiment in experiments {
            let parameters = experiment.parameters
            let header =
                ["experiment", "run", "iteration"] + parameters + ["loss"] + parameters.map { "grad_\($0)" } + ["lr"]
            output.write(header.joined(separator: ",") + "\n")
            for run in experiment.runs {
                let prefix = Array((experiment.spec.id + "," + Self.csvField(run.label) + ",").utf8)
                _ = try sampling.stream(run.configuration) { row in
                    output.bytes(prefix)
                    output.integer(row.iteration)
                    for value in row.parameters {
                        output.byte(UInt8(ascii: ","))
                        output.number(value)
                    }
                    output.byte(UInt8(ascii: ","))
                    output.number(row.loss)
                    for value in row.gradient {
                        output.byte(UInt8(ascii: ","))
                        output.number(value)
                    }
                    output.byte(UInt8(ascii: ","))
                    output.repeatedNumber(row.learningRate)
                    output.byte(UInt8(ascii: "\n"))
                    output.flushWhenFull()
                }
            }
        }
        if experiments.isEmpty { output.write("\n") }
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
