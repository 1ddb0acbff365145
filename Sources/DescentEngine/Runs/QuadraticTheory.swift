import DescentText

/// What theory says about plain gradient descent on a one-parameter quadratic
/// `f(w) = a·(w − c)² + k`: each step multiplies the distance to `c` by `r = 1 − 2a·lr`.
public struct QuadraticTheory: Hashable, Sendable {
    /// How the iterates behave for a given rate.
    public enum Regime: String, Hashable, Sendable {
        /// 0 < r < 1: approach the minimum from one side.
        case monotone
        /// r = 0: land on the minimum in one step.
        case oneStep
        /// −1 < r < 0: approach it alternating sides.
        case oscillating
        /// r = −1: bounce between two points forever.
        case cycling
        /// r < −1: alternate sides with growing distance.
        case diverging
        /// r ≥ 1: never get closer (rate ≤ 0, or a ≤ 0 so there is no minimum).
        case noProgress
    }

    /// The curvature coefficient a.
    public let a: Double
    /// The minimiser c.
    public let center: Double
    /// The minimum value k.
    public let minimum: Double
    /// Whether a, c and k are exact: the polynomial's coefficients have few binary digits (a
    /// multiple of 2⁻²⁰ below 2³⁰, as in `3*(w - 1)^2 + 2`, not `(w/3)^2`) and c and k follow
    /// from them without rounding. Only then can the run's doubles equal the closed form's.
    let exactCoefficients: Bool

    /// Recognises `objective` as a quadratic in its single parameter (any polynomial of
    /// degree 2 without data, e.g. `w^2`, `3*(w - 1)^2 + 2`, `w^2 - 4*w`); nil otherwise.
    public init?(_ objective: Objective) {
        guard objective.parameters.count == 1,
            let coefficients = Polynomial.coefficients(objective.body, in: objective.parameters[0]),
            coefficients[2] != 0
        else { return nil }
        a = coefficients[2]
        center = -coefficients[1] / (2 * a)
        let b = coefficients[1]
        let square = b * b
        let shift = square / (4 * a)
        minimum = coefficients[0] - shift
        exactCoefficients =
            coefficients.allSatisfy(Self.hasFewDigits) && RoundedValue.quotientIsExact(-b, 2 * a, center)
            && RoundedValue.productIsExact(b, b, square) && RoundedValue.quotientIsExact(square, 4 * a, shift)
            && RoundedValue.sumIsExact(coefficients[0], -shift, minimum)
    }

    /// Whether `x` is a multiple of 2⁻²⁰ below 2³⁰ in size.
    private static func hasFewDigits(_ x: Double) -> Bool {
        let scaled = x * 0x1p20
        return Swift.abs(x) < 0x1p30 && scaled == scaled.rounded()
    }

    /// r = 1 − 2a·lr.
    public func contraction(learningRate: Double) -> Double { 1 - 2 * a * learningRate }

    /// The regime for `learningRate`.
    public func regime(learningRate: Double) -> Regime {
        let r = contraction(learningRate: learningRate)
        switch r {
        case 1...: return .noProgress
        case 0: return .oneStep
        case 0..<1: return .monotone
        case -1: return .cycling
        case -1..<0: return .oscillating
        default: return .diverging
        }
    }

    /// The first iteration N with |w_N − c| < ε, `⌊ln(|w₀ − c|/ε) / ln(1/|r|)⌋ + 1`;
    /// 0 if already there; nil when the iterates never get within ε (|r| ≥ 1).
    public func predictedIterations(start: Double, learningRate: Double, epsilon: Double) -> Int? {
        let distance = Swift.abs(start - center)
        if distance < epsilon { return 0 }
        let r = Swift.abs(contraction(learningRate: learningRate))
        if r == 0 { return 1 }
        guard r < 1 else { return nil }
        return Int(floor(log(distance / epsilon) / log(1 / r))) + 1
    }
}

/// Coefficient extraction for polynomials of degree ≤ 2 in one parameter.
enum Polynomial {
    /// `[c₀, c₁, c₂]` or nil when the expression is not such a polynomial.
    static func coefficients(_ expression: Expression, in parameter: String) -> [Double]? {
        switch expression {
        case .number(let value): return [value, 0, 0]
        case .constant(let constant): return [constant.value, 0, 0]
        case .parameter(let name): return name == parameter ? [0, 1, 0] : nil
        case .negate(let a): return coefficients(a, in: parameter).map { $0.map { -$0 } }
        case .add(let a, let b), .subtract(let a, let b):
            guard let p = coefficients(a, in: parameter), let q = coefficients(b, in: parameter) else { return nil }
            let sign: Double = { if case .add = expression { return 1 } else { return -1 } }()
            return zip(p, q).map { $0 + sign * $1 }
        case .multiply(let a, let b):
            guard let p = coefficients(a, in: parameter), let q = coefficients(b, in: parameter) else { return nil }
            return product(p, q)
        case .divide(let a, .number(let d)) where d != 0:
            return coefficients(a, in: parameter).map { $0.map { $0 / d } }
        case .power(let a, .number(let n)) where n == n.rounded() && (0...2).contains(n):
            guard let p = coefficients(a, in: parameter) else { return nil }
            return (0..<Int(n)).reduce([1, 0, 0] as [Double]?) { partial, _ in partial.flatMap { product($0, p) } }
        default: return nil
        }
    }

    private static func product(_ p: [Double], _ q: [Double]) -> [Double]? {
        var result = [0.0, 0, 0, 0, 0]
        for i in 0..<3 { for j in 0..<3 { result[i + j] += p[i] * q[j] } }
        return result[3] == 0 && result[4] == 0 ? Array(result[0..<3]) : nil
    }
}
