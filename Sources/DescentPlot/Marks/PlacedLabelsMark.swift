/// Short labels placed at render time, once pixel positions are known, so that none overlaps
/// another label, a declared marker or a declared line, and none leaves the plot.
///
/// Each label sits beside its anchor at the first clear spot among `LabelPlacement`'s nearest
/// candidates (right, left, above, below, then diagonals, then the same a little further out).
/// When every near spot touches a line, the first that touches only lines is taken, and the
/// label's page-coloured halo keeps it legible there; a label with no such spot is left out
/// rather than drawn over a marker, another label or far from what it names. Labels are placed
/// in the order given, so pass the most important first.
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
        let markerBoxes = self.markerBoxes(in: area)
        var strict = LabelPlacement(bounds: area.frame, obstacles: markerBoxes + lineBoxes(in: area))
        var loose = LabelPlacement(bounds: area.frame, obstacles: markerBoxes)
        let height = Self.metrics.lineHeight
        let texts = labels.compactMap { label -> SVGElement? in
            let anchor = area.pixel(label.anchor)
            let width = Self.metrics.width(of: label.text)
            guard anchor.isFinite else { return nil }
            let candidates = strict.candidates(width: width, height: height, anchor: anchor)
            let near = candidates.prefix(Self.nearCandidates)
            guard let box = near.first(where: strict.isClear) ?? near.first(where: loose.isClear)
            else { return nil }
            strict.avoid(box)
            loose.avoid(box)
            return SVGElement(
                "text",
                [
                    ("class", "annotation placed-label"), ("x", SVGNumber.format(box.x)),
                    ("y", SVGNumber.format(box.y + height * 0.78)),
                ], text: label.text)
        }
        guard !texts.isEmpty else { return MarkOutput() }
        return MarkOutput(clipped: texts, styles: [Self.haloRule(area.rootSelector)])
    }

    /// How many of `LabelPlacement`'s candidates count as near their anchor: the first two
    /// rings of eight. A label tries them clear of everything, then clear of markers and labels
    /// only (crossing a line, over which its halo keeps it legible), and is left out otherwise,
    /// rather than being put somewhere far from what it names.
    static let nearCandidates = 16

    /// A page-coloured outline under the letters, so a label that crosses a line stays legible.
    static func haloRule(_ root: String) -> String {
        "\(root) .placed-label{paint-order:stroke;stroke-width:3px;stroke-linejoin:round;"
            + Stylesheet.declaration("stroke", "bg", Theme.light.color("bg")) + "}"
    }

    /// A box for every marker, in pixels.
    func markerBoxes(in area: PlotArea) -> [Rect] {
        let size = markerSize
        return markers.map(area.pixel).filter(\.isFinite).map {
            Rect(x: $0.x - size / 2, y: $0.y - size / 2, width: size, height: size)
        }
    }

    /// Small boxes every few pixels along every line, in pixels.
    func lineBoxes(in area: PlotArea) -> [Rect] {
        var boxes: [Rect] = []
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

    /// Every obstacle: markers, then line samples.
    func obstacleBoxes(in area: PlotArea) -> [Rect] {
        markerBoxes(in: area) + lineBoxes(in: area)
    }
}
