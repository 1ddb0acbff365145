/// One panel of a chart drawn as small multiples: a title and the marks drawn in the panel
/// only, on top of the chart's own marks, which every panel shows as context.
///
/// ```swift
/// var chart = Chart(x: .linear(0...50), y: .log(1e-6...10), xLabel: "step", yLabel: "value") {
///     for (i, ys) in all.enumerated() { LineMark(x: steps, y: ys, series: i).asContext() }
/// }
/// chart.facets = all.enumerated().map { i, ys in Facet(title: "series \(i)", marks: [LineMark(x: steps, y: ys, series: i)]) }
/// ```
public struct Facet: Sendable {
    /// The panel's title, written above it.
    public var title: String
    /// The marks of this panel, drawn over the chart's marks.
    public var marks: [any Mark]

    /// Creates a panel.
    public init(title: String, marks: [any Mark]) {
        self.title = title
        self.marks = marks
    }
}

/// Where the panels of a faceted chart go: a grid filled row by row, as many columns as fit
/// at about `panelWidth` pixels each, every panel the same size and sharing the chart's scales;
/// the axis titles are written once, along the bottom and the left of the whole grid.
public struct FacetGrid: Sendable, Hashable {
    /// The narrowest a panel should be, in pixels.
    public static let panelWidth = 170.0
    /// The height of one row of panels, in pixels, used to size a chart for its panels.
    public static let rowHeight = 150.0
    /// Pixels below the grid for the x axis title, and left of it for the y axis title.
    static let titleMargin = 24.0

    /// The number of panels.
    public var count: Int
    /// The number of columns.
    public var columns: Int
    /// The number of rows.
    public var rows: Int { (count + columns - 1) / max(columns, 1) }

    /// The grid for `count` panels in a chart `width` pixels wide.
    public init(count: Int, width: Double) {
        self.count = count
        self.columns = max(1, min(count, Int(width / Self.panelWidth)))
    }

    /// The height a chart `width` pixels wide needs to give `count` panels each `rowHeight`.
    public static func chartHeight(count: Int, width: Double) -> Double {
        Double(FacetGrid(count: count, width: width).rows) * rowHeight + titleMargin
    }

    /// The rectangle of panel `index` in a chart of `width` × `height`, leaving room for the
    /// axis titles.
    func panel(_ index: Int, width: Double, height: Double) -> Rect {
        let panelWidth = (width - Self.titleMargin) / Double(columns)
        let panelHeight = (height - Self.titleMargin) / Double(rows)
        return Rect(
            x: Self.titleMargin + Double(index % columns) * panelWidth, y: Double(index / columns) * panelHeight,
            width: panelWidth, height: panelHeight)
    }
}
