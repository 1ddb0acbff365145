/// How series `index` is told apart without colour: a dash pattern and a marker shape.
///
/// Dash patterns cycle every five series and marker shapes every five, so the first
/// twenty-five series have distinct (dash, marker) pairs even in greyscale.
public struct SeriesStyle: Sendable, Hashable {
    /// The series index; colour comes from the chart's `SeriesPalette`.
    public var index: Int

    /// Creates the style of series `index`.
    public init(index: Int) {
        self.index = index
    }

    /// Dash patterns in pixels, solid first.
    public static let dashPatterns: [[Double]] = [[], [7, 4], [2, 3], [9, 3, 2, 3], [14, 4]]

    /// The dash pattern for lines of this series; empty for solid.
    public var dashPattern: [Double] {
        Self.dashPatterns[index.positiveModulo(Self.dashPatterns.count)]
    }

    /// The marker shape for points of this series.
    public var marker: MarkerShape {
        MarkerShape.allCases[index.positiveModulo(MarkerShape.allCases.count)]
    }

    /// The `stroke-dasharray` value, or `nil` for solid lines.
    public var dashArray: String? {
        dashPattern.isEmpty ? nil : dashPattern.map(SVGNumber.format).joined(separator: " ")
    }

    /// The CSS class that sets `color` to this series' colour in the categorical palette; marks
    /// use `PlotArea.colorClass(_:)`, which follows the chart's palette.
    public var colorClass: String {
        SeriesPalette.categorical.colorClass(index)
    }
}
