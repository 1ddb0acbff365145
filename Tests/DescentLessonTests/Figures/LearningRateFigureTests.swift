import DescentPlot
import Testing

@testable import DescentLesson

/// A rate figure draws each rate level over its step and counts the same unit as the loss
/// figure of its block.
@Suite struct LearningRateFigureTests {
    @Test func ratesAreDrawnAsSteps() throws {
        let body =
            "f(w) = w^2\nstart: w = -3\nlr: 0.1\nschedule: step(step_size=2, gamma=0.5)\nsteps: 6\nshow: plot lr\n"
        let draft = LearningRateFigure(result: try FigureFixtures.run(body), logScale: false).draft()
        let line = try #require(draft.chart.marks.first as? LineMark)
        // Level from iteration 0 to 2, then straight down at 2.
        #expect(line.points.prefix(4) == [Point(0, 0.1), Point(1, 0.1), Point(1, 0.1), Point(2, 0.1)])
        #expect(line.points.contains(Point(2, 0.05)))
        #expect(!zip(line.points, line.points.dropFirst()).contains { $0.x != $1.x && $0.y != $1.y })
        #expect(draft.alt.hasPrefix("Step chart of the learning rate against the iteration"))
    }

    @Test func miniBatchBlocksCountEpochsInBothFigures() throws {
        let result = try FigureFixtures.run(
            FigureFixtures.regressionBody.replacingOccurrences(
                of: "show: plot data, plot loss log", with: "show: plot lr, plot loss log"))
        let rate = LearningRateFigure(result: result, logScale: false).draft()
        let loss = LossFigure(result: result, logScale: true).draft()
        #expect(rate.chart.xLabel == "epoch" && loss.chart.xLabel == "epoch")
        #expect(rate.chart.x.domain.upperBound == loss.chart.x.domain.upperBound)
    }

    /// An additive hypergradient can drive the rate below zero: on a log axis such rates go in
    /// a strip marked `≤ 0`, never onto the floor of the axis where they would read as tiny
    /// positive rates, and the caption says so.
    @Test func negativeRatesOnALogAxisDropIntoAStripMarkedAtOrBelowZero() throws {
        let body =
            "f(w) = w^2\nstart: w = -3\nlr: 1\nschedule: hypergradient(beta=0.1)\nsteps: 6\nshow: plot lr log\n"
        let result = try FigureFixtures.run(body)
        let rates = result.tracedSeries.flatMap { $0.trace?.learningRates ?? [] }
        try #require(rates.contains { $0 < 0 })
        let draft = LearningRateFigure(result: result, logScale: true).draft()
        #expect(draft.chart.floorStrip == FloorStrip(label: "≤ 0"))
        let line = try #require(draft.chart.marks.first as? LineMark)
        #expect(line.points.contains { $0.y == 0 })
        #expect(draft.caption.contains("strip marked ≤ 0"))
    }

    @Test func positiveRatesNeedNoStrip() throws {
        let body = "f(w) = w^2\nstart: w = -3\nlr: 0.1\nsteps: 6\nshow: plot lr log\n"
        let draft = LearningRateFigure(result: try FigureFixtures.run(body), logScale: true).draft()
        #expect(draft.chart.floorStrip == nil)
        #expect(!draft.caption.contains("strip"))
    }

    /// The lowest rate of a log rate figure sits above the x axis, not on it, where its line
    /// would hide under the axis (a bold driver starting at 0.01 that only grows).
    @Test func theLowestRateIsDrawnAboveTheAxisLine() throws {
        let body =
            "f(w) = w^2\nstart: w = -3\nlr: 0.01, 0.1\nschedule: bold_driver\nsteps: 20\nshow: plot lr log\n"
        let draft = LearningRateFigure(result: try FigureFixtures.run(body), logScale: true).draft()
        let lowest = draft.chart.marks.compactMap { ($0 as? LineMark)?.points.map(\.y).min() }.min() ?? 0
        #expect(lowest == 0.01)
        #expect(draft.chart.y.domain.lowerBound < lowest)
    }
}
