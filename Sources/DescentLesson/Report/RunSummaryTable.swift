import DescentEngine
import DescentText

/// One row per run: outcome, iterations, final parameters and loss.
struct RunSummaryTable {
    let result: ExperimentResult
    /// Most rows shown before the table is elided (`rows:`).
    var rowLimit: Int = ExperimentReport.defaultRows

    var markdown: String {
        var table = MarkdownTable(
            [("run", .left), ("outcome", .left)]
                + result.parameters.map { ("final \($0)", .right) } + [("final loss", .right)],
            label: "Final values of each run of \(result.id)")
        let pairs = result.pairs
        let rows = RunRows(count: pairs.count, limit: rowLimit, keeping: result.bestIndex)
        let shown = rows.shown.map { pairs[$0].result }
        let parameterDigits = result.parameters.indices.map { index in
            NumberText.tableDigits(shown.map { $0.finalParameters[index] })
        }
        let lossDigits = NumberText.tableDigits(shown.map(\.finalLoss))
        rows.fill(&table) { index in
            let (run, outcome) = pairs[index]
            return [run.label, result.sentence(outcome.outcome)]
                + zip(outcome.finalParameters, parameterDigits).map { NumberText.faithful($0, digits: $1) }
                + [NumberText.faithful(outcome.finalLoss, digits: lossDigits)]
        }
        return table.markdown + (rows.note(id: result.id).map { "\n" + $0 } ?? "")
    }
}

/// For sweeps: iterations to converge per setting, the best setting marked, and — when the
/// closed form applies and `theory` is shown — the predicted count beside each measurement.
struct ConvergenceTable {
    let result: ExperimentResult
    let showsTheory: Bool
    /// Most rows shown before the table is elided (`rows:`).
    var rowLimit: Int = ExperimentReport.defaultRows

    var markdown: String {
        let theory = showsTheory ? TheoryColumn(result) : nil
        var columns: [(String, MarkdownTable.Alignment)] = [
            ("setting", .left), ("outcome", .left), ("iterations", .right),
        ]
        if let theory { columns += theory.headers }
        columns.append(("final loss", .right))
        var table = MarkdownTable(columns, label: "Iterations to converge for each setting of \(result.id)")
        let best = result.best?.run.label
        let pairs = result.pairs
        let rows = RunRows(count: pairs.count, limit: rowLimit, keeping: result.bestIndex)
        let lossDigits = NumberText.tableDigits(rows.shown.map { pairs[$0].result.finalLoss })
        var footnotes = TheoryFootnotes()
        rows.fill(&table) { index in
            let (run, outcome) = pairs[index]
            let mark = run.label == best ? " ★" : ""
            var row = [
                run.label + mark, outcome.outcome.word,
                String(outcome.outcome.iteration),
            ]
            if let theory { row += theory.cells(run, footnotes: &footnotes) }
            row.append(NumberText.faithful(outcome.finalLoss, digits: lossDigits))
            return row
        }
        var text = table.markdown
        if !footnotes.notes.isEmpty { text += "\n" + footnotes.markdown }
        if let best = result.best {
            text += "\n★ fastest to converge: \(best.run.label) (\(result.sentence(best.result.outcome))).\n"
        } else {
            text += "\nNo setting converged.\n"
        }
        return text + (rows.note(id: result.id).map { "\n" + $0 } ?? "")
    }
}
