/// Maps data values to pixel positions, like a d3 scale.
///
/// A scale has a `kind` (linear, log or symlog), a data `domain` and a pixel range. Charts set
/// the range from their layout; callers choose the domain, often with `fitting(_:)`,
/// `padded(by:)` and `nice()`.
public struct Scale: Sendable, Hashable {
    /// The transform applied before the linear map.
    public var kind: ScaleKind
    /// The data interval shown, as given (it may have zero width).
    public var domain: ClosedRange<Double>
    /// The pixel position of `domain.lowerBound`.
    public var rangeStart: Double
    /// The pixel position of `domain.upperBound`.
    public var rangeEnd: Double

    /// Creates a scale; the range defaults to the unit interval.
    public init(_ kind: ScaleKind, domain: ClosedRange<Double>, range: (Double, Double) = (0, 1)) {
        self.kind = kind
        self.domain = domain
        self.rangeStart = range.0
        self.rangeEnd = range.1
    }

    /// A linear scale over `domain`.
    public static func linear(_ domain: ClosedRange<Double>) -> Scale {
        Scale(.linear, domain: domain)
    }

    /// A base-10 log scale over `domain`, which must be positive.
    public static func log(_ domain: ClosedRange<Double>) -> Scale {
        Scale(.log, domain: domain)
    }

    /// A symmetric-log scale over `domain`, linear within about `constant` of zero.
    public static func symlog(_ domain: ClosedRange<Double>, constant: Double = 1) -> Scale {
        Scale(.symlog(constant: constant), domain: domain)
    }

    /// The same scale drawn from pixel `start` (domain lower bound) to `end`.
    public func withRange(_ start: Double, _ end: Double) -> Scale {
        var copy = self
        copy.rangeStart = start
        copy.rangeEnd = end
        return copy
    }

    /// The transformed domain bounds, widened when the domain has zero width so that mapping
    /// stays defined: a point domain `v…v` is shown as `v ± 10 %` (or `±1` at zero).
    public var transformedDomain: (lower: Double, upper: Double) {
        let lower = kind.forward(domain.lowerBound)
        let upper = kind.forward(domain.upperBound)
        guard lower.isFinite, upper.isFinite else { return (0, 1) }
        if upper > lower { return (lower, upper) }
        let widened = widenedPointDomain(domain.lowerBound)
        return (kind.forward(widened.lowerBound), kind.forward(widened.upperBound))
    }

    /// The domain actually shown: `domain`, or its widening when it has zero width.
    public var effectiveDomain: ClosedRange<Double> {
        let (lower, upper) = transformedDomain
        return kind.inverse(lower)...kind.inverse(upper)
    }

    /// The pixel position of `value`; ±∞ for values beyond a log scale's zero, NaN when undefined.
    public func callAsFunction(_ value: Double) -> Double {
        mapping(value)
    }

    /// The map from data to pixels with the domain's transform done once, for many values.
    public var mapping: ScaleMapping { ScaleMapping(self) }

    /// The data value at pixel position `pixel`.
    public func invert(_ pixel: Double) -> Double {
        let (lower, upper) = transformedDomain
        let t = (pixel - rangeStart) / (rangeEnd - rangeStart)
        return kind.inverse(lower + t * (upper - lower))
    }

    /// Whether `value` lies inside the effective domain.
    public func contains(_ value: Double) -> Bool {
        effectiveDomain.contains(value)
    }

    private func widenedPointDomain(_ value: Double) -> ClosedRange<Double> {
        switch kind {
        case .log:
            return (value / 2)...(value * 2)
        case .linear, .symlog:
            let half = value == 0 ? 1 : abs(value) * 0.1
            return (value - half)...(value + half)
        }
    }
}
