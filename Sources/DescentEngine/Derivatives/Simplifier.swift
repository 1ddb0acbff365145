import DescentText

/// Rewrites expressions so they read like a person wrote them.
///
/// Sums are flattened into coefficient–term lists (like terms merged, zero terms dropped,
/// the constant last, negative terms written with `-`); products into a coefficient and
/// base–exponent factors (equal bases merged, `x*x` → `x^2`, simple factors first,
/// negative exponents moved under a fraction bar). Numbers fold, `x^1` → `x`, `x^0` → `1`,
/// `0*x` → `0`. So `d/dw w^2` reads `2*w` and `d/dw (w^4 - 8*w^2)` reads `4*w^3 - 16*w`.
public enum Simplifier {
    /// The simplified form of `expression`.
    public static func simplify(_ expression: Expression) -> Expression {
        combine(expression, expression.children.map(simplify))
    }

    /// The simplified form of a node shaped like `shape` whose children simplify to `children`
    /// (`shape`'s own children are not looked at; a leaf is returned as it is).
    ///
    /// Simplifying is a fold: a node's simplified form depends only on its kind and its
    /// children's simplified forms, so `simplify(e) == combine(e, e.children.map(simplify))`.
    /// ``Differentiation`` relies on this to simplify a derivative while it builds it.
    static func combine(_ shape: Expression, _ children: [Expression]) -> Expression {
        switch shape {
        case .number, .parameter, .column, .constant:
            return shape
        case .negate, .add, .subtract:
            return SumForm(children, shape: shape).rebuilt()
        case .multiply, .divide, .power:
            return ProductForm(children, shape: shape).rebuilt()
        case .call(let function, _):
            return call(function, children)
        case .aggregate(let kind, _):
            if case .number(0) = children[0] { return .number(0) }
            return .aggregate(kind, children[0])
        }
    }

    /// A function call, folded to a number when every argument is a number.
    static func call(_ function: BuiltinFunction, _ arguments: [Expression]) -> Expression {
        let numbers = arguments.compactMap { argument -> Double? in
            if case .number(let value) = argument { return value }
            return nil
        }
        if numbers.count == arguments.count, let value = ScalarMath.apply(function, numbers) {
            if value.isFinite, value == value.rounded() || function == .abs || function == .min || function == .max {
                return .number(value)
            }
        }
        if function == .log, arguments == [.constant(.e)] { return .number(1) }
        if function == .exp, arguments == [.number(0)] { return .number(1) }
        return .call(function, arguments)
    }
}

/// The scalar meaning of each built-in function (shared by folding and evaluation).
public enum ScalarMath {
    /// `function(arguments)`; nil on an arity mismatch.
    public static func apply(_ function: BuiltinFunction, _ arguments: [Double]) -> Double? {
        guard arguments.count == function.arity else { return nil }
        let x = arguments[0]
        switch function {
        case .min: return Swift.min(x, arguments[1])
        case .max: return Swift.max(x, arguments[1])
        default: return unary(function, x)
        }
    }

    /// A one-argument function's value.
    @inline(__always)
    public static func unary(_ function: BuiltinFunction, _ x: Double) -> Double {
        switch function {
        case .sin: return sin(x)
        case .cos: return cos(x)
        case .tan: return tan(x)
        case .exp: return exp(x)
        case .log: return log(x)
        case .sqrt: return x.squareRoot()
        case .abs: return Swift.abs(x)
        case .tanh: return tanh(x)
        case .sigmoid: return 1 / (1 + exp(-x))
        case .sign: return x > 0 ? 1 : (x < 0 ? -1 : 0)
        case .step: return x > 0 ? 1 : (x < 0 ? 0 : 0.5)
        case .min, .max: return .nan
        }
    }
}
