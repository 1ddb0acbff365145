/// The colours a chart gives its series, one per colour class `c0`, `c1`, …, for the light and
/// the dark page.
///
/// Series `i` takes entry `i mod count`. The default is `categorical`; a chart of an ordered
/// sweep passes `sequential(positions:)` so that colour follows the swept value.
public struct SeriesPalette: Sendable, Hashable {
    /// Colours on the light page.
    public var light: [Color]
    /// Colours on the dark page, aligned with `light`.
    public var dark: [Color]

    /// Creates a palette; `light` and `dark` must have the same, non-zero, length.
    public init(light: [Color], dark: [Color]) {
        precondition(!light.isEmpty && light.count == dark.count, "a palette needs one dark colour per light one")
        self.light = light
        self.dark = dark
    }

    /// The number of colour classes.
    public var count: Int { light.count }

    /// The colour class of series `index`: `c0` … `c(count − 1)`, cycling.
    public func colorClass(_ index: Int) -> String {
        "c\(index.positiveModulo(count))"
    }

    /// The Okabe–Ito-derived colours of `CategoricalPalette`, for series that have no order.
    public static let categorical = SeriesPalette(light: CategoricalPalette.light, dark: CategoricalPalette.dark)

    /// One colour per position in 0…1 from `SequentialPalette`: low values dark purple, high
    /// values green or yellow, trimmed per page so every colour keeps 3:1 against it.
    public static func sequential(positions: [Double]) -> SeriesPalette {
        SeriesPalette(
            light: positions.map(SequentialPalette.lightColor), dark: positions.map(SequentialPalette.darkColor))
    }
}
