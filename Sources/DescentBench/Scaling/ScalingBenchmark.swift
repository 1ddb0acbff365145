import DescentText

/// Times each ``ScalingCase`` at 1×, 2× and 4× its base size and estimates how its cost grows:
/// the exponent k in t ∝ nᵏ from the two larger sizes, log₂(t(4×)/t(2×)). Linear work gives
/// about 1, quadratic about 2; the target is k ≤ 1.2. Prints nothing; meaningful in release builds.
public enum ScalingBenchmark {
    /// The largest acceptable growth exponent.
    public static let targetExponent = 1.2
    /// Timed runs per size at least; the median is reported.
    public static let repetitions = 3
    /// Quick sizes keep repeating, up to ``maximumRepetitions`` runs, until their runs have
    /// taken this many seconds, so the median of a millisecond-sized case is not one hiccup.
    public static let steadySeconds = 0.5
    /// Timed runs per size at most.
    public static let maximumRepetitions = 15
    /// A size stops repeating once its runs have taken this many seconds in total, so a
    /// superlinear regression still finishes (its result then says how many runs it took).
    public static let patience = 10.0
    /// Experiment blocks in one lesson that must build in under ``budgetSeconds``.
    public static let budgetBlocks = 200
    /// The time budget for ``budgetBlocks`` blocks in one lesson.
    public static let budgetSeconds = 1.0
    /// The course sizes compared for linear growth: 100 lessons against 10.
    public static let courseSizes = (small: 10, large: 100)
    /// The most the large course may take, in multiples of the small one's time: linear growth.
    public static let courseRatioTarget = 10.0
    /// Timed runs of each course size (the median is reported).
    public static let courseRepetitions = 5

    /// Measures every case in turn; `progress` is called after each.
    public static func run(
        _ cases: [ScalingCase] = ScalingCase.all,
        progress: (ScalingResult) -> Void = { _ in }
    ) -> ScalingReport {
        var results: [ScalingResult] = []
        for scalingCase in cases {
            let result = measure(scalingCase)
            progress(result)
            results.append(result)
        }
        var report = ScalingReport(results: results)
        if cases.contains(where: { $0.name == ScalingCase.lessons.name }) {
            report.courseSeconds = try? measureCourses()
        }
        return report
    }

    /// The median times of building ``courseSizes`` (10 and 100 lessons), ``courseRepetitions``
    /// runs each after a warm-up.
    public static func measureCourses() throws -> (small: Double, large: Double) {
        func median(of size: Int) throws -> Double {
            let work = try ScalingCase.lessons.prepare(size)
            try work()
            return Self.median(try (0..<courseRepetitions).map { _ in try Stopwatch.seconds(work) })
        }
        return (try median(of: courseSizes.small), try median(of: courseSizes.large))
    }

    /// One case at 1×, 2× and 4×, after one untimed warm-up at 1×.
    public static func measure(_ scalingCase: ScalingCase) -> ScalingResult {
        var result = ScalingResult(name: scalingCase.name)
        do {
            try scalingCase.prepare(scalingCase.baseSize)()
            for multiple in [1, 2, 4] {
                let size = scalingCase.baseSize * multiple
                let work = try scalingCase.prepare(size)
                var times: [Double] = []
                var total = 0.0
                while times.count < maximumRepetitions, total < patience,
                    times.count < repetitions || total < steadySeconds
                {
                    times.append(try Stopwatch.seconds(work))
                    total += times.last ?? 0
                }
                result.timings.append(ScalingResult.Timing(size: size, seconds: median(times), runs: times.count))
            }
        } catch {
            result.error = "\(error)"
        }
        return result
    }

    /// The middle value (the mean of the two middle values for an even count); nan when empty.
    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

/// How one case's time grew with its size.
public struct ScalingResult: Sendable {
    /// The median time of one size.
    public struct Timing: Sendable, Equatable {
        public var size: Int
        public var seconds: Double
        /// How many runs the median is of (fewer than ``ScalingBenchmark/repetitions`` when
        /// they ran out of ``ScalingBenchmark/patience``).
        public var runs: Int
    }

    /// The case's name.
    public var name: String
    /// 1×, 2× and 4×, in that order (fewer when the work failed).
    public var timings: [Timing] = []
    /// Why the work failed, if it did.
    public var error: String?

    /// log₂(t(4×)/t(2×)); nan until all three sizes are timed.
    public var exponent: Double {
        guard error == nil, timings.count == 3 else { return .nan }
        return log2(timings[2].seconds / timings[1].seconds)
    }

    /// True when the growth exponent is at most the target (false on an error).
    public var passes: Bool { exponent <= ScalingBenchmark.targetExponent }

    /// The median time at `size`, if it was measured.
    public func seconds(atSize size: Int) -> Double? {
        timings.first { $0.size == size }?.seconds
    }
}
