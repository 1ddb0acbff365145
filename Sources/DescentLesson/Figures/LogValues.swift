import DescentText

/// How values that may be zero or negative are put on a log axis.
///
/// When every finite value is positive they are drawn exactly as they are, however small.
/// Otherwise the figure plots the distance to a reference, `value − reference` (the known
/// minimum f*, or the lowest value seen), and labels the axis accordingly; then values below
/// `floor` (zero included) are drawn on the floor, which is the smallest positive distance but
/// no less than 10⁻¹⁵ of the largest: a run that lands exactly on the minimum is drawn at the
/// height of the lowest positive value rather than dropped, and `floorContact(_:)` tells the
/// caption so. The axis always reaches down to the floor.
struct LogValues {
    /// The relative depth of the floor below the largest value.
    static let depth = 1e-15

    /// Subtracted before plotting; 0 when the values are positive.
    let offset: Double
    /// The smallest value drawn.
    let floor: Double

    /// The transform for `series`; `reference` is the exact minimum, when known.
    init(_ series: [[Double]], reference: Double?) {
        let finite = series.flatMap { $0.filter(\.isFinite) }
        let needsOffset = finite.contains { $0 <= 0 }
        let offset = needsOffset ? min(reference ?? .infinity, finite.min() ?? 0) : 0
        let positive = finite.map { $0 - offset }.filter { $0 > 0 }
        let largest = positive.max() ?? 1
        self.offset = offset
        self.floor = needsOffset ? max(positive.min() ?? 1, largest * Self.depth) : positive.min() ?? 1
    }

    /// How a series meets the floor.
    enum FloorContact: Equatable {
        /// Some value equals the reference (0, or the minimum when shifted).
        case exact
        /// Some value lies above the reference but below the floor.
        case below
    }

    /// Whether any value of `series` is drawn on the floor instead of where it is, and why.
    func floorContact(_ series: [Double]) -> FloorContact? {
        let shifted = series.filter(\.isFinite).map { $0 - offset }
        if shifted.contains(where: { $0 <= 0 }) { return .exact }
        return shifted.contains(where: { $0 < floor }) ? .below : nil
    }

    /// Whether the values are shifted.
    var isShifted: Bool { offset != 0 }

    /// The value as drawn: shifted, and raised to the floor. NaN and +∞ pass through.
    func callAsFunction(_ value: Double) -> Double {
        guard !value.isNaN else { return value }
        let shifted = value - offset
        return shifted == .infinity ? shifted : max(shifted, floor)
    }

    /// The value as drawn on a chart with a floor strip (`FloorStrip`): like `callAsFunction`,
    /// except that a value at or below the reference is 0, which the strip shows, instead of
    /// being raised to the floor, the height of some other, positive value.
    func stripped(_ value: Double) -> Double {
        guard !value.isNaN, value - offset <= 0 else { return callAsFunction(value) }
        return 0
    }

    /// Whether `series` reaches the reference, so that a chart drawing it with `stripped(_:)`
    /// needs a floor strip.
    func reachesReference(_ series: [[Double]]) -> Bool {
        series.contains { floorContact($0) == .exact }
    }

    /// The axis title: `loss`, or `loss − min` when shifted.
    func axisLabel(_ quantity: String) -> String {
        isShifted ? "\(quantity) − minimum" : quantity
    }
}
