/// Thins long series for drawing while keeping their look: per pixel column it keeps the first,
/// lowest, highest and last point, in their original order.
///
/// A million-point series therefore becomes at most four points per column, and every local
/// extreme, the first point and the last point survive. Non-finite points are kept (once per
/// run) because they break lines.
public enum Decimation {
    /// Decimates `points` (in pixels, x non-decreasing among finite points) into columns
    /// `columnWidth` pixels wide. Input whose x is not sorted is returned unchanged.
    ///
    /// One pass with no per-column allocation: a column is tracked by the indices of its first,
    /// lowest, highest and last points (the first lowest and first highest on ties).
    public static func minMaxPerColumn(_ points: [Point], columnWidth: Double = 1) -> [Point] {
        guard isSortedByX(points), columnWidth > 0 else { return points }
        var output: [Point] = []
        output.reserveCapacity(min(points.count, 64))
        var column = Column?.none
        var bucketColumn = Double.nan
        for index in points.indices {
            let point = points[index]
            guard point.isFinite else {
                column?.append(to: &output, from: points)
                column = nil
                if output.last.map({ $0.isFinite }) ?? true { output.append(point) }
                bucketColumn = .nan
                continue
            }
            let pixelColumn = (point.x / columnWidth).rounded(.down)
            if pixelColumn != bucketColumn {
                column?.append(to: &output, from: points)
                column = Column(index)
                bucketColumn = pixelColumn
            } else {
                column?.add(index, y: point.y, in: points)
            }
        }
        column?.append(to: &output, from: points)
        return output
    }

    /// The points of one pixel column that survive decimation, as indices into the series.
    private struct Column {
        var first: Int
        var lowest: Int
        var highest: Int
        var last: Int

        init(_ index: Int) {
            first = index
            lowest = index
            highest = index
            last = index
        }

        mutating func add(_ index: Int, y: Double, in points: [Point]) {
            if y < points[lowest].y { lowest = index }
            if y > points[highest].y { highest = index }
            last = index
        }

        /// Appends the kept points to `output` in index order, each once.
        func append(to output: inout [Point], from points: [Point]) {
            // first ≤ low ≤ high ≤ last, so each is new exactly when it exceeds the one before.
            let low = min(lowest, highest)
            let high = max(lowest, highest)
            output.append(points[first])
            if low > first { output.append(points[low]) }
            if high > low { output.append(points[high]) }
            if last > high { output.append(points[last]) }
        }
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
