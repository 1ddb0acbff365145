/// A parsed formula: the abstract syntax tree of an objective, a derivative, or a data formula.
///
/// Trees built by the parser are at most ``ExpressionLimits/maximumDepth`` deep, so the
/// recursive walks over them (differentiation, printing, compiling) cannot overflow the stack.
public indirect enum Expression: Hashable, Sendable {
    /// A numeric literal.
    case number(Double)
    /// A parameter named in the objective's signature, such as `w` in `f(w)`.
    case parameter(String)
    /// A data column, only meaningful inside `mean(...)` or `sum(...)`.
    case column(String)
    /// A named mathematical constant (`pi`, `e`).
    case constant(NamedConstant)
    /// Unary minus.
    case negate(Expression)
    /// `lhs + rhs`.
    case add(Expression, Expression)
    /// `lhs - rhs`.
    case subtract(Expression, Expression)
    /// `lhs * rhs`.
    case multiply(Expression, Expression)
    /// `lhs / rhs`.
    case divide(Expression, Expression)
    /// `base ^ exponent`.
    case power(Expression, Expression)
    /// A built-in function applied to its arguments.
    case call(BuiltinFunction, [Expression])
    /// `mean(body)` or `sum(body)` over the data rows (or the current batch).
    case aggregate(Aggregate, Expression)
}

/// The constants a formula may name without declaring them.
public enum NamedConstant: String, CaseIterable, Hashable, Sendable {
    /// π = 3.14159…
    case pi
    /// Euler's number e = 2.71828…
    case e

    /// The constant's value.
    public var value: Double {
        switch self {
        case .pi: return Double.pi
        case .e: return 2.718281828459045
        }
    }
}

/// A reduction over data rows.
public enum Aggregate: String, CaseIterable, Hashable, Sendable {
    /// The average of the body over the rows.
    case mean
    /// The total of the body over the rows.
    case sum
}

/// Functions a formula may call.
///
/// `sign` and `step` exist so that derivatives of `abs`, `min` and `max` can be written down:
/// `sign(0) = 0` (the subgradient of `abs` at 0 is taken to be 0) and `step(0) = 0.5` (Heaviside
/// with the midpoint value, so a tie in `min`/`max` gives the average of both sides' derivatives).
public enum BuiltinFunction: String, CaseIterable, Hashable, Sendable {
    case sin, cos, tan, exp, log, sqrt, abs, tanh, sigmoid, min, max, sign, step

    /// How many arguments the function takes.
    public var arity: Int {
        switch self {
        case .min, .max: return 2
        default: return 1
        }
    }
}

extension Expression {
    /// The parameters the expression mentions, in first-occurrence order.
    public var parameterNames: [String] {
        var names: [String] = []
        visit { if case .parameter(let name) = $0, !names.contains(name) { names.append(name) } }
        return names
    }

    /// The data columns the expression mentions, in first-occurrence order.
    public var columnNames: [String] {
        var names: [String] = []
        visit { if case .column(let name) = $0, !names.contains(name) { names.append(name) } }
        return names
    }

    /// True when the expression does not mention `parameter`.
    public func isConstant(in parameter: String) -> Bool {
        var found = false
        visit { if case .parameter(parameter) = $0 { found = true } }
        return !found
    }

    /// The direct sub-expressions.
    public var children: [Expression] {
        switch self {
        case .number, .parameter, .column, .constant: return []
        case .negate(let a), .aggregate(_, let a): return [a]
        case .add(let a, let b), .subtract(let a, let b), .multiply(let a, let b),
            .divide(let a, let b), .power(let a, let b):
            return [a, b]
        case .call(_, let arguments): return arguments
        }
    }

    /// Calls `body` on every node, parents before children.
    public func visit(_ body: (Expression) -> Void) {
        body(self)
        for child in children { child.visit(body) }
    }
}
