/// Cuts a pixel polyline to a band `top…bottom`, splitting it where it leaves the band or meets
/// a non-finite value, and reporting where it left.
///
/// Points with infinite y (a value beyond a log scale's zero, or a run that overflowed) count
/// as far beyond the nearest edge, so a line heading to infinity is cut at the edge it crosses.
/// Points with NaN coordinates end the current run without an exit.
public struct VerticalClipping: Sendable {
    /// A point where the line crossed an edge on its way out of the band.
    public struct Exit: Sendable, Hashable {
        /// The crossing point, on the edge.
        public var point: Point
        /// Whether the line left through the top edge (smaller pixel y).
        public var throughTop: Bool
    }

    /// The parts of the line inside the band.
    public private(set) var runs: [[Point]] = []
    /// Where the line left the band, in order.
    public private(set) var exits: [Exit] = []

    /// Clips `points` to `top…bottom` (pixel y, `top < bottom`).
    public init(_ points: [Point], top: Double, bottom: Double) {
        var current: [Point] = []
        var previous: Point?
        for raw in points {
            guard raw.x.isFinite, !raw.y.isNaN else {
                append(&current)
                previous = nil
                continue
            }
            let point = Point(raw.x, raw.y.isFinite ? raw.y : (raw.y > 0 ? 1e7 : -1e7))
            defer { previous = point }
            guard let start = previous else {
                if point.y >= top && point.y <= bottom { current = [point] }
                continue
            }
            clipSegment(start, point, top: top, bottom: bottom, current: &current)
        }
        append(&current)
    }

    private mutating func clipSegment(_ a: Point, _ b: Point, top: Double, bottom: Double, current: inout [Point]) {
        let dy = b.y - a.y
        var enter = 0.0
        var leave = 1.0
        if dy == 0 {
            guard a.y >= top && a.y <= bottom else { return }
        } else {
            let tTop = (top - a.y) / dy
            let tBottom = (bottom - a.y) / dy
            enter = max(0, min(tTop, tBottom))
            leave = min(1, max(tTop, tBottom))
            guard enter <= leave else { return }
        }
        let entry = Point(a.x + (b.x - a.x) * enter, a.y + dy * enter)
        let exit = Point(a.x + (b.x - a.x) * leave, a.y + dy * leave)
        if enter > 0 || current.isEmpty {
            append(&current)
            current = [entry]
        }
        current.append(exit)
        if leave < 1 {
            exits.append(Exit(point: exit, throughTop: b.y < top))
            append(&current)
        }
    }

    private mutating func append(_ current: inout [Point]) {
        if current.count > 1 { runs.append(current) }
        current = []
    }
}

extension VerticalClipping {
    /// The same clipping with each visible run simplified (see `Decimation.simplified`); exits
    /// are unchanged.
    func simplified(tolerance: Double) -> VerticalClipping {
        var copy = self
        copy.runs = runs.map { Decimation.simplified($0, tolerance: tolerance) }
        return copy
    }
}
