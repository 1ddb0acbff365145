import DescentPlot

/// Chooses the data window of a path or contour figure from where the runs went.
///
/// The *core* is everything that must be seen: the iterates of runs that did not diverge, the
/// start points and the known minimum. Iterates of diverged runs may widen the window, but only
/// up to `reach` times the core's width on each side, so one run flying off to 10¹² leaves the
/// rest readable (it is drawn leaving the chart instead). The result is padded by `padding`.
struct FigureWindow {
    /// How far beyond the core, in core widths, diverging iterates may still widen the window.
    static let reach = 2.0
    /// Padding on each side, as a fraction of the window's width.
    static let padding = 0.08

    /// The window for one coordinate: `fixed` when the author set it (`xlim=`), else fitted.
    static func interval(core: [Double], extra: [Double], fixed: AxisLimits? = nil) -> ClosedRange<Double> {
        if let fixed { return fixed.range }
        let finite = core.filter(\.isFinite)
        guard var low = finite.min(), var high = finite.max() else { return -1...1 }
        if high - low < 1e-12 * max(1, abs(low)) {
            let half = max(abs(low) * 0.5, 1)
            (low, high) = (low - half, high + half)
        }
        let span = high - low
        let cap = (low - reach * span)...(high + reach * span)
        for value in extra where value.isFinite && cap.contains(value) {
            low = min(low, value)
            high = max(high, value)
        }
        let pad = (high - low) * padding
        return (low - pad)...(high + pad)
    }

    /// The window for two coordinates; the narrower side is widened to at least `minimumRatio`
    /// of the wider one (in data units) so that a run along one axis still gets a usable plot.
    /// Limits the author set (`xlim=`, `ylim=`) are kept as they are.
    static func box(core: [Point], extra: [Point], minimumRatio: Double = 0.3, fixed: FigureOptions = FigureOptions())
        -> Box
    {
        var x = interval(core: core.map(\.x), extra: extra.map(\.x))
        var y = interval(core: core.map(\.y), extra: extra.map(\.y))
        let (width, height) = (x.upperBound - x.lowerBound, y.upperBound - y.lowerBound)
        if height < minimumRatio * width { y = widened(y, to: minimumRatio * width) }
        if width < minimumRatio * height { x = widened(x, to: minimumRatio * height) }
        return Box(x: fixed.xLimits?.value.range ?? x, y: fixed.yLimits?.value.range ?? y)
    }

    private static func widened(_ range: ClosedRange<Double>, to width: Double) -> ClosedRange<Double> {
        let middle = (range.lowerBound + range.upperBound) / 2
        return (middle - width / 2)...(middle + width / 2)
    }
}

/// A rectangle in data coordinates.
struct Box {
    var x: ClosedRange<Double>
    var y: ClosedRange<Double>

    /// Whether `point` lies inside (edges included).
    func contains(_ point: Point) -> Bool {
        x.contains(point.x) && y.contains(point.y)
    }

    /// The box grown by `fraction` of its size on every side.
    func expanded(by fraction: Double) -> Box {
        let dx = (x.upperBound - x.lowerBound) * fraction
        let dy = (y.upperBound - y.lowerBound) * fraction
        return Box(x: (x.lowerBound - dx)...(x.upperBound + dx), y: (y.lowerBound - dy)...(y.upperBound + dy))
    }

    /// `point` in box units: (0, 0) at the lower-left corner, (1, 1) at the upper right.
    func normalized(_ point: Point) -> Point {
        Point(
            (point.x - x.lowerBound) / max(x.upperBound - x.lowerBound, .leastNormalMagnitude),
            (point.y - y.lowerBound) / max(y.upperBound - y.lowerBound, .leastNormalMagnitude))
    }
}
