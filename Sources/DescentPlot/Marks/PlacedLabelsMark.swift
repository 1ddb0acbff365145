/// Text labels placed when the chart is drawn, each beside its anchor where it overlaps no
/// other label, no declared obstacle and no edge of the plot (`LabelPlacement`); a label that
/// fits nowhere is left out rather than printed over something.
///
/// Placing at render time uses the real pixel scales of the figure, wide or narrow, so the
/// same chart stays free of collisions at every size. Labels are placed in the order given:
/// pass the most important first.
public struct PlacedLabelsMark: Mark {
    /// One label and the data point it belongs to.
    public struct Label: Sendable, Hashable {
        /// The text; it is escaped on output.
        public var text: String
        /// The data point the label sits beside.
        public var anchor: Point
        /// Labels sharing a chain read as a sequence (1, 2, 3, …): once one of them finds no
        /// place, the later ones are left out too, so the sequence shows no gap.
        public var chain: Int?
        /// Whether a thin line joins the label to its anchor (for a callout), which lets it
        /// sit further out; without one, the label only takes a place right next to its anchor.
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

    /// Something drawn at a data point that labels must not cover: a marker, a curve's sample.
    public struct Obstacle: Sendable, Hashable {
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

    /// The labels, most important first.
    public var labels: [Label]
    /// What the labels must keep clear of.
    public var obstacles: [Obstacle]
    /// Font size in pixels (the chart's text is 12 px).
    public var fontSize: Double

    /// Creates the mark.
    public init(_ labels: [Label], avoiding obstacles: [Obstacle] = [], fontSize: Double = 12) {
        self.labels = labels
        self.obstacles = obstacles
        self.fontSize = fontSize
    }

    /// The labels that found a place, each with its box in pixels.
    public func placements(in area: PlotArea) -> [(label: Label, box: Rect)] {
        let metrics = TextMetrics(fontSize: fontSize)
        var placer = LabelPlacement(bounds: area.frame)
        for obstacle in obstacles {
            let pixel = area.pixel(obstacle.point)
            if pixel.isFinite { placer.avoid(markerAt: pixel, size: obstacle.size) }
        }
        var broken: Set<Int> = []
        return labels.compactMap { label in
            if let chain = label.chain, broken.contains(chain) { return nil }
            let anchor = area.pixel(label.anchor)
            if anchor.isFinite {
                for text in [label.text] + label.fallbacks {
                    if let box = placer.place(
                        width: metrics.width(of: text), height: metrics.lineHeight, beside: anchor,
                        nearOnly: !label.leader)
                    {
                        var placed = label
                        placed.text = text
                        return (placed, box)
                    }
                }
            }
            if let chain = label.chain { broken.insert(chain) }
            return nil
        }
    }

    /// A line from `anchor` to the nearest point of `box`, stopping short of the anchor's marker.
    static func leader(from anchor: Point, to box: Rect) -> (Point, Point)? {
        let end = Point(min(max(anchor.x, box.x), box.maxX), min(max(anchor.y, box.y), box.maxY))
        let length = anchor.distance(to: end)
        guard length > 8 else { return nil }
        let t = 5 / length
        return (Point(anchor.x + (end.x - anchor.x) * t, anchor.y + (end.y - anchor.y) * t), end)
    }

    public func render(in area: PlotArea) -> MarkOutput {
        var elements: [SVGElement] = []
        for (label, box) in placements(in: area) {
            if label.leader, let (from, to) = Self.leader(from: area.pixel(label.anchor), to: box) {
                elements.append(
                    SVGElement(
                        "line",
                        [
                            ("class", "leader"), ("x1", SVGNumber.format(from.x)), ("y1", SVGNumber.format(from.y)),
                            ("x2", SVGNumber.format(to.x)), ("y2", SVGNumber.format(to.y)),
                        ]))
            }
            elements.append(
                SVGElement(
                    "text",
                    [
                        ("class", "annotation"), ("x", SVGNumber.format(box.x)),
                        ("y", SVGNumber.format(box.maxY - fontSize * 0.3)),
                    ], text: label.text))
        }
        let leaderStyle =
            "\(area.rootSelector) .leader{fill:none;stroke-width:1;"
            + Stylesheet.declaration("stroke", "muted", Theme.light.color("muted")) + "}"
        let hasLeader = elements.contains { $0.name == "line" }
        return MarkOutput(overlay: elements, styles: hasLeader ? [leaderStyle] : [])
    }
}
