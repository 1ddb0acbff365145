import DescentEngine
import DescentText

extension TraceExport {
    /// A plain-text table per run, columns right-aligned, runs separated by a blank line.
    ///
    /// Each run is read twice — once for the column widths, once to print — so no run's rows
    /// are held as text.
    func writeTable(_ sampling: RowSampling, to output: inout some TextOutputStream) {
        var first = true
        for result in results {
            let header = ["i"] + result.parameters + ["loss"] + result.parameters.map { "grad \($0)" } + ["lr"]
            for (run, outcome) in result.pairs {
                if !first { output.write("\n\n") }
                first = false
                output.write("\(result.id) · \(run.label) · \(outcome.outcome.sentence)\n")
                func rows(_ body: ([String]) -> Void) {
                    body(header)
                    guard let trace = outcome.trace else { return }
                    for index in sampling.indices(count: trace.count) { body(Self.cells(trace[index])) }
                }
                var widths = header.map(\.count)
                rows { cells in
                    for (column, cell) in cells.enumerated() { widths[column] = Swift.max(widths[column], cell.count) }
                }
                var firstRow = true
                rows { cells in
                    var line = firstRow ? "" : "\n"
                    firstRow = false
                    for (column, cell) in cells.enumerated() {
                        if column > 0 { line += "  " }
                        line += String(repeating: " ", count: widths[column] - cell.count) + cell
                    }
                    output.write(line)
                }
            }
        }
        output.write("\n")
    }

    private static func cells(_ entry: TraceEntry) -> [String] {
        [String(entry.iteration)] + entry.parameters.map { NumberText.significant($0) }
            + [NumberText.significant(entry.loss)] + entry.gradient.map { NumberText.significant($0) }
            + [NumberText.significant(entry.learningRate)]
    }
}
