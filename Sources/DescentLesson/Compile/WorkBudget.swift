import DescentEngine

/// How much work a build may do, counted in steps: runs × steps per run, the most an
/// experiment can take whatever its stopping rule does.
///
/// An experiment may plan ``defaultExperimentSteps`` steps, or what its `budget:` line says
/// up to ``maximumExperimentSteps``; a whole build (every experiment of every lesson) may
/// plan ``courseSteps``. At tens of nanoseconds a step on one core, 10⁸ steps is a few seconds
/// and 10⁹ well under a minute on all cores, while the largest sweep of the bundled course
/// plans 3 × 10⁴ (docs/lesson-format.md, "budget").
public enum WorkBudget {
    /// Steps an experiment may plan without a `budget:` line.
    public static let defaultExperimentSteps = 100_000_000
    /// The most a `budget:` line may allow.
    public static let maximumExperimentSteps = 1_000_000_000
    /// Steps every experiment of one build may plan together.
    public static let courseSteps = 1_000_000_000
    /// The most runs one experiment may hold (every batch size together).
    public static var maximumRuns: Int { Sweep<SweepPosition>.maximumRuns }

    /// `1,000,000` — digits grouped by threes, as every count in an error is written.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var text = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return (value < 0 ? "-" : "") + text
    }

    /// `10⁸` for a power of ten from 10⁴ on, otherwise `grouped(_:)`: budgets read at a glance.
    public static func amount(_ value: Int) -> String {
        guard value >= 10_000 else { return grouped(value) }
        var rest = value
        var exponent = 0
        while rest % 10 == 0 {
            rest /= 10
            exponent += 1
        }
        guard rest == 1 else { return grouped(value) }
        let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return "10" + String(String(exponent).map { superscripts[Int(String($0))!] })
    }

    /// `count unit` or `count units`, the count grouped.
    static func counted(_ count: Int, _ unit: String) -> String {
        "\(grouped(count)) \(unit)\(count == 1 ? "" : "s")"
    }

    /// runs × steps without overflow (both are capped far below `Int.max`'s square root, but
    /// the product is only taken after the caps are checked).
    static func product(_ runs: Int, _ steps: Int) -> Int {
        let (value, overflow) = runs.multipliedReportingOverflow(by: steps)
        return overflow ? Int.max : value
    }
}
