import Foundation
import Testing

@testable import DescentPlot

@Suite struct DecimationTests {
    @Test func keepsFirstLastAndExtremesOfEveryColumn() {
        let points = (0..<10_000).map { Point(Double($0) / 100, sin(Double($0) * 0.37) * Double($0 % 97)) }
        let thinned = Decimation.minMaxPerColumn(points)
        #expect(thinned.count <= 4 * 100)
        #expect(thinned.first == points.first && thinned.last == points.last)
        for column in 0..<100 {
            let original = points.filter { Int($0.x) == column }
            let kept = thinned.filter { Int($0.x) == column }
            #expect(kept.map(\.y).max() == original.map(\.y).max())
            #expect(kept.map(\.y).min() == original.map(\.y).min())
        }
    }

    @Test func keepsEachColumnsFirstLowestHighestAndLastOnceInOrder() {
        // Column 0: highest before lowest; column 1: ties keep the first; column 2: one point.
        let points = [
            Point(0.1, 5), Point(0.2, 9), Point(0.3, 1), Point(0.4, 4), Point(0.5, 3),
            Point(1.1, 2), Point(1.2, 2), Point(1.3, 2),
            Point(2.5, 7),
        ]
        #expect(
            Decimation.minMaxPerColumn(points) == [
                Point(0.1, 5), Point(0.2, 9), Point(0.3, 1), Point(0.5, 3),
                Point(1.1, 2), Point(1.3, 2),
                Point(2.5, 7),
            ])
    }

    @Test func nonFinitePointsStillBreakTheSeries() {
        let points = [Point(0, 1), Point(0.5, 2), Point(1, .nan), Point(1.2, .nan), Point(2, 3)]
        let thinned = Decimation.minMaxPerColumn(points)
        #expect(thinned.filter { !$0.isFinite }.count == 1)
        #expect(thinned.count == 4)
    }

    @Test func millionPointSeriesStaysSmall() {
        let count = 1_000_000
        let xs = (0..<count).map(Double.init)
        let ys = xs.map { 1 + sin($0 / 5000) * 0.5 + 0.3 * sin($0 * 1.7) }
        let chart = Chart(x: .linear(0...Double(count)), y: .linear(0...2), xLabel: "index") {
            LineMark(x: xs, y: ys, label: "signal")
        }
        let svg = chart.svg(id: "big", title: "A long series", description: "One million points.")
        #expect(svg.utf8.count < 60_000)
    }
}

@Suite struct VerticalClippingTests {
    @Test func nanBreaksTheLine() {
        let clipping = VerticalClipping(
            [Point(0, 5), Point(1, 6), Point(2, .nan), Point(3, 5), Point(4, 4)], top: 0, bottom: 10)
        #expect(clipping.runs.count == 2)
        #expect(clipping.exits.isEmpty)
    }

    @Test func leavingThroughTheTopIsReported() {
        let clipping = VerticalClipping([Point(0, 8), Point(10, 4), Point(20, -4), Point(30, -50)], top: 0, bottom: 10)
        #expect(clipping.runs == [[Point(0, 8), Point(10, 4), Point(15, 0)]])
        #expect(clipping.exits.map(\.point) == [Point(15, 0)])
        #expect(clipping.exits[0].throughTop)
    }

    @Test func infinityCountsAsBeyondTheEdge() {
        let clipping = VerticalClipping([Point(0, 5), Point(1, -.infinity)], top: 0, bottom: 10)
        #expect(clipping.exits.count == 1)
        #expect(clipping.exits[0].point.y == 0)
    }

    @Test func lineMarkFindsWhereItLeavesThePlot() {
        let area = PlotArea(
            x: Scale.linear(0...10).withRange(0, 100), y: Scale.linear(0...10).withRange(100, 0),
            frame: Rect(x: 0, y: 0, width: 100, height: 100), idPrefix: "t", scope: "t-m0")
        let escapes = LineMark([Point(0, 5), Point(5, 15)], marksEscapes: true).clipping(in: area).exits
        #expect(escapes.count == 1)
        #expect(abs(escapes[0].point.x - 25) < 1e-9 && abs(escapes[0].point.y) < 1e-9 && escapes[0].throughTop)
    }
}
