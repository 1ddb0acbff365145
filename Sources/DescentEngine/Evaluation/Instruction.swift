/// One step of a compiled formula: `registers[target] = op(registers[a], registers[b])`.
///
/// For `.integerPower`, `b` holds the exponent itself rather than a register.
struct Instruction: Hashable, Sendable {
    enum Opcode: UInt8, Hashable, Sendable {
        case add, subtract, multiply, divide, power, integerPower, negate
        case sin, cos, tan, exp, log, sqrt, abs, tanh, sigmoid, sign, step, min, max
    }

    var opcode: Opcode
    var target: Int
    var a: Int
    var b: Int
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
