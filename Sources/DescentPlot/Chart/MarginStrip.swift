/// A labelled row above the plot for values that have no place on the y axis (an outcome
/// rather than a number): each is a marker at its x, in its
/// series' colour, and the row's label sits in the y-axis margin where tick labels go.
///
/// Strips lie outside the data area, so a marker in one can never be read as a value on the
/// y axis. They are stacked top to bottom in the order given, above the plot and below the legend.
public struct MarginStrip: Sendable {
    /// One marker in the strip.
    public struct Entry: Sendable, Hashable {
        /// The position on the chart's x scale.
        public var x: Double
        /// The series whose colour the marker takes.
        public var series: Int

        /// Creates an entry at `x` in the colour of `series`.
        public init(x: Double, series: Int) {
            self.x = x
            self.series = series
        }
    }

    /// The row's name, shown in the y-axis margin.
    public var label: String
    /// The marker shape of every entry.
    public var shape: MarkerShape
    /// The markers.
    public var entries: [Entry]

    /// Creates a strip.
    public init(label: String, shape: MarkerShape, entries: [Entry]) {
        self.label = label
        self.shape = shape
        self.entries = entries
    }

    /// The height of one strip in pixels.
    static let height = 20.0
    /// The gap between the lowest strip and the plot.
    static let plotGap = 6.0

    /// The CSS rule for the strips' bands: the grid colour, half transparent, so markers in
    /// them keep their contrast.
    static func style(root: String) -> String {
        "\(root) .strip{stroke:none;fill-opacity:.5;\(Stylesheet.declaration("fill", "grid", Theme.light.color("grid")))}"
    }

    /// The strip drawn in `area`'s frame (its band), its markers placed on `area`'s x scale, its
    /// label right-aligned where the y axis's tick labels end.
    func render(in area: PlotArea) -> SVGElement {
        let frame = area.frame
        let band = SVGElement(
            "rect",
            [
                ("class", "strip"), ("x", SVGNumber.format(frame.x)), ("y", SVGNumber.format(frame.y + 1)),
                ("width", SVGNumber.format(frame.width)), ("height", SVGNumber.format(frame.height - 2)),
            ])
        let title = Chart.yMarginLabel(label, plotLeft: frame.x, centre: frame.y + frame.height / 2)
        var stripArea = area
        stripArea.y = Scale.linear(0...1).withRange(frame.maxY, frame.y)
        let markers = Dictionary(grouping: entries, by: \.series).sorted { $0.key < $1.key }.flatMap {
            series, entries in
            PointMark(entries.map { Point($0.x, 0.5) }, series: series, shape: shape, size: 9).render(in: stripArea)
                .clipped
        }
        return SVGElement.group([("class", "margin-strip")], [band, title] + markers)
    }
}
