/// Symbolic differentiation of formulas.
///
/// Non-smooth points use fixed subgradients: `d/du abs(u) = sign(u)` with `sign(0) = 0`;
/// `d min(a, b) = step(b - a)·a' + step(a - b)·b'` with `step(0) = 1/2`, so a tie averages
/// both sides (likewise `max`). `sign` and `step` themselves have derivative 0.
public enum Differentiation {
    /// `∂expression/∂parameter`, simplified (see ``Simplifier``).
    public static func derivative(of expression: Expression, withRespectTo parameter: String) -> Expression {
        Simplifier.simplify(raw(expression, parameter))
    }

    private static func raw(_ e: Expression, _ p: String) -> Expression {
        if e.isConstant(in: p) { return .number(0) }
        switch e {
        case .number, .column, .constant: return .number(0)
        case .parameter(let name): return .number(name == p ? 1 : 0)
        case .negate(let a): return .negate(raw(a, p))
        case .add(let a, let b): return .add(raw(a, p), raw(b, p))
        case .subtract(let a, let b): return .subtract(raw(a, p), raw(b, p))
        case .multiply(let a, let b):
            return .add(.multiply(raw(a, p), b), .multiply(a, raw(b, p)))
        case .divide(let a, let b):
            return .divide(.subtract(.multiply(raw(a, p), b), .multiply(a, raw(b, p))), .power(b, .number(2)))
        case .power(let base, let exponent):
            return power(base, exponent, p)
        case .call(let function, let arguments):
            return call(function, arguments, p)
        case .aggregate(let kind, let body):
            return .aggregate(kind, raw(body, p))
        }
    }

    private static func power(_ base: Expression, _ exponent: Expression, _ p: String) -> Expression {
        if exponent.isConstant(in: p) {
            let lowered = Expression.subtract(exponent, .number(1))
            return .multiply(.multiply(exponent, .power(base, lowered)), raw(base, p))
        }
        if base == .constant(.e) {
            return .multiply(.power(base, exponent), raw(exponent, p))
        }
        if base.isConstant(in: p) {
            return .multiply(.multiply(.power(base, exponent), .call(.log, [base])), raw(exponent, p))
        }
        let viaExponent = Expression.multiply(raw(exponent, p), .call(.log, [base]))
        let viaBase = Expression.divide(.multiply(exponent, raw(base, p)), base)
        return .multiply(.power(base, exponent), .add(viaExponent, viaBase))
    }

    private static func call(_ function: BuiltinFunction, _ arguments: [Expression], _ p: String) -> Expression {
        let u = arguments[0]
        let du = raw(u, p)
        switch function {
        case .sin: return .multiply(.call(.cos, [u]), du)
        case .cos: return .negate(.multiply(.call(.sin, [u]), du))
        case .tan: return .divide(du, .power(.call(.cos, [u]), .number(2)))
        case .exp: return .multiply(.call(.exp, [u]), du)
        case .log: return .divide(du, u)
        case .sqrt: return .divide(du, .multiply(.number(2), .call(.sqrt, [u])))
        case .abs: return .multiply(.call(.sign, [u]), du)
        case .tanh: return .multiply(.subtract(.number(1), .power(.call(.tanh, [u]), .number(2))), du)
        case .sigmoid:
            let s = Expression.call(.sigmoid, [u])
            return .multiply(.multiply(s, .subtract(.number(1), s)), du)
        case .sign, .step: return .number(0)
        case .min, .max:
            let v = arguments[1]
            let dv = raw(v, p)
            let (first, second) = function == .min ? (Expression.subtract(v, u), Expression.subtract(u, v))
                                                     : (Expression.subtract(u, v), Expression.subtract(v, u))
            return .add(.multiply(.call(.step, [first]), du), .multiply(.call(.step, [second]), dv))
        }
    }
}

extension Objective {
    /// `∂f/∂parameter` for one parameter of the signature, simplified.
    public func derivative(withRespectTo parameter: String) -> Expression {
        Differentiation.derivative(of: body, withRespectTo: parameter)
    }

    /// The gradient: one simplified partial derivative per parameter, in signature order.
    public var gradient: [Expression] {
        parameters.map { derivative(withRespectTo: $0) }
    }
}
