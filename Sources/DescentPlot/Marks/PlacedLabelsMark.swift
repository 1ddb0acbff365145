/// Short labels placed at render time, once pixel positions are known, so that none overlaps
/// another label, a declared marker or a declared line, and none leaves the plot.
///
/// Each label sits beside its anchor at the first clear spot among `LabelPlacement`'s nearest
/// candidates (right, left, above, below, then diagonals, then the same a little further out).
/// When every near spot touches a line, the first that touches only lines is taken, and the
/// label's page-coloured halo keeps it legible there; a label with no such spot is left out
/// rather than drawn over a marker, another label or far from what it names. Labels are placed
/// in the order given, so pass the most important first.
///
/// A label in a `chain` (a numbered sequence 1, 2, 3, …) ends its chain when it finds no place, so a
/// sequence never shows a gap; a `leader` label (a callout) may also take the outer ring and is
/// joined to its anchor by a thin line; `fallbacks` are shorter texts tried when the text has no
/// room. `obstacles` are markers of their own sizes (a point, a ring, a panel).
public struct PlacedLabelsMark: Mark {
    /// One label and the data point it belongs to.
    public struct Label: Sendable {
        /// The text; it is escaped on output.
        public var text: String
        /// The point it labels, in data coordinates.
        public var anchor: Point

        /// Labels sharing a chain read as a sequence: once one finds no place, the later ones
        /// are left out too.
        public var chain: Int?
        /// Whether a thin line joins the label to its anchor, which lets it sit further out.
        public var leader: Bool
        /// Shorter texts tried in turn when `text` finds no place (a callout's bare run name).
        public var fallbacks: [String]

        /// Creates a label.
        public init(
            _ text: String, at anchor: Point, chain: Int? = nil, leader: Bool = false, fallbacks: [String] = []
        ) {
            self.text = text
            self.anchor = anchor
            self.chain = chain
            self.leader = leader
            self.fallbacks = fallbacks
        }
    }

    /// A marker of its own size that labels must not cover.
    public struct Obstacle: Sendable {
        /// Its centre, in data coordinates.
        public var point: Point
        /// Its width and height in pixels.
        public var size: Double

        /// Creates an obstacle.
        public init(_ point: Point, size: Double) {
            self.point = point
            self.size = size
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
    /// Markers of their own sizes no label may cover.
    public var obstacles: [Obstacle]

    /// Creates labels avoiding `markers` of `markerSize` pixels, the `lines` and `obstacles`.
    public init(
        _ labels: [Label], avoidingMarkers markers: [Point] = [], markerSize: Double = 10, lines: [[Point]] = [],
        obstacles: [Obstacle] = []
    ) {
        self.labels = labels
        self.markers = markers
        self.markerSize = markerSize
        self.lines = lines
        self.obstacles = obstacles
    }

    static let metrics = TextMetrics(fontSize: 12)
    /// Pixel spacing of the sample boxes that stand in for a line.
    static let lineSampleSpacing = 4.0

    /// The labels that found a place, each with the text it is drawn with and its box in pixels.
    public func placements(in area: PlotArea) -> [(label: Label, box: Rect)] {
        let markerBoxes = self.markerBoxes(in: area)
        var strict = LabelPlacement(bounds: area.frame, obstacles: markerBoxes + lineBoxes(in: area))
        var loose = LabelPlacement(bounds: area.frame, obstacles: markerBoxes)
        let height = Self.metrics.lineHeight
        var broken: Set<Int> = []
        return labels.compactMap { label -> (label: Label, box: Rect)? in
            if let chain = label.chain, broken.contains(chain) { return nil }
            let anchor = area.pixel(label.anchor)
            guard anchor.isFinite else { return nil }
            for text in [label.text] + label.fallbacks {
                let candidates = strict.candidates(width: Self.metrics.width(of: text), height: height, anchor: anchor)
                let reachable = label.leader ? candidates[...] : candidates.prefix(Self.nearCandidates)
                if let box = reachable.first(where: strict.isClear) ?? reachable.first(where: loose.isClear) {
                    strict.avoid(box)
                    loose.avoid(box)
                    var placed = label
                    placed.text = text
                    return (placed, box)
                }
            }
            if let chain = label.chain { broken.insert(chain) }
            return nil
        }
    }

    public func render(in area: PlotArea) -> MarkOutput {
        let height = Self.metrics.lineHeight
        var elements: [SVGElement] = []
        for (label, box) in placements(in: area) {
            if label.leader, let (from, to) = Self.leader(from: area.pixel(label.anchor), to: box) {
                let f = SVGNumber.format
                elements.append(
                    SVGElement(
                        "line",
                        [("class", "leader"), ("x1", f(from.x)), ("y1", f(from.y)), ("x2", f(to.x)), ("y2", f(to.y))]))
            }
            elements.append(
                SVGElement(
                    "text",
                    [
                        ("class", "annotation placed-label"), ("x", SVGNumber.format(box.x)),
                        ("y", SVGNumber.format(box.y + height * 0.78)),
                    ], text: label.text))
        }
        guard !elements.isEmpty else { return MarkOutput() }
        let leaders = elements.contains { $0.name == "line" }
        return MarkOutput(
            clipped: elements,
            styles: [Self.haloRule(area.rootSelector)] + (leaders ? [Self.leaderRule(area.rootSelector)] : []))
    }

    /// A line from `anchor` to the nearest point of `box`, starting clear of the anchor's
    /// marker; nil when the label sits right beside its anchor.
    static func leader(from anchor: Point, to box: Rect) -> (Point, Point)? {
        let end = Point(min(max(anchor.x, box.x), box.maxX), min(max(anchor.y, box.y), box.maxY))
        let length = anchor.distance(to: end)
        guard length > 8 else { return nil }
        let t = 5 / length
        return (Point(anchor.x + (end.x - anchor.x) * t, anchor.y + (end.y - anchor.y) * t), end)
    }

    /// A callout's leader: a thin line in the muted colour.
    static func leaderRule(_ root: String) -> String {
        "\(root) .leader{fill:none;stroke-width:1;"
            + Stylesheet.declaration("stroke", "muted", Theme.light.color("muted"))
            + "}"
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

    /// A box for every marker and obstacle, in pixels.
    func markerBoxes(in area: PlotArea) -> [Rect] {
        let sized = markers.map { (area.pixel($0), markerSize) } + obstacles.map { (area.pixel($0.point), $0.size) }
        return sized.filter(\.0.isFinite).map { point, size in
            Rect(x: point.x - size / 2, y: point.y - size / 2, width: size, height: size)
        }
    }

    /// Small boxes every few pixels along every line, in pixels.
    func lineBoxes(in area: PlotArea) -> [Rect] {
        var boxes: [Rect] = []
        for line in lines {
            let pixels = area.pixels(line).filter(\.isFinite)
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
