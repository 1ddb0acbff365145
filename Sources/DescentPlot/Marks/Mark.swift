/// Something drawn over a chart's scales: a line, points, arrows, a contour layer…
///
/// A mark turns its data into SVG given the `PlotArea` it is drawn in. Marks are values, so a
/// chart is simply an ordered list of them; later marks are drawn on top of earlier ones.
public protocol Mark: Sendable {
    /// Draws the mark.
    func render(in area: PlotArea) -> MarkOutput

    /// Entries this mark adds to the chart's legend; none by default.
    var legendEntries: [LegendEntry] { get }

    /// A colour scale this mark asks the chart to explain with a colour bar; none by default.
    var colorLegend: ColorLegend? { get }

    /// Whether `render(in:)` reads the area's `scope` (for ids or animation classes), so that
    /// it draws differently in two areas that differ only in scope; true by default. A mark
    /// that does not is drawn once for all the panels of small multiples that share a layout.
    var readsScope: Bool { get }
}

extension Mark {
    /// No legend entries.
    public var legendEntries: [LegendEntry] { [] }

    /// No colour bar.
    public var colorLegend: ColorLegend? { nil }

    /// Reads its scope, unless the mark says otherwise.
    public var readsScope: Bool { true }
}

/// Builds a list of marks from a closure, as in `Chart(x:y:) { LineMark(…); PointMark(…) }`.
@resultBuilder
public enum MarkBuilder {
    public static func buildExpression(_ mark: any Mark) -> [any Mark] { [mark] }
    public static func buildExpression(_ marks: [any Mark]) -> [any Mark] { marks }
    public static func buildBlock(_ parts: [any Mark]...) -> [any Mark] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [any Mark]?) -> [any Mark] { part ?? [] }
    public static func buildEither(first part: [any Mark]) -> [any Mark] { part }
    public static func buildEither(second part: [any Mark]) -> [any Mark] { part }
    public static func buildArray(_ parts: [[any Mark]]) -> [any Mark] { parts.flatMap { $0 } }
}
