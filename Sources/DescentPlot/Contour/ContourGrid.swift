/// Values of a function sampled on a rectangular grid, the input of contouring.
public struct ContourGrid: Sendable {
    /// Sample x positions, increasing.
    public let xs: [Double]
    /// Sample y positions, increasing.
    public let ys: [Double]
    /// Values in row-major order: `values[row * xs.count + column]` is at `(xs[column], ys[row])`.
    public let values: [Double]

    /// Creates a grid from sample positions and row-major values.
    public init(xs: [Double], ys: [Double], values: [Double]) {
        precondition(values.count == xs.count * ys.count, "values must have xs.count × ys.count entries")
        self.xs = xs
        self.ys = ys
        self.values = values
    }

    /// Samples `function` at `columns × rows` evenly spaced points covering `x` and `y`.
    public init(
        x: ClosedRange<Double>, y: ClosedRange<Double>, columns: Int, rows: Int, function: (Double, Double) -> Double
    ) {
        let xs = Self.steps(x, max(columns, 2))
        let ys = Self.steps(y, max(rows, 2))
        self.init(xs: xs, ys: ys, values: ys.flatMap { yValue in xs.map { function($0, yValue) } })
    }

    /// The value at `column`, `row`.
    public func value(column: Int, row: Int) -> Double {
        values[row * xs.count + column]
    }

    /// The smallest and largest finite values, or `nil` when there are none.
    public var finiteRange: ClosedRange<Double>? {
        var low = Double.infinity
        var high = -Double.infinity
        for value in values where value.isFinite {
            if value < low { low = value }
            if value > high { high = value }
        }
        return low <= high ? low...high : nil
    }

    private static func steps(_ range: ClosedRange<Double>, _ count: Int) -> [Double] {
        (0..<count).map { range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / Double(count - 1) }
    }
}
