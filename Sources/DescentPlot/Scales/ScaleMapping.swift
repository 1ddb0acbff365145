/// A scale's data-to-pixel map with its transformed domain worked out once, for mapping many
/// values: `Scale.callAsFunction` recomputes the domain's transform (two logarithms on a log
/// scale) on every call, this does it when it is made.
public struct ScaleMapping: Sendable {
    /// The transform applied before the linear map.
    public let kind: ScaleKind
    /// The transformed domain's lower bound, mapped to `rangeStart`.
    public let lower: Double
    /// The transformed domain's upper bound, mapped to `rangeEnd`.
    public let upper: Double
    /// The pixel position of the domain's lower bound.
    public let rangeStart: Double
    /// The pixel position of the domain's upper bound.
    public let rangeEnd: Double

    /// The mapping of `scale`.
    public init(_ scale: Scale) {
        kind = scale.kind
        (lower, upper) = scale.transformedDomain
        rangeStart = scale.rangeStart
        rangeEnd = scale.rangeEnd
    }

    /// The pixel position of `value`; ±∞ for values beyond a log scale's zero, NaN when undefined.
    @inline(__always)
    public func callAsFunction(_ value: Double) -> Double {
        let t = (kind.forward(value) - lower) / (upper - lower)
        return rangeStart + t * (rangeEnd - rangeStart)
    }
}
