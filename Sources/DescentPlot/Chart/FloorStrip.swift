/// A labelled strip below the plot, apart from it by a gap, for values a log y axis has no
/// position for: zero (and below). Lines reaching such a value drop into the strip and run along
/// it, so a run that reaches 0 is never drawn at some other run's positive value.
///
/// ```swift
/// var chart = Chart(x: .linear(0...8), y: .log(1e-3...10)) { LineMark(x: steps, y: losses) }
/// chart.floorStrip = FloorStrip(label: "0")
/// ```
public struct FloorStrip: Sendable, Hashable {
    /// The value the strip stands for, written beside it on the y axis, such as `0`.
    public var label: String

    /// Creates a strip labelled `label`.
    public init(label: String) {
        self.label = label
    }

    /// Pixels between the plot's bottom edge and the strip.
    static let gap = 10.0
    /// The strip's height in pixels.
    static let height = 12.0
    /// Pixels the strip adds below the plot.
    static let extent = gap + height

    /// The strip's CSS rule: the band in the gridline colour of the theme.
    static func css(root: String) -> String {
        "\(root) .floor{\(Stylesheet.declaration("fill", "grid", Theme.light.color("grid")))}"
    }

    /// The pixel y of the strip's centre line, where lines at the floor are drawn, below a plot
    /// whose bottom edge is at `plotBottom`.
    static func centre(below plotBottom: Double) -> Double {
        plotBottom + gap + height / 2
    }
}
