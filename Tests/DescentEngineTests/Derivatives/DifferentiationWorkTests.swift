import Testing

@testable import DescentEngine

@Suite struct DifferentiationWorkTests {
    /// The derivative as first written: build the whole unsimplified derivative, then simplify
    /// it. The product rule reuses each factor's subtree, so simplifying walks a product of n
    /// factors n times over (n²/2 nodes), and `isConstant` rescans every subtree.
    private static func referenceDerivative(_ e: Expression, _ p: String) -> Expression {
        Simplifier.simplify(raw(e, p))
    }

    private static func raw(_ e: Expression, _ p: String) -> Expression {
        if e.isConstant(in: p) { return .number(0) }
        switch e {
        case .number, .column, .constant: return .number(0)
        case .parameter(let name): return .number(name == p ? 1 : 0)
        case .negate(let a): return .negate(raw(a, p))
        case .add(let a, let b): return .add(raw(a, p), raw(b, p))
        case .subtract(let a, let b): return .subtract(raw(a, p), raw(b, p))
        case .multiply(let a, let b): return .add(.multiply(raw(a, p), b), .multiply(a, raw(b, p)))
        case .divide(let a, let b):
            return .divide(.subtract(.multiply(raw(a, p), b), .multiply(a, raw(b, p))), .power(b, .number(2)))
        case .power(let base, let exponent):
            if exponent.isConstant(in: p) {
                return .multiply(.multiply(exponent, .power(base, .subtract(exponent, .number(1)))), raw(base, p))
            }
            if base == .constant(.e) { return .multiply(.power(base, exponent), raw(exponent, p)) }
            if base.isConstant(in: p) {
                return .multiply(.multiply(.power(base, exponent), .call(.log, [base])), raw(exponent, p))
            }
            let viaExponent = Expression.multiply(raw(exponent, p), .call(.log, [base]))
            let viaBase = Expression.divide(.multiply(exponent, raw(base, p)), base)
            return .multiply(.power(base, exponent), .add(viaExponent, viaBase))
        case .call(let function, let arguments):
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
                let (first, second) =
                    function == .min
                    ? (Expression.subtract(v, u), Expression.subtract(u, v))
                    : (Expression.subtract(u, v), Expression.subtract(v, u))
                return .add(.multiply(.call(.step, [first]), du), .multiply(.call(.step, [second]), dv))
            }
        case .aggregate(let kind, let body): return .aggregate(kind, raw(body, p))
        }
    }

    @Test func derivativesMatchTheUnsimplifiedThenSimplifiedRule() throws {
        var generator = RandomFormulas(seed: 10)
        var formulas = (0..<3_000).map { _ in generator.formula(depth: 5) }
        formulas += try [
            "f(w) = w^2", "f(w) = w^4 - 8*w^2", "f(x, y) = (1 - x)^2 + 100*(y - x^2)^2",
            "f(w) = sin(w)*sin(w)*sin(w)*sin(w)", "f(w) = 2^w + e^w + w^w", "f(w) = abs(w) + min(w, 1)",
            "f(w) = sqrt(w^2 + 1)/(w - 3)", "f(w) = -(-w)^3",
        ].map { try Objective.parse($0).body }
        for formula in formulas {
            for parameter in ["w", "x"] {
                let derivative = Differentiation.derivative(of: formula, withRespectTo: parameter)
                let reference = Self.referenceDerivative(formula, parameter)
                // The full structure, with nan (from folding 0/0) equal to itself; and the text.
                let same =
                    String(reflecting: derivative) == String(reflecting: reference) && derivative.text == reference.text
                #expect(same, "d/d\(parameter) \(formula.text)")
                if !same { return }
            }
        }
    }

    /// Nodes in `e` written out as a tree (shared subtrees counted at every use).
    private static func treeSize(_ e: Expression) -> Int {
        1 + e.children.reduce(0) { $0 + treeSize($1) }
    }

    @Test func productOfManyFactorsTakesLinearWork() throws {
        let factors = 500
        let body = try Objective.parse(ScalingInput.productOfSines(factors)).body
        // The derivative built whole has about n²/2 nodes for simplifying to walk.
        #expect(Self.treeSize(Self.raw(body, "w")) > factors * factors / 2)
        // Built simplified, it takes a handful of nodes per node of the formula (2n − 1 here).
        var differentiator = Differentiator(parameter: "w")
        let derivative = differentiator.derivative(of: body)
        #expect(differentiator.combined <= 6 * (2 * factors - 1))
        let sameAsBefore = derivative == Self.referenceDerivative(body, "w")
        #expect(sameAsBefore)
        #expect(derivative.text.hasSuffix(")*sin(w) + sin(w)^499*cos(w)"))
    }
}

private enum ScalingInput {
    static func productOfSines(_ n: Int) -> String {
        "f(w) = " + Array(repeating: "sin(w)", count: n).joined(separator: "*")
    }
}
