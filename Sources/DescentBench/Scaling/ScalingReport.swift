import DescentText

/// The scaling benchmark's results, and the text `descent bench` prints for them.
public struct ScalingReport: Sendable {
    /// One result per case, in the order run.
    public var results: [ScalingResult]
    /// Median build times of a 10- and a 100-lesson course (``ScalingBenchmark/courseSizes``),
    /// when measured.
    public var courseSeconds: (small: Double, large: Double)?

    public init(results: [ScalingResult], courseSeconds: (small: Double, large: Double)? = nil) {
        self.results = results
        self.courseSeconds = courseSeconds
    }

    /// The time of ``ScalingBenchmark/budgetBlocks`` blocks in one lesson (the blocks case at 4×).
    public var budgetSeconds: Double? {
        results.first { $0.name == ScalingCase.blocks.name }?.seconds(atSize: ScalingBenchmark.budgetBlocks)
    }

    /// The heading line of the section.
    public static var heading: String {
        "scaling: median of \(ScalingBenchmark.repetitions) to \(ScalingBenchmark.maximumRepetitions) runs at 1×, 2×, 4× the base size; "
            + "exponent = log2(t(4×)/t(2×)), target ≤ \(ScalingBenchmark.targetExponent)"
    }

    /// One line for `result`: `identical ## headings   1000: 12.3 ms   2000: …   exponent 1.02  ok`.
    /// A time from fewer runs than usual is marked `*`.
    public static func line(_ result: ScalingResult, nameWidth: Int) -> String {
        let name = BenchText.padded(result.name, to: nameWidth)
        if let error = result.error { return "\(name)  error: \(error)  FAIL" }
        let timings = result.timings.map { timing in
            let time =
                "\(timing.size): \(duration(timing.seconds))\(timing.runs < ScalingBenchmark.repetitions ? "*" : "")"
            return String(repeating: " ", count: max(0, 22 - time.count)) + time
        }
        let exponent = BenchText.fixed(result.exponent, 2)
        return "\(name)\(timings.joined())   exponent \(exponent)  \(result.passes ? "ok" : "FAIL")"
    }

    /// Every line of the section: heading, one line per case, footer.
    public var lines: [String] {
        let width = results.map(\.name.count).max() ?? 0
        return [Self.heading] + results.map { Self.line($0, nameWidth: width) } + footer
    }

    /// The lines after the cases: the 200-block budget, and what `*` means when it was used.
    public var footer: [String] {
        var lines: [String] = []
        if let seconds = budgetSeconds {
            let verdict = seconds < ScalingBenchmark.budgetSeconds ? "ok" : "FAIL"
            lines.append(
                "\(ScalingBenchmark.budgetBlocks) experiment blocks in one lesson: \(Self.duration(seconds)) "
                    + "(target < \(Self.duration(ScalingBenchmark.budgetSeconds)))  \(verdict)")
        }
        if let course = courseSeconds {
            let sizes = ScalingBenchmark.courseSizes
            let ratio = course.large / course.small
            let verdict = ratio <= ScalingBenchmark.courseRatioTarget ? "ok" : "FAIL"
            lines.append(
                "\(sizes.large) lessons: \(Self.duration(course.large)), \(BenchText.fixed(ratio, 1))× "
                    + "\(sizes.small) lessons' \(Self.duration(course.small)) (median of \(ScalingBenchmark.courseRepetitions); "
                    + "target ≤ \(BenchText.fixed(ScalingBenchmark.courseRatioTarget, 0))×)  \(verdict)")
        }
        if results.contains(where: { $0.timings.contains { $0.runs < ScalingBenchmark.repetitions } }) {
            lines.append("* fewer runs: that size used up its \(Self.duration(ScalingBenchmark.patience)) of patience")
        }
        return lines
    }

    /// `12.3 ms` below a second, `4.56 s` above.
    static func duration(_ seconds: Double) -> String {
        seconds < 1 ? "\(BenchText.fixed(seconds * 1000, 1)) ms" : "\(BenchText.fixed(seconds, 2)) s"
    }
}
