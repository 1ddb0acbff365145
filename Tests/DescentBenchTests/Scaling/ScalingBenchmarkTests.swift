import Testing

@testable import DescentBench

@Suite struct ScalingBenchmarkTests {
    @Test func medianOfOddAndEvenCounts() {
        #expect(ScalingBenchmark.median([3, 1, 2]) == 2)
        #expect(ScalingBenchmark.median([4, 1, 3, 2]) == 2.5)
        #expect(ScalingBenchmark.median([]).isNaN)
    }

    @Test func measuresThreeSizesFromTheBase() {
        let recorder = SizeRecorder()
        let scalingCase = ScalingCase(name: "recorded", baseSize: 5) { n in
            recorder.sizes.append(n)
            return {}
        }
        let result = ScalingBenchmark.measure(scalingCase)
        #expect(recorder.sizes == [5, 5, 10, 20])  // the warm-up, then 1×, 2×, 4×
        #expect(result.timings.map(\.size) == [5, 10, 20])
        // Instant work repeats up to the maximum, looking for a steady median.
        #expect(result.timings.allSatisfy { $0.runs == ScalingBenchmark.maximumRepetitions })
        #expect(result.error == nil)
    }

    @Test func theCourseRatioLineJudgesLinearGrowth() {
        var report = ScalingReport(results: [], courseSeconds: (small: 0.1, large: 0.9))
        let line = try? #require(report.footer.first)
        #expect(line?.hasPrefix("100 lessons: 900.0 ms, 9.0× 10 lessons' 100.0 ms") == true)
        #expect(line?.hasSuffix("ok") == true)
        report.courseSeconds = (small: 0.1, large: 1.5)
        #expect(report.footer.first?.hasSuffix("FAIL") == true)
        #expect(ScalingReport(results: []).footer.isEmpty)
    }

    @Test func exponentAndVerdict() {
        var linear = ScalingResult(name: "linear")
        linear.timings = [
            .init(size: 1, seconds: 1, runs: 3), .init(size: 2, seconds: 2, runs: 3),
            .init(size: 4, seconds: 4.2, runs: 3),
        ]
        #expect(abs(linear.exponent - 1.0704) < 1e-4)
        #expect(linear.passes)
        var quadratic = linear
        quadratic.timings[2].seconds = 8
        #expect(quadratic.exponent == 2)
        #expect(!quadratic.passes)
        var failed = linear
        failed.error = "no"
        #expect(failed.exponent.isNaN)
        #expect(!failed.passes)
    }

    @Test func reportLinesAndBudget() {
        var blocks = ScalingResult(name: ScalingCase.blocks.name)
        blocks.timings = [
            .init(size: 50, seconds: 0.1, runs: 3), .init(size: 100, seconds: 0.2, runs: 3),
            .init(size: 200, seconds: 1.5, runs: 1),
        ]
        let report = ScalingReport(results: [blocks])
        #expect(report.budgetSeconds == 1.5)
        let lines = report.lines
        #expect(lines[0] == ScalingReport.heading)
        #expect(lines[1].hasPrefix("experiment blocks in one lesson"))
        #expect(lines[1].contains("50: 100.0 ms") && lines[1].contains("200: 1.50 s*"))
        #expect(lines[1].hasSuffix("exponent 2.91  FAIL"))
        #expect(lines[2] == "200 experiment blocks in one lesson: 1.50 s (target < 1.00 s)  FAIL")
        #expect(lines[3].hasPrefix("* fewer runs"))
    }
}

/// Sizes a case was prepared at, in order.
private final class SizeRecorder {
    var sizes: [Int] = []
}
