/// One course whose build's peak memory `descent bench --memory` measures: a one-lesson course,
/// and the most its build may take.
public struct MemoryCase: Sendable {
    /// What is built, e.g. `4,000 runs × 20,000 steps, convergence + plot sweep`.
    public var name: String
    /// The lesson's text.
    public var lesson: String
    /// The target for the build's peak resident memory, in MB; nil for the baseline.
    public var targetMB: Int?

    /// The cases, the baseline first: a trivial course, then the inputs issue #11 names, each at
    /// or near the work budget (10⁸ steps per experiment).
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

    /// `count` learning rates `step, 2·step, …`, as a block's `lr:` list.
    static func rates(_ count: Int, _ step: Double) -> String {
        (1...count).map { "\(Double($0) * step)" }.joined(separator: ", ")
    }
}
