/// Colours for values in order, such as the learning rates of a sweep: viridis, trimmed so
/// that both ends keep a WCAG contrast of at least 3:1 against the page.
///
/// On the light page the yellow-green end is too pale, so values run over viridis 0…`lightEnd`
/// (purple to green); on the dark page the purple end is too dark, so they run over
/// `darkStart`…1 (teal to yellow). Either way lightness rises with the value.
public enum SequentialPalette {
    /// The last viridis position used on the light page.
    public static let lightEnd = 0.56
    /// The first viridis position used on the dark page.
    public static let darkStart = 0.38

    /// The light-page colour at `t` in 0…1 (clamped).
    public static func lightColor(at t: Double) -> Color {
        Viridis.color(at: lightEnd * clamped(t))
    }

    /// The dark-page colour at `t` in 0…1 (clamped).
    public static func darkColor(at t: Double) -> Color {
        Viridis.color(at: darkStart + (1 - darkStart) * clamped(t))
    }

    private static func clamped(_ t: Double) -> Double {
        t.isFinite ? min(max(t, 0), 1) : 0
    }
}
