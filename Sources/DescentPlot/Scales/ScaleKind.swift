import DescentText

/// How a scale transforms data values before mapping them linearly to pixels.
public enum ScaleKind: Sendable, Hashable {
    /// Identity: equal data differences are equal pixel distances.
    case linear
    /// Base-10 logarithm: equal ratios are equal distances. Values ≤ 0 have no position.
    case log
    /// Symmetric log, `sign(x)·log10(1 + |x|/constant)`: linear near zero, logarithmic far from
    /// it, for values that cross zero (Webber 2013, "A bi-symmetric log transformation").
    case symlog(constant: Double)

    /// Transforms a data value. `log` maps 0 to −∞ and negative values to NaN.
    public func forward(_ value: Double) -> Double {
        switch self {
        case .linear:
            return value
        case .log:
            if value == 0 { return -.infinity }
            return value < 0 ? .nan : log10(value)
        case .symlog(let constant):
            let magnitude = log10(1 + abs(value) / constant)
            return value < 0 ? -magnitude : magnitude
        }
    }

    /// Inverts `forward`.
    public func inverse(_ value: Double) -> Double {
        switch self {
        case .linear:
            return value
        case .log:
            return pow(10, value)
        case .symlog(let constant):
            let magnitude = (pow(10, abs(value)) - 1) * constant
            return value < 0 ? -magnitude : magnitude
        }
    }

    /// Whether `value` has a position on this kind of scale.
    public func accepts(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        return self != .log || value > 0
    }
}
