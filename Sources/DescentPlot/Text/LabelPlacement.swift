/// Places text labels next to their anchors so that no label overlaps another label, a mark
/// the caller declared as an obstacle, or the edge of the bounds.
///
/// It is the greedy candidate-position method of cartographic labelling (Imhof's preference
/// order, as Observable Plot's and ggrepel's simpler modes use): each label tries a fixed list
/// of positions around its anchor in order — right, left, above, below, then the diagonals,
/// then the same ring again further out — and takes the first one that is clear. Labels are
/// placed in the order given, so callers pass the most important first. A label that fits
/// nowhere is not placed (`place` returns `nil`) rather than drawn over something.
///
/// Everything is in pixels; the placer is deterministic and costs O(labels × (labels +
/// obstacles)) box tests.
public struct LabelPlacement: Sendable {
    /// Where labels may go; a label must lie entirely inside.
    public var bounds: Rect
    /// Boxes nothing may overlap: marks declared by the caller and every label placed so far.
    public private(set) var occupied: [Rect]
    /// Space kept between a label and its anchor, and between boxes, in pixels.
    public var gap: Double

    /// Creates a placer over `bounds` with `obstacles` already occupied.
    public init(bounds: Rect, obstacles: [Rect] = [], gap: Double = 3) {
        self.bounds = bounds
        self.occupied = obstacles
        self.gap = gap
    }

    /// Declares a box (a marker, a line's end) that later labels must avoid.
    public mutating func avoid(_ box: Rect) {
        occupied.append(box)
    }

    /// Declares a marker of `size` pixels centred on `point` as an obstacle.
    public mutating func avoid(markerAt point: Point, size: Double) {
        avoid(Rect(x: point.x - size / 2, y: point.y - size / 2, width: size, height: size))
    }

    /// Finds a clear place for a label of `size` (width, height) beside `anchor`, marks it
    /// occupied and returns its box; `nil` when every candidate overlaps something.
    public mutating func place(width: Double, height: Double, beside anchor: Point) -> Rect? {
        for box in candidates(width: width, height: height, anchor: anchor) where isClear(box) {
            occupied.append(box)
            return box
        }
        return nil
    }

    /// Whether `box` lies inside the bounds and overlaps nothing occupied (with the gap).
    public func isClear(_ box: Rect) -> Bool {
        guard box.x >= bounds.x, box.y >= bounds.y, box.maxX <= bounds.maxX, box.maxY <= bounds.maxY
        else { return false }
        let padded = Rect(x: box.x - gap, y: box.y - gap, width: box.width + 2 * gap, height: box.height + 2 * gap)
        return !occupied.contains { $0.overlaps(padded) }
    }

    /// The candidate boxes in preference order: right, left, above, below, the four diagonals,
    /// then the same eight twice and three times as far out.
    func candidates(width: Double, height: Double, anchor: Point) -> [Rect] {
        let directions: [(Double, Double)] = [(1, 0), (-1, 0), (0, -1), (0, 1), (1, -1), (-1, -1), (1, 1), (-1, 1)]
        return [1.0, 2.5, 4.0].flatMap { ring in
            directions.map { dx, dy in
                let distance = gap * 2 * ring
                let x = dx > 0 ? anchor.x + distance : dx < 0 ? anchor.x - distance - width : anchor.x - width / 2
                let y = dy > 0 ? anchor.y + distance : dy < 0 ? anchor.y - distance - height : anchor.y - height / 2
                return Rect(x: x, y: y, width: width, height: height)
            }
        }
    }
}
