/// One measured figure, e.g. `engine adam rosenbrock` = 41.2 `ns/step`.
public struct BenchmarkFigure: Hashable, Sendable {
    /// What was measured.
    public var name: String
    /// The measurement.
    public var value: Double
    /// Its unit (`ns/step`, `×`, `steps/s`, `s`).
    public var unit: String
}
