import DescentEngine
import DescentPlot
import Foundation
import Testing
@testable import DescentLesson

/// Defects found by reviewers of the bundled course, each pinned by the figure it showed in.
@Suite struct FigureReviewTests {
    /// fit-decay-lr: a decaying rate on a linear axis ran down to −0.01; rates are never negative.
    @Test func learningRateAxisStartsAtZero() throws {
        let body = """
            f(w) = w^2
            start: w = -3
            lr: 0.05
            schedule: constant, inverse_time(decay=0.5)
            steps: 40
            show: plot lr

            """
        let draft = LearningRateFigure(result: try FigureFixtures.run(body), logScale: false).draft()
        #expect(draft.chart.y.domain.lowerBound == 0)
        #expect(draft.chart.y.ticks(count: 6).allSatisfy { $0.value >= 0 })
    }
}
