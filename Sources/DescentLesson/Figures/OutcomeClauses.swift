import DescentEngine
import DescentText

/// Clauses about how the runs ended, most important first: `lr = 1.1 diverges at iteration 3`,
/// `lr = 0.1 converges at iteration 40 and lr = 0.3 at iteration 12`,
/// `lr = 0.01 does not converge in 30 steps`.
///
/// Long lists are summarised (`5 runs diverge, the first at iteration 1`) so captions stay short.
struct OutcomeClauses {
    /// Runs listed by name before a list is summarised.
    static let listLimit = 4

    let series: [RunSeries]
    /// The block's `epochs:` budget, when it has one: runs that used it all are said not to
    /// converge in epochs (`in 20 epochs (1,000 steps)`), the unit the figure's axis counts.
    var epochs: Int? = nil

    /// The clauses, in the order diverged, growing, converged, not converged.
    var clauses: [String] {
        [diverged, growing, converged, exhausted].compactMap { $0 }
    }

    /// The clauses as sentences: `lr = 1.1 diverges at iteration 3. …`.
    var sentences: String {
        clauses.map { Self.sentence($0, labels: series.count > 1 ? series.map(\.label) : []) }.joined(separator: " ")
    }

    /// `clause` as a sentence, closed with a full stop and never starting with a lowercase
    /// identifier: capitalised, unless it starts with one of the run `labels`, whose spelling is
    /// kept (`η = 0.3 converges…`, `Adam converges…`) — or, when such a label starts with a
    /// lowercase letter (`w = -3`, `batch = 1`), reworded: `The run with w = -3 converges…`.
    static func sentence(_ clause: String, labels: [String]) -> String {
        guard labels.contains(where: { clause.hasPrefix($0) }) else {
            return clause.prefix(1).uppercased() + clause.dropFirst() + "."
        }
        guard let first = clause.unicodeScalars.first, first.isASCII, first.properties.isLowercase else {
            return clause + "."
        }
        return "The run with " + clause + "."
    }

    private func name(_ run: RunSeries) -> String {
        series.count == 1 ? "the run" : run.label
    }

    private var diverged: String? {
        let runs = series.filter(\.diverged)
        return list(runs, singular: "diverges", plural: "diverge", summary: "the first") { $0.result.outcome.iteration }
    }

    private var converged: String? {
        let runs = series.filter(\.result.converged)
        return list(runs, singular: "converges", plural: "converge", summary: "the fastest") {
            $0.result.outcome.iteration
        }
    }

    private var exhausted: String? {
        let runs = series.filter { !$0.diverging && !$0.result.converged }
        guard let first = runs.first else { return nil }
        let budgets = Set(runs.map(\.result.outcome.iteration))
        let steps = budgets.count == 1 ? first.result.outcome.iteration : nil
        let within =
            epochs.map { "in " + ExperimentResult.budget(epochs: $0, steps: steps) }
            ?? steps.map { "in \(Self.steps($0))" } ?? "within their step budgets"
        if runs.count == 1 { return "\(name(first)) does not converge \(within)" }
        if runs.count == series.count {
            return series.count == 1 ? "the run does not converge \(within)" : "no run converges \(within)"
        }
        if runs.count > Self.listLimit { return "\(runs.count) runs do not converge \(within)" }
        return "\(Self.joined(runs.map(\.label))) do not converge \(within)"
    }

    /// `lr = 1.1 is diverging: its loss grows from 9 to 6.3e5 in 30 steps`.
    private var growing: String? {
        let runs = series.filter(\.growing)
        guard let first = runs.first else { return nil }
        if runs.count > Self.listLimit {
            return "\(runs.count) runs are diverging: their loss grows without converging"
        }
        let parts = runs.map { run -> String in
            let from = NumberText.typeset(run.result.firstLoss, digits: 3)
            let to = NumberText.typeset(run.reachedLoss, digits: 3)
            let lead = run.index == first.index ? "\(name(run)) is diverging: its loss grows" : "\(run.label)'s"
            return "\(lead) from \(from) to \(to) in \(Self.steps(run.result.outcome.iteration))"
        }
        return Self.joined(parts)
    }

    /// `A diverges at iteration 3 and B at iteration 5`, or a summary for long lists.
    private func list(
        _ runs: [RunSeries], singular: String, plural: String, summary: String,
        iteration: (RunSeries) -> Int
    ) -> String? {
        guard let first = runs.first else { return nil }
        if runs.count > Self.listLimit || (runs.count > 1 && runs.count == series.count && series.count > 2) {
            let extreme = runs.min { iteration($0) < iteration($1) } ?? first
            let count = runs.count == series.count ? "all \(runs.count) runs" : "\(runs.count) runs"
            return "\(count) \(plural), \(summary) (\(extreme.label)) at iteration \(iteration(extreme))"
        }
        let rest = runs.dropFirst().map { "\($0.label) at iteration \(iteration($0))" }
        return Self.joined(["\(name(first)) \(singular) at iteration \(iteration(first))"] + rest)
    }

    /// `a`, `a and b`, `a, b and c`.
    static func joined(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }

    /// `1 step`, `30 steps`.
    static func steps(_ count: Int) -> String {
        "\(count) step\(count == 1 ? "" : "s")"
    }
}
