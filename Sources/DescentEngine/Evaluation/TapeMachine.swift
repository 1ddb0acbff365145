import DescentText

/// Executes an instruction tape over a register file. No allocation, no dynamic dispatch:
/// one `switch` per instruction.
///
/// Written once for every ``TapeValue``: a run's registers hold `Double`s; lockstep runs
/// (``LaneColumns``) hold each register as `width` consecutive ``LaneChunk``s, and each
/// instruction is applied to the chunks in `chunks` (the lanes still running).
enum TapeMachine {
    /// Runs `tape` over one run's registers.
    @_transparent
    static func run(_ tape: UnsafeBufferPointer<Instruction>, _ r: UnsafeMutablePointer<Double>) {
        run(tape, r, width: 1, chunks: 0..<1)
    }

    /// Runs `tape` over registers `width` values wide, on the values in `chunks` of each.
    ///
    /// Transparent (inlined by the compiler's mandatory pass): `@inline(__always)` alone is a
    /// hint the optimiser declines inside the large plain loop, where a call per step costs a
    /// third of a one-instruction tape's step (the call, six saved registers, and the loop's
    /// constants reloaded after it).
    @_transparent
    static func run<V: TapeValue>(
        _ tape: UnsafeBufferPointer<Instruction>, _ r: UnsafeMutablePointer<V>, width: Int, chunks: Range<Int>
    ) {
        for instruction in tape {
            let a = r + Int(instruction.a) * width
            let t = r + Int(instruction.target) * width
            switch instruction.opcode {
            case .add: binary(t, a, r + Int(instruction.b) * width, chunks, +)
            case .subtract: binary(t, a, r + Int(instruction.b) * width, chunks, -)
            case .multiply: binary(t, a, r + Int(instruction.b) * width, chunks, *)
            case .divide: binary(t, a, r + Int(instruction.b) * width, chunks, /)
            case .power: binary(t, a, r + Int(instruction.b) * width, chunks, V.power)
            case .min: binary(t, a, r + Int(instruction.b) * width, chunks, V.minimum)
            case .max: binary(t, a, r + Int(instruction.b) * width, chunks, V.maximum)
            case .integerPower:
                let exponent = Int(instruction.b)
                for c in chunks { t[c] = integerPower(a[c], exponent) }
            case .square: for c in chunks { t[c] = a[c] * a[c] }
            case .subtractThenSquare:
                let b = r + Int(instruction.b) * width
                let square = t + width
                for c in chunks {
                    let difference = a[c] - b[c]
                    t[c] = difference
                    square[c] = difference * difference
                }
            case .negate: for c in chunks { t[c] = V.negate(a[c]) }
            case .sqrt: for c in chunks { t[c] = V.root(a[c]) }
            case .abs: for c in chunks { t[c] = V.magnitude(a[c]) }
            case .sin, .cos, .tan, .exp, .log, .tanh, .sigmoid, .sign, .step:
                let opcode = instruction.opcode
                for c in chunks { t[c] = V.function(opcode, a[c]) }
            }
        }
    }

    @inline(__always)
    private static func binary<V: TapeValue>(
        _ t: UnsafeMutablePointer<V>, _ a: UnsafeMutablePointer<V>, _ b: UnsafeMutablePointer<V>,
        _ chunks: Range<Int>, _ operation: (V, V) -> V
    ) {
        for c in chunks { t[c] = operation(a[c], b[c]) }
    }

    @inline(__always)
    private static func integerPower<V: TapeValue>(_ base: V, _ exponent: Int) -> V {
        switch exponent {
        case 2: return base * base
        case 3: return base * base * base
        case 4:
            let s = base * base
            return s * s
        default:
            var result = V.one
            var factor = base
            var n = Swift.abs(exponent)
            while n > 0 {
                if n & 1 == 1 { result = result * factor }
                factor = factor * factor
                n >>= 1
            }
            return exponent < 0 ? V.one / result : result
        }
    }

    /// The opcodes computed by a libm call or a comparison rather than arithmetic.
    static func function(_ opcode: Instruction.Opcode, _ x: Double) -> Double {
        switch opcode {
        case .sin: return sin(x)
        case .cos: return cos(x)
        case .tan: return tan(x)
        case .exp: return exp(x)
        case .log: return log(x)
        case .tanh: return tanh(x)
        case .sigmoid: return 1 / (1 + exp(-x))
        case .sign: return x > 0 ? 1 : (x < 0 ? -1 : 0)
        case .step: return x > 0 ? 1 : (x < 0 ? 0 : 0.5)
        default: return .nan
        }
    }
}
