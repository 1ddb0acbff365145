/// A line through data points, in a series' colour and dash pattern.
///
/// Non-finite values break the line into separate runs. The line is cut where it leaves the
/// y domain, except that on a chart with a floor strip a value the y scale puts infinitely far
/// below (zero on a log axis) is drawn in the strip, so the line drops into it; with `marksEscapes` a small arrowhead on the plot edge shows where it left, which
/// is how diverging sequences are drawn. Series longer than twice the plot width in pixels are
/// decimated per pixel column, which keeps files small and the drawing unchanged.
public struct LineMark: Mark {
    /// The data points, in drawing order.
    public var points: [Point]
    /// The series style (colour, dash pattern).
    public var series: SeriesStyle
    /// The legend label, if the line should appear in the legend.
    public var label: String?
    /// Whether to draw a marker where the line leaves the y domain.
    public var marksEscapes: Bool
    /// Stroke width in pixels.
    public var lineWidth: Double
    /// Whether the line is context behind other lines (a small multiple's other series): thin,
    /// solid, faint grey whatever its series, with no legend entry and no escape markers.
    public var isContext = false

    /// Creates a line through `points`.
    public init(
        _ points: [Point], series: Int = 0, label: String? = nil, marksEscapes: Bool = false, lineWidth: Double = 2
    ) {
        self.points = points
        self.series = SeriesStyle(index: series)
        self.label = label
        self.marksEscapes = marksEscapes
        self.lineWidth = lineWidth
    }

    /// Creates a line through `(x[i], y[i])`.
    public init(
        x: [Double], y: [Double], series: Int = 0, label: String? = nil, marksEscapes: Bool = false,
        lineWidth: Double = 2
    ) {
        self.init(
            zip(x, y).map { Point($0, $1) }, series: series, label: label, marksEscapes: marksEscapes,
            lineWidth: lineWidth)
    }

    /// The same line as context (`isContext`), without escape markers.
    public func asContext() -> LineMark {
        var copy = self
        copy.isContext = true
        copy.marksEscapes = false
        return copy
    }

    public var legendEntries: [LegendEntry] {
        if isContext { return [] }
        return label.map { [LegendEntry(label: $0, series: series, swatch: .line)] } ?? []
    }

    /// Pixels a simplified line may move from the exact one: well under what anyone can see.
    static let simplification = 0.1
    /// The same for a faint context line, drawn once per small multiple: still under a pixel.
    static let contextSimplification = 0.5

    /// The clipped, decimated pixel geometry of the line in `area`.
    public func clipping(in area: PlotArea) -> VerticalClipping {
        var pixels = points.map(area.pixel)
        if let floorY = area.floorY {
            pixels = pixels.map { $0.y == .infinity ? Point($0.x, floorY) : $0 }
        }
        if pixels.count > Int(area.frame.width * 2) {
            pixels = Decimation.minMaxPerColumn(pixels, columnWidth: 1)
        }
        let clipping = VerticalClipping(pixels, top: area.frame.y, bottom: area.floorY ?? area.frame.maxY)
        return clipping.simplified(tolerance: isContext ? Self.contextSimplification : Self.simplification)
    }

    public func render(in area: PlotArea) -> MarkOutput {
        let clipping = clipping(in: area)
        var path = PathData()
        for run in clipping.runs { path.addPolyline(run) }
        var output = MarkOutput()
        if isContext {
            guard !path.isEmpty else { return output }
            output.clipped.append(SVGElement("path", [("class", "line context"), ("d", path.commands)]))
            output.styles.append(
                "\(area.rootSelector) .context{stroke-width:1;stroke-opacity:.5;\(Stylesheet.declaration("stroke", "frame", Theme.light.color("frame")))}"
            )
            return output
        }
        if !path.isEmpty {
            var attributes = [("class", "line \(area.colorClass(series))"), ("d", path.commands)]
            if let dash = series.dashArray { attributes.append(("stroke-dasharray", dash)) }
            if lineWidth != 2 { attributes.append(("stroke-width", SVGNumber.format(lineWidth))) }
            output.clipped.append(SVGElement("path", attributes))
        }
        if marksEscapes && !clipping.exits.isEmpty {
            output.overlay.append(escapeMarkers(clipping.exits, in: area))
        }
        return output
    }

    private func escapeMarkers(_ exits: [VerticalClipping.Exit], in area: PlotArea) -> SVGElement {
        var path = PathData()
        for exit in exits {
            let direction = exit.throughTop ? -1.0 : 1.0
            let tip = Point(exit.point.x, exit.point.y + direction * 7)
            path.addPolyline([tip, Point(tip.x + 5, exit.point.y), Point(tip.x - 5, exit.point.y)], closed: true)
        }
        return SVGElement("path", [("class", "escape \(area.colorClass(series))"), ("d", path.commands)])
    }
}
