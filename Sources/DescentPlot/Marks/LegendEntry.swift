/// One row of a chart legend: a label and a swatch drawn in a series' style.
public struct LegendEntry: Sendable, Hashable {
    /// How the swatch is drawn.
    public enum Swatch: Sendable, Hashable {
        /// A short line in the series' dash pattern.
        case line
        /// The series' marker.
        case marker
        /// A line with the marker on it.
        case lineAndMarker
        /// A filled square, for areas.
        case area
    }

    /// The label text.
    public var label: String
    /// The series whose colour, dash and marker are shown.
    public var series: SeriesStyle
    /// The swatch drawn beside the label.
    public var swatch: Swatch
    /// The marker shape shown by `.marker` and `.lineAndMarker` swatches.
    public var marker: MarkerShape
    /// Whether the swatch's line is solid whatever the series' dash (as its line is drawn).
    public var solid = false

    /// Creates an entry; the marker defaults to the series' shape.
    public init(label: String, series: SeriesStyle, swatch: Swatch, marker: MarkerShape? = nil) {
        self.label = label
        self.series = series
        self.swatch = swatch
        self.marker = marker ?? series.marker
    }
}

/// A colour scale explained by a colour bar: one swatch per level, labelled with its value.
public struct ColorLegend: Sendable, Hashable {
    /// A title above the bar, such as the quantity the colours encode.
    public var title: String?
    /// Level values, increasing.
    public var levels: [Double]
    /// Labels for the levels, aligned with `levels`.
    public var labels: [String]
    /// CSS classes giving each level its colour, aligned with `levels`.
    public var classes: [String]
    /// Whether each swatch is the band from its level up to the next (filled contours): labels
    /// then sit on the swatches' lower edges, at the level's value, and the bar is framed.
    public var isBanded = false

    /// Creates a colour legend.
    public init(title: String?, levels: [Double], labels: [String], classes: [String]) {
        self.title = title
        self.levels = levels
        self.labels = labels
        self.classes = classes
    }
}
