import DescentPlot

/// The iterates of one run as points to draw, each with its iteration number.
///
/// Trajectories are cut where they leave a bounding box (the last segment ends on the box's
/// edge, so an arrow still shows where the run went), which keeps diverging runs' coordinates
/// small, and thinned so that 100,000 steps draw as a few hundred points.
struct Trajectory {
    /// The points, in order.
    var points: [Point]
    /// The iteration of each point.
    var iterations: [Int]

    /// A trajectory through `points`, numbered from 0.
    init(_ points: [Point]) {
        self.points = points
        self.iterations = Array(points.indices)
    }

    private init(points: [Point], iterations: [Int]) {
        self.points = points
        self.iterations = iterations
    }

    /// The trajectory up to where it first leaves `box`, ending on the box's edge there.
    func truncated(to box: Box) -> Trajectory {
        var kept: [Point] = [], numbers: [Int] = []
        for (index, point) in points.enumerated() {
            guard point.isFinite, box.contains(point) else {
                if let last = kept.last, let edge = Self.exit(from: last, toward: point, box: box) {
                    kept.append(edge)
                    numbers.append(iterations[index])
                }
                break
            }
            kept.append(point)
            numbers.append(iterations[index])
        }
        return Trajectory(points: kept, iterations: numbers)
    }

    /// Points at least `spacing` apart in `box` units (first and last always kept), then every
    /// k-th of those so that at most `limit` remain.
    func thinned(in box: Box, spacing: Double, limit: Int) -> Trajectory {
        guard points.count > 2 else { return self }
        var kept = [0]
        var anchor = box.normalized(points[0])
        for index in points.indices.dropFirst().dropLast() {
            let here = box.normalized(points[index])
            if here.distance(to: anchor) >= spacing {
                kept.append(index)
                anchor = here
            }
        }
        kept.append(points.count - 1)
        if kept.count > limit {
            let stride = Int((Double(kept.count) / Double(limit)).rounded(.up))
            kept = kept.enumerated().filter { $0.offset % stride == 0 || $0.offset == kept.count - 1 }.map(\.element)
        }
        return Trajectory(points: kept.map { points[$0] }, iterations: kept.map { iterations[$0] })
    }

    /// Where the segment from `inside` toward `outside` crosses the edge of `box`.
    private static func exit(from inside: Point, toward outside: Point, box: Box) -> Point? {
        func finite(_ value: Double) -> Double { value.isFinite ? value : (value > 0 ? 1e300 : -1e300) }
        guard !outside.x.isNaN, !outside.y.isNaN else { return nil }
        let target = Point(finite(outside.x), finite(outside.y))
        var t = 1.0
        t = min(t, fraction(inside.x, target.x, box.x))
        t = min(t, fraction(inside.y, target.y, box.y))
        return Point(inside.x + (target.x - inside.x) * t, inside.y + (target.y - inside.y) * t)
    }

    private static func fraction(_ from: Double, _ to: Double, _ range: ClosedRange<Double>) -> Double {
        if to > range.upperBound { return (range.upperBound - from) / (to - from) }
        if to < range.lowerBound { return (range.lowerBound - from) / (to - from) }
        return 1
    }
}
