/// Which runs a summary or convergence table shows: every run when they fit in `rows:`,
/// otherwise the first ones, the best, and the last ``tailRows``, with a marked gap for each
/// stretch left out — as a long step table shows its first and last iterations. The whole
/// sweep stays one `descent run` away, which the note under the table says.
struct RunRows {
    /// Rows shown at the end of an elided table.
    static let tailRows = 3

    /// Indices of the rows shown, increasing.
    let shown: [Int]
    /// How many rows there are.
    let count: Int

    /// The rows of a table of `count` runs limited to `limit` rows, always including `kept`
    /// (the best run) when there is one.
    init(count: Int, limit: Int, keeping kept: Int?) {
        self.count = count
        guard count > limit else {
            shown = Array(0..<count)
            return
        }
        let limit = max(limit, 1)
        let tail = min(Self.tailRows, limit - 1)
        var head = limit - tail
        let tailStart = count - tail
        if let kept, kept >= head, kept < tailStart { head -= 1 }
        var rows = Array(0..<head)
        if let kept, kept >= head, kept < tailStart { rows.append(kept) }
        shown = rows + Array(tailStart..<count)
    }

    /// Whether some rows are left out.
    var isElided: Bool { shown.count < count }

    /// Appends the shown rows of `table` (made by `row`), with a gap row before each stretch left
    /// out: `⋮` in the first cell and `N runs omitted` in the last.
    func fill(_ table: inout MarkdownTable, row: (Int) -> [String]) {
        var previous = -1
        for index in shown {
            if index > previous + 1 { table.append(gap(index - previous - 1, columns: table.header.count)) }
            table.append(row(index))
            previous = index
        }
        if previous < count - 1 { table.append(gap(count - 1 - previous, columns: table.header.count)) }
    }

    /// `Showing 12 of 4,000 runs; descent run … --id ID prints every one.`, or nil when none is left out.
    func note(id: String) -> String? {
        guard isElided else { return nil }
        return
            "Showing \(shown.count) of \(WorkBudget.grouped(count)) runs; `descent run LESSON --id \(id)` prints every one.\n"
    }

    private func gap(_ hidden: Int, columns: Int) -> [String] {
        ["⋮"] + Array(repeating: "", count: max(columns - 2, 0))
            + ["\(WorkBudget.grouped(hidden)) run\(hidden == 1 ? "" : "s") omitted"]
    }
}
