/// One step of a compiled formula: `registers[target] = op(registers[a], registers[b])`.
///
/// For `.integerPower`, `b` holds the exponent itself rather than a register; `.square` is
/// `a * a` (what `.integerPower` computes for the exponent 2); `.subtractThenSquare` is a
/// `.subtract` into `target` fused with the `.square` of it into `target + 1` (one dispatch for
/// the commonest pair: a residual squared). Register numbers
/// are 32-bit (a formula is at most 100,000 characters, so far fewer registers), which makes an
/// instruction 16 bytes: four to a cache line.
struct Instruction: Hashable, Sendable {
    enum Opcode: UInt8, Hashable, Sendable {
        case add, subtract, multiply, divide, power, integerPower, square, subtractThenSquare, negate
        case sin, cos, tan, exp, log, sqrt, abs, tanh, sigmoid, sign, step, min, max
    }

    var opcode: Opcode
    var target: Int32
    var a: Int32
    var b: Int32

    /// The register the instruction writes last: `target`, or `target + 1` for
    /// `.subtractThenSquare` (the square).
    var lastTarget: Int { Int(target) + (opcode == .subtractThenSquare ? 1 : 0) }

    init(opcode: Opcode, target: Int, a: Int, b: Int) {
        self.opcode = opcode
        self.target = Int32(target)
        self.a = Int32(a)
        self.b = Int32(b)
    }
}

extension Instruction.Opcode {
    /// The opcode computing a built-in function.
    init(_ function: BuiltinFunction) {
        switch function {
        case .sin: self = .sin
        case .cos: self = .cos
        case .tan: self = .tan
        case .exp: self = .exp
        case .log: self = .log
        case .sqrt: self = .sqrt
        case .abs: self = .abs
        case .tanh: self = .tanh
        case .sigmoid: self = .sigmoid
        case .sign: self = .sign
        case .step: self = .step
        case .min: self = .min
        case .max: self = .max
        }
    }
}
