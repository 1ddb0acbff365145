import Foundation

/// Executes an instruction tape over a register file. No allocation, no dynamic dispatch:
/// one `switch` per instruction.
enum TapeMachine {
    @inline(__always)
    static func run(_ tape: UnsafeBufferPointer<Instruction>, _ r: UnsafeMutablePointer<Double>) {
        for instruction in tape {
            let a = r[instruction.a]
            let value: Double
            switch instruction.opcode {
            case .add: value = a + r[instruction.b]
            case .subtract: value = a - r[instruction.b]
            case .multiply: value = a * r[instruction.b]
            case .divide: value = a / r[instruction.b]
            case .power: value = Foundation.pow(a, r[instruction.b])
            case .integerPower: value = integerPower(a, instruction.b)
            case .negate: value = -a
            case .sqrt: value = a.squareRoot()
            case .abs: value = Swift.abs(a)
            case .min: value = Swift.min(a, r[instruction.b])
            case .max: value = Swift.max(a, r[instruction.b])
            default: value = transcendental(instruction.opcode, a)
            }
            r[instruction.target] = value
        }
    }

    @inline(__always)
    private static func integerPower(_ base: Double, _ exponent: Int) -> Double {
        switch exponent {
        case 2: return base * base
        case 3: return base * base * base
        case 4:
            let s = base * base
            return s * s
        default:
            var result = 1.0
            var factor = base
            var n = Swift.abs(exponent)
            while n > 0 {
                if n & 1 == 1 { result *= factor }
                factor *= factor
                n >>= 1
            }
            return exponent < 0 ? 1 / result : result
        }
    }

    private static func transcendental(_ opcode: Instruction.Opcode, _ x: Double) -> Double {
        switch opcode {
        case .sin: return Foundation.sin(x)
        case .cos: return Foundation.cos(x)
        case .tan: return Foundation.tan(x)
        case .exp: return Foundation.exp(x)
        case .log: return Foundation.log(x)
        case .tanh: return Foundation.tanh(x)
        case .sigmoid: return 1 / (1 + Foundation.exp(-x))
        case .sign: return x > 0 ? 1 : (x < 0 ? -1 : 0)
        case .step: return x > 0 ? 1 : (x < 0 ? 0 : 0.5)
        default: return .nan
        }
    }
}
