/// Arrows between consecutive points of a path, such as the steps of an iteration.
///
/// Each arrow stops a few pixels short of its end point so that the head does not cover a
/// marker drawn there; arrows too short to carry a head are drawn as plain lines. With an
/// `animation`, the arrow ending at point `i` appears in frame `i`, in step with a
/// `PointMark` over the same points.
public struct ArrowMark: Mark {
    /// The points the arrows connect, in order.
    public var path: [Point]
    /// The series style (colour).
    public var series: SeriesStyle
    /// The legend label, if the arrows should appear in the legend.
    public var label: String?
    /// Pixels left free around each point.
    public var gap: Double
    /// Reveals the arrows one after another, if set.
    public var animation: Animation?

    /// Creates arrows from each point of `path` to the next.
    public init(path: [Point], series: Int = 0, label: String? = nil, gap: Double = 4, animation: Animation? = nil) {
        self.path = path
        self.series = SeriesStyle(index: series)
        self.label = label
        self.gap = gap
        self.animation = animation
    }

    /// Creates a single arrow.
    public init(from start: Point, to end: Point, series: Int = 0, label: String? = nil) {
        self.init(path: [start, end], series: series, label: label, gap: 0)
    }

    public var legendEntries: [LegendEntry] {
        label.map { [LegendEntry(label: $0, series: series, swatch: .line)] } ?? []
    }

    /// The arrowhead marker's id for this series.
    func markerID(_ area: PlotArea) -> String {
        "\(area.idPrefix)-arrow-\(area.colorClass(series))"
    }

    public func render(in area: PlotArea) -> MarkOutput {
        let pixels = area.pixels(path)
        var arrows: [SVGElement] = []
        for index in pixels.indices.dropFirst() {
            guard let element = arrow(from: pixels[index - 1], to: pixels[index], area: area, frame: index) else {
                continue
            }
            arrows.append(element)
        }
        let definition = SVGElement(
            "marker",
            [
                ("id", markerID(area)), ("class", area.colorClass(series)), ("viewBox", "0 0 10 10"), ("refX", "9"),
                ("refY", "5"),
                ("markerWidth", "9"), ("markerHeight", "9"), ("markerUnits", "userSpaceOnUse"), ("orient", "auto"),
            ], children: [SVGElement("path", [("class", "arrowhead"), ("d", "M0,1L10,5L0,9L2.5,5Z")])])
        let styles = animation?.styles(frameCount: path.count, scope: area.scope, root: area.rootSelector) ?? []
        let group = SVGElement.group([("class", "arrow \(area.colorClass(series))")], arrows)
        return MarkOutput(clipped: arrows.isEmpty ? [] : [group], definitions: [definition], styles: styles)
    }

    private func arrow(from a: Point, to b: Point, area: PlotArea, frame: Int) -> SVGElement? {
        guard a.isFinite, b.isFinite else { return nil }
        let length = a.distance(to: b)
        guard length > 2 * gap + 1 else { return nil }
        let ux = (b.x - a.x) / length
        let uy = (b.y - a.y) / length
        let start = Point(a.x + ux * gap, a.y + uy * gap)
        let end = Point(b.x - ux * gap, b.y - uy * gap)
        var d = PathData()
        d.addPolyline([start, end])
        var attributes = [("d", d.commands)]
        if length - 2 * gap >= 12 { attributes.append(("marker-end", "url(#\(markerID(area)))")) }
        if let animation { attributes.insert(("class", animation.classes(frame: frame, scope: area.scope)), at: 0) }
        return SVGElement("path", attributes)
    }
}
