/// The region where a sampled function lies above a level, as closed rings to fill with the
/// even–odd rule (a ring inside a ring is a hole).
///
/// The grid is given a border one sample wide, placed on the grid's own edge and valued below
/// every level, so marching squares closes each level line along the edge of the window instead
/// of leaving it open there. Non-finite samples count as above every level (a value that
/// overflowed is high ground). Painting the regions of increasing levels over one another in increasing
/// colours fills every band between consecutive levels, and the whole window.
public enum ContourRegions {
    /// Closed rings bounding `{ f > level }` within the grid's rectangle.
    public static func rings(in grid: ContourGrid, level: Double) -> [Polyline] {
        rings(in: grid, levels: [level])[0]
    }

    /// The rings of each level in turn. Levels inside the grid's finite range share one
    /// bordered grid, which is built once.
    public static func rings(in grid: ContourGrid, levels: [Double]) -> [[Polyline]] {
        let finite = grid.finiteRange
        var border: (low: Double, high: Double, grid: ContourGrid)?
        return levels.map { level in
            let range = finite ?? level...level
            let low = min(range.lowerBound, level) - 1
            let high = max(range.upperBound, level) + 1
            if border?.low != low || border?.high != high {
                border = (low, high, bordered(grid, low: low, high: high))
            }
            return MarchingSquares.lines(in: border!.grid, level: level).filter(\.isClosed)
        }
    }

    /// `grid` with a border row and column on each side, at the same positions as the edge
    /// samples, valued `low`; non-finite samples replaced by `high`.
    static func bordered(_ grid: ContourGrid, low: Double, high: Double) -> ContourGrid {
        let xs = [grid.xs[0]] + grid.xs + [grid.xs[grid.xs.count - 1]]
        let ys = [grid.ys[0]] + grid.ys + [grid.ys[grid.ys.count - 1]]
        var values: [Double] = []
        values.reserveCapacity(xs.count * ys.count)
        for row in ys.indices {
            for column in xs.indices {
                let inside = row > 0 && row < ys.count - 1 && column > 0 && column < xs.count - 1
                guard inside else {
                    values.append(low)
                    continue
                }
                let value = grid.value(column: column - 1, row: row - 1)
                values.append(value.isFinite ? value : high)
            }
        }
        return ContourGrid(xs: xs, ys: ys, values: values)
    }
}
