import DescentText

/// Names the runs of a sweep by what varies between them: `η = 0.3` in a learning-rate sweep
/// (the symbol the prose uses), `Momentum 0.5` in an optimizer comparison (`CallLabel`),
/// `Adam with η = 0.1` when both vary, `Adam with Cosine (T_max 20) and η = 0.1` when three do
/// — no comma outside parentheses, since captions list labels with commas.
enum RunLabels {
    static func assign(_ runs: [PlannedRun]) -> [PlannedRun] {
        let rows = runs.map { settings($0.facets) + ["η = " + NumberText.plain($0.facets.learningRate)] }
        let labels = varyingPhrases(rows)
        return zip(runs, labels).map { run, label in
            var labelled = run
            labelled.label = label.isEmpty ? method(run.facets) : label
            return labelled
        }
    }

    /// The label of a run when nothing varies: its optimizer, and its schedule unless constant
    /// (`GD with Hypergradient (beta 0.01)`), so a lone run is never named `GD` alone while a
    /// rule sets its rate.
    static func method(_ facets: RunFacets) -> String {
        let optimizer = CallLabel.display(facets.optimizer)
        guard facets.schedule != "constant" else { return optimizer }
        return phrase([optimizer, CallLabel.display(facets.schedule)])
    }

    /// A run's settings other than its learning rate, as labels show them: optimizer and
    /// schedule through `CallLabel`, then start and batch.
    static func settings(_ facets: RunFacets) -> [String] {
        [
            CallLabel.display(facets.optimizer), CallLabel.display(facets.schedule), typesetStart(facets.start),
            "batch = " + (facets.batch.map(String.init) ?? "all"),
        ]
    }

    /// A start point as a label shows it, its values typeset (`x = −1, y = 1`; the facet keeps
    /// the plain `x = -1, y = 1` that selectors match against).
    static func typesetStart(_ start: String) -> String {
        start.split(separator: ",").map { part in
            let sides = part.split(separator: "=", maxSplits: 1).map { $0.trimmingWhitespace() }
            guard sides.count == 2, let value = SpecParser.number(sides[1]) else { return String(part) }
            return "\(sides[0]) = \(NumberText.typeset(value, digits: nil))"
        }.joined(separator: ", ")
    }

    /// For each row of settings, a phrase of the columns that differ between the rows (empty
    /// when none does).
    static func varyingPhrases(_ rows: [[String]]) -> [String] {
        let columns = rows.first?.indices ?? 0..<0
        let varying = columns.filter { column in Set(rows.map { $0[column] }).count > 1 }
        return rows.map { row in phrase(varying.map { row[$0] }) }
    }

    /// `a`, `a with b`, `a with b and c`, `a with b, c and d`.
    private static func phrase(_ parts: [String]) -> String {
        guard let first = parts.first, parts.count > 1 else { return parts.first ?? "" }
        let rest = parts.dropFirst()
        let tail =
            rest.count == 1 ? rest[rest.startIndex] : rest.dropLast().joined(separator: ", ") + " and " + rest.last!
        return "\(first) with \(tail)"
    }
}
