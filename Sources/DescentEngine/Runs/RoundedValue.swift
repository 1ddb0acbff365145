/// A double together with a bound on how far the run loop's own double may lie from it:
/// 0 when every operation that led to it was exact (so the run computes the very same double),
/// otherwise a generous multiple of the unit roundoff of the magnitudes involved.
///
/// The quadratic theory computes its iterates in closed form and compares them with the
/// stopping rule's thresholds; a comparison whose margin is within this bound is one that
/// rounding, not the theory, decides.
struct RoundedValue: Hashable, Sendable {
    var value: Double
    var error: Double

    /// Half an ulp of 1, the relative error of one rounded operation.
    static let unit = Double.ulpOfOne / 2

    /// `value` known exactly when `exact`, else within `error`.
    init(_ value: Double, exact: Bool, error: Double) {
        self.value = value
        self.error = exact ? 0 : Swift.max(error, Double.leastNormalMagnitude)
    }

    var isExact: Bool { error == 0 }

    /// Whether x + y rounded to `sum` exactly (Knuth's TwoSum error is zero).
    static func sumIsExact(_ x: Double, _ y: Double, _ sum: Double) -> Bool {
        guard sum.isFinite else { return false }
        let yPart = sum - x
        let xPart = sum - yPart
        return (x - xPart) + (y - yPart) == 0
    }

    /// Whether x·y rounded to `product` exactly (the fused remainder is zero, and the product
    /// is a normal number, where that remainder is itself exact).
    static func productIsExact(_ x: Double, _ y: Double, _ product: Double) -> Bool {
        guard product.isFinite else { return false }
        if product == 0 { return x == 0 || y == 0 }
        guard Swift.abs(product) >= Double.leastNormalMagnitude * 0x1p54 else { return false }
        return (-product).addingProduct(x, y) == 0
    }

    /// Whether x / y rounded to `quotient` exactly.
    static func quotientIsExact(_ x: Double, _ y: Double, _ quotient: Double) -> Bool {
        guard quotient.isFinite, y != 0 else { return false }
        if quotient == 0 { return x == 0 }
        guard Swift.abs(x) >= Double.leastNormalMagnitude * 0x1p54 else { return false }
        return (-x).addingProduct(quotient, y) == 0
    }
}

/// The outcome of comparing a ``RoundedValue`` with a threshold: definite, or too close to tell.
enum RoundedTruth: Hashable, Sendable {
    case yes, no, unsure

    /// `value < threshold` (or `≤` when `inclusive`), unsure when the value's error bound
    /// reaches across the threshold.
    init(_ value: RoundedValue, below threshold: Double, inclusive: Bool) {
        let low = value.value - value.error
        let high = value.value + value.error
        let holds: (Double) -> Bool = { inclusive ? $0 <= threshold : $0 < threshold }
        switch (holds(low), holds(high)) {
        case (true, true): self = .yes
        case (false, false): self = .no
        default: self = .unsure
        }
    }
}
