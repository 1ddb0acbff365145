import Foundation
import Testing

@testable import DescentPlot

@Suite struct MarchingSquaresTests {
    let cone = ContourGrid(x: -2...2, y: -2...2, columns: 41, rows: 41) { x, y in (x * x + y * y).squareRoot() }

    @Test(arguments: [0.5, 1.0, 1.5])
    func coneLevelSetsAreClosedCircles(level: Double) {
        let lines = MarchingSquares.lines(in: cone, level: level)
        #expect(lines.count == 1)
        let circle = lines[0]
        #expect(circle.isClosed)
        #expect(circle.points.count > 12)
        for point in circle.points {
            #expect(abs((point.x * point.x + point.y * point.y).squareRoot() - level) < 0.01)
        }
    }

    @Test func levelsCrossingTheBorderGiveOpenPolylines() {
        let lines = MarchingSquares.lines(in: cone, level: 2.5)
        #expect(lines.count == 4)
        #expect(lines.allSatisfy { !$0.isClosed })
    }

    @Test func saddleCellFollowsTheCentreValue() {
        // Bottom-left and top-right high, the other corners low: a saddle at level 0.5.
        let high = ContourGrid(xs: [0, 1], ys: [0, 1], values: [1, 0, 0.2, 0.9])  // centre 0.525 > 0.5
        let low = ContourGrid(xs: [0, 1], ys: [0, 1], values: [1, 0, 0.1, 0.8])  // centre 0.475 < 0.5
        let highSegments = MarchingSquares.segments(in: high, level: 0.5)
        let lowSegments = MarchingSquares.segments(in: low, level: 0.5)
        #expect(highSegments.count == 2 && lowSegments.count == 2)
        // Centre above: the low corners (bottom-right, top-left) are cut off, so the high
        // corners stay connected through the middle.
        let highCut = Set(highSegments.map { cornerCut($0) })
        #expect(highCut == ["bottom-right", "top-left"])
        let lowCut = Set(lowSegments.map { cornerCut($0) })
        #expect(lowCut == ["bottom-left", "top-right"])
    }

    @Test func nonFiniteCellsAreSkipped() {
        let grid = ContourGrid(xs: [0, 1, 2], ys: [0, 1], values: [0, .nan, 0, 1, 1, 1])
        #expect(MarchingSquares.lines(in: grid, level: 0.5).isEmpty)
    }

    @Test func logLevelsSpanDecadesBelowTheMaximum() {
        let levels = ContourLevels.logarithmic(count: 12, decades: 4).values(for: 0...3000)
        #expect(levels.first == 0.3 && levels.last == 1000)
        #expect(levels.contains(1) && levels.contains(3))
    }

    private func cornerCut(_ segment: (MarchingSquares.Edge, MarchingSquares.Edge)) -> String {
        let names = [segment.0, segment.1].map { edge -> String in
            if edge.isHorizontal { return edge.row == 0 ? "bottom" : "top" }
            return edge.column == 0 ? "left" : "right"
        }
        let vertical = names.first { $0 == "bottom" || $0 == "top" }!
        let horizontal = names.first { $0 == "left" || $0 == "right" }!
        return "\(vertical)-\(horizontal)"
    }
}
