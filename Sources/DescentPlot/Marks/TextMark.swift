/// A short text annotation at a data point.
public struct TextMark: Mark {
    /// Horizontal alignment of the text relative to its point.
    public enum Anchor: String, Sendable {
        case start, middle, end
    }

    /// Where the text is anchored, in data coordinates.
    public var position: Point
    /// The text; it is escaped on output.
    public var text: String
    /// Horizontal alignment.
    public var anchor: Anchor
    /// Offset from the anchor point in pixels (positive is right and down).
    public var offset: Point

    /// Creates a text annotation.
    public init(_ text: String, at position: Point, anchor: Anchor = .start, offset: Point = Point(6, -6)) {
        self.text = text
        self.position = position
        self.anchor = anchor
        self.offset = offset
    }

    public func render(in area: PlotArea) -> MarkOutput {
        let pixel = area.pixel(position)
        guard pixel.isFinite else { return MarkOutput() }
        var attributes = [
            ("class", "annotation"), ("x", SVGNumber.format(pixel.x + offset.x)),
            ("y", SVGNumber.format(pixel.y + offset.y)),
        ]
        if anchor != .start { attributes.append(("text-anchor", anchor.rawValue)) }
        return MarkOutput(clipped: [SVGElement("text", attributes, text: text)])
    }
}
