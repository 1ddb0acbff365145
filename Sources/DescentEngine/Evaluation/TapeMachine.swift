import DescentText

/// Executes an instruction tape over a register file. No allocation, no dynamic dispatch:
/// one `switch` per instruction.
///
/// Written once for every ``TapeValue``: a run's registers hold `Double`s; lockstep runs
/// (``LaneColumns``) hold each register as `width` consecutive ``LaneChunk``s, and each
/// instruction is applied to the chunks in `chunks` (the lanes still running).
enum TapeMachine {
    /// Runs `tape` over one run's registers; the value it wrote last (to the tape's last
    /// instruction's ``Instruction/lastTarget``; 1 for an empty tape), still in a CPU register
    /// where the caller would otherwise load it back from memory just after it was stored.
    @_transparent @discardableResult
    static func run(_ tape: UnsafeBufferPointer<Instruction>, _ r: UnsafeMutablePointer<Double>) -> Double {
        run(tape, r, width: 1, chunks: 0..<1)
    }

    /// Runs `tape` over registers `width` values wide, on the values in `chunks` of each; the
    /// value it wrote last (to the last of `chunks`).
    ///
    /// Transparent (inlined by the compiler's mandatory pass): `@inline(__always)` alone is a
    /// hint the optimiser declines inside the large plain loop, where a call per step costs a
    /// third of a one-instruction tape's step (the call, six saved registers, and the loop's
    /// constants reloaded after it).
    @_transparent @discardableResult
    static func run<V: TapeValue>(
        _ tape: UnsafeBufferPointer<Instruction>, _ r: UnsafeMutablePointer<V>, width: Int, chunks: Range<Int>
    ) -> V {
        var last = V.one
        for instruction in tape {
            let a = r + Int(instruction.a) * width
            let t = r + Int(instruction.target) * width
            switch instruction.opcode {
            case .add: last = binary(t, a, r + Int(instruction.b) * width, chunks, +)
            case .subtract: last = binary(t, a, r + Int(instruction.b) * width, chunks, -)
            case .multiply: last = binary(t, a, r + Int(instruction.b) * width, chunks, *)
            case .divide: last = binary(t, a, r + Int(instruction.b) * width, chunks, /)
            case .power: last = binary(t, a, r + Int(instruction.b) * width, chunks, V.power)
            case .min: last = binary(t, a, r + Int(instruction.b) * width, chunks, V.minimum)
            case .max: last = binary(t, a, r + Int(instruction.b) * width, chunks, V.maximum)
            case .integerPower:
                let exponent = Int(instruction.b)
                last = write(t, chunks) { integerPower(a[$0], exponent) }
            case .square: last = write(t, chunks) { a[$0] * a[$0] }
            case .subtractThenSquare:
                let b = r + Int(instruction.b) * width
                last = write(t + width, chunks) { c in
                    let difference = a[c] - b[c]
                    t[c] = difference
                    return difference * difference
                }
            case .negate: last = write(t, chunks) { V.negate(a[$0]) }
            case .sqrt: last = write(t, chunks) { V.root(a[$0]) }
            case .abs: last = write(t, chunks) { V.magnitude(a[$0]) }
            case .sin, .cos, .tan, .exp, .log, .tanh, .sigmoid, .sign, .step:
                let opcode = instruction.opcode
                last = write(t, chunks) { V.function(opcode, a[$0]) }
            }
        }
        return last
    }

    @inline(__always)
    private static func binary<V: TapeValue>(
        _ t: UnsafeMutablePointer<V>, _ a: UnsafeMutablePointer<V>, _ b: UnsafeMutablePointer<V>,
        _ chunks: Range<Int>, _ operation: (V, V) -> V
    ) -> V {
        write(t, chunks) { operation(a[$0], b[$0]) }
    }

    /// Writes `value(c)` to `t[c]` for each chunk; the last value written.
    @inline(__always)
    private static func write<V: TapeValue>(
        _ t: UnsafeMutablePointer<V>, _ chunks: Range<Int>, _ value: (Int) -> V
    ) -> V {
        var last = V.one
        for c in chunks {
            last = value(c)
            t[c] = last
        }
        return last
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
