import DescentPlot

/// The iterates of one run as points to draw, each with its iteration number.
///
/// Trajectories are cut where they leave a bounding box (the last segment ends on the box's
/// edge, so an arrow still shows where the run went), which keeps diverging runs' coordinates
/// small, and simplified so that 100,000 steps draw as a few hundred points of the same shape.
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

    /// A trajectory through `points`, the iterates of `iterations` (a sampled trace's).
    init(_ points: [Point], iterations: [Int]) {
        self.points = points
        self.iterations = iterations
    }

    private init(points: [Point], iterations: [Int]) {
        self.points = points
        self.iterations = iterations
    }

    /// The trajectory up to where it first leaves `box`, ending on the box's edge there.
    func truncated(to box: Box) -> Trajectory {
        var kept: [Point] = []
        var numbers: [Int] = []
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

    /// About how many pixels a box spans in a 720 × 400 figure, for distances in pixels.
    static let plotSize = Point(640, 340)

    /// Where `point` falls in a plot of ``plotSize`` showing `box`: the pixel scale the
    /// figure rules (thinning, hidden runs, insets) measure in.
    static func pixel(_ point: Point, in box: Box) -> Point {
        let unit = box.normalized(point)
        return Point(unit.x * plotSize.x, unit.y * plotSize.y)
    }

    /// The trajectory thinned to at most `limit` points that draw the same shape: points closer
    /// than `spacing` pixels merge and turns smaller than `tolerance` are smoothed, both growing
    /// until the limit is met, but turns of up to `largestTolerance` only; a path with more
    /// turns than that keeps its start, turn by turn, and its last point.
    ///
    /// Always kept: the first `keepFirst` steps, the last point, and every turn — each point
    /// farther than `tolerance` pixels from the line through its kept neighbours
    /// (Ramer–Douglas–Peucker, `Decimation.simplifiedIndices`), such as each swing of a zigzag.
    /// Between those, a point is kept when it lies at least `spacing` pixels from the point
    /// kept before it, so slow stretches keep evenly spaced iterates. While more than `limit`
    /// remain, the spacing (and, when the turns alone are too many, the tolerance) grows by
    /// half. Keeping every k-th point instead could join the start to a late iterate and hide
    /// the first, largest steps.
    func thinned(in box: Box, spacing: Double = 3, tolerance: Double = 2, keepFirst: Int = 3, limit: Int) -> Trajectory
    {
        let head = min(keepFirst, points.count)
        guard points.count > head + 2 else { return self }
        let pixels = points.map { Self.pixel($0, in: box) }
        let tail = Array(pixels[head...])
        var (spacing, tolerance) = (spacing, tolerance)
        while true {
            let turns = Decimation.simplifiedIndices(tail, tolerance: tolerance).map { $0 + head }
            var fixed = [Bool](repeating: false, count: points.count)
            for index in 0..<head { fixed[index] = true }
            for index in turns { fixed[index] = true }
            var kept: [Int] = []
            for index in points.indices
            where fixed[index]
                || kept.last.map({ pixels[index].distance(to: pixels[$0]) >= spacing }) ?? true
            {
                kept.append(index)
            }
            if kept.count <= max(limit, head + 2) {
                return Trajectory(points: kept.map { points[$0] }, iterations: kept.map { iterations[$0] })
            }
            spacing *= 1.5
            if head + turns.count > limit {
                // Past this tolerance real turns would be smoothed away: a run bouncing across
                // a valley for a thousand steps would be drawn as a straight line along one side.
                guard tolerance < Self.largestTolerance else { return keepingTheStart(of: kept, limit: limit) }
                tolerance *= 1.5
            }
        }
    }

    /// The largest deviation, in pixels, that thinning may smooth away.
    static let largestTolerance = 8.0

    /// The first `limit − 1` of the `kept` points and the last: for a run with more visible turns
    /// than the limit (a bounce that never settles), the path as it starts and where it ends,
    /// every turn drawn as it happened, rather than an average that no iterate followed.
    private func keepingTheStart(of kept: [Int], limit: Int) -> Trajectory {
        let chosen = Array(kept.prefix(max(limit - 1, 1))) + (kept.count > limit - 1 ? [kept[kept.count - 1]] : [])
        return Trajectory(points: chosen.map { points[$0] }, iterations: chosen.map { iterations[$0] })
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
