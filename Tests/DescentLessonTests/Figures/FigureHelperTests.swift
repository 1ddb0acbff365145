import DescentEngine
import DescentPlot
import Foundation
import Testing

@testable import DescentLesson

@Suite struct FigureHelperTests {
    @Test func regressionModelFindsThePrediction() throws {
        for definition in [
            "f(w, b) = mean((w*x + b - y)^2)", "f(w, b) = 0.5*mean((y - (w*x + b))^2)",
            "f(w, b) = sum(abs(w*x + b - y))",
        ] {
            let model = try #require(RegressionModel(try Objective.parse(definition)), "\(definition)")
            #expect(model.input == "x" && model.target == "y")
            #expect(model.predict([0, 2], parameters: [3, 1]) == [1, 7])
        }
        #expect(RegressionModel(try Objective.parse("f(w) = mean(w*x^2)")) == nil)
    }

    @Test func logValuesShiftNonPositiveSeriesAndRaiseZerosToTheFloor() {
        let plain = LogValues([[9, 1, 0.01]], reference: nil)
        #expect(!plain.isShifted && plain(0.01) == 0.01)
        let shifted = LogValues([[5, 0, -4, -4]], reference: -4)
        #expect(shifted.isShifted && shifted(5) == 9 && shifted(-4) == shifted.floor && shifted.floor > 0)
        #expect(shifted.axisLabel("loss") == "loss − minimum")
    }

    @Test func windowCapsDivergingValues() {
        let window = FigureWindow.interval(core: [-3, 0], extra: [4, -5, 1e9])
        #expect(window.lowerBound < -5 && window.upperBound > 4 && window.upperBound < 10)
    }

    @Test func trajectoriesAreCutAtTheBoxEdgeAndThinned() {
        let box = Box(x: -1...1, y: -1...1)
        let cut = Trajectory([Point(0, 0), Point(0.5, 0), Point(4, 0), Point(9, 0)]).truncated(to: box)
        #expect(cut.points == [Point(0, 0), Point(0.5, 0), Point(1, 0)])
        let long = Trajectory((0..<100_000).map { Point(Double($0) / 100_000, 0) }).thinned(in: box, limit: 400)
        #expect(long.points.count <= 400 && long.iterations.first == 0 && long.iterations.last == 99_999)
    }

    /// A run bouncing across the valley for a thousand steps keeps its bounce when thinned,
    /// instead of being smoothed into a line along one side (mom-explore, β = 0.2, η = 0.6).
    @Test func aBounceThatNeverSettlesIsNotSmoothedAway() {
        let box = Box(x: -8...1, y: -2...2)
        let bounce = Trajectory((0..<1000).map { Point(-8 * pow(0.99, Double($0)), $0 % 2 == 0 ? 1.5 : -1.5) })
        let thinned = bounce.thinned(in: box, limit: 120)
        #expect(thinned.points.count <= 120)
        let flips = zip(thinned.points, thinned.points.dropFirst()).filter { ($0.y > 0) != ($1.y > 0) }.count
        #expect(flips >= 100, "\(flips) sign changes")
        #expect(thinned.iterations.last == 999)
    }

    @Test func superscriptsSmallPowers() {
        #expect(FigureText.superscripted("f(x, y) = x^2 + y^2.5 + z^10") == "f(x, y) = x² + y^2.5 + z^10")
    }
}
