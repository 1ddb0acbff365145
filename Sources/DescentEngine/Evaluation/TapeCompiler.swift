/// Turns expressions into instruction tapes with common subexpressions shared.
///
/// Two tapes come out: the row tape, run once per data row for the bodies of
/// `mean(...)`/`sum(...)`, and the main tape, run once per evaluation after the row sums are
/// in place. Registers are laid out as parameters, columns, constants, then temporaries.
struct TapeCompiler {
    struct AggregateSlot: Hashable, Sendable {
        var kind: Aggregate
        var rowRegister: Int
        var target: Int
    }

    private(set) var registerCount: Int
    private(set) var constants: [(register: Int, value: Double)] = []
    private(set) var mainTape: [Instruction] = []
    private(set) var rowTape: [Instruction] = []
    private(set) var aggregates: [AggregateSlot] = []
    private let parameterIndex: [String: Int]
    private let columnIndex: [String: Int]
    private var constantRegisters: [Double: Int] = [:]
    private var mainCache: [Instruction: Int] = [:]
    private var rowCache: [Instruction: Int] = [:]
    private var aggregateCache: [[Int]: Int] = [:]

    init(parameters: [String], columns: [String]) {
        parameterIndex = Dictionary(uniqueKeysWithValues: parameters.enumerated().map { ($1, $0) })
        columnIndex = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, parameters.count + $0) })
        registerCount = parameters.count + columns.count
    }

    /// Compiles `expression` into the main tape and returns the register holding its value.
    mutating func emit(_ expression: Expression) -> Int {
        emit(expression, inRow: false)
    }

    private mutating func emit(_ expression: Expression, inRow: Bool) -> Int {
        switch expression {
        case .number(let value): return constant(value)
        case .constant(let named): return constant(named.value)
        case .parameter(let name): return parameterIndex[name] ?? constant(.nan)
        case .column(let name): return columnIndex[name] ?? constant(.nan)
        case .negate(let a): return instruction(.negate, emit(a, inRow: inRow), 0, inRow)
        case .add(let a, let b): return binary(.add, a, b, inRow)
        case .subtract(let a, let b): return binary(.subtract, a, b, inRow)
        case .multiply(let a, let b): return binary(.multiply, a, b, inRow)
        case .divide(let a, let b): return binary(.divide, a, b, inRow)
        case .power(let base, .number(2)):
            // x² is the commonest power by far (squared errors, Rosenbrock, quadratics): its own
            // opcode skips `.integerPower`'s choice of method on the exponent.
            return instruction(.square, emit(base, inRow: inRow), 0, inRow)
        case .power(let base, .number(let n)) where n == n.rounded() && Swift.abs(n) <= 64:
            return instruction(.integerPower, emit(base, inRow: inRow), Int(n), inRow)
        case .power(let a, let b): return binary(.power, a, b, inRow)
        case .call(let function, let arguments):
            let a = emit(arguments[0], inRow: inRow)
            let b = arguments.count > 1 ? emit(arguments[1], inRow: inRow) : 0
            return instruction(.init(function), a, b, inRow)
        case .aggregate(let kind, let body):
            return aggregate(kind, emit(body, inRow: true))
        }
    }

    private mutating func binary(_ opcode: Instruction.Opcode, _ a: Expression, _ b: Expression, _ inRow: Bool) -> Int {
        let left = emit(a, inRow: inRow)
        return instruction(opcode, left, emit(b, inRow: inRow), inRow)
    }

    private mutating func instruction(_ opcode: Instruction.Opcode, _ a: Int, _ b: Int, _ inRow: Bool) -> Int {
        let key = Instruction(opcode: opcode, target: -1, a: a, b: b)
        if let cached = inRow ? rowCache[key] : mainCache[key] { return cached }
        let target = allocate()
        var placed = key
        placed.target = Int32(target)
        if inRow {
            if !Self.fuse(placed, into: &rowTape) { rowTape.append(placed) }
            rowCache[key] = target
        } else {
            if !Self.fuse(placed, into: &mainTape) { mainTape.append(placed) }
            mainCache[key] = target
        }
        return target
    }

    /// Turns the tape's last instruction into `.subtractThenSquare` when `square` is a `.square`
    /// of that subtraction, into the register right after its own; whether it did.
    private static func fuse(_ square: Instruction, into tape: inout [Instruction]) -> Bool {
        guard square.opcode == .square, let last = tape.last, last.opcode == .subtract, square.a == last.target,
            square.target == last.target + 1
        else { return false }
        tape[tape.count - 1].opcode = .subtractThenSquare
        return true
    }

    private mutating func aggregate(_ kind: Aggregate, _ rowRegister: Int) -> Int {
        let key = [kind == .mean ? 0 : 1, rowRegister]
        if let cached = aggregateCache[key] { return cached }
        let target = allocate()
        aggregates.append(AggregateSlot(kind: kind, rowRegister: rowRegister, target: target))
        aggregateCache[key] = target
        return target
    }

    private mutating func constant(_ value: Double) -> Int {
        if !value.isNaN, let register = constantRegisters[value] { return register }
        let register = allocate()
        constants.append((register, value))
        if !value.isNaN { constantRegisters[value] = register }
        return register
    }

    private mutating func allocate() -> Int {
        registerCount += 1
        return registerCount - 1
    }
}
