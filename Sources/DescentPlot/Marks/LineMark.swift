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
    /// Whether a wider stroke in the page's colour is drawn under the line, so that it stands
    /// out against anything beneath it (filled contour bands, other lines).
    public var halo = Halo.none
    /// Whether the line is drawn solid whatever its series' dash pattern (on a busy map a
    /// dashed line breaks up into noise).
    public var solid = false

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
        return label.map { label in
            var entry = LegendEntry(label: label, series: series, swatch: .line)
            entry.solid = solid
            return [entry]
        } ?? []
    }

    /// A line's ids and classes come from its series and the chart, never from its scope.
    public var readsScope: Bool { false }

    /// Pixels a simplified line may move from the exact one: well under what anyone can see.
    static let simplification = 0.1
    /// The same for a faint context line, drawn once per small multiple: still under a pixel.
    static let contextSimplification = 0.5

    /// The clipped, decimated pixel geometry of the line in `area`.
    public func clipping(in area: PlotArea) -> VerticalClipping {
        var pixels = area.pixels(points)
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
            if halo != .none {
                output.clipped.append(
                    SVGElement(
                        "path",
                        [("class", "halo"), ("d", path.commands), ("stroke-width", SVGNumber.format(lineWidth + 3))]))
                output.styles.append(Self.haloRule(area.rootSelector))
            }
            guard halo != .only else { return output }
            var attributes = [("class", "line \(area.colorClass(series))"), ("d", path.commands)]
            if !solid, let dash = series.dashArray { attributes.append(("stroke-dasharray", dash)) }
            // A style, not a presentation attribute: the `.line` rule's width would override that.
            if lineWidth != 2 { attributes.append(("style", "stroke-width:\(SVGNumber.format(lineWidth))")) }
            output.clipped.append(SVGElement("path", attributes))
        }
        if marksEscapes && !clipping.exits.isEmpty {
            output.overlay.append(escapeMarkers(clipping.exits, in: area))
        }
        return output
    }

    /// The halo's style: the page's colour (`--bg`), round joins so it follows the line.
    static func haloRule(_ root: String) -> String {
        "\(root) .halo{fill:none;stroke-linejoin:round;stroke-linecap:round;"
            + Stylesheet.declaration("stroke", "bg", Theme.light.color("bg")) + "}"
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

extension LineMark {
    /// A stroke of the page's colour around a line.
    public enum Halo: Sendable, Hashable {
        /// No halo.
        case none
        /// The halo, then the line over it.
        case beneath
        /// The halo alone: drawn for every line of a chart before any line, so that one line's
        /// halo never cuts through another line.
        case only
    }
}
