import Testing

@testable import DescentPlot

@Suite struct LabelPlacementTests {
    let bounds = Rect(x: 0, y: 0, width: 200, height: 100)

    @Test func firstChoiceIsRightOfTheAnchor() throws {
        var placer = LabelPlacement(bounds: bounds)
        let placed = placer.place(width: 20, height: 10, beside: Point(50, 50))
        let box = try #require(placed)
        #expect(box.x > 50)
        #expect(abs(box.y + box.height / 2 - 50) < 1e-9)
    }

    @Test func labelsNeverOverlapEachOtherOrObstacles() {
        var placer = LabelPlacement(bounds: bounds, obstacles: [Rect(x: 55, y: 40, width: 30, height: 20)])
        var boxes: [Rect] = []
        for _ in 0..<6 {
            if let box = placer.place(width: 20, height: 10, beside: Point(50, 50)) { boxes.append(box) }
        }
        #expect(boxes.count == 6)
        #expect(!boxes.contains { $0.overlaps(Rect(x: 55, y: 40, width: 30, height: 20)) })
        for (i, a) in boxes.enumerated() {
            for b in boxes[(i + 1)...] { #expect(!a.overlaps(b)) }
        }
    }

    @Test func labelStaysInsideBoundsNearAnEdge() throws {
        var placer = LabelPlacement(bounds: bounds)
        let placed = placer.place(width: 40, height: 10, beside: Point(195, 50))
        let box = try #require(placed)
        #expect(box.maxX <= bounds.maxX)
        #expect(box.maxX < 195)
    }

    @Test func aLabelThatFitsNowhereIsNotPlaced() {
        var placer = LabelPlacement(bounds: bounds, obstacles: [bounds])
        let placed = placer.place(width: 10, height: 10, beside: Point(50, 50))
        #expect(placed == nil)
        #expect(placer.occupied.count == 1)
    }
}
