import DescentEngine

extension TraceExport {
    /// A plain-text table per run, columns aligned, for reading in a terminal.
    public var table: String {
        var blocks: [String] = []
        for result in results {
            for (run, outcome) in result.pairs {
                var rows = [["i"] + result.parameters + ["loss"] + result.parameters.map { "grad \($0)" } + ["lr"]]
                for entry in outcome.trace?.entries ?? [] {
                    rows.append(
                        [String(entry.iteration)] + entry.parameters.map { NumberText.significant($0) }
                            + [NumberText.significant(entry.loss)] + entry.gradient.map { NumberText.significant($0) }
                            + [NumberText.significant(entry.learningRate)])
                }
                let title = "\(result.id) · \(run.label) · \(outcome.outcome.sentence)"
                blocks.append(title + "\n" + Self.aligned(rows))
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private static func aligned(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { String(repeating: " ", count: widths[$0.offset] - $0.element.count) + $0.element }
                .joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
