import DescentPlot
import Testing

@testable import DescentLesson

/// The iteration axis of loss figures turns symmetric-log when runs end far apart.
@Suite struct IterationAxisTests {
    @Test func halfTheRunsEndingBeforeFivePercentOfTheLongestStretchTheAxis() {
        // lr-sweep of lesson 03: six of ten runs end before 250 of 5000 iterations.
        #expect(IterationAxis.crowds([4346, 1446, 431, 141, 39, 10, 1, 39, 5000, 70]))
        #expect(IterationAxis.crowds([5, 1000]))
        #expect(IterationAxis.crowds([100, 100, 3000]))
        #expect(!IterationAxis.crowds([200, 300, 3000]))
        #expect(!IterationAxis.crowds([150, 3000, 3000]))
        #expect(!IterationAxis.crowds([3]))
        #expect(!IterationAxis.crowds([60, 60, 60]))
        #expect(IterationAxis.scale(ends: [5, 1000], last: 1000).kind == .symlog(constant: 1))
        #expect(IterationAxis.scale(ends: [900, 1000], last: 1000) == .linear(0...1000))
    }

    @Test func aSweepWithOneLongRunGetsTheStretchedAxisAndSaysSo() throws {
        let body = """
            f(w) = w^2
            start: w = -3
            lr: 0.01, 0.3, 0.5, 1
            steps: 2000
            stop: |Δw| < 0.001 and |grad| < 0.001
            show: plot loss log

            """
        let draft = LossFigure(result: try FigureFixtures.run(body), logScale: true).draft()
        #expect(draft.chart.x.kind == .symlog(constant: 1))
        #expect(draft.caption.contains("The iteration axis is logarithmic beyond 1"))
        let even = LossFigure(result: try FigureFixtures.run(FigureFixtures.sweepBody), logScale: true).draft()
        #expect(even.chart.x.kind == .linear && !even.caption.contains("axis is logarithmic"))
    }
}
