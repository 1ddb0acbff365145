/// Level lines of a sampled function by marching squares.
///
/// Each grid cell is classified by which corners lie above the level; crossing points are found
/// by linear interpolation along cell edges. In saddle cells, where diagonal corners agree, the
/// mean of the four corners (the cell-centre value) decides which corners are connected.
/// Segments are then joined through shared edges into polylines, closed when they close.
/// Cells with a non-finite corner are skipped.
public enum MarchingSquares {
    /// The polylines where the sampled function equals `level`.
    public static func lines(in grid: ContourGrid, level: Double) -> [Polyline] {
        let numbering = EdgeNumbering(columns: grid.xs.count, rows: grid.ys.count)
        let segments = segments(in: grid, level: level).map { (numbering.key($0.0), numbering.key($0.1)) }
        return SegmentJoiner(segments: segments, keyCount: numbering.count).polylines().map { keys in
            let closed = keys.count > 2 && keys.first == keys.last
            let points = (closed ? keys.dropLast() : keys[...]).map {
                crossing(numbering.edge($0), grid: grid, level: level)
            }
            return Polyline(points: points, isClosed: closed)
        }
    }

    /// An edge of the grid: the horizontal edge from (column, row) to (column + 1, row), or the
    /// vertical edge from (column, row) to (column, row + 1).
    struct Edge: Hashable {
        var column: Int
        var row: Int
        var isHorizontal: Bool
    }

    /// Every edge of a grid numbered densely: horizontal edges row by row, then vertical ones.
    struct EdgeNumbering {
        let columns: Int
        let rows: Int

        var horizontalCount: Int { max(columns - 1, 0) * rows }
        var count: Int { horizontalCount + columns * max(rows - 1, 0) }

        func key(_ edge: Edge) -> Int {
            edge.isHorizontal
                ? edge.row * (columns - 1) + edge.column : horizontalCount + edge.row * columns + edge.column
        }

        func edge(_ key: Int) -> Edge {
            guard key >= horizontalCount else {
                return Edge(column: key % (columns - 1), row: key / (columns - 1), isHorizontal: true)
            }
            let vertical = key - horizontalCount
            return Edge(column: vertical % columns, row: vertical / columns, isHorizontal: false)
        }
    }

    /// The segments of every cell, cell by cell from the bottom row up, each as the two edges
    /// it joins.
    static func segments(in grid: ContourGrid, level: Double) -> [(Edge, Edge)] {
        var segments: [(Edge, Edge)] = []
        guard grid.xs.count > 1, grid.ys.count > 1 else { return segments }
        for row in 0..<(grid.ys.count - 1) {
            for column in 0..<(grid.xs.count - 1) {
                appendCellSegments(grid, column: column, row: row, level: level, to: &segments)
            }
        }
        return segments
    }

    /// Corners in order bottom-left, bottom-right, top-right, top-left; edge k (bottom, right,
    /// top, left) runs from corner k to corner k + 1.
    static func appendCellSegments(
        _ grid: ContourGrid, column c: Int, row r: Int, level: Double, to segments: inout [(Edge, Edge)]
    ) {
        let corners = SIMD4(
            grid.value(column: c, row: r), grid.value(column: c + 1, row: r),
            grid.value(column: c + 1, row: r + 1), grid.value(column: c, row: r + 1))
        var above = 0
        for k in 0..<4 {
            guard corners[k].isFinite else { return }
            if corners[k] > level { above |= 1 << k }
        }
        guard above != 0, above != 15 else { return }
        func edge(_ k: Int) -> Edge {
            switch k {
            case 0: Edge(column: c, row: r, isHorizontal: true)
            case 1: Edge(column: c + 1, row: r, isHorizontal: false)
            case 2: Edge(column: c, row: r + 1, isHorizontal: true)
            default: Edge(column: c, row: r, isHorizontal: false)
            }
        }
        guard above == 0b0101 || above == 0b1010 else {
            // Two crossed edges: the first two k whose corners k and k + 1 disagree.
            let crossed = (0..<4).lazy.filter { (above >> $0 ^ above >> (($0 + 1) & 3)) & 1 == 1 }
            let first = crossed.first!
            segments.append((edge(first), edge(crossed.first { $0 > first }!)))
            return
        }
        let centreAbove = (corners[0] + corners[1] + corners[2] + corners[3]) / 4 > level
        // A saddle: cut off the corners that disagree with the centre; corner k touches edges
        // k - 1 and k.
        for corner in 0..<4 where (above >> corner & 1 == 1) != centreAbove {
            segments.append((edge((corner + 3) % 4), edge(corner)))
        }
    }

    static func crossing(_ edge: Edge, grid: ContourGrid, level: Double) -> Point {
        let (c2, r2) = edge.isHorizontal ? (edge.column + 1, edge.row) : (edge.column, edge.row + 1)
        let a = grid.value(column: edge.column, row: edge.row)
        let b = grid.value(column: c2, row: r2)
        let t = a == b ? 0.5 : min(max((level - a) / (b - a), 0), 1)
        let x = grid.xs[edge.column] + (grid.xs[c2] - grid.xs[edge.column]) * t
        let y = grid.ys[edge.row] + (grid.ys[r2] - grid.ys[edge.row]) * t
        return Point(x, y)
    }
}
