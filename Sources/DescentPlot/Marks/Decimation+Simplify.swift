extension Decimation {
    /// Drops points that lie within `tolerance` pixels of the line through their kept
    /// neighbours (Ramer–Douglas–Peucker on each run of finite points), so a smooth or straight
    /// stretch costs a few points instead of one per sample while the drawn line moves by less
    /// than `tolerance`. Non-finite points, which break the line, are kept.
    public static func simplified(_ points: [Point], tolerance: Double = 0.1) -> [Point] {
        simplifiedIndices(points, tolerance: tolerance).map { points[$0] }
    }

    /// The indices, increasing, of the points `simplified(_:tolerance:)` keeps: the first and
    /// last of every run of finite points, every non-finite point, and every point that
    /// stands more than `tolerance` from the line through its kept neighbours (every turn).
    public static func simplifiedIndices(_ points: [Point], tolerance: Double = 0.1) -> [Int] {
        var output: [Int] = []
        var start = 0
        for (index, point) in points.enumerated() where !point.isFinite {
            output += simplifiedRun(points, start..<index, tolerance: tolerance)
            output.append(index)
            start = index + 1
        }
        return output + simplifiedRun(points, start..<points.count, tolerance: tolerance)
    }

    private static func simplifiedRun(_ points: [Point], _ run: Range<Int>, tolerance: Double) -> [Int] {
        guard run.count > 2 else { return Array(run) }
        var keep = [Bool](repeating: false, count: run.count)
        keep[0] = true
        keep[run.count - 1] = true
        var stack = [(run.lowerBound, run.upperBound - 1)]
        while let (first, last) = stack.popLast() {
            guard last - first > 1 else { continue }
            var farthest = first
            var distance = -1.0
            for index in (first + 1)..<last {
                let d = distanceFromSegment(points[index], points[first], points[last])
                if d > distance {
                    distance = d
                    farthest = index
                }
            }
            guard distance > tolerance else { continue }
            keep[farthest - run.lowerBound] = true
            stack.append((first, farthest))
            stack.append((farthest, last))
        }
        return run.filter { keep[$0 - run.lowerBound] }
    }

    /// Distance from `p` to the segment from `a` to `b`.
    private static func distanceFromSegment(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x
        let dy = b.y - a.y
        let length = dx * dx + dy * dy
        guard length > 0 else { return ((p.x - a.x) * (p.x - a.x) + (p.y - a.y) * (p.y - a.y)).squareRoot() }
        let t = max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length))
        let x = a.x + t * dx - p.x
        let y = a.y + t * dy - p.y
        return (x * x + y * y).squareRoot()
    }
}
