import Testing

@testable import DescentPlot

@Suite struct PlacedLabelsMarkTests {
    let area = PlotArea(
        x: Scale.linear(0...10).withRange(0, 200), y: Scale.linear(0...10).withRange(100, 0),
        frame: Rect(x: 0, y: 0, width: 200, height: 100), idPrefix: "f", scope: "f-m0")

    /// The text boxes of the rendered labels, rebuilt from their x/y and the metrics.
    private func boxes(_ mark: PlacedLabelsMark) -> [Rect] {
        mark.render(in: area).clipped.map { element in
            let x = Double(element.attributes.first { $0.0 == "x" }!.1)!
            let y = Double(element.attributes.first { $0.0 == "y" }!.1)!
            let height = PlacedLabelsMark.metrics.lineHeight
            return Rect(
                x: x, y: y - height * 0.78, width: PlacedLabelsMark.metrics.width(of: element.text ?? ""),
                height: height)
        }
    }

    @Test func twoLabelsOnOnePointDoNotOverlap() {
        let mark = PlacedLabelsMark([.init("minimum", at: Point(5, 5)), .init("start", at: Point(5, 5))])
        let placed = boxes(mark)
        #expect(placed.count == 2)
        #expect(!placed[0].overlaps(placed[1]))
    }

    @Test func aLabelAvoidsMarkersAndLines() {
        let marker = Point(5, 5)
        let line = [Point(5, 5), Point(10, 5)]
        let mark = PlacedLabelsMark(
            [.init("minimum", at: marker)], avoidingMarkers: [marker], markerSize: 10, lines: [line])
        let placed = boxes(mark)
        #expect(placed.count == 1)
        let obstacles = mark.obstacleBoxes(in: area)
        #expect(obstacles.count > 10)
        #expect(!obstacles.contains { $0.overlaps(placed[0]) })
    }

    @Test func aLabelHemmedInByLinesCrossesOneButNeverAMarker() {
        // Lines every half unit (10 px apart) in both directions leave no near spot clear.
        let grid = stride(from: 0.0, through: 10, by: 0.5).flatMap { v in
            [[Point(v, 0), Point(v, 10)], [Point(0, v), Point(10, v)]]
        }
        let marker = Point(5, 5)
        let mark = PlacedLabelsMark(
            [.init("minimum", at: marker)], avoidingMarkers: [marker], markerSize: 10, lines: grid)
        let placed = boxes(mark)
        #expect(placed.count == 1)
        #expect(!mark.markerBoxes(in: area).contains { $0.overlaps(placed[0]) })
        #expect(mark.lineBoxes(in: area).contains { $0.overlaps(placed[0]) })
        // Near its anchor: within the second ring of candidates.
        #expect(abs(placed[0].x - 100) < 80 && abs(placed[0].y - 50) < 40)
    }
}
