import Testing

@testable import DescentPlot

@Suite struct SimplificationTests {
    @Test func straightStretchesKeepOnlyTheirEnds() {
        let line = (0...1000).map { Point(Double($0), 2 * Double($0) + 1) }
        #expect(Decimation.simplified(line) == [line[0], line[1000]])
    }

    @Test func cornersAndNonFinitePointsSurvive() {
        let bend = (0...10).map { Point(Double($0), 0) } + (1...10).map { Point(10, Double($0)) }
        #expect(Decimation.simplified(bend) == [Point(0, 0), Point(10, 0), Point(10, 10)])
        let broken = [Point(0, 0), Point(1, 1), Point(2, 2), Point(.nan, .nan), Point(3, 3), Point(4, 4), Point(5, 5)]
        let kept = Decimation.simplified(broken)
        #expect(kept.count == 5)
        #expect(!kept[2].isFinite)
    }

    @Test func aCurveMovesByLessThanTheTolerance() {
        let curve = (0...2000).map { Point(Double($0) * 0.3, 200 * (1 - 1 / (1 + Double($0) * 0.01))) }
        let kept = Decimation.simplified(curve, tolerance: 0.1)
        #expect(kept.count < 200)
        #expect(kept.first == curve.first && kept.last == curve.last)
        // Every dropped point lies within the tolerance of the chord between its kept neighbours.
        var segment = 0
        for point in curve {
            while segment < kept.count - 2, point.x > kept[segment + 1].x { segment += 1 }
            let a = kept[segment]
            let b = kept[segment + 1]
            let dx = b.x - a.x
            let dy = b.y - a.y
            let perpendicular = abs(dy * (point.x - a.x) - dx * (point.y - a.y)) / (dx * dx + dy * dy).squareRoot()
            #expect(perpendicular < 0.1 + 1e-9)
        }
    }
}
