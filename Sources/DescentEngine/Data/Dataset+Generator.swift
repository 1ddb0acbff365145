extension Dataset {
    /// Generates `count` points: `x` uniform in `xRange`, `y = formula(x) + σ·N(0, 1)`.
    ///
    /// Draws come from ``SeededGenerator`` in a fixed order (for each point: the x draw, then
    /// the noise draw when `noise > 0`), so the data are identical on every machine.
    /// Columns are `x` and `y`.
    public static func generate(
        count: Int, xRange: ClosedRange<Double>, formula: String,
        noise: Double = 0, seed: UInt64 = 0
    ) throws(DataError) -> Dataset {
        guard (1...maximumRows).contains(count) else {
            throw DataError(message: "point count must be between 1 and \(maximumRows), got \(count)")
        }
        guard noise >= 0, noise.isFinite else {
            throw DataError(message: "noise must be a finite number ≥ 0, got \(noise)")
        }
        let expression: Expression
        do {
            expression = try Objective.parseFormula(formula, parameters: ["x"], columns: [])
        } catch {
            throw DataError(line: 1, column: error.column, message: error.message, suggestion: error.suggestion)
        }
        let evaluator = ObjectiveEvaluator(CompiledObjective(formula: expression, variable: "x"))
        var generator = SeededGenerator(seed: seed)
        var values: [Double] = []
        values.reserveCapacity(2 * count)
        for _ in 0..<count {
            let x = xRange.lowerBound + (xRange.upperBound - xRange.lowerBound) * generator.nextUnit()
            let y = evaluator.value(at: [x]) + (noise > 0 ? noise * generator.nextGaussian() : 0)
            values.append(x)
            values.append(y)
        }
        return try Dataset(columns: ["x", "y"], values: values)
    }
}
