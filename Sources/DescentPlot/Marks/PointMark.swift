/// Markers at data points, in a series' colour and marker shape.
///
/// With an `animation`, point `i` appears in frame `i`.
public struct PointMark: Mark {
    /// The data points.
    public var points: [Point]
    /// The series style (colour, default shape).
    public var series: SeriesStyle
    /// The legend label, if the points should appear in the legend.
    public var label: String?
    /// The marker shape; defaults to the series' shape.
    public var shape: MarkerShape
    /// Marker size in pixels (the circle's diameter).
    public var size: Double
    /// Reveals the points one after another, if set.
    public var animation: Animation?

    /// Creates markers at `points`.
    public init(
        _ points: [Point], series: Int = 0, label: String? = nil, shape: MarkerShape? = nil,
        size: Double = 7, animation: Animation? = nil
    ) {
        self.points = points
        self.series = SeriesStyle(index: series)
        self.label = label
        self.shape = shape ?? self.series.marker
        self.size = size
        self.animation = animation
    }

    public var legendEntries: [LegendEntry] {
        guard let label else { return [] }
        return [LegendEntry(label: label, series: series, swatch: .marker, marker: shape)]
    }

    public func render(in area: PlotArea) -> MarkOutput {
        let pixels = area.pixels(points)
        let visible = pixels.indices.filter { pixels[$0].isFinite && isNear(pixels[$0], area.frame) }
        let kind = shape.isStrokedOnly ? "pt-stroke" : "pt"
        let groupClass = "\(kind) \(area.colorClass(series))"
        guard let animation else {
            let d = visible.map { shape.path(at: pixels[$0], size: size) }.joined()
            let element = SVGElement("path", [("class", groupClass), ("d", d)])
            return MarkOutput(clipped: d.isEmpty ? [] : [element])
        }
        let children = visible.map { index in
            SVGElement(
                "path",
                [
                    ("class", animation.classes(frame: index, scope: area.scope)),
                    ("d", shape.path(at: pixels[index], size: size)),
                ])
        }
        return MarkOutput(
            clipped: [SVGElement.group([("class", groupClass)], children)],
            styles: animation.styles(frameCount: points.count, scope: area.scope, root: area.rootSelector))
    }

    private func isNear(_ point: Point, _ frame: Rect) -> Bool {
        point.x >= frame.x - size && point.x <= frame.maxX + size
            && point.y >= frame.y - size && point.y <= frame.maxY + size
    }
}
