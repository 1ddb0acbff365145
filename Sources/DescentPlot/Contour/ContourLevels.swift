import DescentText

/// Which values a contour layer draws lines at.
public enum ContourLevels: Sendable, Hashable {
    /// About `count` evenly spaced round values strictly inside the grid's range.
    case linear(count: Int)
    /// Log-spaced values at 1, 2 and 5 (or 1 and 3, or 1) times powers of ten, about `count` of
    /// them, from `decades` decades below the maximum (or the smallest positive value, if
    /// larger) up to the maximum. Suits functions with a deep, narrow valley.
    case logarithmic(count: Int, decades: Double)
    /// Exactly these values.
    case values([Double])

    /// The level values for a grid whose finite values span `range`, increasing.
    public func values(for range: ClosedRange<Double>) -> [Double] {
        switch self {
        case .linear(let count):
            return ExtendedTicks.values(range.lowerBound, range.upperBound, count: count + 2)
                .filter { $0 > range.lowerBound && $0 < range.upperBound }
        case .logarithmic(let count, let decades):
            return Self.logValues(range, count: count, decades: decades)
        case .values(let values):
            return values.sorted()
        }
    }

    private static func logValues(_ range: ClosedRange<Double>, count: Int, decades: Double) -> [Double] {
        guard range.upperBound > 0 else { return [] }
        let floorValue = max(range.upperBound / pow(10, decades), range.lowerBound > 0 ? range.lowerBound : 0)
        let low = Int(floor(log10(floorValue)))
        let high = Int(ceil(log10(range.upperBound)))
        let span = max(high - low, 1)
        let multiples: [Double] = count >= span * 3 ? [1, 2, 5] : count >= span * 2 ? [1, 3] : [1]
        var values: [Double] = []
        for exponent in low...high {
            for multiple in multiples {
                let value = exponent < 0 ? multiple / pow(10, Double(-exponent)) : multiple * pow(10, Double(exponent))
                if value >= floorValue && value < range.upperBound && value > range.lowerBound { values.append(value) }
            }
        }
        return values
    }

    /// Whether levels are log-spaced, which selects log-style labels and colours.
    var isLogarithmic: Bool {
        if case .logarithmic = self { return true }
        return false
    }
}
