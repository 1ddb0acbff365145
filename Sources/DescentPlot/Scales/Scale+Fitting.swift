import DescentText

extension Scale {
    /// A scale of `kind` whose domain is the extent of the values it accepts (finite, and
    /// positive for log scales). With no usable value the domain is `0…1` (`1…10` for log).
    public static func fitting(_ values: some Sequence<Double>, kind: ScaleKind = .linear) -> Scale {
        var lower = Double.infinity
        var upper = -Double.infinity
        for value in values where kind.accepts(value) {
            lower = min(lower, value)
            upper = max(upper, value)
        }
        guard lower <= upper else {
            return Scale(kind, domain: kind == .log ? 1...10 : 0...1)
        }
        return Scale(kind, domain: lower...upper)
    }

    /// The domain widened on both sides by `fraction` of its transformed width, so marks do not
    /// sit on the frame. Log domains are widened in decades, never reaching zero.
    ///
    /// A domain that does not cross zero is not padded across it (unless `crossingZero`): a
    /// non-negative quantity such as a rate or a count starts at 0, never at −0.01.
    public func padded(by fraction: Double, crossingZero: Bool = false) -> Scale {
        let (lower, upper) = transformedDomain
        let pad = (upper - lower) * fraction
        var low = kind.inverse(lower - pad)
        var high = kind.inverse(upper + pad)
        if !crossingZero && kind != .log {
            let shown = effectiveDomain
            if shown.lowerBound >= 0 && low < 0 { low = 0 }
            if shown.upperBound <= 0 && high > 0 { high = 0 }
        }
        var copy = self
        copy.domain = low...high
        return copy
    }

    /// The domain extended to round tick values: to the outermost extended-Wilkinson ticks for
    /// linear scales, to the nearest 1, 2 or 5 × 10ⁿ outside the data for log scales (never a
    /// whole decade of padding: 0.013…2.6 becomes 0.01…5, not 0.01…10), and to whole decades
    /// for symlog scales.
    public func nice(count: Int = 5) -> Scale {
        var copy = self
        let effective = effectiveDomain
        switch kind {
        case .linear:
            let ticks = ExtendedTicks.values(effective.lowerBound, effective.upperBound, count: count, onlyLoose: true)
            if let first = ticks.first, let last = ticks.last { copy.domain = first...last }
        case .log:
            copy.domain = Self.oneTwoFiveFloor(effective.lowerBound)...Self.oneTwoFiveCeiling(effective.upperBound)
        case .symlog:
            copy.domain = Self.signedDecade(effective.lowerBound)...Self.signedDecade(effective.upperBound)
        }
        return copy
    }

    /// The largest 1, 2 or 5 × 10ⁿ at or below `value` (positive).
    static func oneTwoFiveFloor(_ value: Double) -> Double {
        let decade = decadeFloor(value)
        return [5.0, 2, 1].map { $0 * decade }.first { $0 <= value * (1 + 1e-9) } ?? decade
    }

    /// The smallest 1, 2 or 5 × 10ⁿ at or above `value` (positive).
    static func oneTwoFiveCeiling(_ value: Double) -> Double {
        let decade = decadeFloor(value)
        return [1.0, 2, 5, 10].map { $0 * decade }.first { $0 >= value * (1 - 1e-9) } ?? 10 * decade
    }

    static func decadeFloor(_ value: Double) -> Double {
        pow(10, floor(log10(value) + 1e-9))
    }

    static func decadeCeiling(_ value: Double) -> Double {
        pow(10, ceil(log10(value) - 1e-9))
    }

    private static func signedDecade(_ value: Double) -> Double {
        if value == 0 { return 0 }
        return value < 0 ? -decadeCeiling(-value) : decadeCeiling(value)
    }
}
