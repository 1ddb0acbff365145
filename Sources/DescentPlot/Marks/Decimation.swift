/// Thins long series for drawing while keeping their look: per pixel column it keeps the first,
/// lowest, highest and last point, in their original order.
///
/// A million-point series therefore becomes at most four points per column, and every local
/// extreme, the first point and the last point survive. Non-finite points are kept (once per
/// run) because they break lines.
public enum Decimation {
    /// Decimates `points` (in pixels, x non-decreasing among finite points) into columns
    /// `columnWidth` pixels wide. Input whose x is not sorted is returned unchanged.
    public static func minMaxPerColumn(_ points: [Point], columnWidth: Double = 1) -> [Point] {
        guard isSortedByX(points), columnWidth > 0 else { return points }
        var output: [Point] = []
        var bucket: [Int] = []
        var bucketColumn = Double.nan
        func flush() {
            output.append(contentsOf: extremes(of: bucket, in: points).map { points[$0] })
            bucket.removeAll(keepingCapacity: true)
        }
        for (index, point) in points.enumerated() {
            guard point.isFinite else {
                flush()
                if output.last.map({ $0.isFinite }) ?? true { output.append(point) }
                bucketColumn = .nan
                continue
            }
            let column = (point.x / columnWidth).rounded(.down)
            if column != bucketColumn {
                flush()
                bucketColumn = column
            }
            bucket.append(index)
        }
        flush()
        return output
    }

    private static func extremes(of bucket: [Int], in points: [Point]) -> [Int] {
        guard let first = bucket.first, let last = bucket.last else { return [] }
        var lowest = first
        var highest = first
        for index in bucket {
            if points[index].y < points[lowest].y { lowest = index }
            if points[index].y > points[highest].y { highest = index }
        }
        return Array(Set([first, lowest, highest, last])).sorted()
    }

    private static func isSortedByX(_ points: [Point]) -> Bool {
        var previous = -Double.infinity
        for point in points where point.x.isFinite {
            if point.x < previous { return false }
            previous = point.x
        }
        return true
    }
}
