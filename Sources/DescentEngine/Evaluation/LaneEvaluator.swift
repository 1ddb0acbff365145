/// Evaluates a ``CompiledObjective`` for many runs at once: the value and gradient at every
/// lane's point in one pass of the tape (``TapeMachine`` over ``LaneChunk``s).
///
/// For objectives that read no data (``canEvaluate(_:)``). Each lane's numbers are exactly
/// what ``ObjectiveEvaluator`` gives for that lane's point alone. Owns its registers; not
/// shared between threads.
final class LaneEvaluator {
    /// The register file, one row per register (parameters first, then constants and temporaries).
    let registers: LaneColumns
    private let tape: UnsafeMutablePointer<Instruction>
    private let tapeCount: Int
    private let parameterCount: Int
    /// The row holding f after ``evaluate(at:chunks:)``.
    let valueRow: UnsafeMutablePointer<LaneChunk>
    /// The rows holding ∂f/∂θⱼ after ``evaluate(at:chunks:)``, in parameter order.
    let gradientRows: [UnsafeMutablePointer<LaneChunk>]

    /// Whether `program` can be evaluated in lanes: it reads no data.
    static func canEvaluate(_ program: CompiledObjective) -> Bool {
        program.dataset == nil && program.aggregates.isEmpty && program.rowTape.isEmpty
    }

    /// An evaluator for `chunks` chunks of lanes of `program` (which must read no data).
    init(_ program: CompiledObjective, chunks: Int) {
        precondition(Self.canEvaluate(program), "lockstep evaluation needs an objective without data")
        let registers = LaneColumns(rows: program.registerTemplate.count, chunks: chunks)
        for (k, value) in program.registerTemplate.enumerated() {
            registers.row(k).update(repeating: LaneChunk(repeating: value), count: chunks)
        }
        self.registers = registers
        tapeCount = program.mainTape.count
        tape = .allocate(capacity: Swift.max(1, tapeCount))
        for (k, instruction) in program.mainTape.enumerated() { (tape + k).initialize(to: instruction) }
        parameterCount = program.parameterCount
        valueRow = registers.row(program.valueRegister)
        gradientRows = program.gradientRegisters.map { registers.row($0) }
    }

    deinit { tape.deallocate() }

    /// f and ∇f at the points in `points` (one row per parameter), for the lanes in `chunks`;
    /// read them from ``valueRow`` and ``gradientRows``.
    @inline(__always)
    func evaluate(at points: LaneColumns, chunks: Range<Int>) {
        let width = registers.chunks
        let r = registers.base
        for j in 0..<parameterCount {
            let source = points.row(j)
            let target = r + j * width
            for c in chunks { target[c] = source[c] }
        }
        TapeMachine.run(UnsafeBufferPointer(start: tape, count: tapeCount), r, width: width, chunks: chunks)
    }
}
