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
        let segments = segments(in: grid, level: level)
        return SegmentJoiner(segments: segments).polylines().map { keys in
            let closed = keys.count > 2 && keys.first == keys.last
            let points = (closed ? Array(keys.dropLast()) : keys).map { crossing($0, grid: grid, level: level) }
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

    static func segments(in grid: ContourGrid, level: Double) -> [(Edge, Edge)] {
        var segments: [(Edge, Edge)] = []
        guard grid.xs.count > 1, grid.ys.count > 1 else { return segments }
        for row in 0..<(grid.ys.count - 1) {
            for column in 0..<(grid.xs.count - 1) {
                segments += cellSegments(grid, column: column, row: row, level: level)
            }
        }
        return segments
    }

    /// Corners in order bottom-left, bottom-right, top-right, top-left; edges bottom, right, top, left.
    static func cellSegments(_ grid: ContourGrid, column c: Int, row r: Int, level: Double) -> [(Edge, Edge)] {
        let corners = [
            grid.value(column: c, row: r), grid.value(column: c + 1, row: r),
            grid.value(column: c + 1, row: r + 1), grid.value(column: c, row: r + 1),
        ]
        guard corners.allSatisfy(\.isFinite) else { return [] }
        let above = corners.map { $0 > level }
        let edges = [
            Edge(column: c, row: r, isHorizontal: true), Edge(column: c + 1, row: r, isHorizontal: false),
            Edge(column: c, row: r + 1, isHorizontal: true), Edge(column: c, row: r, isHorizontal: false),
        ]
        let crossed = (0..<4).filter { above[$0] != above[($0 + 1) % 4] }
        if crossed.count == 2 { return [(edges[crossed[0]], edges[crossed[1]])] }
        guard crossed.count == 4 else { return [] }
        let centreAbove = corners.reduce(0, +) / 4 > level
        // Cut off the corners that disagree with the centre; corner k touches edges k-1 and k.
        return (0..<4).filter { above[$0] != centreAbove }.map { corner in
            (edges[(corner + 3) % 4], edges[corner])
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
