import Testing

@testable import DescentPlot

/// Path figures' uses of placed labels: sized obstacles, chains, leaders.
@Suite struct PlacedLabelsChainTests {
    static let area = PlotArea(
        x: Scale(.linear, domain: 0...10, range: (0, 300)), y: Scale(.linear, domain: 0...10, range: (200, 0)),
        frame: Rect(x: 0, y: 0, width: 300, height: 200), idPrefix: "f",
        scope: "f-m0")

    @Test func crowdedLabelsAreDroppedNotOverprinted() {
        // Twenty numbers on points 0.1 apart (3 px): most cannot be placed.
        let anchors = (0..<20).map { Point(5 + Double($0) * 0.1, 5) }
        let labels = anchors.enumerated().map { PlacedLabelsMark.Label(String($0.offset), at: $0.element) }
        let mark = PlacedLabelsMark(labels, obstacles: anchors.map { .init($0, size: 8) })
        let placed = mark.placements(in: Self.area)
        #expect(placed.count > 1 && placed.count < 20)
        for (i, a) in placed.enumerated() {
            #expect(a.box.x >= 0 && a.box.maxX <= 300 && a.box.y >= 0 && a.box.maxY <= 200)
            for b in placed.dropFirst(i + 1) { #expect(!a.box.overlaps(b.box)) }
            for anchor in anchors {
                let p = Self.area.pixel(anchor)
                #expect(!a.box.overlaps(Rect(x: p.x - 4, y: p.y - 4, width: 8, height: 8)))
            }
        }
    }

    @Test func aChainStopsAtItsFirstMiss() {
        let anchors = (0..<20).map { Point(5 + Double($0) * 0.05, 5) }
        let labels = anchors.enumerated().map { PlacedLabelsMark.Label(String($0.offset), at: $0.element, chain: 0) }
        let texts = PlacedLabelsMark(labels).placements(in: Self.area).map(\.label.text)
        #expect(texts == (0..<texts.count).map(String.init), "\(texts)")
    }

    @Test func aCalloutHasALeaderOnlyWhenItSitsAway() {
        let near = PlacedLabelsMark.leader(from: Point(10, 10), to: Rect(x: 14, y: 4, width: 20, height: 12))
        #expect(near == nil)
        let far = PlacedLabelsMark.leader(from: Point(10, 10), to: Rect(x: 40, y: 4, width: 20, height: 12))
        #expect(far?.1 == Point(40, 10))
    }
}
