/// A chart: marks drawn over an x and a y scale, with axes, gridlines, a legend and, for
/// colour-coded marks, a colour bar.
///
/// ```swift
/// let chart = Chart(x: .linear(0...100), y: .log(1e-6...10), xLabel: "step", yLabel: "value") {
///     LineMark(x: steps, y: values, series: 0, label: "first")
///     LineMark(x: steps, y: others, series: 1, label: "second")
/// }
/// let svg = chart.svg(id: "fig-1", title: "Two sequences", description: "Both fall below 10⁻⁵ by step 60.")
/// ```
public struct Chart: Sendable {
    /// Width of the figure in pixels.
    public var width: Double
    /// Height of the figure in pixels.
    public var height: Double
    /// The horizontal scale (its range is set by the layout).
    public var x: Scale
    /// The vertical scale (its range is set by the layout).
    public var y: Scale
    /// The x-axis title, if any.
    public var xLabel: String?
    /// The y-axis title, if any.
    public var yLabel: String?
    /// The marks, drawn in order.
    public var marks: [any Mark]
    /// Where the legend goes.
    public var legendPlacement: LegendPlacement
    /// Which gridlines are drawn at major ticks.
    public var gridLines: GridLines
    /// A strip below the plot for values the y scale has no position for (zero on a log
    /// axis); none by default.
    public var floorStrip: FloorStrip?
    /// Panels to draw the chart as small multiples (see `Facet`); none draws one plot.
    public var facets: [Facet] = []
    /// The series colours; categorical unless the caller says the series are ordered.
    public var palette: SeriesPalette = .categorical
    /// Labelled rows above the plot for values the y axis cannot show, top to bottom.
    public var strips: [MarginStrip] = []
    /// Whether one data unit is as long on the x axis as on the y axis (for a map whose axes are
    /// quantities of the same kind). The plot keeps the figure's size class but shrinks in one
    /// direction, centred, until the units agree. Only linear scales are affected.
    public var equalAspect = false

    /// Creates a chart from scales and marks.
    public init(
        width: Double = 720, height: Double = 400, x: Scale, y: Scale,
        xLabel: String? = nil, yLabel: String? = nil,
        legendPlacement: LegendPlacement = .automatic, gridLines: GridLines = .both,
        @MarkBuilder marks: () -> [any Mark] = { [] }
    ) {
        self.width = width
        self.height = height
        self.x = x
        self.y = y
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.marks = marks()
        self.legendPlacement = legendPlacement
        self.gridLines = gridLines
    }

    /// The chart with `mark` drawn on top of the existing marks.
    public func adding(_ mark: any Mark) -> Chart {
        var copy = self
        copy.marks.append(mark)
        return copy
    }

    /// The chart with `marks` drawn on top of the existing marks.
    public func adding(@MarkBuilder _ marks: () -> [any Mark]) -> Chart {
        var copy = self
        copy.marks += marks()
        return copy
    }
}

/// Where a chart's legend is drawn.
public enum LegendPlacement: Sendable, Hashable {
    /// The house policy: in balanced rows above the plot, at every width, so figures of a
    /// course read alike and a phone's narrow figure keeps the plot's full width.
    case automatic
    /// In a column to the right of the plot.
    case right
    /// In rows above the plot.
    case top
    /// No legend.
    case hidden
}

/// Which gridlines a chart draws at its major ticks.
public enum GridLines: Sendable, Hashable {
    /// Vertical and horizontal gridlines.
    case both
    /// Horizontal gridlines only (at y ticks).
    case horizontal
    /// Vertical gridlines only (at x ticks).
    case vertical
    /// No gridlines.
    case none

    var drawsHorizontal: Bool { self == .both || self == .horizontal }
    var drawsVertical: Bool { self == .both || self == .vertical }
}
