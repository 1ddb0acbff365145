extension FigureWindow {
    /// How far beyond the fitted core window, in its widths, a 1-D figure looks for the
    /// function's other valleys, humps and walls.
    static let landscapeReach = 1.5
    /// Samples of f taken over that search range.
    static let landscapeSamples = 601

    /// The window of a 1-D path figure: the core (iterates, starts, known minimum), every
    /// stationary point of `f` within reach of it — the other valley, the hump between — and
    /// each valley's walls up to the height of the highest core point, so that a bowl is drawn
    /// whole rather than only on the side the run came from. `fixed` (the author's `xlim=`)
    /// wins; diverging iterates widen the result as in `interval`.
    static func landscape(
        core: [Double], extra: [Double], fixed: AxisLimits? = nil, f: (Double) -> Double
    ) -> ClosedRange<Double> {
        if let fixed { return fixed.range }
        let fitted = interval(core: core, extra: [])
        let reach = (fitted.upperBound - fitted.lowerBound) * landscapeReach
        let search = (fitted.lowerBound - reach)...(fitted.upperBound + reach)
        let level = core.filter(\.isFinite).map(f).filter(\.isFinite).max()
        let features = Landscape(f: f, over: search).features(upTo: level)
        return interval(core: core + features, extra: extra)
    }
}

/// A function sampled over a range, for finding where its valleys, humps and walls are.
struct Landscape {
    let xs: [Double]
    let values: [Double]

    init(f: (Double) -> Double, over range: ClosedRange<Double>, count: Int = FigureWindow.landscapeSamples) {
        xs = PathFigure.samples(range, count: count)
        values = xs.map(f)
    }

    /// The indices of interior samples lower (`minima`) or higher (`maxima`) than both
    /// neighbours; a flat stretch counts once, at its first sample.
    func extrema(minima: Bool) -> [Int] {
        values.indices.dropFirst().dropLast().filter { index in
            let (previous, value, next) = (values[index - 1], values[index], values[index + 1])
            guard previous.isFinite, value.isFinite, next.isFinite else { return false }
            return minima ? value < previous && value <= next : value > previous && value >= next
        }
    }

    /// The stationary points, then for each valley the nearest sample on each side where f
    /// climbs back to `level` (when it does so within the range).
    func features(upTo level: Double?) -> [Double] {
        let valleys = extrema(minima: true)
        var found = (valleys + extrema(minima: false)).map { xs[$0] }
        guard let level else { return found }
        for valley in valleys {
            if let left = values[..<valley].lastIndex(where: { $0 >= level }) { found.append(xs[left]) }
            if let right = values[(valley + 1)...].firstIndex(where: { $0 >= level }) { found.append(xs[right]) }
        }
        return found
    }
}
