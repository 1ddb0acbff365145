/// A reference line across the whole plot at a fixed x or y value.
public struct RuleMark: Mark {
    /// Which axis the rule's value is on.
    public enum Orientation: Sendable, Hashable {
        /// A vertical line at an x value.
        case vertical
        /// A horizontal line at a y value.
        case horizontal
    }

    /// The data value the rule marks.
    public var value: Double
    /// Vertical (at an x value) or horizontal (at a y value).
    public var orientation: Orientation

    /// A vertical rule at `x`.
    public init(x: Double) {
        value = x
        orientation = .vertical
    }

    /// A horizontal rule at `y`.
    public init(y: Double) {
        value = y
        orientation = .horizontal
    }

    public func render(in area: PlotArea) -> MarkOutput {
        var path = PathData()
        switch orientation {
        case .vertical:
            let x = (area.x(value)).rounded(.down) + 0.5
            guard x.isFinite else { return MarkOutput() }
            path.addPolyline([Point(x, area.frame.y), Point(x, area.frame.maxY)])
        case .horizontal:
            let y = (area.y(value)).rounded(.down) + 0.5
            guard y.isFinite else { return MarkOutput() }
            path.addPolyline([Point(area.frame.x, y), Point(area.frame.maxX, y)])
        }
        return MarkOutput(clipped: [SVGElement("path", [("class", "rule"), ("d", path.commands)])])
    }
}
