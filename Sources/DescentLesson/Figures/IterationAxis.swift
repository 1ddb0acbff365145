import DescentPlot

/// The x axis of a figure drawn against the iteration (or epoch): linear, unless the runs end
/// so far apart that most of them would be squeezed against the left edge.
///
/// The rule: with at least two runs, when at least half of them end before 15 % of the longest
/// run, the axis is symmetric-log (`Scale.symlog`, linear within about one iteration of 0,
/// logarithmic beyond, ticks at 0, 1, 10, 100, …), so a run of 10 steps and one of 5000 each
/// get a readable share of the width. Otherwise equal steps get equal widths.
enum IterationAxis {
    /// The share of the longest run before which a run counts as short.
    static let shortShare = 0.15

    /// Whether runs ending at `ends` (the x of each run's last point) crowd the left edge of a
    /// linear axis.
    static func crowds(_ ends: [Double]) -> Bool {
        guard ends.count >= 2, let longest = ends.max(), longest > 0 else { return false }
        let short = ends.filter { $0 < shortShare * longest }.count
        return 2 * short >= ends.count
    }

    /// The axis from 0 to `last` for runs ending at `ends`.
    static func scale(ends: [Double], last: Double) -> Scale {
        crowds(ends) ? .symlog(0...last) : .linear(0...last)
    }

    /// The caption's sentence for a stretched axis, nil for a linear one.
    static func note(ends: [Double], unit: String) -> String? {
        guard crowds(ends) else { return nil }
        return
            "The \(unit) axis is logarithmic beyond 1 (0, 1, 10, 100, …), so runs that end early are not squeezed against the left edge."
    }
}
