/// Evaluates a ``CompiledObjective``: the value and gradient at a point, in one pass.
///
/// Owns the scratch registers, allocated once at creation; evaluating allocates nothing.
/// Not shared between threads: each run makes its own.
public struct ObjectiveEvaluator {
    /// The program being evaluated.
    public let program: CompiledObjective
    private var registers: [Double]
    /// The row order used by batches: a permutation of `0..<rowCount`, reshuffled per epoch.
    public private(set) var rowOrder: [Int]

    /// An evaluator with fresh scratch space.
    public init(_ program: CompiledObjective) {
        self.program = program
        registers = program.registerTemplate
        rowOrder = Array(0..<program.rowCount)
    }

    /// `f(point)`, writing `∇f(point)` into `gradient` (which must have `dimension` elements).
    ///
    /// - Parameter batch: positions in ``rowOrder`` to average/sum over; nil means every row in
    ///   natural order.
    @inline(__always)
    public mutating func evaluate(at point: [Double], gradient: inout [Double], batch: Range<Int>? = nil) -> Double {
        let program = self.program
        let order = rowOrder
        return registers.withUnsafeMutableBufferPointer { buffer in
            let r = buffer.baseAddress!
            for index in 0..<program.parameterCount { r[index] = point[index] }
            if !program.aggregates.isEmpty { Self.accumulate(program, order, batch, r) }
            program.mainTape.withUnsafeBufferPointer { TapeMachine.run($0, r) }
            for (index, register) in program.gradientRegisters.enumerated() { gradient[index] = r[register] }
            return r[program.valueRegister]
        }
    }

    /// `f(point)` alone (the gradient is computed and discarded).
    public mutating func value(at point: [Double], batch: Range<Int>? = nil) -> Double {
        var scratch = [Double](repeating: 0, count: program.gradientRegisters.count)
        return evaluate(at: point, gradient: &scratch, batch: batch)
    }

    /// Reshuffles ``rowOrder`` with `generator` (Fisher–Yates).
    public mutating func shuffleRows(using generator: inout SeededGenerator) {
        generator.shuffle(&rowOrder)
    }

    private static func accumulate(_ program: CompiledObjective, _ order: [Int], _ batch: Range<Int>?,
                                   _ r: UnsafeMutablePointer<Double>) {
        guard let data = program.dataset else { return }
        let width = data.columns.count
        let firstColumn = program.parameterCount
        for slot in program.aggregates { r[slot.target] = 0 }
        let positions = batch ?? 0..<data.rowCount
        data.values.withUnsafeBufferPointer { values in
            program.rowTape.withUnsafeBufferPointer { tape in
                for position in positions {
                    let row = batch == nil ? position : order[position]
                    for (offset, source) in program.columnSources.enumerated() {
                        r[firstColumn + offset] = values[row * width + source]
                    }
                    TapeMachine.run(tape, r)
                    for slot in program.aggregates { r[slot.target] += r[slot.rowRegister] }
                }
            }
        }
        let count = Double(positions.count)
        for slot in program.aggregates where slot.kind == .mean { r[slot.target] /= count }
    }
}
