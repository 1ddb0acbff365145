import Foundation
import Testing

@testable import DescentPlot

/// A rate holds over its whole step: the curve is level to the next x, then jumps.
@Suite struct StepCurveTests {
    @Test func eachValueHoldsUntilTheNextX() {
        let steps = StepCurve.after([Point(0, 1), Point(1, 0.5), Point(2, 0.25)], end: 3)
        #expect(
            steps == [Point(0, 1), Point(1, 1), Point(1, 0.5), Point(2, 0.5), Point(2, 0.25), Point(3, 0.25)])
    }

    @Test func aBreakIsKept() {
        let steps = StepCurve.after([Point(0, 1), Point(1, .nan), Point(2, 2)])
        #expect(steps.count == 4 && steps[1] == Point(1, 1) && steps[2].y.isNaN && steps[3] == Point(2, 2))
    }

    @Test func stepsTooNarrowToSeeAreJoinedStraight() {
        let points = (0..<1000).map { Point(Double($0) / 50, 0.05 * pow(0.995, Double($0))) }
        let steps = StepCurve.after(points, end: 20, minimumWidth: 20.0 / 600)
        #expect(steps.count == points.count + 1)
        let level = StepCurve.after([Point(0, 1), Point(0.01, 1), Point(0.02, 2)], minimumWidth: 1)
        #expect(level == [Point(0, 1), Point(0.01, 1), Point(0.02, 2)])
    }
}
