/// Short labels placed at render time, once pixel positions are known, so that none overlaps
/// another label, a declared marker or a declared line, and none leaves the plot.
///
/// Each label sits beside its anchor at the first clear spot `LabelPlacement` finds (right,
/// left, above, below, then diagonals, further out); a label with no clear spot is left out
/// rather than drawn over something. Labels are placed in the order given, so pass the most
/// important first.
public struct PlacedLabelsMark: Mark {
    /// One label and the data point it belongs to.
    public struct Label: Sendable {
        /// The text; it is escaped on output.
        public var text: String
        /// The point it labels, in data coordinates.
        public var anchor: Point

        /// Creates a label.
        public init(_ text: String, at anchor: Point) {
            self.text = text
            self.anchor = anchor
        }
    }

    /// Labels in placement order.
    public var labels: [Label]
    /// Markers (in data coordinates) no label may cover.
    public var markers: [Point]
    /// Diameter of each marker in pixels.
    public var markerSize: Double
    /// Polylines (in data coordinates) no label may cover.
    public var lines: [[Point]]

    /// Creates labels avoiding `markers` of `markerSize` pixels and the `lines`.
    public init(
        _ labels: [Label], avoidingMarkers markers: [Point] = [], markerSize: Double = 10, lines: [[Point]] = []
    ) {
        self.labels = labels
        self.markers = markers
        self.markerSize = markerSize
        self.lines = lines
    }

    static let metrics = TextMetrics(fontSize: 12)
    /// Pixel spacing of the sample boxes that stand in for a line.
    static let lineSampleSpacing = 4.0

    public func render(in area: PlotArea) -> MarkOutput {
        var placement = LabelPlacement(bounds: area.frame)
        for box in obstacleBoxes(in: area) { placement.avoid(box) }
        let height = Self.metrics.lineHeight
        let texts = labels.compactMap { label -> SVGElement? in
            let anchor = area.pixel(label.anchor)
            guard anchor.isFinite,
                let box = placement.place(width: Self.metrics.width(of: label.text), height: height, beside: anchor)
            else { return nil }
            return SVGElement(
                "text",
                [
                    ("class", "annotation"), ("x", SVGNumber.format(box.x)),
                    ("y", SVGNumber.format(box.y + height * 0.78)),
                ], text: label.text)
        }
        return MarkOutput(clipped: texts)
    }

    /// Boxes for every marker and for points every few pixels along every line, in pixels.
    func obstacleBoxes(in area: PlotArea) -> [Rect] {
        let size = markerSize
        var boxes = markers.map(area.pixel).filter(\.isFinite).map {
            Rect(x: $0.x - size / 2, y: $0.y - size / 2, width: size, height: size)
        }
        for line in lines {
            let pixels = line.map(area.pixel).filter(\.isFinite)
            for (a, b) in zip(pixels, pixels.dropFirst()) {
                let steps = max(1, Int((a.distance(to: b) / Self.lineSampleSpacing).rounded(.up)))
                for step in 0...steps {
                    let t = Double(step) / Double(steps)
                    let point = Point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t)
                    boxes.append(Rect(x: point.x - 2, y: point.y - 2, width: 4, height: 4))
                }
            }
        }
        return boxes
    }
}
