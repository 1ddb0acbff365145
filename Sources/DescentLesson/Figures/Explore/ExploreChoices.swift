import DescentText

/// The controls of an explorable figure and each run's place on them.
///
/// Every setting that varies across the runs (optimizer, schedule, start, batch size,
/// learning rate, in the order run labels name them) is one control whose choices are its
/// values in the order the runs first use them — as long as the runs are every combination of
/// those values once (a grid, such as η × momentum), so that checking one choice per control
/// picks exactly one run. Runs that are not such a grid get one control, `run`, whose choices
/// are the run labels.
struct ExploreChoices: Equatable {
    /// One control: what it sets and its choices, as the page labels them.
    struct Control: Equatable {
        let name: String
        let choices: [String]
    }

    let controls: [Control]
    /// For each run, in run order, the index of its choice on each control.
    let picks: [[Int]]

    /// The controls of `runs`.
    init(_ runs: [PlannedRun]) {
        let rows = runs.map(Self.settings)
        let names = ["optimizer", "schedule", "start", "batch size", "learning rate η"]
        let varying = names.indices.filter { column in Set(rows.map { $0[column] }).count > 1 }
        let values = varying.map { column in Self.firstSeen(rows.map { $0[column] }) }
        let picks = rows.map { row in
            zip(varying, values).map { column, choices in choices.firstIndex(of: row[column])! }
        }
        let combinations = values.reduce(1) { $0 * $1.count }
        if !varying.isEmpty, combinations == runs.count, Set(picks).count == runs.count {
            controls = zip(varying, values).map { Self.factored(Control(name: names[$0], choices: $1)) }
            self.picks = picks
        } else {
            controls = [Control(name: "run", choices: runs.map(\.label))]
            self.picks = runs.indices.map { [$0] }
        }
    }

    /// The run's settings as its controls' choices name them: the labels' own phrases
    /// (`RunLabels.settings`), with `batch = ` and `η = ` left to the control's name.
    private static func settings(_ run: PlannedRun) -> [String] {
        let facets = run.facets
        return [
            CallLabel.display(facets.optimizer), CallLabel.display(facets.schedule),
            RunLabels.typesetStart(facets.start), facets.batch.map(String.init) ?? "all",
            NumberText.plain(facets.learningRate),
        ]
    }

    /// A control whose choices all read `NAME VALUE` with one name (`Momentum 0`, `Momentum 0.5`)
    /// named by it instead (`momentum`: `0`, `0.5`), so each stop shows only what changes.
    /// Anything else (`Adam`, `Nesterov (momentum 0.5)`) is kept.
    static func factored(_ control: Control) -> Control {
        let parts = control.choices.map { choice -> (String, String)? in
            guard !choice.contains("("), let space = choice.lastIndex(of: " ") else { return nil }
            return (String(choice[..<space]), String(choice[choice.index(after: space)...]))
        }
        let heads = Set(parts.map { $0?.0 })
        guard heads.count == 1, let head = heads.first ?? nil, !head.contains("=") else { return control }
        return Control(name: head.lowercased(), choices: parts.compactMap { $0?.1 })
    }

    private static func firstSeen(_ values: [String]) -> [String] {
        var seen: [String] = []
        for value in values where !seen.contains(value) { seen.append(value) }
        return seen
    }

    /// `learning rate η (0.1, 0.5 or 1)`: each control with its choices, for a caption.
    var phrase: String {
        OutcomeClauses.joined(
            controls.map { control in
                let choices = control.choices
                let listed =
                    choices.count > 1
                    ? choices.dropLast().joined(separator: ", ") + " or " + choices[choices.count - 1]
                    : choices.joined()
                return "the \(control.name) (\(listed))"
            })
    }
}
