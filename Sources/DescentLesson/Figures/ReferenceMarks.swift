import DescentPlot

/// Marks in the theme's neutral colours for what is not a run: the function curve, the data
/// points, the known minimum, the start ring. They follow the chart's light and dark themes
/// through its `--fg` and `--muted` custom properties (with light fallbacks for librsvg).
enum ReferenceStyle {
    /// The CSS rules for the reference classes inside the chart `root`.
    static func rules(root: String) -> [String] {
        let muted = Theme.light.color("muted").hexString
        let fg = Theme.light.color("fg").hexString
        return [
            "\(root) .ref-curve{fill:none;stroke-width:1.75;stroke-linejoin:round;stroke:\(muted);stroke:var(--muted)}",
            "\(root) .ref-dash{stroke-dasharray:6 4}",
            "\(root) .ref-point{fill:\(muted);fill:var(--muted);fill-opacity:.55;stroke:none}",
            "\(root) .ref-ring{fill:none;stroke-width:1.5;stroke:\(fg);stroke:var(--fg)}",
            "\(root) .ref-cross{fill:none;stroke-width:2;stroke-linecap:round;stroke:\(fg);stroke:var(--fg)}",
        ]
    }
}

/// A neutral line through data points, cut at the plot's top and bottom edges.
struct ReferenceCurveMark: Mark {
    var points: [Point]
    /// Whether the line is dashed (an initial fit, a theory curve).
    var dashed = false

    func render(in area: PlotArea) -> MarkOutput {
        let clipping = VerticalClipping(area.pixels(points), top: area.frame.y, bottom: area.frame.maxY)
        var path = PathData()
        for run in clipping.runs { path.addPolyline(run) }
        guard !path.isEmpty else { return MarkOutput() }
        let element = SVGElement(
            "path", [("class", dashed ? "ref-curve ref-dash" : "ref-curve"), ("d", path.commands)])
        return MarkOutput(clipped: [element], styles: ReferenceStyle.rules(root: area.rootSelector))
    }
}

/// Neutral markers: translucent dots for data, a ring around a start point, a cross on a minimum.
struct ReferencePointsMark: Mark {
    /// How the markers look.
    enum Style: String {
        case point = "ref-point"
        case ring = "ref-ring"
        case cross = "ref-cross"
    }

    var points: [Point]
    var style: Style
    /// Diameter in pixels.
    var size: Double

    func render(in area: PlotArea) -> MarkOutput {
        let shape: MarkerShape = style == .cross ? .cross : .circle
        let pixels = area.pixels(points).filter { pixel in
            pixel.isFinite && pixel.x >= area.frame.x - size && pixel.x <= area.frame.maxX + size
                && pixel.y >= area.frame.y - size && pixel.y <= area.frame.maxY + size
        }
        let d = pixels.map { shape.path(at: $0, size: size) }.joined()
        guard !d.isEmpty else { return MarkOutput() }
        return MarkOutput(
            clipped: [SVGElement("path", [("class", style.rawValue), ("d", d)])],
            styles: ReferenceStyle.rules(root: area.rootSelector))
    }
}
