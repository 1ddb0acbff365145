/// The viridis colour map (van der Walt & Smith, matplotlib 2015): perceptually uniform,
/// readable in greyscale and by colour-blind readers.
///
/// The map is interpolated in sRGB between ten evenly spaced stops of the reference table
/// (R's `viridis(10)`), which keeps it monotonic in lightness.
public enum Viridis {
    /// Ten evenly spaced stops, dark purple to yellow.
    public static let stops: [Color] = [
        0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6DCD59, 0xB4DE2C, 0xFDE725,
    ].map { Color(hex: $0) }

    /// The colour at `t` in 0…1 (clamped).
    public static func color(at t: Double) -> Color {
        let clamped = t.isFinite ? min(max(t, 0), 1) : 0
        let position = clamped * Double(stops.count - 1)
        let index = min(Int(position), stops.count - 2)
        return stops[index].mixed(with: stops[index + 1], by: position - Double(index))
    }

    /// The colour used on dark backgrounds: the darkest fifth of the map is skipped so that
    /// low levels stay visible.
    public static func darkModeColor(at t: Double) -> Color {
        color(at: 0.2 + 0.8 * (t.isFinite ? min(max(t, 0), 1) : 0))
    }
}
