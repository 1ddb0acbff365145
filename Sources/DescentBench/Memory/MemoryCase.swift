import DescentText

/// One command whose peak memory `descent bench --memory` measures — the build of a one-lesson
/// course, or `descent run` on that lesson — and the most it may take.
public struct MemoryCase: Sendable {
    /// What the child process does with the lesson.
    public enum Command: Sendable, Equatable {
        /// `descent check`: the whole build, in memory.
        case check
        /// `descent run LESSON --format json`, its output to /dev/null.
        case runJSON
    }

    /// What is built, e.g. `4,000 runs × 20,000 steps, convergence + plot sweep`.
    public var name: String
    /// The lesson's text.
    public var lesson: String
    /// The target for the build's peak resident memory, in MB; nil for the baseline.
    public var targetMB: Int?
    /// What runs: a build by default.
    public var command: Command = .check
    /// The steps the lesson runs, when its time per step is worth printing.
    public var steps: Int?

    /// The cases, the baseline first: a trivial course, then the inputs issue #11 names, each at
    /// or near the work budget (10⁸ steps per experiment), and issue #12's: a 1,000-run sweep
    /// showing a loss figure, and `descent run` printing 3 × 10⁶ steps.
    public static let all: [MemoryCase] = [
        MemoryCase(
            name: "baseline: one 25-step run, table",
            lesson: lesson("f(w) = w^2\nstart: w = -3\nlr: 0.3\nsteps: 25\nshow: table\n"),
            targetMB: nil),
        MemoryCase(
            name: "4,000 runs × 20,000 steps, convergence + plot sweep",
            lesson: lesson(
                "f(w) = w^2\nstart: w = -3\nlr: \(rates(4000, 0.0001))\nsteps: 20000\nshow: convergence, plot sweep\n"),
            targetMB: 300),
        MemoryCase(
            name: "4,000 runs × 20,000 steps, convergence + plot loss",
            lesson: lesson(
                "f(w) = w^2\nstart: w = -3\nlr: \(rates(4000, 0.0001))\nsteps: 20000\nshow: convergence, plot loss\n"),
            targetMB: 200),
        MemoryCase(
            name: "100 runs × 1,000,000 steps, 2-D, table + plot loss + plot path",
            lesson: lesson(
                "f(x, y) = x^2 + 3*y^2\nstart: x = 2, y = -1\nlr: \(rates(100, 0.001))\nsteps: 1000000\n"
                    + "show: table, plot loss, plot path\n"),
            targetMB: 200),
        MemoryCase(
            name: "1,000 runs × 10,000 steps, Adam Rosenbrock, convergence + plot sweep + plot loss",
            lesson: lesson(
                "f(x, y) = (1 - x)^2 + 100*(y - x^2)^2\nstart: x = -1.5, y = 2\noptimizer: adam\n"
                    + "lr: \(logRates(1000, from: 1e-4, to: 1e-1))\nsteps: 10000\nstop: |grad| < 1e-6\n"
                    + "show: convergence, plot sweep, plot loss\n"),
            targetMB: 60),
        MemoryCase(
            name: "descent run --format json: 3 runs × 1,000,000 steps of w²",
            lesson: lesson("f(w) = w^2\nstart: w = 1\nlr: 1e-7, 2e-7, 3e-7\nsteps: 1000000\nshow: summary\n"),
            targetMB: 40, command: .runJSON, steps: 3_000_000),
        MemoryCase(
            name: "10,000 runs × 10,000 steps, 2-D, table + summary",
            lesson: lesson(
                "f(x, y) = x^2 + 3*y^2\nstart: x = 2, y = -1\nlr: \(rates(10000, 0.00001))\nsteps: 10000\n"
                    + "show: table, summary\n"),
            targetMB: 200),
    ]

    /// A lesson with one experiment block whose lines are `body`.
    static func lesson(_ body: String) -> String {
        "# Memory\n\n```descent memory\n\(body)```\n"
    }

    /// `count` learning rates spaced evenly on a log scale from `low` to `high`, to 6 digits.
    static func logRates(_ count: Int, from low: Double, to high: Double) -> String {
        (0..<count).map { index in
            let rate = low * pow(high / low, Double(index) / Double(max(count - 1, 1)))
            return BenchText.significant(rate, 6)
        }.joined(separator: ", ")
    }

    /// `count` learning rates `step, 2·step, …`, as a block's `lr:` list.
    static func rates(_ count: Int, _ step: Double) -> String {
        (1...count).map { "\(Double($0) * step)" }.joined(separator: ", ")
    }
}
