import DescentEngine
import DescentText

extension TraceExport {
    /// A plain-text table per run, columns right-aligned, runs separated by a blank line.
    ///
    /// Each run runs twice — once for the column widths and its outcome (the title line), once to
    /// print — so no run's rows are held as text (runs are deterministic: both passes compute the
    /// same rows).
    func writeTable(_ sampling: RowSampling, to output: inout ByteText) throws(RunError) {
        var first = true
        for experiment in experiments {
            let parameters = experiment.parameters
            let header = ["i"] + parameters + ["loss"] + parameters.map { "grad \($0)" } + ["lr"]
            for run in experiment.runs {
                if !first { output.write("\n\n") }
                first = false
                var widths = header.map(\.count)
                let result = try sampling.stream(run.configuration) { row in
                    for (column, cell) in Self.cells(row).enumerated() {
                        widths[column] = Swift.max(widths[column], cell.count)
                    }
                }
                output.write("\(experiment.spec.id) · \(run.label) · \(result.outcome.sentence)\n")
                Self.writeLine(header, widths: widths, to: &output)
                _ = try sampling.stream(run.configuration) { row in
                    output.write("\n")
                    Self.writeLine(Self.cells(row), widths: widths, to: &output)
                }
            }
        }
        output.write("\n")
    }

    private static func writeLine(_ cells: [String], widths: [Int], to output: inout ByteText) {
        var line = ""
        for (column, cell) in cells.enumerated() {
            if column > 0 { line += "  " }
            line += String(repeating: " ", count: widths[column] - cell.count) + cell
        }
        output.write(line)
    }

    private static func cells(_ row: ExportRow) -> [String] {
        [String(row.iteration)] + row.parameters.map { NumberText.significant($0) }
            + [NumberText.significant(row.loss)] + row.gradient.map { NumberText.significant($0) }
            + [NumberText.significant(row.learningRate)]
    }
}
