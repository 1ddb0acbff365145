/// Where a mark is drawn: the scales with their pixel ranges, the plot frame, and the
/// identifiers that keep the mark's ids and CSS classes unique on the page.
public struct PlotArea: Sendable, Hashable {
    /// The horizontal scale, mapping data to pixels inside `frame`.
    public var x: Scale
    /// The vertical scale, mapping data to pixels inside `frame` (upwards).
    public var y: Scale
    /// The plot rectangle in pixels.
    public var frame: Rect
    /// The chart's id prefix; every id in the document starts with it.
    public var idPrefix: String
    /// A CSS class or id fragment unique to this mark within the chart, such as `fig1-m3`.
    public var scope: String
    /// The pixel y of the chart's floor strip (see `FloorStrip`), where lines draw values
    /// the y scale puts infinitely far below the frame; nil when the chart has none.
    public var floorY: Double?
    /// The chart's series colours, which name the colour class of each series.
    public var palette: SeriesPalette

    /// Creates a plot area.
    public init(
        x: Scale, y: Scale, frame: Rect, idPrefix: String, scope: String, floorY: Double? = nil,
        palette: SeriesPalette = .categorical
    ) {
        self.x = x
        self.y = y
        self.frame = frame
        self.idPrefix = idPrefix
        self.scope = scope
        self.floorY = floorY
        self.palette = palette
    }

    /// The CSS class that gives `series` its colour in this chart's palette.
    public func colorClass(_ series: SeriesStyle) -> String {
        palette.colorClass(series.index)
    }

    /// The pixel position of a data point.
    public func pixel(_ point: Point) -> Point {
        Point(x(point.x), y(point.y))
    }

    /// The pixel positions of many data points, each as `pixel(_:)` gives it (the scales'
    /// mappings are prepared once rather than per point).
    public func pixels(_ points: [Point]) -> [Point] {
        let x = x.mapping
        let y = y.mapping
        return points.map { Point(x($0.x), y($0.y)) }
    }

    /// The CSS selector prefix that scopes rules to this chart, `#prefix`.
    public var rootSelector: String { "#" + idPrefix }
}

/// An axis-aligned rectangle in pixels.
public struct Rect: Sendable, Hashable {
    /// Left edge.
    public var x: Double
    /// Top edge.
    public var y: Double
    /// Width.
    public var width: Double
    /// Height.
    public var height: Double

    /// Creates a rectangle.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// Right edge.
    public var maxX: Double { x + width }
    /// Bottom edge.
    public var maxY: Double { y + height }

    /// Whether the two rectangles share interior points (touching edges do not count).
    public func overlaps(_ other: Rect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }
}
