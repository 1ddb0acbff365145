/// A zoomed view of a small part of the plot, in a framed panel over one of the plot's top
/// corners, for where points crowd within a few pixels: the panel draws `marks` with
/// scales that map `x` × `y` onto it, and the zoomed region is outlined in the main plot.
///
/// The panel's place is given as a fraction of the plot (`panel`), so the builder can keep
/// labels off it in every layout; it is a nested `<svg>`, which clips what it draws.
public struct InsetMark: Mark {
    /// Where the panel sits, as fractions of the plot frame (0 at the left and top).
    public struct Panel: Sendable, Hashable {
        public var left: Double
        public var top: Double
        public var width: Double
        public var height: Double

        /// Creates a panel placement.
        public init(left: Double, top: Double, width: Double, height: Double) {
            self.left = left
            self.top = top
            self.width = width
            self.height = height
        }

        /// The panel in pixels inside `frame`.
        public func rect(in frame: Rect) -> Rect {
            Rect(
                x: frame.x + left * frame.width, y: frame.y + top * frame.height, width: width * frame.width,
                height: height * frame.height)
        }
    }

    /// The data region shown.
    public var x: ClosedRange<Double>
    public var y: ClosedRange<Double>
    /// Where the panel is drawn.
    public var panel: Panel
    /// What the panel shows, drawn in order.
    public var marks: [any Mark]

    /// Space inside the panel's border, in pixels.
    static let padding = 6.0

    /// Creates an inset.
    public init(x: ClosedRange<Double>, y: ClosedRange<Double>, panel: Panel, marks: [any Mark]) {
        self.x = x
        self.y = y
        self.panel = panel
        self.marks = marks
    }

    public func render(in area: PlotArea) -> MarkOutput {
        let box = panel.rect(in: area.frame)
        let inner = PlotArea(
            x: Scale(.linear, domain: x, range: (Self.padding, box.width - Self.padding)),
            y: Scale(.linear, domain: y, range: (box.height - Self.padding, Self.padding)),
            frame: Rect(x: 0, y: 0, width: box.width, height: box.height), idPrefix: area.idPrefix,
            scope: area.scope + "-in")
        var output = MarkOutput(styles: Self.styles(root: area.rootSelector))
        var children = [Self.rect(Rect(x: 0, y: 0, width: box.width, height: box.height), class: "inset-panel")]
        for (index, mark) in marks.enumerated() {
            var markArea = inner
            markArea.scope = inner.scope + "\(index)"
            let drawn = mark.render(in: markArea)
            children += drawn.clipped + drawn.overlay
            output.definitions += drawn.definitions
            output.styles += drawn.styles
        }
        let f = SVGNumber.format
        let nested = SVGElement(
            "svg",
            [
                ("x", f(box.x)), ("y", f(box.y)), ("width", f(box.width)), ("height", f(box.height)),
                ("viewBox", "0 0 \(f(box.width)) \(f(box.height))"),
            ], children: children)
        let (corner, opposite) = (
            area.pixel(Point(x.lowerBound, y.upperBound)), area.pixel(Point(x.upperBound, y.lowerBound))
        )
        let zoomed = Rect(x: corner.x, y: corner.y, width: opposite.x - corner.x, height: opposite.y - corner.y)
        output.overlay = [Self.rect(zoomed, class: "inset-zoom"), nested]
        return output
    }

    private static func rect(_ rect: Rect, class name: String) -> SVGElement {
        let f = SVGNumber.format
        return SVGElement(
            "rect",
            [
                ("class", name), ("x", f(rect.x)), ("y", f(rect.y)), ("width", f(max(rect.width, 1))),
                ("height", f(max(rect.height, 1))),
            ])
    }

    private static func styles(root: String) -> [String] {
        let frame = Stylesheet.declaration("stroke", "frame", Theme.light.color("frame"))
        let background = Stylesheet.declaration("fill", "bg", Theme.light.color("bg"))
        return [
            "\(root) .inset-panel{stroke-width:1;\(background);\(frame)}",
            "\(root) .inset-zoom{fill:none;stroke-width:1;stroke-dasharray:3 2;\(frame)}",
        ]
    }
}
