/// Points for a quantity that holds its value over each interval until the next sample: drawn "step-after", level from each x to the next and
/// rising or falling straight up at the next x, never sloped between samples.
public enum StepCurve {
    /// The step-after polyline through `points` (in x order): each y is held until the next
    /// point's x, and the last one until `end` when that lies beyond it. A non-finite y breaks
    /// the line there, as it does in `LineMark`.
    ///
    /// Intervals narrower than `minimumWidth` (in x units) are joined straight: a step that
    /// narrow is below what the figure can show, and a thousand of them would only make the
    /// file large. Pass about two pixels' worth of x.
    public static func after(_ points: [Point], end: Double? = nil, minimumWidth: Double = 0) -> [Point] {
        var steps: [Point] = []
        steps.reserveCapacity(points.count * 2)
        for (index, point) in points.enumerated() {
            steps.append(point)
            guard point.y.isFinite else { continue }
            guard index + 1 < points.count else {
                if let end, end > point.x { steps.append(Point(end, point.y)) }
                continue
            }
            let next = points[index + 1]
            if next.x > point.x && (next.x - point.x >= minimumWidth || !next.y.isFinite) {
                steps.append(Point(next.x, point.y))
            }
        }
        return steps
    }
}
