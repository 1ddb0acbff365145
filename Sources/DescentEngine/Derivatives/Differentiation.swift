/// Symbolic differentiation of formulas.
///
/// Non-smooth points use fixed subgradients: `d/du abs(u) = sign(u)` with `sign(0) = 0`;
/// `d min(a, b) = step(b - a)·a' + step(a - b)·b'` with `step(0) = 1/2`, so a tie averages
/// both sides (likewise `max`). `sign` and `step` themselves have derivative 0.
public enum Differentiation {
    /// `∂expression/∂parameter`, simplified (see ``Simplifier``).
    public static func derivative(of expression: Expression, withRespectTo parameter: String) -> Expression {
        var differentiator = Differentiator(parameter: parameter)
        return differentiator.derivative(of: expression)
    }
}

/// One pass over a formula that yields its simplified derivative.
///
/// The result is the textbook rules' derivative (`(a·b)' = a'·b + a·b'`, …) simplified, but
/// each new node is simplified as it is built, from its children's simplified forms
/// (``Simplifier/combine(_:_:)``), and each sub-formula is simplified and differentiated once.
/// Building the whole derivative first and simplifying it afterwards did the same work for
/// every use of a shared subtree: the product rule reuses its factors, so a product of n
/// factors had its prefixes simplified n times over (n²/2 nodes), and checking every node for
/// the parameter rescanned its subtree. Now the work is a constant number of simplified nodes
/// per node of the formula.
struct Differentiator {
    /// The parameter differentiated by.
    let parameter: String
    /// Simplified nodes built so far (a work counter for tests).
    private(set) var combined = 0

    init(parameter: String) {
        self.parameter = parameter
    }

    /// `∂e/∂parameter`, simplified.
    mutating func derivative(of e: Expression) -> Expression {
        differentiate(e, needsValue: false).slope ?? .number(0)
    }

    /// `e` simplified when `needsValue` (else nil), and its derivative simplified: nil when `e`
    /// does not mention the parameter (the derivative is then 0). The rules for products,
    /// quotients, powers and calls use their operands' simplified forms; sums and the like do
    /// not, so a long sum is not simplified just to be differentiated.
    private mutating func differentiate(_ e: Expression, needsValue: Bool) -> (value: Expression?, slope: Expression?) {
        switch e {
        case .number, .column, .constant: return (e, nil)
        case .parameter(let name): return (e, name == parameter ? .number(1) : nil)
        default: break
        }
        let childrenNeedValues: Bool
        switch e {
        case .multiply, .divide, .power, .call: childrenNeedValues = true
        default: childrenNeedValues = needsValue
        }
        var values: [Expression] = []
        var slopes: [Expression?] = []
        for child in e.children {
            let (value, slope) = differentiate(child, needsValue: childrenNeedValues)
            if let value { values.append(value) }
            slopes.append(slope)
        }
        var value: Expression?
        if needsValue {
            combined += 1
            value = Simplifier.combine(e, values)
        }
        guard slopes.contains(where: { $0 != nil }) else { return (value, nil) }
        return (value, slope(of: e, values, slopes))
    }

    /// `shape` simplified; its children must be simplified already.
    private mutating func make(_ shape: Expression) -> Expression {
        combined += 1
        return Simplifier.combine(shape, shape.children)
    }

    /// The derivative of `e`, which mentions the parameter, from its children's simplified
    /// forms (present for products, quotients, powers and calls) and derivatives.
    private mutating func slope(of e: Expression, _ v: [Expression], _ slopes: [Expression?]) -> Expression {
        let d = slopes.map { $0 ?? .number(0) }
        switch e {
        case .number, .parameter, .column, .constant: return .number(0)
        case .negate: return make(.negate(d[0]))
        case .add: return make(.add(d[0], d[1]))
        case .subtract: return make(.subtract(d[0], d[1]))
        case .multiply:
            return make(.add(make(.multiply(d[0], v[1])), make(.multiply(v[0], d[1]))))
        case .divide:
            let numerator = make(.subtract(make(.multiply(d[0], v[1])), make(.multiply(v[0], d[1]))))
            return make(.divide(numerator, make(.power(v[1], .number(2)))))
        case .power(let base, _):
            return power(
                base: base, v[0], v[1], d[0], d[1], baseIsConstant: slopes[0] == nil,
                exponentIsConstant: slopes[1] == nil)
        case .call(let function, _):
            return call(function, v, d)
        case .aggregate(let kind, _):
            return make(.aggregate(kind, d[0]))
        }
    }

    private mutating func power(
        base: Expression, _ b: Expression, _ exponent: Expression, _ db: Expression,
        _ dexponent: Expression, baseIsConstant: Bool, exponentIsConstant: Bool
    ) -> Expression {
        if exponentIsConstant {
            let lowered = make(.subtract(exponent, .number(1)))
            return make(.multiply(make(.multiply(exponent, make(.power(b, lowered)))), db))
        }
        if base == .constant(.e) {
            return make(.multiply(make(.power(b, exponent)), dexponent))
        }
        if baseIsConstant {
            return make(.multiply(make(.multiply(make(.power(b, exponent)), make(.call(.log, [b])))), dexponent))
        }
        let viaExponent = make(.multiply(dexponent, make(.call(.log, [b]))))
        let viaBase = make(.divide(make(.multiply(exponent, db)), b))
        return make(.multiply(make(.power(b, exponent)), make(.add(viaExponent, viaBase))))
    }

    private mutating func call(_ function: BuiltinFunction, _ v: [Expression], _ d: [Expression]) -> Expression {
        let u = v[0]
        let du = d[0]
        switch function {
        case .sin: return make(.multiply(make(.call(.cos, [u])), du))
        case .cos: return make(.negate(make(.multiply(make(.call(.sin, [u])), du))))
        case .tan: return make(.divide(du, make(.power(make(.call(.cos, [u])), .number(2)))))
        case .exp: return make(.multiply(make(.call(.exp, [u])), du))
        case .log: return make(.divide(du, u))
        case .sqrt: return make(.divide(du, make(.multiply(.number(2), make(.call(.sqrt, [u]))))))
        case .abs: return make(.multiply(make(.call(.sign, [u])), du))
        case .tanh:
            return make(.multiply(make(.subtract(.number(1), make(.power(make(.call(.tanh, [u])), .number(2))))), du))
        case .sigmoid:
            let s = make(.call(.sigmoid, [u]))
            return make(.multiply(make(.multiply(s, make(.subtract(.number(1), s)))), du))
        case .sign, .step: return .number(0)
        case .min, .max:
            let other = v[1]
            let (first, second) =
                function == .min
                ? (make(.subtract(other, u)), make(.subtract(u, other)))
                : (make(.subtract(u, other)), make(.subtract(other, u)))
            return make(
                .add(
                    make(.multiply(make(.call(.step, [first])), du)),
                    make(.multiply(make(.call(.step, [second])), d[1]))))
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
