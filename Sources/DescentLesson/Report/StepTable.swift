import DescentEngine
import DescentText

/// The step table of one run: iteration, θ, gradient, proposed θ, loss, and the rate when it
/// changes during the run. Long runs show their first and last rows around a marked gap.
struct StepTable {
    let parameters: [String]
    let trace: Trace
    /// Most rows shown before the middle is elided.
    let rowLimit: Int
    /// The table's accessible name (`MarkdownTable.label`).
    let label: String

    /// Rows shown at the end of an elided table.
    static let tailRows = 3

    var markdown: String {
        var table = MarkdownTable(columns, label: label)
        let rows = shownRows
        let digits = ColumnDigits(rows.map { trace[$0] }, showsRate: showsRate)
        for (position, index) in rows.enumerated() {
            if position > 0, index != rows[position - 1] + 1 {
                let hidden = index - rows[position - 1] - 1
                table.append(
                    ["⋮"] + Array(repeating: "", count: columns.count - 2)
                        + ["\(hidden) row\(hidden == 1 ? "" : "s") omitted"])
            }
            table.append(row(trace[index], digits: digits))
        }
        return table.markdown
    }

    private var showsRate: Bool { trace.rateVaries }

    private var columns: [(String, MarkdownTable.Alignment)] {
        var columns: [(String, MarkdownTable.Alignment)] = [("i", .right)]
        columns += parameters.map { ($0, .right) }
        columns += parameters.map { (gradientName($0), .right) }
        columns += parameters.map { ("next \($0)", .right) }
        columns.append(("loss", .right))
        if showsRate { columns.append(("lr", .right)) }
        return columns
    }

    private func gradientName(_ parameter: String) -> String {
        parameters.count == 1 ? "f′(\(parameter))" : "∂f/∂\(parameter)"
    }

    private func row(_ entry: TraceEntry, digits: ColumnDigits) -> [String] {
        var cells = [String(entry.iteration)]
        cells += zip(entry.parameters, digits.parameters).map { NumberText.faithful($0, digits: $1) }
        cells += zip(entry.gradient, digits.gradient).map { NumberText.faithful($0, digits: $1) }
        cells += zip(entry.proposal, digits.parameters).map {
            entry.accepted ? NumberText.faithful($0, digits: $1) : "rejected"
        }
        cells.append(NumberText.faithful(entry.loss, digits: digits.loss))
        if showsRate { cells.append(NumberText.faithful(entry.learningRate, digits: digits.rate)) }
        return cells
    }

    /// The digits of each column (`NumberText.tableDigits` over the rows shown); a parameter and
    /// its proposal share theirs, so a row's `next` reads exactly as the next row's value.
    private struct ColumnDigits {
        var parameters: [Int]
        var gradient: [Int]
        var loss: Int
        var rate: Int

        init(_ entries: [TraceEntry], showsRate: Bool) {
            let count = entries.first?.parameters.count ?? 0
            parameters = (0..<count).map { index in
                max(
                    NumberText.tableDigits(entries.map { $0.parameters[index] }),
                    NumberText.tableDigits(entries.filter(\.accepted).map { $0.proposal[index] }))
            }
            gradient = (0..<count).map { index in NumberText.tableDigits(entries.map { $0.gradient[index] }) }
            loss = NumberText.tableDigits(entries.map(\.loss))
            rate = showsRate ? NumberText.tableDigits(entries.map(\.learningRate)) : NumberText.digits
        }
    }

    /// Indices of the rows to show: all, or the head and the last `tailRows`.
    private var shownRows: [Int] {
        let count = trace.count
        guard count > rowLimit, rowLimit > Self.tailRows else { return Array(0..<count).filter(isHeld) }
        let head = rowLimit - Self.tailRows
        return (Array(0..<head) + Array((count - Self.tailRows)..<count)).filter(isHeld)
    }

    /// Whether the trace holds iteration `index` (always, unless it is sampled and the table
    /// asks for rows that `rows:` did not ask the sample to keep).
    private func isHeld(_ index: Int) -> Bool {
        trace.isComplete || trace.entry(atIteration: index) != nil
    }
}
