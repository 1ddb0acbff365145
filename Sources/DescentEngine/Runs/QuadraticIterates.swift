/// The iterates of plain gradient descent on `a·(w − c)² + k` in closed form,
/// `w_i = c + rⁱ·(w₀ − c)`, with every quantity a stopping rule tests at iteration i and how
/// far the run loop's doubles may lie from it (``RoundedValue``).
///
/// The distance `eᵢ = w_i − c` is carried as `eᵢ₊₁ = r·eᵢ`. While every operation is exact
/// (small dyadic numbers: `w²`, `w₀ = 1`, `η = 0.25`) the run computes the very same doubles and
/// the values carry no error; once one rounds, each value carries a bound that grows with i
/// (each step of the run rounds once more) and with the magnitudes the loop works with.
struct QuadraticIterates {
    let theory: QuadraticTheory
    let learningRate: Double
    let r: Double
    /// Whether a, c, k and r are the exact doubles the run's arithmetic implies.
    let exactConstants: Bool

    /// Iteration i's iterate: i, eᵢ, whether eᵢ and everything before were exact, and otherwise
    /// a bound on how far the run's wᵢ may lie from c + eᵢ.
    struct Point {
        var iteration: Int
        var distance: Double
        var exact: Bool
        var error: Double
    }

    /// The numbers of iteration i: θᵢ, the proposal θᵢ₊₁, and the losses at i and i − 1.
    struct Step {
        var iteration: Int
        var value: RoundedValue
        var next: RoundedValue
        var gradient: RoundedValue
        var loss: RoundedValue
        /// nil at i = 0, where Δloss is infinite.
        var previousLoss: RoundedValue?
    }

    init(_ theory: QuadraticTheory, learningRate: Double) {
        self.theory = theory
        self.learningRate = learningRate
        let twoA = 2 * theory.a
        let slope = twoA * learningRate
        r = 1 - slope
        exactConstants =
            theory.exactCoefficients && RoundedValue.productIsExact(twoA, learningRate, slope)
            && RoundedValue.sumIsExact(1, -slope, r)
    }

    func start(_ w0: Double) -> Point {
        let e = w0 - theory.center
        let exact = exactConstants && RoundedValue.sumIsExact(w0, -theory.center, e)
        return Point(iteration: 0, distance: e, exact: exact, error: 0)
    }

    /// Iteration i + 1 from i. The run's step w − η·2a·(w − c) rounds a few times relative to
    /// |w| and |eᵢ| (and r itself is rounded), so its error bound grows by a multiple of those
    /// while the error it had contracts (or grows) by |r|, as the distance does.
    func advance(_ point: Point) -> Point {
        let e = r * point.distance
        let exact = point.exact && RoundedValue.productIsExact(r, point.distance, e)
        let fresh = 8 * RoundedValue.unit * (2 * Swift.abs(point.distance) + Swift.abs(theory.center) + Swift.abs(e))
        return Point(
            iteration: point.iteration + 1, distance: e, exact: exact,
            error: exact ? 0 : Swift.abs(r) * point.error + fresh)
    }

    /// w = c + e with its error bound.
    func value(_ point: Point) -> RoundedValue {
        let c = theory.center
        let w = c + point.distance
        let exact = point.exact && RoundedValue.sumIsExact(c, point.distance, w)
        return RoundedValue(w, exact: exact, error: point.error + 4 * RoundedValue.unit * Swift.abs(w))
    }

    /// The gradient 2a·(w − c), computed from w as the run does, whatever form its derivative takes
    /// (2·a·w + b cancels when w is near c, hence the error relative to |w| + |c|).
    func gradient(_ point: Point, value w: RoundedValue) -> RoundedValue {
        let twoA = 2 * theory.a
        let g = twoA * (w.value - theory.center)
        let exact = w.isExact && RoundedValue.productIsExact(twoA, w.value - theory.center, g)
        let error =
            Swift.abs(twoA) * (w.error + 8 * RoundedValue.unit * (Swift.abs(w.value) + Swift.abs(theory.center)))
        return RoundedValue(g, exact: exact, error: error)
    }

    /// The loss a·(w − c)² + k, with an error relative to the terms of the expanded polynomial,
    /// whatever form the objective is written in.
    func loss(value w: RoundedValue) -> RoundedValue {
        let a = theory.a
        let e = w.value - theory.center
        let square = e * e
        let scaled = a * square
        let loss = scaled + theory.minimum
        let exact =
            w.isExact && RoundedValue.sumIsExact(w.value, -theory.center, e)
            && RoundedValue.productIsExact(e, e, square) && RoundedValue.productIsExact(a, square, scaled)
            && RoundedValue.sumIsExact(scaled, theory.minimum, loss)
        let magnitude = Swift.abs(w.value) + Swift.abs(theory.center)
        let terms = Swift.abs(a) * magnitude * magnitude + Swift.abs(theory.minimum)
        let error = Swift.abs(a) * w.error * (2 * Swift.abs(e) + w.error) + 8 * RoundedValue.unit * terms
        return RoundedValue(loss, exact: exact, error: error)
    }

    /// Iteration `point.iteration`'s numbers, `previous` being iteration i − 1's loss.
    func step(_ point: Point, previousLoss: RoundedValue?) -> Step {
        let w = value(point)
        return Step(
            iteration: point.iteration, value: w, next: value(advance(point)), gradient: gradient(point, value: w),
            loss: loss(value: w), previousLoss: previousLoss)
    }
}

extension QuadraticIterates.Step {
    /// What the run measures for `quantity` at this iteration (``StoppingRule`` semantics).
    func measure(_ quantity: StoppingQuantity) -> RoundedValue {
        switch quantity {
        case .stepNorm, .parameterStep:
            let d = next.value - value.value
            let exact = value.isExact && next.isExact && RoundedValue.sumIsExact(next.value, -value.value, d)
            let error =
                value.error + next.error + 4 * RoundedValue.unit * (Swift.abs(value.value) + Swift.abs(next.value))
            return Self.norm(RoundedValue(d, exact: exact, error: error))
        case .parameterValue: return RoundedValue(Swift.abs(value.value), exact: value.isExact, error: value.error)
        case .gradientNorm: return Self.norm(gradient)
        case .loss: return loss
        case .lossChange:
            guard let previousLoss else { return RoundedValue(.infinity, exact: true, error: 0) }
            let change = loss.value - previousLoss.value
            let exact =
                loss.isExact && previousLoss.isExact && RoundedValue.sumIsExact(loss.value, -previousLoss.value, change)
            return RoundedValue(Swift.abs(change), exact: exact, error: loss.error + previousLoss.error)
        }
    }

    /// √(x²) as the run computes a one-coordinate norm (it may differ from |x| by an ulp).
    private static func norm(_ x: RoundedValue) -> RoundedValue {
        let square = x.value * x.value
        let root = square.squareRoot()
        let exact = x.isExact && RoundedValue.productIsExact(x.value, x.value, square) && root * root == square
        return RoundedValue(root, exact: exact, error: x.error + 4 * RoundedValue.unit * root)
    }
}
