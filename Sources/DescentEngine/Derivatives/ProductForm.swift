import DescentText

/// A product as `coefficient × Π base^exponent`, used by ``Simplifier``.
struct ProductForm {
    private(set) var coefficient: Double = 1
    private var factors: [(base: Expression, exponent: Double)] = []
    /// Factors whose exponent is not a plain number, kept as they are.
    private var opaque: [Expression] = []

    init() {}

    /// Collects already simplified children of a multiply/divide/power node.
    init(_ children: [Expression], shape: Expression) {
        switch shape {
        case .multiply:
            collect(children[0], exponent: 1)
            collect(children[1], exponent: 1)
        case .divide:
            collect(children[0], exponent: 1)
            collect(children[1], exponent: -1)
        default: collectPower(children[0], children[1])
        }
    }

    /// Splits `c*rest` into `(c, rest)`; `(1, expression)` when there is no numeric factor.
    static func splitCoefficient(_ expression: Expression) -> (Double, Expression) {
        var form = ProductForm()
        form.collect(expression, exponent: 1)
        let coefficient = form.coefficient
        form.coefficient = 1
        return (coefficient, form.rebuilt())
    }

    /// `coefficient * term`, written without a `1*` or `-1*`.
    static func scaled(_ term: Expression, by coefficient: Double) -> Expression {
        var form = ProductForm()
        form.collect(term, exponent: 1)
        form.coefficient *= coefficient
        return form.rebuilt()
    }

    private mutating func collect(_ expression: Expression, exponent: Double) {
        switch expression {
        case .number(let value):
            coefficient *= pow(value, exponent)
        case .negate(let inner):
            coefficient *= exponent.truncatingRemainder(dividingBy: 2) == 0 ? 1 : -1
            collect(inner, exponent: exponent)
        case .multiply(let a, let b):
            collect(a, exponent: exponent)
            collect(b, exponent: exponent)
        case .divide(let a, let b):
            collect(a, exponent: exponent)
            collect(b, exponent: -exponent)
        case .power(let base, .number(let inner)) where inner == inner.rounded() && exponent == exponent.rounded():
            collect(base, exponent: exponent * inner)
        default:
            multiplyFactor(expression, exponent: exponent)
        }
    }

    private mutating func collectPower(_ base: Expression, _ exponent: Expression) {
        if case .number(let value) = exponent {
            if case .number(let b) = base {
                coefficient *= pow(b, value)
                return
            }
            if value == value.rounded() {
                collect(base, exponent: value)
                return
            }
        }
        if case .number(1) = base { return }
        opaque.append(.power(base, exponent))
    }

    private mutating func multiplyFactor(_ base: Expression, exponent: Double) {
        if let index = factors.firstIndex(where: { $0.base == base }) {
            factors[index].exponent += exponent
        } else {
            factors.append((base, exponent))
        }
    }

    /// The product written out: `-400*x*(y - x^2)`, `w/2`, `1/(2*sqrt(w))`.
    func rebuilt() -> Expression {
        if coefficient == 0 { return .number(0) }
        let live = factors.filter { $0.exponent != 0 }
        let ordered = live.filter { Self.isSimple($0.base) } + live.filter { !Self.isSimple($0.base) }
        var numerator = ordered.filter { $0.exponent > 0 }.map { Self.power($0.base, $0.exponent) } + opaque
        let denominator = ordered.filter { $0.exponent < 0 }.map { Self.power($0.base, -$0.exponent) }
        var scale = coefficient
        var divisor = 1.0
        let inverse = 1 / Swift.abs(coefficient)
        if Swift.abs(coefficient) < 1, inverse == inverse.rounded(), inverse < 1e6 {
            divisor = inverse
            scale = coefficient < 0 ? -1 : 1
        }
        if Swift.abs(scale) != 1 || numerator.isEmpty { numerator.insert(.number(Swift.abs(scale)), at: 0) }
        var result = numerator.dropFirst().reduce(numerator[0]) { .multiply($0, $1) }
        let below = (divisor != 1 ? [Expression.number(divisor)] : []) + denominator
        if let first = below.first {
            result = .divide(result, below.dropFirst().reduce(first) { .multiply($0, $1) })
        }
        return scale < 0 ? Self.negated(result) : result
    }

    private static func negated(_ expression: Expression) -> Expression {
        switch expression {
        case .number(let value): return .number(-value)
        case .multiply(.number(let value), let rest): return .multiply(.number(-value), rest)
        case .divide(.number(let value), let rest): return .divide(.number(-value), rest)
        default: return .negate(expression)
        }
    }

    private static func power(_ base: Expression, _ exponent: Double) -> Expression {
        exponent == 1 ? base : .power(base, .number(exponent))
    }

    private static func isSimple(_ expression: Expression) -> Bool {
        switch expression {
        case .parameter, .column, .constant: return true
        default: return false
        }
    }
}
