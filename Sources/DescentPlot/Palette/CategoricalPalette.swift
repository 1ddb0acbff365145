/// Colour-blind-safe series colours: the Okabe–Ito palette (Okabe & Ito 2008).
///
/// The order puts the strongest contrasts first — blue, vermillion, bluish green, orange —
/// and yellow last, since yellow lines are hard to see on white. Each colour has a dark-mode
/// variant, lightened so that it keeps its contrast on a dark background; black becomes light
/// grey there.
public enum CategoricalPalette {
    /// Series colours for light backgrounds, in series order.
    public static let light: [Color] = [
        0x0072B2, 0xD55E00, 0x009E73, 0xE69F00, 0xCC79A7, 0x56B4E9, 0x000000, 0xF0E442,
    ].map { Color(hex: $0) }

    /// Series colours for dark backgrounds, in series order.
    public static let dark: [Color] = light.map { color in
        color == .black ? Color(hex: 0xDDDDDD) : color.mixed(with: .white, by: 0.3)
    }

    /// The light colour of series `index`, cycling through the palette.
    public static func color(_ index: Int) -> Color {
        light[index.positiveModulo(light.count)]
    }
}

extension Int {
    func positiveModulo(_ divisor: Int) -> Int {
        ((self % divisor) + divisor) % divisor
    }
}
