import DescentEngine
import DescentPlot
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

    @Test func superscriptsSmallPowers() {
        #expect(FigureText.superscripted("f(x, y) = x^2 + y^2.5 + z^10") == "f(x, y) = x² + y^2.5 + z^10")
    }
}
