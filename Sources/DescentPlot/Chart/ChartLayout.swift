/// Positions of everything around the plot: margins sized from the actual tick labels, legend
/// and colour bar placed beside or above the plot, tick labels thinned so none collide.
struct ChartLayout {
    static let tickLength = 5.0
    static let tickPadding = 3.0

    let metrics = TextMetrics(fontSize: 12)
    let plot: Rect
    let x: Scale
    let y: Scale
    let xTicks: [Tick]
    let yTicks: [Tick]
    let legendPlacement: LegendPlacement
    let legendOrigin: Point
    /// The widest a row of a legend placed on top may be.
    let legendRowWidth: Double
    let colorBarOrigin: Point?
    /// The pixel y of the floor strip's centre line, when the chart has one.
    let floorY: Double?
    /// The pixel y of the x axis: the plot's bottom edge, or the floor strip's when there is one.
    let xAxisY: Double
    /// The band of each margin strip, top to bottom, as wide as the plot.
    let stripFrames: [Rect]
    /// Where the rotated y-axis title is centred horizontally: beside the tick labels, which
    /// move right with a plot narrowed to equal units.
    let yTitleX: Double
    /// The chart's height less the height the plot could have: legend rows, margins, x axis.
    let chromeHeight: Double

    init(chart: Chart, legend: Legend, colorLegend: ColorLegend?) {
        let colorBarWidth = colorLegend.map { ColorBar.width(of: $0, metrics: TextMetrics(fontSize: 12)) } ?? 0
        let placement = Self.resolve(chart.legendPlacement, legend: legend)
        // Rows may use the figure's width less its edge margins; they start at the plot's left
        // edge, or further left when the widest row needs it.
        let rowWidth = chart.width - 2 * Legend.edgeMargin
        let rowLayout = legend.rowLayout(width: rowWidth)
        let legendRows = placement == .top ? rowLayout.rows : 0
        let stripsHeight =
            chart.strips.isEmpty ? 0 : Double(chart.strips.count) * MarginStrip.height + MarginStrip.plotGap
        let top = 14 + (legendRows > 0 ? Double(legendRows) * Legend.rowHeight + 8 : 0) + stripsHeight
        let floorExtent = chart.floorStrip == nil ? 0 : FloorStrip.extent
        let bottom: Double = 18 + 4 + (chart.xLabel == nil ? 0 : 20) + 6 + floorExtent
        let plotHeight = max(chart.height - top - bottom, 40)
        self.chromeHeight = top + bottom
        var yScale = chart.y.withRange(top + plotHeight, top)
        var yTicks = Self.yTicks(yScale, height: plotHeight)
        let marginLabels = yTicks.compactMap(\.label) + chart.strips.map(\.label)
        let yLabelWidth = marginLabels.map { TextMetrics(fontSize: 12).width(of: $0) }.max() ?? 0
        let left = 10 + (chart.yLabel == nil ? 0 : 20) + yLabelWidth + Self.tickLength + Self.tickPadding + 2
        var right = max(
            14, colorBarWidth + (placement == .right ? legend.columnWidth + Legend.plotGap + Legend.edgeMargin : 0))
        let provisional = chart.x.withRange(left, chart.width - right)
        let lastLabel = provisional.ticks(count: max(2, Int((chart.width - left - right) / 80))).last?.label ?? ""
        right = max(right, TextMetrics(fontSize: 12).width(of: lastLabel) / 2 + 6)
        var plot = Rect(x: left, y: top, width: max(chart.width - left - right, 40), height: plotHeight)
        if chart.equalAspect, let equal = Self.equalUnits(plot, x: chart.x, y: chart.y) {
            plot = equal
            yScale = chart.y.withRange(plot.maxY, plot.y)
            // A map reads its coordinates off both axes: at least four ticks on each.
            yTicks = Self.yTicks(yScale, height: plot.height, minimum: 4)
        }
        self.yTitleX = 20 + (plot.x - left)
        let xScale = chart.x.withRange(plot.x, plot.maxX)
        let metrics = TextMetrics(fontSize: 12)
        self.plot = plot
        self.floorY = chart.floorStrip.map { _ in FloorStrip.centre(below: plot.maxY) }
        self.xAxisY = plot.maxY + floorExtent
        self.x = xScale
        self.y = yScale
        self.yTicks = yTicks
        self.xTicks = Self.thinned(
            xScale.ticks(count: max(chart.equalAspect ? 4 : 2, Int(plot.width / 80))), position: xScale.callAsFunction,
            extent: { metrics.width(of: $0.label ?? "") }, gap: 12)
        self.legendPlacement = placement
        // Rows on top start at the plot's left edge unless that would push the widest row past
        // the right margin.
        self.legendOrigin =
            placement == .right
            ? Point(plot.maxX + Legend.plotGap, plot.y)
            : Point(max(min(plot.x, chart.width - Legend.edgeMargin - rowLayout.width), Legend.edgeMargin), 10)
        self.legendRowWidth = rowWidth
        self.stripFrames = chart.strips.indices.map { index in
            Rect(
                x: plot.x, y: top - stripsHeight + Double(index) * MarginStrip.height, width: plot.width,
                height: MarginStrip.height)
        }
        // A plot narrowed to equal units keeps its colour bar beside it.
        let colorBarLeft =
            chart.equalAspect ? min(chart.width - colorBarWidth, plot.maxX + 14) : chart.width - colorBarWidth
        self.colorBarOrigin = colorLegend == nil ? nil : Point(colorBarLeft + 18, plot.y)
    }

    /// About one y tick per 55 px, at least `minimum`, thinned so their labels keep apart.
    private static func yTicks(_ scale: Scale, height: Double, minimum: Int = 2) -> [Tick] {
        thinned(
            scale.ticks(count: max(minimum, Int(height / 55))), position: scale.callAsFunction, extent: { _ in 12 },
            gap: 4)
    }

    /// `plot` shrunk in width or height, and centred in the space it had, so that one data unit
    /// of `x` spans as many pixels as one of `y`; nil when a scale is not linear or is empty.
    static func equalUnits(_ plot: Rect, x: Scale, y: Scale) -> Rect? {
        guard x.kind == .linear, y.kind == .linear else { return nil }
        let spanX = x.domain.upperBound - x.domain.lowerBound
        let spanY = y.domain.upperBound - y.domain.lowerBound
        guard spanX > 0, spanY > 0, spanX.isFinite, spanY.isFinite else { return nil }
        let unit = min(plot.width / spanX, plot.height / spanY)
        let width = max(spanX * unit, 40)
        let height = max(spanY * unit, 40)
        return Rect(
            x: plot.x + (plot.width - width) / 2, y: plot.y + (plot.height - height) / 2, width: width, height: height)
    }

    private static func resolve(_ placement: LegendPlacement, legend: Legend) -> LegendPlacement {
        if legend.entries.isEmpty { return .hidden }
        return placement == .automatic ? .top : placement
    }

    /// Removes labels (keeping the ticks) until neighbouring labels are at least `gap` pixels
    /// apart: every second label, then every third, and so on.
    static func thinned(_ ticks: [Tick], position: (Double) -> Double, extent: (Tick) -> Double, gap: Double) -> [Tick]
    {
        let labelled = ticks.indices.filter { ticks[$0].label != nil }
        guard labelled.count > 2 else { return ticks }
        for stride in 1..<labelled.count {
            let kept = labelled.enumerated().filter { $0.offset % stride == 0 }.map(\.element)
            let fits = zip(kept, kept.dropFirst()).allSatisfy { a, b in
                abs(position(ticks[b].value) - position(ticks[a].value)) - (extent(ticks[a]) + extent(ticks[b])) / 2
                    >= gap
            }
            if fits {
                let keep = Set(kept)
                return ticks.indices.map { index in
                    var tick = ticks[index]
                    if !keep.contains(index) { tick.label = nil }
                    return tick
                }
            }
        }
        return ticks.enumerated().map {
            Tick(value: $1.value, label: $0 == labelled[0] ? $1.label : nil, isMajor: $1.isMajor)
        }
    }
}
