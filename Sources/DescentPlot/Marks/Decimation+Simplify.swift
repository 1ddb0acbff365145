extension Decimation {
    /// Drops points that lie within `tolerance` pixels of the line through their kept
    /// neighbours (Ramer–Douglas–Peucker on each run of finite points), so a smooth or straight
    /// stretch costs a few points instead of one per sample while the drawn line moves by less
    /// than `tolerance`. Non-finite points, which break the line, are kept.
    public static func simplified(_ points: [Point], tolerance: Double = 0.1) -> [Point] {
        var output: [Point] = []
        var run: [Point] = []
        for point in points {
            if point.isFinite { run.append(point); continue }
            output += simplifiedRun(run, tolerance: tolerance)
            output.append(point)
            run.removeAll(keepingCapacity: true)
        }
        return output + simplifiedRun(run, tolerance: tolerance)
    }

    private static func simplifiedRun(_ run: [Point], tolerance: Double) -> [Point] {
        guard run.count > 2 else { return run }
        var keep = [Bool](repeating: false, count: run.count)
        keep[0] = true
        keep[run.count - 1] = true
        var stack = [(0, run.count - 1)]
        while let (first, last) = stack.popLast() {
            guard last - first > 1 else { continue }
            var farthest = first, distance = -1.0
            for index in (first + 1)..<last {
                let d = distanceFromSegment(run[index], run[first], run[last])
                if d > distance { distance = d; farthest = index }
            }
            guard distance > tolerance else { continue }
            keep[farthest] = true
            stack.append((first, farthest))
            stack.append((farthest, last))
        }
        return run.indices.filter { keep[$0] }.map { run[$0] }
    }

    /// Distance from `p` to the segment from `a` to `b`.
    private static func distanceFromSegment(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let length = dx * dx + dy * dy
        guard length > 0 else { return ((p.x - a.x) * (p.x - a.x) + (p.y - a.y) * (p.y - a.y)).squareRoot() }
        let t = max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length))
        let x = a.x + t * dx - p.x, y = a.y + t * dy - p.y
        return (x * x + y * y).squareRoot()
    }
}
