/// Evaluates a ``CompiledObjective``: the value and gradient at a point, in one pass.
///
/// Owns its scratch registers and a private copy of the tapes, allocated once at creation
/// and freed with it; evaluating allocates nothing and retains nothing. Not shared between
/// threads: each run makes its own.
public final class ObjectiveEvaluator {
    /// The program being evaluated.
    public let program: CompiledObjective
    /// The row order used by batches: a permutation of `0..<rowCount`, reshuffled per epoch.
    public private(set) var rowOrder: [Int]
    /// The register file: parameters first (see ``TapeCompiler``), then columns, constants and
    /// temporaries. The plain descent loop keeps θ in its first `dimension` registers.
    let registers: UnsafeMutableBufferPointer<Double>
    private let mainTape: UnsafeMutableBufferPointer<Instruction>
    /// Where ∇f's components are after the main tape has run.
    let gradientRegisters: UnsafeMutableBufferPointer<Int>
    private let scratchGradient: UnsafeMutableBufferPointer<Double>
    private let parameterCount: Int
    /// Where f is after the main tape has run.
    let valueRegister: Int
    /// Whether the objective aggregates over data rows.
    let readsData: Bool
    /// The register the main tape writes last (whose value ``TapeMachine/run(_:_:)`` returns),
    /// or nil for an empty tape.
    let registerWrittenLast: Int?

    /// An evaluator with fresh scratch space.
    public init(_ program: CompiledObjective) {
        self.program = program
        rowOrder = Array(0..<program.rowCount)
        registers = Self.copy(program.registerTemplate)
        mainTape = Self.copy(program.mainTape)
        gradientRegisters = Self.copy(program.gradientRegisters)
        scratchGradient = Self.copy([Double](repeating: 0, count: program.gradientRegisters.count))
        parameterCount = program.parameterCount
        valueRegister = program.valueRegister
        readsData = !program.aggregates.isEmpty
        registerWrittenLast = program.mainTape.last.map(\.lastTarget)
    }

    deinit {
        registers.deallocate()
        mainTape.deallocate()
        gradientRegisters.deallocate()
        scratchGradient.deallocate()
    }

    private static func copy<T>(_ values: [T]) -> UnsafeMutableBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: Swift.max(1, values.count))
        _ = buffer.initialize(from: values)
        return UnsafeMutableBufferPointer(rebasing: buffer[0..<values.count])
    }

    /// `f(point)`, writing `∇f(point)` into `gradient` (which must have `dimension` elements).
    ///
    /// - Parameter batch: positions in ``rowOrder`` to average/sum over; nil means every row in
    ///   natural order.
    public func evaluate(at point: [Double], gradient: inout [Double], batch: Range<Int>? = nil) -> Double {
        point.withUnsafeBufferPointer { p in
            gradient.withUnsafeMutableBufferPointer { evaluate(at: p, into: $0, batch: batch) }
        }
    }

    /// `f(point)` alone.
    public func value(at point: [Double], batch: Range<Int>? = nil) -> Double {
        point.withUnsafeBufferPointer { value(at: $0, batch: batch) }
    }

    /// `f(point)` alone, for a point in the caller's storage.
    func value(at point: UnsafeBufferPointer<Double>, batch: Range<Int>? = nil) -> Double {
        evaluate(at: point, into: scratchGradient, batch: batch)
    }

    /// `f(point)`, writing `∇f(point)` into `gradient`: both in the caller's storage, with at
    /// least `dimension` elements. What the run loop calls every iteration.
    @inline(__always)
    func evaluate(
        at point: UnsafeBufferPointer<Double>, into gradient: UnsafeMutableBufferPointer<Double>,
        batch: Range<Int>?
    ) -> Double {
        let r = registers.baseAddress!
        for index in 0..<parameterCount { r[index] = point[index] }
        if readsData { accumulate(batch, r) }
        TapeMachine.run(UnsafeBufferPointer(mainTape), r)
        for index in 0..<gradientRegisters.count { gradient[index] = r[gradientRegisters[index]] }
        return r[valueRegister]
    }

    /// The main tape, for a loop that runs it itself on ``registers`` (f and ∇f at the
    /// parameters already in the first `dimension` registers, for objectives that read no data):
    /// fetched once before the loop, so that the tape's dispatch is inlined into the loop and no
    /// call per step spills the loop's numbers out of the CPU's registers.
    var mainTapeInstructions: UnsafeBufferPointer<Instruction> { UnsafeBufferPointer(mainTape) }

    /// Reshuffles ``rowOrder`` with `generator` (Fisher–Yates).
    public func shuffleRows(using generator: inout SeededGenerator) {
        generator.shuffle(&rowOrder)
    }

    private func accumulate(_ batch: Range<Int>?, _ r: UnsafeMutablePointer<Double>) {
        guard let data = program.dataset else { return }
        let width = data.columns.count
        let firstColumn = parameterCount
        let aggregates = program.aggregates
        let sources = program.columnSources
        for slot in aggregates { r[slot.target] = 0 }
        let positions = batch ?? 0..<data.rowCount
        data.values.withUnsafeBufferPointer { values in
            program.rowTape.withUnsafeBufferPointer { tape in
                rowOrder.withUnsafeBufferPointer { order in
                    for position in positions {
                        let row = batch == nil ? position : order[position]
                        for (offset, source) in sources.enumerated() {
                            r[firstColumn + offset] = values[row * width + source]
                        }
                        TapeMachine.run(tape, r)
                        for slot in aggregates { r[slot.target] += r[slot.rowRegister] }
                    }
                }
            }
        }
        let count = Double(positions.count)
        for slot in aggregates where slot.kind == .mean { r[slot.target] /= count }
    }
}
