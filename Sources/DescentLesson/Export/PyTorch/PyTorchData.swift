import DescentEngine

/// The data columns an objective reads, written into the script as float64 tensors, one per
/// column, with the block's `data:` line above them, and what the loop needs to know of them.
struct PyTorchData {
    /// The Python names of the columns the objective reads, in the data set's order.
    let columns: [String]
    /// `# data: …` and `x = torch.tensor([…])` for each column.
    let definitions: String
    /// The number of rows.
    let rowCount: Int
    /// Whether some run takes mini-batches (fewer rows than all per update).
    let isBatched: Bool
    /// The seed of the batches' shuffle (the block's `seed:`).
    let seed: UInt64

    /// The data of `experiment`; nil when its objective reads none.
    init?(_ experiment: CompiledExperiment, names: PyTorchNames) throws(PyTorchUnsupported) {
        guard let dataset = experiment.objective.dataset else { return nil }
        guard dataset.rowCount <= PyTorchScript.maximumInlineRows else {
            throw PyTorchUnsupported(
                "its data has \(WorkBudget.grouped(dataset.rowCount)) rows and a script holds at most \(PyTorchScript.maximumInlineRows) inline"
            )
        }
        let read = experiment.objective.objective.columns
        let used = dataset.columns.filter(read.contains)
        columns = used.map { names[$0] }
        rowCount = dataset.rowCount
        isBatched = experiment.runs.contains { run in
            if case .rows(let k) = run.configuration.batchSize { return k < dataset.rowCount }
            return false
        }
        seed = experiment.runs.first?.configuration.seed ?? 0
        var text = "# data: \(experiment.spec.data?.value ?? "")\n"
        for name in used {
            text += "\(names[name]) = torch.tensor(" + Self.wrapped(dataset.column(name) ?? []) + ")\n"
        }
        definitions = text + "\n\n"
    }

    /// `[a, b, …]` over lines of at most about 88 characters.
    private static func wrapped(_ values: [Double]) -> String {
        var lines: [String] = []
        var line = ""
        for value in values {
            let item = PyTorchLiteral.float(value) + ","
            if !line.isEmpty, line.count + item.count + 1 > 84 {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + item
        }
        if !line.isEmpty { lines.append(line) }
        return "[\n" + lines.map { "    " + $0 + "\n" }.joined() + "]"
    }
}
